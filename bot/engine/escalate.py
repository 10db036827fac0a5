"""The engine's side of escalation: the summary before sending, the access gate, ticket buttons, replies,
/status, and what to say when the application layer reports how an effect went.

The engine only asks (effects) and words the answers; storing tickets, checking permissions and
delivering messages happen in :mod:`bot.escalation.service`.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.content.model import ChoiceNode, Content, EscalateNode, QuestionNode
from bot.engine.buttons import option_button, ticket_button
from bot.engine.emergency import DANGER_FLAG
from bot.engine.events import EffectOutcome
from bot.engine.navigation import menu_reply, nav_row
from bot.engine.phrases import say
from bot.engine.replies import Button, Effect, TextReply, Turn
from bot.engine.session import Session
from bot.escalation.texts import URGENCY, text

__all__ = ["ACCESS_PREFIX", "REPLY_PREFIX", "StartFlow", "access_prompt", "escalate_prompt", "on_outcome", "on_ticket_button", "reply_effect",
           "send_or_restart", "status_effect", "redeem_effect"]

StartFlow = Callable[[Content, Session, str, str], Turn]
REPLY_PREFIX = "reply:"
ACCESS_PREFIX = "access:"


def access_prompt(lang: str) -> TextReply:
    return TextReply(text("access_prompt", lang), (nav_row(lang, contact=False),))


def escalate_prompt(content: Content, session: Session, node: EscalateNode) -> TextReply:
    lang = session.lang
    lines = [node.text.get(lang), "", text("summary", lang)]
    flow = content.flows[node.flow]
    for step in flow.nodes.values():
        if isinstance(step, QuestionNode):
            value = session.answer(step.save_as)
        elif isinstance(step, ChoiceNode) and step.local == "urgency":
            chosen = session.answer(step.local)
            value = URGENCY[chosen].get(lang) if chosen in URGENCY else chosen
        else:
            continue
        if value:
            label = step.record_label.get(lang) if step.record_label else step.text.get(lang).splitlines()[0]
            lines.append(f"- {label}: {value}")
    if session.answer(DANGER_FLAG) == "yes":
        lines += ["", text("summary_urgent", lang)]
    buttons = ((Button(option_button(node.id, "send"), text("send", lang)),),
               (Button(option_button(node.id, "restart"), text("restart", lang)),), nav_row(lang, contact=False))
    return TextReply("\n".join(lines), buttons)


def send_or_restart(session: Session, node: EscalateNode, option: str) -> Effect | None:
    """``send`` asks the application to create the ticket; ``restart`` (None) starts the intake again."""
    if option != "send":
        return None
    data = {key: session.answer(key) or "" for key in ("municipality", "concern", "urgency", "contact")}
    if session.answer(DANGER_FLAG) == "yes":  # the concern describes acute danger: the contact sees SPOED
        data["urgency"] = "acute"
    return Effect("create_ticket", {**data, "lang": session.lang, "role": session.role or ""})


def redeem_effect(session: Session, typed: str) -> Effect:
    return Effect("redeem_invite", {"code": typed.strip()[:40], "flow": (session.node or "")[len(ACCESS_PREFIX):]})


def status_effect() -> Effect:
    return Effect("list_tickets", {})


def on_ticket_button(session: Session, action: str, ref: str) -> Turn:
    lang = session.lang
    if action in ("reply", "answer"):
        prompt = TextReply(text("reply_prompt", lang, ref=ref), (nav_row(lang, contact=False),))
        return Turn(session.leave_flow().at(f"{REPLY_PREFIX}{ref}"), (prompt,))
    if action in ("claim", "close"):
        return Turn(session, (), (Effect("ticket_action", {"action": action, "ref": ref}),))
    return Turn(session, (menu_reply(lang),))


def reply_effect(session: Session, typed: str) -> Effect:
    return Effect("ticket_message", {"ref": (session.node or "")[len(REPLY_PREFIX):], "text": typed})


def on_outcome(content: Content, session: Session, event: EffectOutcome, start_flow: StartFlow) -> Turn:
    lang = session.lang
    data = {k: str(v) for k, v in event.data.items()}
    if event.effect == "create_ticket":
        if event.ok:
            return Turn(session.leave_flow(), (menu_reply(lang, text("sent", lang, **data)),))
        key = "not_sent_national" if event.detail == "national" else "not_sent_error"
        return Turn(session.leave_flow(), (menu_reply(lang, text(key, lang, detail=event.detail, **data)),))
    if event.effect == "redeem_invite":
        if not event.ok:
            return Turn(session, (TextReply(text("access_bad", lang)), access_prompt(lang)))
        registered = session.replace(registered=True)
        turn = start_flow(content, registered, data.get("flow", "escalation"), event.at.isoformat())
        return Turn(turn.session, (TextReply(text("access_ok", lang, org=data.get("org", ""))), *turn.replies),
                    turn.effects, turn.visited)
    if event.effect == "list_tickets":
        return Turn(session, (_status(event, lang),))
    if event.effect in ("ticket_action", "ticket_message"):
        key = "reply_sent" if event.effect == "ticket_message" and event.ok else event.detail
        if key not in ("reply_sent", "claimed", "taken", "closed", "already_closed", "forbidden", "missing"):
            key = "missing"
        session = session.leave_flow() if event.effect == "ticket_message" else session
        return Turn(session, (TextReply(text(key, lang, ref=data.get("ref", ""), by=data.get("by", ""))),))
    if not event.ok:
        return Turn(session.leave_flow(), (menu_reply(lang, say("error", lang)),))
    return Turn(session)


def _status(event: EffectOutcome, lang: str) -> TextReply:
    if not event.items:
        return menu_reply(lang, text("status_none", lang))
    lines = [text("status_head", lang)]
    rows = []
    for item in event.items:
        status = text(f"status_{item['status']}", lang) if item.get("status") else ""
        lines.append("- " + text("status_line", lang, ref=item["ref"], municipality=item.get("municipality", ""),
                                 status=status, updated=item.get("updated", "")[:16].replace("T", " ")))
        if item.get("status") in ("claimed", "answered"):
            rows.append((Button(ticket_button("answer", item["ref"]), text("answer_button", lang, ref=item["ref"])),))
    return TextReply("\n".join(lines), (*rows, nav_row(lang)))

