"""Who may escalate: professionals registered with an invite code (or on the configured allowlist).

``helpdesk invite --org NAME [--role ROLE] [--uses N] [--days D]`` creates a code a maintainer hands out;
the professional types it once in the bot. Codes are random, case-insensitive, and single- or
limited-use. Wrong codes are logged (never the code typed) and limited: after MAX_FAILURES wrong codes in
FAILURE_WINDOW a user's attempts are refused unchecked until the window has passed, so codes cannot be guessed.

Callers hold an :class:`Access` (the interface); :class:`SqliteAccess` keeps invites and registrations in the
database under the connection's one lock (:func:`bot.storage.database.lock_of`).
"""

from __future__ import annotations

import datetime
import logging
import secrets
from collections import deque
from dataclasses import dataclass
from typing import Protocol

from sqlite_utils import Database

from bot.address import Address
from bot.clock import iso
from bot.storage.database import lock_of, transaction

__all__ = ["Access", "Invite", "Professional", "SqliteAccess"]

log = logging.getLogger(__name__)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
MAX_FAILURES = 5
FAILURE_WINDOW = datetime.timedelta(minutes=15)


@dataclass(frozen=True)
class Invite:
    code: str
    org: str
    role: str
    uses_left: int
    expires_at: str


@dataclass(frozen=True)
class Professional:
    user: str
    org: str
    role: str


class Access(Protocol):
    """What the ticket service, the chat and ``helpdesk invite`` ask: who is registered, and invite codes."""

    def create_invite(self, org: str, role: str, uses: int, days: int, now: datetime.datetime) -> Invite: ...

    def professional(self, user: str) -> Professional | None: ...

    def is_registered(self, user: str) -> bool: ...

    def redeem(self, user: str, typed: str, now: datetime.datetime) -> Professional | None: ...


class SqliteAccess:
    def __init__(self, db: Database, allowlist: tuple[str, ...] = ()) -> None:
        self.db = db
        self.allowlist = frozenset(allowlist)
        self._lock = lock_of(db)
        self._failures: dict[str, deque[datetime.datetime]] = {}

    def create_invite(self, org: str, role: str, uses: int, days: int, now: datetime.datetime) -> Invite:
        code = "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))
        invite = Invite(code, org, role, uses, iso(now + datetime.timedelta(days=days)))
        with self._lock:
            self.db.table("invites").insert({"code": code, "org": org, "role": role, "uses_left": uses,
                                       "created_at": iso(now), "expires_at": invite.expires_at})
        return invite

    def professional(self, user: str) -> Professional | None:
        with self._lock:
            rows = list(self.db.query("select user, org, role from professionals where user = ?", [user]))
        if rows:
            return Professional(rows[0]["user"], rows[0]["org"], rows[0]["role"])
        if user in self.allowlist or Address.parse(user).id in self.allowlist:  # HELPDESK_ALLOWLIST: bare ids
            return Professional(user, "allowlist", "")
        return None

    def locked_out(self, user: str, now: datetime.datetime) -> bool:
        """True while ``user`` has typed MAX_FAILURES wrong codes within FAILURE_WINDOW."""
        failures = self._failures.get(user)
        if failures is None or len(failures) < MAX_FAILURES:
            return False
        return now - failures[0] < FAILURE_WINDOW

    def is_registered(self, user: str) -> bool:
        return self.professional(user) is not None

    def redeem(self, user: str, typed: str, now: datetime.datetime) -> Professional | None:
        """Use one use of a valid code and register ``user``; None when the code is unknown, used or expired."""
        code = "".join(ch for ch in typed.upper() if ch.isalnum())
        code = "-".join(code[i:i + 4] for i in range(0, len(code), 4))
        if self.locked_out(user, now):
            log.warning("invite code attempt refused unchecked: too many wrong codes from one user")
            return None
        with transaction(self.db):
            cursor = self.db.execute("update invites set uses_left = uses_left - 1 where code = ? and uses_left > 0 "
                                     "and expires_at > ?", [code, iso(now)])
            if not cursor.rowcount:
                failures = self._failures.setdefault(user, deque(maxlen=MAX_FAILURES))
                failures.append(now)
                log.warning("wrong, used or expired invite code (%d in a row from this user)", len(failures))
                if len(self._failures) > 10_000:
                    self._failures.clear()
                return None
            self._failures.pop(user, None)
            invite = next(iter(self.db.query("select org, role from invites where code = ?", [code])))
            self.db.table("professionals").upsert({"user": user, "org": invite["org"], "role": invite["role"],
                                             "registered_at": iso(now), "invite": code}, pk="user")
        return Professional(user, invite["org"], invite["role"])
