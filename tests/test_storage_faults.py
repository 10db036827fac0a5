"""A database lock held by another process (an sqlite3 shell, a cron job) on a real SQLite file: a turn
waits at most the short busy timeout of ``serve`` and still answers."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bot.address import Address
from bot.app import build_conversations
from bot.config import Settings
from bot.engine import Command, TextMessage
from bot.storage.database import BUSY_MS_HOT_PATH, open_database
from tests.conftest import CLOCK, ROOT


def test_a_lock_held_by_another_process_delays_a_turn_briefly_and_the_user_is_still_answered(tmp_path: Path) -> None:
    db_path = tmp_path / "helpdesk.db"
    settings = Settings(content_root=ROOT, db_path=db_path)
    conversations = build_conversations(settings, open_database(db_path, busy_ms=BUSY_MS_HOT_PATH))
    conversations.handle(Address("telegram", "1"), Command("rol", "docent", at=CLOCK))
    # The first question loads the matcher (and, with a cold cache, embeds every variant): not the lock's time.
    conversations.handle(Address("telegram", "1"), TextMessage("Wat is extremisme?", at=CLOCK))
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # holds the write lock
    try:
        started = time.monotonic()
        turn = conversations.handle(Address("telegram", "2"), TextMessage("Wat is radicalisering?", at=CLOCK))
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
    assert turn.texts() and waited < BUSY_MS_HOT_PATH / 1000 * 2 + 1
    after = conversations.handle(Address("telegram", "2"), Command("rol", "docent", at=CLOCK))
    assert after.session.role == "docent" and conversations.session_for(Address("telegram", "2")).role == "docent"
