"""The review document for a privacy officer: every entry in both languages, and the decision table as a table."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.cli import main
from bot.content.export import decision_rows, faq_review_html, faq_review_markdown
from bot.content.load import load_content
from bot.content.model import Content, TableNode
from tests.conftest import FIXTURES


def _content_with_answer(tmp_path: Path, answer: str) -> Content:
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", root)
    faq = root / "faq" / "basis.yaml"
    faq.write_text(faq.read_text(encoding="utf-8").replace("Bel 112 of de politie.", answer), encoding="utf-8")
    return load_content(root)


def test_markdown_lists_every_entry_with_both_languages_sources_and_review_date(shipped_content: Content) -> None:
    text = faq_review_markdown(shipped_content)
    for entry in shipped_content.faq.values():
        assert f"### `{entry.id}`" in text
        assert f"Reviewed {entry.reviewed.isoformat()} · {entry.where}" in text
        assert all(wording.splitlines()[0] in text for wording in entry.answer.wordings.values())
        assert all(s.url in text for s in entry.sources if s.url)
    assert text.index("## faq/begrippen.yaml") < text.index("## faq/wetgeving.yaml")


def test_markdown_shows_the_sharing_decision_table_row_by_row(shipped_content: Content) -> None:
    flow = shipped_content.flows["sharing"]
    table = next(n for n in flow.nodes.values() if isinstance(n, TableNode))
    columns, rows = decision_rows(flow, table)
    assert columns[0] == "role" and len(rows) == len(table.rules)
    parents_adult = next(r for r in rows if r.outcome.startswith("o_adult"))
    assert "De ouders" in parents_adult.cells and "Uitkomst: alleen met toestemming" in parents_adult.outcome
    text = faq_review_markdown(shipped_content)
    line = next(line for line in text.splitlines() if line.startswith(f"| {parents_adult.number} |"))
    assert line == f"| {parents_adult.number} | " + " | ".join(parents_adult.cells) + f" | {parents_adult.outcome} |"
    assert "| # | role | Delen met (with_whom) |" in text


def test_html_is_self_contained_and_shows_the_table(shipped_content: Content) -> None:
    page = faq_review_html(shipped_content)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "<link" not in page and "<script" not in page
    assert "<th>Delen met (with_whom)</th>" in page
    assert "<td>De ouders</td>" in page and "o_adult: Uitkomst: alleen met toestemming" in page


def test_html_escapes_what_the_content_says(tmp_path: Path) -> None:
    content = _content_with_answer(tmp_path, '"<script>alert(1)</script> & 112"')
    page = faq_review_html(content)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 112" in page


def test_export_command_writes_the_file_in_either_format(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", root)
    monkeypatch.setenv("HELPDESK_CONTENT", str(root))
    monkeypatch.setenv("HELPDESK_DB", str(tmp_path / "db.sqlite"))
    assert main(["export", "faq", "--format", "html", "--out", str(tmp_path / "review.html")]) == 0
    assert main(["export", "faq", "--out", str(tmp_path / "review.md")]) == 0
    assert "acuut_gevaar" in (tmp_path / "review.html").read_text(encoding="utf-8")
    assert "### `acuut_gevaar`" in (tmp_path / "review.md").read_text(encoding="utf-8")
