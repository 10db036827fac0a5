"""The danger check built from ``faq/danger.yaml``, kept in the cache folder and read back on the next start.

Parsing the vocabulary (some 11,000 words and phrases) and building the check's tables takes about 200 ms;
reading them back takes half that, which keeps a cold ``helpdesk ask`` near the ``import telegram`` floor.
The file is named by a digest of the danger file's bytes and of the bot's code (:mod:`bot.remembered`), so an
edited word or a changed detector builds a new one. Only a check from content that passed every rule is
kept, and ``helpdesk check`` never reads one: errors are found and shown every time.
"""

from __future__ import annotations

from pathlib import Path

from bot.remembered import keep, recall, remembered_file
from bot.safety.detector import DangerCheck

__all__ = ["keep_check", "recall_check"]


def recall_check(danger_file: Path) -> tuple[DangerCheck, dict[str, int]] | None:
    """The check and the lines of its links (``steps_node``, ...), as kept for exactly this file; None when not kept."""
    found = recall(_memo(danger_file))
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], DangerCheck) and isinstance(found[1], dict):
        return found[0], found[1]
    return None


def keep_check(danger_file: Path, check: DangerCheck, lines: dict[str, int]) -> None:
    """Keep a check built from clean content (its reading by meaning is set again on each start)."""
    keep(_memo(danger_file), (check, lines))


def _memo(danger_file: Path) -> Path:
    try:
        raw = danger_file.read_bytes()
    except OSError:
        raw = b""
    return remembered_file("danger", raw)
