"""The FAQ entries parsed from one ``faq/*.yaml`` file, kept in the cache folder and read back on the next start.

A remembered YAML parse (:mod:`bot.content.yaml_source`) still has to be turned into entries: every field checked,
every answer reflowed, some 50 ms of a cold ``helpdesk ask`` for the 500 entries. Reading the entries themselves
back takes half of that. The file is named by a digest of the content file's bytes, of the name it is shown by
(each entry remembers where it came from, so a copy of a file under another name is parsed again) and of the
bot's code (:mod:`bot.remembered`), so an edited entry or a changed parser makes a new one. Only a file that
parsed without a problem is kept, and ``helpdesk check`` never reads one: errors are found and shown every time.
"""

from __future__ import annotations

from pathlib import Path

from bot.content.model import FaqEntry
from bot.remembered import keep, recall, remembered_file

__all__ = ["keep_entries", "recall_entries"]


def recall_entries(faq_file: Path, shown_as: str) -> list[FaqEntry] | None:
    """The entries as kept for exactly this file's bytes, shown as ``shown_as``; None when not kept."""
    found = recall(_memo(faq_file, shown_as))
    if isinstance(found, list) and all(isinstance(entry, FaqEntry) for entry in found):
        return found
    return None


def keep_entries(faq_file: Path, shown_as: str, entries: list[FaqEntry]) -> None:
    """Keep the entries of a file that parsed without a problem."""
    keep(_memo(faq_file, shown_as), entries)


def _memo(faq_file: Path, shown_as: str) -> Path:
    try:
        raw = faq_file.read_bytes()
    except OSError:
        raw = b""
    return remembered_file("entries", shown_as.encode() + b"\0" + raw)
