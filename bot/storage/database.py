"""Opening the database and its schema. Every table is declared here, in numbered migrations.

Tables:
    sessions       one row per conversation: where the user is, language, role (no message texts)
    questions      unanswered questions and feedback for maintainers, personal data masked
    (escalation tables are added by later migrations)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

__all__ = ["MIGRATIONS", "open_database"]

MIGRATIONS = Migrations("helpdesk")


@MIGRATIONS()
def m001_sessions_and_questions(db: Database) -> None:
    db["sessions"].create({"user": str, "data": str, "updated_at": str}, pk="user", if_not_exists=True)
    db["sessions"].create_index(["updated_at"], if_not_exists=True)
    db["questions"].create(
        {"id": int, "at": str, "kind": str, "text": str, "lang": str, "role": str, "faq_id": str, "score": float},
        pk="id",
        if_not_exists=True,
    )
    db["questions"].create_index(["at"], if_not_exists=True)


def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (creating folders and file as needed), switch on WAL, and bring the schema up to date.

    ``":memory:"`` gives an in-memory database for tests. Each thread should open its own.
    """
    if str(path) == ":memory:":
        db = Database(memory=True)
    else:
        file = Path(path)
        file.parent.mkdir(parents=True, exist_ok=True)
        db = Database(sqlite3.connect(file, timeout=30, isolation_level=None, check_same_thread=False))
        db.enable_wal()
        db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA busy_timeout=30000")
    if migrate:
        MIGRATIONS.apply(db)
    return db
