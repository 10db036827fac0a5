"""Documentation that must not drift: flow pictures, the README's commands and CI, the content guide."""

from __future__ import annotations

import re
from pathlib import Path

from bot.content.model import Content
from bot.content.sources_doc import citations, sources_markdown
from bot.flow_graph import flow_markdown
from tests.conftest import ROOT


def test_flow_pictures_are_up_to_date(shipped_content: Content) -> None:
    for flow in shipped_content.flows.values():
        path = ROOT / "docs" / "flows" / f"{flow.id}.md"
        assert path.exists() and path.read_text(encoding="utf-8") == flow_markdown(flow), \
            f"{path} is out of date: run 'helpdesk graph'"


def test_sources_document_is_up_to_date(shipped_content: Content) -> None:
    path = ROOT / "docs" / "sources.md"
    assert path.exists() and path.read_text(encoding="utf-8") == sources_markdown(shipped_content), \
        f"{path} is out of date: run 'helpdesk docs'"


def test_sources_document_lists_every_cited_source_with_what_cites_it(shipped_content: Content) -> None:
    text = sources_markdown(shipped_content)
    for citation in citations(shipped_content):
        assert (citation.source.url or citation.source.document) in text
        assert f"`{citation.name}` ({citation.path})" in text
    assert "## wetten.overheid.nl" in text and "## www." not in text


def test_shipped_docs_point_to_the_sources_document_not_outside_the_project() -> None:
    shipped = [ROOT / "docs" / "content-guide.md", ROOT / "README.md", ROOT / "SECURITY.md",
               *(ROOT / "flows").glob("*.yaml")]
    for path in shipped:
        assert "FACTS.md" not in path.read_text(encoding="utf-8"), f"{path}: point to docs/sources.md instead"
    assert "docs/sources.md" in (ROOT / "docs" / "content-guide.md").read_text(encoding="utf-8")


def test_readme_counts_are_what_ships(shipped_content: Content) -> None:
    import yaml

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    municipalities = _rows(ROOT / "bot" / "escalation" / "data" / "gemeenten.tsv") - 1  # a header row
    first_names = _rows(ROOT / "bot" / "privacy" / "data" / "first_names.tsv")
    privacy_set = yaml.safe_load((ROOT / "bench" / "privacy_set.yaml").read_text(encoding="utf-8"))
    expected = [f"A FAQ of {len(shipped_content.faq)} entries", f"(all {municipalities}, with former",
                f"The list of all\n{municipalities}", f"list of {first_names:,} first names",
                f"On {sum(len(texts) for texts in privacy_set.values())} labelled concern texts"]
    for text in expected:
        assert text.replace("\n", " ") in " ".join(readme.split()), f"README.md should say: {text!r}"


def _rows(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in ci.splitlines()


def test_readme_quick_start_has_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", quick_start, flags=re.S)
    assert len(commands) == 2 and "helpdesk chat" in commands[0] and "pytest" in commands[1]


def test_example_contacts_directory_validates(tmp_path: Path) -> None:
    from bot.content.load import load_content

    content = load_content(ROOT, ROOT / "examples" / "contacts.yaml")
    assert content.directory is not None and len(content.directory.contacts) >= 3
