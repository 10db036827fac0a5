"""Opening the database and its schema. Every table is declared here, in numbered migrations.

Tables:
    sessions       one row per conversation: where the user is, language, role (no message texts)
    questions      unanswered questions and feedback for maintainers, personal data masked
    professionals  who may escalate (registered with an invite code); invites: the codes
    tickets        escalations to a municipal contact: status, timestamps, the (checked) concern
    reporter_contacts  the professional's own phone or e-mail, kept apart from the concern
    ticket_events  the audit trail of every ticket; ticket_messages: the thread between both sides
    outbox         deliveries still to make (Telegram or e-mail), retried until they succeed; a worker leases
                   a row (status 'sending', lease_until) before sending, so two workers never take the same one
    audit_log      who did what and when (forget, export, claim, close, invite), never any content
    meta           installation values, such as the secret that signs e-mail reply addresses
    inbox          Telegram updates between their arrival and the end of their turn (bot/storage/inbox.py)

The rule for database access: **all SQLite work runs on the event loop, in short transactions.**
A process opens one connection (:func:`open_database`: WAL, ``synchronous=NORMAL``, a 2 s busy timeout for
``serve``), and every store built over it takes the connection's one re-entrant lock (:func:`lock_of`), so
writes that belong together (:func:`transaction`, a store's ``atomic()``) are never mixed with another
store's on the same connection, whichever thread calls. No store call awaits, and none belongs in an
executor: a turn's reads and writes are keyed lookups and single-row writes, and the hourly purge deletes
what became idle in one hour. Another process (a cron ``helpdesk deliver``, ``helpdesk purge``) has its own
connection; SQLite's file lock and the outbox's leases keep them apart.

Why, measured (``python bench/db_access_bench.py``: 1,000 users x 5 turns, 16 at once, on a 2-core machine
shared with other work): on the loop 1,221 turns/s with a turn's p50 at 0.21 ms, of which SQLite is 0.26 ms
per turn on average; the same work on one writer thread the loop awaits: 701 turns/s and a p50 of 10.6 ms,
since every hand-over waits for the GIL (up to its 5 ms switch interval) while the loop runs the engine.
What a writer thread buys is a shorter stall during a long transaction: a purge of 20,000 idle sessions at
once takes 54 ms on the loop. The cProfile of ``bench/telegram_bench.py`` puts all storage (the stores,
sqlite3 and sqlite-utils) at about 5 % of the help desk's CPU per update, so a thread would cost more than
it could save. Revisit if a single statement ever needs more than a few milliseconds.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bot.errors import ConfigError

__all__ = ["BUSY_MS_DEFAULT", "BUSY_MS_HOT_PATH", "MIGRATIONS", "installation_secret", "lock_of", "open_database",
           "transaction"]

MIGRATIONS = Migrations("helpdesk")
BUSY_MS_DEFAULT = 30_000  # command-line work may wait for a lock held elsewhere
BUSY_MS_HOT_PATH = 2_000  # ``serve``: a lock held by another process must not freeze every conversation


@MIGRATIONS()
def m001_sessions_and_questions(db: Database) -> None:
    db.table("sessions").create({"user": str, "data": str, "updated_at": str}, pk="user", if_not_exists=True)
    db.table("sessions").create_index(["updated_at"], if_not_exists=True)
    db.table("questions").create(
        {"id": int, "at": str, "kind": str, "text": str, "lang": str, "role": str, "faq_id": str, "score": float},
        pk="id",
        if_not_exists=True,
    )
    db.table("questions").create_index(["at"], if_not_exists=True)


@MIGRATIONS()
def m002_escalation(db: Database) -> None:
    db.table("professionals").create({"user": str, "org": str, "role": str, "registered_at": str, "invite": str},
                               pk="user", if_not_exists=True)
    db.table("invites").create({"code": str, "org": str, "role": str, "uses_left": int, "created_at": str,
                          "expires_at": str}, pk="code", if_not_exists=True)
    db.table("tickets").create({
        "ref": str, "municipality": str, "contact_id": str, "status": str, "urgency": str, "concern": str,
        "reporter": str, "reporter_role": str, "reporter_org": str, "lang": str, "claimed_by": str,
        "created_at": str, "updated_at": str, "delivered_at": str, "claimed_at": str, "answered_at": str,
        "closed_at": str, "reminded_at": str, "backup_at": str,
    }, pk="ref", if_not_exists=True)
    db.table("tickets").create_index(["reporter"], if_not_exists=True)
    db.table("tickets").create_index(["status"], if_not_exists=True)
    db.table("reporter_contacts").create({"ref": str, "contact": str}, pk="ref", if_not_exists=True)
    db.table("ticket_events").create({"id": int, "ref": str, "at": str, "actor": str, "action": str, "detail": str},
                               pk="id", if_not_exists=True)
    db.table("ticket_events").create_index(["ref"], if_not_exists=True)
    db.table("ticket_messages").create({"id": int, "ref": str, "at": str, "sender": str, "text": str},
                                 pk="id", if_not_exists=True)
    db.table("ticket_messages").create_index(["ref"], if_not_exists=True)
    db.table("outbox").create({
        "id": int, "key": str, "channel": str, "recipient": str, "ref": str, "kind": str, "payload": str,
        "status": str, "attempts": int, "next_attempt_at": str, "last_error": str, "created_at": str,
        "sent_at": str,
    }, pk="id", if_not_exists=True)
    db.table("outbox").create_index(["key"], unique=True, if_not_exists=True)
    db.table("outbox").create_index(["status", "next_attempt_at"], if_not_exists=True)
    db.table("meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)


@MIGRATIONS()
def m003_leases_intakes_audit(db: Database) -> None:
    db.execute("alter table outbox add column lease_until text not null default ''")
    db.execute("alter table tickets add column intake_key text")
    db.table("tickets").create_index(["intake_key"], unique=True, if_not_exists=True)
    db.table("audit_log").create({"id": int, "at": str, "actor": str, "action": str, "subject": str},
                                 pk="id", if_not_exists=True)
    db.table("audit_log").create_index(["at"], if_not_exists=True)


@MIGRATIONS()
def m004_inbox(db: Database) -> None:
    db.table("inbox").create({"update_id": int, "data": str, "received_at": str, "taken": int},
                             pk="update_id", if_not_exists=True)


_LOCKS: weakref.WeakKeyDictionary[Database, threading.RLock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()


def lock_of(db: Database) -> threading.RLock:
    """The one lock of this connection: every store built over ``db`` takes this same lock (re-entrant, so a
    store method may run inside another's :func:`transaction`)."""
    with _LOCKS_GUARD:
        lock = _LOCKS.get(db)
        if lock is None:
            lock = _LOCKS[db] = threading.RLock()
        return lock


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[None]:
    """Writes that belong together: the connection's lock, then one SQLite transaction (a savepoint when nested)."""
    with lock_of(db), db.atomic():
        yield


def installation_secret(db: Database) -> bytes:
    """A random secret made once per database (signs reply addresses); never logged."""
    rows = list(db.query("select value from meta where key = 'secret'"))
    if rows:
        return bytes.fromhex(rows[0]["value"])
    db.execute("insert or ignore into meta (key, value) values ('secret', ?)", [secrets.token_hex(32)])
    return bytes.fromhex(next(iter(db.query("select value from meta where key = 'secret'")))["value"])


def open_database(path: Path | str, *, migrate: bool = True, busy_ms: int = BUSY_MS_DEFAULT) -> Database:
    """Open (creating folders and file as needed), switch on WAL, and bring the schema up to date.

    ``":memory:"`` gives an in-memory database for tests. Each thread should open its own. ``busy_ms`` is how
    long a write waits for a lock another process holds before it fails (short for ``serve``).
    A file that cannot be opened, is read-only or is not a database raises ConfigError with the path.
    """
    if str(path) == ":memory:":
        db = Database(memory=True)
    else:
        file = Path(path)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            db = Database(sqlite3.connect(file, timeout=busy_ms / 1000, isolation_level=None, check_same_thread=False))
            db.enable_wal()
            db.execute("PRAGMA synchronous=NORMAL")
        except (OSError, sqlite3.DatabaseError) as exc:
            raise ConfigError(f"cannot open the database {file}: {exc}. Check that the folder exists and is "
                              "writable, or set HELPDESK_DB to another file") from None
    db.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    if migrate:
        try:
            MIGRATIONS.apply(db)
        except sqlite3.DatabaseError as exc:
            raise ConfigError(f"cannot prepare the database {path}: {exc}. A read-only or damaged file? Restore "
                              "it from a backup, or set HELPDESK_DB to another file") from None
    return db
