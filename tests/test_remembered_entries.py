"""The FAQ entries of each file are parsed once per file and code, and read back the same: the same entries in the
same order, an edited file is parsed again, an id used twice is still found, and ``helpdesk check`` never reads or
keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.load import load_content
from bot.errors import ContentError

FILE = "aanvullende_vragen.yaml"
ENTRY = "aandachtsfunctionaris"


def test_read_back_entries_equal_the_parsed_ones(lexical_cache: Path, content_copy: Path) -> None:
    parsed = load_content(content_copy).faq
    again = load_content(content_copy).faq
    assert list(again) == list(parsed) and again == parsed and again[ENTRY] is not parsed[ENTRY]
    assert again == load_content(content_copy, full=True).faq
    entries_files = [path for path in (content_copy / "faq").glob("*.yaml")
                     if path.name not in ("danger.yaml", "off_topic.yaml", "synonyms.yaml")]
    assert len(list(lexical_cache.glob("entries-*.pickle"))) == len(entries_files)


def test_an_edited_faq_file_is_parsed_again(lexical_cache: Path, content_copy: Path) -> None:
    load_content(content_copy)
    path = content_copy / "faq" / FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Wat is een aandachtsfunctionaris?", "Wat is een aandachtsfunctionaris nu?", 1),
                    encoding="utf-8")
    assert "Wat is een aandachtsfunctionaris nu?" in load_content(content_copy).faq[ENTRY].questions["nl"]


def test_an_id_used_again_is_found_in_kept_entries(lexical_cache: Path, content_copy: Path) -> None:
    load_content(content_copy)
    (content_copy / "faq" / "a_twice.yaml").write_text(  # read before the kept file, which now repeats its ids
        (content_copy / "faq" / FILE).read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_content(content_copy)
    assert f"faq/{FILE}:6: FAQ id '{ENTRY}' is already used at faq/a_twice.yaml:6" in str(raised.value)


def test_helpdesk_check_neither_reads_nor_keeps_them(lexical_cache: Path, content_copy: Path) -> None:
    load_content(content_copy, full=True)
    assert not list(lexical_cache.glob("entries-*.pickle"))
