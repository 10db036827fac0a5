"""How the engine shows a ticket's thread (to the professional) and a contact's queue: words and buttons only.

The application layer sends the facts as an :class:`EffectOutcome` (``ticket_detail``, ``ticket_queue``);
these functions turn them into one reply each.
"""

from __future__ import annotations

from bot.clock import age_text, local_time
from bot.engine.buttons import ticket_button
from bot.engine.events import EffectOutcome
from bot.engine.navigation import menu_reply, nav_row
from bot.engine.replies import Button, TextReply
from bot.texts.escalation import CLOSE_REASONS, URGENCY, text

__all__ = ["queue_reply", "reason_words", "thread_reply"]


def reason_words(reason: str, lang: str) -> str:
    if reason in CLOSE_REASONS:
        return text(f"close_{reason}", lang)
    return reason or text("close_none", lang)


def thread_reply(event: EffectOutcome, lang: str) -> TextReply:
    data = {k: str(v) for k, v in event.data.items()}
    ref, status = data["ref"], data.get("status", "")
    urgency = data.get("urgency", "")
    lines = [text("detail_head", lang, ref=ref, municipality=data.get("municipality", ""),
                  status=text(f"status_{status}", lang) if status else "", created=local_time(data.get("created", "")),
                  urgency=URGENCY[urgency].get(lang) if urgency in URGENCY else urgency),
             "", f"{text('detail_you', lang)}:", data.get("concern", "")]
    for item in event.items:
        kind, when = str(item.get("kind", "")), local_time(str(item.get("at", "")))
        if kind == "message":
            who = text("detail_you", lang) if item.get("who") == "reporter" else str(item.get("who", ""))
            lines += ["", f"{who} ({when}):", str(item.get("text", ""))]
        else:
            what = text(f"event_{kind}", lang, who=str(item.get("who", "")),
                        reason=reason_words(str(item.get("text", "")), lang))
            lines += ["", text("detail_event", lang, at=when, what=what)]
    rows: list[tuple[Button, ...]] = []
    if status in ("claimed", "answered"):
        rows.append((Button(ticket_button("answer", ref), text("answer_button", lang, ref=ref)),))
    if status == "closed":
        rows.append((Button(ticket_button("followup", ref), text("followup_button", lang, ref=ref)),))
    else:
        rows.append((Button(ticket_button("withdraw", ref), text("withdraw_button", lang)),))
    return TextReply("\n".join(lines), (*rows, nav_row(lang)))


def queue_reply(event: EffectOutcome, lang: str) -> TextReply:
    if not event.ok:
        return menu_reply(lang, text("queue_not_contact", lang))
    if not event.items:
        return menu_reply(lang, text("queue_none", lang))
    lines = [text("queue_head", lang)]
    rows: list[tuple[Button, ...]] = []
    for item in event.items:
        ref, urgency = str(item["ref"]), str(item.get("urgency", ""))
        words = URGENCY[urgency].get(lang).split(" (")[0] if urgency in URGENCY else urgency
        age = age_text(str(item["created"]), event.at, lang) if event.at else ""
        flag = "🚨 " if urgency == "acute" else ""
        lines.append(f"- {flag}" + text("queue_line", lang, ref=ref, municipality=str(item.get("municipality", "")),
                                       urgency=words, status=text(f"status_{item.get('status', 'new')}", lang),
                                       age=age))
        if item.get("status") in ("new", "delivered"):
            rows.append((Button(ticket_button("claim", ref), f"{text('button_claim', lang)} {ref}"),
                         Button(ticket_button("close", ref), f"{text('button_close', lang)} {ref}")))
        else:
            rows.append((Button(ticket_button("reply", ref), f"{text('button_reply', lang)} {ref}"),
                         Button(ticket_button("close", ref), f"{text('button_close', lang)} {ref}")))
    return TextReply("\n".join(lines), (*rows, nav_row(lang)))
