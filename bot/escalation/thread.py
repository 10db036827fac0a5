"""A ticket's thread as the professional sees it: messages and status changes in the order they happened."""

from __future__ import annotations

from collections.abc import Callable

from bot.storage.tickets import TicketStore

__all__ = ["SHOWN", "thread"]

SHOWN = ("delivered", "claimed", "closed", "withdrawn", "reopened", "backup")  # reminders are the contact's business


def thread(tickets: TicketStore, ref: str, function_of: Callable[[str], str]) -> list[dict[str, str]]:
    """Rows of ``at``, ``kind`` (message or one of SHOWN), ``who`` (a contact's function, or 'reporter') and
    ``text`` (a message, or a close reason). The order is the events' ids: a claim and a reply in the same
    second stay in order."""
    messages = iter(tickets.messages(ref))
    rows: list[dict[str, str]] = []
    for event in tickets.events(ref):
        action = str(event["action"])
        kind = "backup" if "backup" in action else action  # "handed to backup x", "acute after hours: to backup x"
        if kind == "message":
            found = next(messages, None)
            if found is not None:
                sender = str(found["sender"])
                who = "reporter" if sender == "reporter" else function_of(sender.removeprefix("contact:"))
                rows.append({"at": str(found["at"]), "kind": "message", "who": who, "text": str(found["text"])})
        elif kind in SHOWN:
            who = function_of(str(event["actor"])) if kind == "claimed" else ""
            rows.append({"at": str(event["at"]), "kind": kind, "who": who,
                         "text": str(event["detail"] or "") if kind == "closed" else ""})
    return rows
