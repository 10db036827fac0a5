"""Button ids: short strings (at most 64 bytes) that say what a press means, never carry a payload.

    lang:<nl|en>              choose the language
    role:<role>               choose the role
    menu:<item>               a main-menu item: signalling, sharing, ask, contact; menu:home shows the menu
    o:<flow>:<node>:<option>  an option of a choice node; stale when the session is elsewhere
    p:<flow>:<node>:<index>   one of the values a question's check offered (a municipality, "send masked")
    faq:<id>                  show a FAQ entry (related entries, "did you mean")
    fb:<up|down>:<id>         feedback on a FAQ answer
    fbn:<rephrase|contact>    what to do after a thumbs-down
    t:<action>:<ref>          act on a ticket: claim, reply, close (contact); answer (professional)
    danger:steps              after the emergency reply: the signalling steps for the user's role
    danger:contact            after the emergency reply: the municipal contact, the concern marked urgent
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ButtonRef", "faq_button", "feedback_button", "option_button", "parse_button", "pick_button", "ticket_button"]


@dataclass(frozen=True, slots=True)
class ButtonRef:
    kind: str
    parts: tuple[str, ...]


def option_button(node_id: str, option_id: str) -> str:
    return f"o:{node_id}:{option_id}"


def pick_button(node_id: str, index: int) -> str:
    return f"p:{node_id}:{index}"


def ticket_button(action: str, ref: str) -> str:
    return f"t:{action}:{ref}"


def faq_button(entry_id: str) -> str:
    return f"faq:{entry_id}"


def feedback_button(vote: str, entry_id: str) -> str:
    return f"fb:{vote}:{entry_id}"


_ARITY = {"danger": 1, "lang": 1, "role": 1, "menu": 1, "o": 3, "p": 3, "faq": 1, "fb": 2, "fbn": 1, "t": 2}


def parse_button(data: str) -> ButtonRef | None:
    """The meaning of a button id, or None when it is malformed (forged or from another bot version)."""
    if not data or len(data.encode("utf-8")) > 64:
        return None
    kind, _, rest = data.partition(":")
    arity = _ARITY.get(kind)
    if arity is None:
        return None
    parts = tuple(rest.split(":", arity - 1)) if rest else ()
    if len(parts) != arity or not all(parts):
        return None
    return ButtonRef(kind, parts)
