"""Review dates: helpdesk check warns, without failing, about entries nobody checked for too long."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.content.load import load_content
from bot.content.review import months_before, stale_entries
from tests.conftest import CLOCK, FIXTURES


def _content_root(tmp_path: Path, reviewed: str) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", root)
    faq = root / "faq" / "basis.yaml"
    text = faq.read_text(encoding="utf-8")
    first = text.index("reviewed: 2026-11-28")  # the first entry, acuut_gevaar
    faq.write_text(text[:first] + f"reviewed: {reviewed}" + text[first + len("reviewed: 2026-11-28"):], encoding="utf-8")
    return root


def _line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_months_before_keeps_the_day_or_takes_the_last_day_of_a_shorter_month() -> None:
    assert months_before(datetime.date(2026, 11, 28), 12) == datetime.date(2025, 11, 28)
    assert months_before(datetime.date(2026, 3, 31), 1) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2026, 1, 15), 13) == datetime.date(2024, 12, 15)


def test_entry_reviewed_more_than_twelve_months_ago_is_stale_with_its_file_and_line(tmp_path: Path) -> None:
    root = _content_root(tmp_path, "2025-11-27")
    stale = stale_entries(load_content(root).faq.values(), CLOCK.date(), 12)
    line = _line_of(root / "faq" / "basis.yaml", "reviewed: 2025-11-27")
    assert [s.render() for s in stale] == [
        f"faq/basis.yaml:{line}: warning: 'acuut_gevaar' was last reviewed 2025-11-27, more than 12 months ago "
        "— check it against its sources (docs/sources.md) and set 'reviewed' to the date you did"]


def test_entry_reviewed_exactly_twelve_months_ago_is_not_stale_yet(tmp_path: Path) -> None:
    content = load_content(_content_root(tmp_path, "2025-11-28"))
    assert stale_entries(content.faq.values(), CLOCK.date(), 12) == []
    assert [s.entry.id for s in stale_entries(content.faq.values(), CLOCK.date(), 11)] == ["acuut_gevaar"]


def test_check_warns_about_an_old_review_date_and_still_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    root = _content_root(tmp_path, "2001-02-03")
    monkeypatch.setenv("HELPDESK_CONTENT", str(root))
    monkeypatch.setenv("HELPDESK_DB", str(tmp_path / "db.sqlite"))
    monkeypatch.delenv("HELPDESK_REVIEW_MONTHS", raising=False)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    line = _line_of(root / "faq" / "basis.yaml", "reviewed: 2001-02-03")
    assert out.startswith("content OK")
    assert f"faq/basis.yaml:{line}: warning: 'acuut_gevaar' was last reviewed 2001-02-03, more than 12 months" in out
    assert "not reviewed within 12 months" in out


def test_review_period_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HELPDESK_CONTENT", str(_content_root(tmp_path, "2001-02-03")))
    monkeypatch.setenv("HELPDESK_DB", str(tmp_path / "db.sqlite"))
    monkeypatch.setenv("HELPDESK_REVIEW_MONTHS", "1200")
    assert main(["check"]) == 0
    assert "warning" not in capsys.readouterr().out
