"""Reading YAML: a clean parse is remembered per file content and read back the same; problems never are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.content.load import load_content
from bot.content.yaml_source import read_yaml
from tests.conftest import FIXTURES

TEXT = """faq:
  - id: bewaren
    tags: [ja, no]
    reviewed: 2026-01-05
    answer:
      nl: |-
        Twee regels
        tekst
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HELPDESK_CACHE", str(folder))
    return folder


def lines(value: Any) -> Any:
    """The value with every container's line marks, so two reads compare marks as well as values."""
    if isinstance(value, dict):
        return (value.line, value.key_lines, {key: lines(item) for key, item in value.items()})
    if isinstance(value, list):
        return (value.line, value.item_lines, [lines(item) for item in value])
    return value


def write(tmp_path: Path, text: str, name: str = "entry.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_remembered_parse_reads_back_the_same_values_and_lines(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path, TEXT)
    parsed, problems = read_yaml(path, "faq/entry.yaml", remember=True)
    assert problems == [] and len(list(cache.glob("yaml-*.pickle"))) == 1
    recalled, problems = read_yaml(path, "faq/entry.yaml", remember=True)
    assert problems == []
    assert lines(recalled) == lines(parsed) == lines(read_yaml(path, "faq/entry.yaml")[0])
    assert recalled["faq"][0]["tags"] == ["ja", "no"]  # 'no' stays a string in the remembered parse too


def test_a_changed_file_is_parsed_again(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path, TEXT)
    read_yaml(path, "faq/entry.yaml", remember=True)
    write(tmp_path, TEXT.replace("bewaren", "delen"))
    assert read_yaml(path, "faq/entry.yaml", remember=True)[0]["faq"][0]["id"] == "delen"


def test_a_file_with_a_problem_is_never_remembered_and_its_problem_shows_every_time(tmp_path: Path,
                                                                                    cache: Path) -> None:
    path = write(tmp_path, "faq:\n  - id: a\n    id: b\n")
    for _ in range(2):
        assert [p.render() for p in read_yaml(path, "faq/entry.yaml", remember=True)[1]] == [
            "faq/entry.yaml:3: key 'id' appears twice in the same block — remove or rename one of them"]
    assert list(cache.glob("yaml-*.pickle")) == []


def test_an_unreadable_remembered_parse_is_parsed_again_and_replaced(tmp_path: Path, cache: Path) -> None:
    path = write(tmp_path, TEXT)
    expected = lines(read_yaml(path, "faq/entry.yaml", remember=True)[0])
    (memo,) = cache.glob("yaml-*.pickle")
    memo.write_bytes(b"not a pickle")
    assert lines(read_yaml(path, "faq/entry.yaml", remember=True)[0]) == expected
    assert lines(read_yaml(path, "faq/entry.yaml", remember=True)[0]) == expected
    assert memo.read_bytes() != b"not a pickle"


def test_commands_remember_the_content_parse_and_helpdesk_check_never_uses_it(tmp_path: Path, cache: Path) -> None:
    load_content(FIXTURES / "content_ok", full=True)
    assert list(cache.glob("yaml-*.pickle")) == []
    first = load_content(FIXTURES / "content_ok")
    assert len(list(cache.glob("yaml-*.pickle"))) == len(list((FIXTURES / "content_ok").glob("*/*.yaml")))
    assert load_content(FIXTURES / "content_ok").faq == first.faq
