"""Users' rights under the AVG (GDPR): what is stored about one person, and forgetting them.

``helpdesk export-user --user ID`` prints :func:`export_user` as JSON (right of access, art. 15);
``helpdesk forget --user ID`` runs :func:`forget_user` (right to erasure, art. 17). Both are written to the
audit log (who asked, what, when; the person forgotten only as a one-way hash).

Forgetting deletes the person's conversation, registration and undelivered messages to them, and
anonymises their tickets: the municipality keeps the (masked) concern and thread it needs for its own
case file, without the link to the person or their contact details.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from sqlite_utils import Database

from bot.address import TELEGRAM, Address
from bot.clock import iso
from bot.storage.audit import SqliteAuditLog, pseudonym

__all__ = ["FORGOTTEN", "export_user", "forget_user", "user_key"]

FORGOTTEN = "forgotten"


def user_key(typed: str) -> Address:
    """``42`` means the Telegram user 42; ``telegram:42`` and ``console:local`` are read as addresses."""
    typed = typed.strip()
    return Address(TELEGRAM, typed) if typed.isdecimal() else Address.parse(typed)


def export_user(db: Database, address: Address, actor: str, at: datetime.datetime) -> dict[str, Any]:
    """Everything stored about the person at ``address``, as plain values."""
    user = str(address)  # as the database keeps it
    tickets = list(db.query("select * from tickets where reporter = ? order by created_at", [user]))
    refs = [t["ref"] for t in tickets]
    marks = json.dumps(refs)
    sessions = [{**r, "data": json.loads(r["data"])} for r in db.query("select * from sessions where user = ?", [user])]
    export = {
        "user": user,
        "exported_at": iso(at),
        "session": sessions[0] if sessions else None,
        "registration": next(iter(db.query("select user, org, role, registered_at from professionals where user = ?",
                                           [user])), None),
        "tickets": tickets,
        "contact_details": list(db.query("select ref, contact from reporter_contacts where ref in "
                                         "(select value from json_each(?))", [marks])),
        "ticket_messages": list(db.query("select ref, at, sender, text from ticket_messages where ref in "
                                         "(select value from json_each(?)) order by id", [marks])),
        "ticket_events": list(db.query("select ref, at, actor, action, detail from ticket_events where ref in "
                                       "(select value from json_each(?)) or actor = ? order by id", [marks, user])),
        "messages_waiting": list(db.query("select ref, kind, channel, created_at from outbox where channel = ? and "
                                          "recipient = ? and status != 'sent'", [address.channel, address.id])),
        "audit_log": SqliteAuditLog(db).entries(actor=user),
        "not_stored": "chat messages, questions and feedback are not linked to a person",
    }
    SqliteAuditLog(db).record(at, actor, "export-user", pseudonym(user))
    return export


def forget_user(db: Database, address: Address, actor: str, at: datetime.datetime) -> dict[str, int]:
    """Delete and anonymise everything about the person at ``address`` in one transaction; counts per kind."""
    user = str(address)  # as the database keeps it
    with db.atomic():
        refs = json.dumps([r["ref"] for r in db.query("select ref from tickets where reporter = ?", [user])])
        scrubbed = _scrub_waiting_messages(db, refs, user)
        counts = {
            "sessions": db.execute("delete from sessions where user = ?", [user]).rowcount,
            "registrations": db.execute("delete from professionals where user = ?", [user]).rowcount,
            "contact details": db.execute("delete from reporter_contacts where ref in (select value from json_each(?))",
                                          [refs]).rowcount,
            "messages waiting": db.execute("delete from outbox where channel = ? and recipient = ? and status != "
                                           "'sent'", [address.channel, address.id]).rowcount,
            "tickets anonymised": db.execute("update tickets set reporter = ?, reporter_org = '', intake_key = null "
                                             "where reporter = ?", [FORGOTTEN, user]).rowcount,
        }
        counts["messages scrubbed"] = scrubbed
        db.execute("update ticket_events set actor = ? where actor = ?", [FORGOTTEN, user])
        db.execute("update audit_log set actor = ? where actor = ?", [pseudonym(user), user])
        SqliteAuditLog(db).record(at, actor, "forget", pseudonym(user))
    return counts


def _scrub_waiting_messages(db: Database, refs: str, user: str) -> int:
    """Undelivered notices about their tickets still go out, without their contact details and organisation."""
    personal = [r["contact"] for r in db.query("select contact from reporter_contacts where ref in "
                                               "(select value from json_each(?))", [refs]) if r["contact"]]
    personal += [r["org"] for r in db.query("select org from professionals where user = ?", [user]) if r["org"]]
    count = 0
    for row in list(db.query("select id, payload from outbox where status != 'sent' and ref in "
                             "(select value from json_each(?))", [refs])):
        payload = row["payload"]
        for value in personal:
            payload = payload.replace(json.dumps(value)[1:-1], "[verwijderd]")
        if payload != row["payload"]:
            db.execute("update outbox set payload = ? where id = ?", [payload, row["id"]])
            count += 1
    return count
