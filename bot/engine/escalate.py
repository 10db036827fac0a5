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
from bot.engine.outcomes import (InviteRedeemed, QueueShown, TicketActed, TicketCreated, TicketMessaged, TicketShown,
                                 TicketsListed, TicketWithdrawn)
from bot.texts.engine import say
from bot.engine.effects import (CreateTicket, ListTickets, RedeemInvite, TicketAction, TicketDetail, TicketMessage,
                                TicketQueue, TicketWithdraw)
from bot.engine.replies import Button, TextReply, Turn
from bot.engine.session import Session
from bot.engine.ticket_views import queue_reply, thread_reply
from bot.texts.escalation import CLOSE_REASONS, URGENCY, text

__all__ = ["ACCESS_PREFIX", "EDIT_PREFIX", "EDIT_RETURN", "REPLY_PREFIX", "StartFlow", "access_prompt", "edit_target",
           "escalate_prompt", "on_outcome", "on_ticket_button", "queue_effect", "reply_effect", "send_or_restart",
           "status_effect", "redeem_effect"]

StartFlow = Callable[[Content, Session, str, str], Turn]
REPLY_PREFIX = "reply:"
ACCESS_PREFIX = "access:"
EDIT_PREFIX = "edit-"  # a summary option: edit-<save_as> changes that one answer, then shows the summary again
EDIT_RETURN = "_edit_return"  # the session answer that sends an edited question back to the summary


def access_prompt(lang: str) -> TextReply:
    return TextReply(text("access_prompt", lang), (nav_row(lang, contact=False),))


def escalate_prompt(content: Content, session: Session, node: EscalateNode) -> TextReply:
    lang = session.lang
    lines = [node.text.get(lang), "", text("summary", lang)]
    flow = content.flows[node.flow]
    edits: list[tuple[Button, ...]] = []
    for step in flow.nodes.values():
        if isinstance(step, QuestionNode):
            value = session.answer(step.save_as)
            if value and step.record_label:
                edits.append((Button(option_button(node.id, f"{EDIT_PREFIX}{step.save_as}"),
                                     text("edit_button", lang, label=step.record_label.get(lang))),))
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
    buttons = ((Button(option_button(node.id, "send"), text("send", lang)),), *edits,
               (Button(option_button(node.id, "restart"), text("restart", lang)),), nav_row(lang, contact=False))
    return TextReply("\n".join(lines), buttons)


def edit_target(content: Content, session: Session, node: EscalateNode, option: str) -> tuple[Session, str] | None:
    """For ``edit-<save_as>``: the session marked to come back here, and the question node to ask again."""
    save_as = option[len(EDIT_PREFIX):]
    flow = content.flows[node.flow]
    for step in flow.nodes.values():
        if isinstance(step, QuestionNode) and step.save_as == save_as:
            return session.with_answer(EDIT_RETURN, node.id), step.id
    return None


def send_or_restart(session: Session, node: EscalateNode, option: str) -> CreateTicket | None:
    """``send`` asks the application to create the ticket; ``restart`` (None) starts the intake again."""
    if option != "send":
        return None
    data = {key: session.answer(key) or "" for key in ("municipality", "concern", "urgency", "contact")}
    if session.answer(DANGER_FLAG) == "yes":  # the concern describes acute danger: the contact sees SPOED
        data["urgency"] = "acute"
    return CreateTicket(**data, lang=session.lang, role=session.role or "")


def redeem_effect(session: Session, typed: str) -> RedeemInvite:
    return RedeemInvite(code=typed.strip()[:40], flow=(session.node or "")[len(ACCESS_PREFIX):])


def status_effect() -> ListTickets:
    return ListTickets()


def queue_effect() -> TicketQueue:
    return TicketQueue()


def on_ticket_button(session: Session, action: str, ref: str) -> Turn:
    """Ticket buttons: claim, reply, close (asks the reason), close-<reason> (contact); view, answer, withdraw,
    withdraw-yes, followup (professional)."""
    lang = session.lang
    if action in ("reply", "answer", "followup"):
        key = "followup_prompt" if action == "followup" else "reply_prompt"
        prompt = TextReply(text(key, lang, ref=ref), (nav_row(lang, contact=False),))
        return Turn(session.leave_flow().at(f"{REPLY_PREFIX}{ref}"), (prompt,))
    if action == "close":
        rows = tuple((Button(ticket_button(f"close-{reason}", ref), text(f"close_{reason}", lang)),)
                     for reason in CLOSE_REASONS)
        return Turn(session, (TextReply(text("close_prompt", lang, ref=ref), rows),))
    if action.startswith("close-") and action[6:] in CLOSE_REASONS:
        return Turn(session, (), (TicketAction(action="close", ref=ref, reason=action[6:]),))
    if action == "claim":
        return Turn(session, (), (TicketAction(action=action, ref=ref),))
    if action == "view":
        return Turn(session, (), (TicketDetail(ref=ref),))
    if action == "withdraw":
        confirm = (Button(ticket_button("withdraw-yes", ref), text("withdraw_yes", lang)),)
        return Turn(session, (TextReply(text("withdraw_confirm", lang, ref=ref), (confirm, nav_row(lang))),))
    if action == "withdraw-yes":
        return Turn(session, (), (TicketWithdraw(ref=ref),))
    return Turn(session, (menu_reply(lang),))


def reply_effect(session: Session, typed: str) -> TicketMessage:
    return TicketMessage(ref=(session.node or "")[len(REPLY_PREFIX):], text=typed,
                         urgent=session.answer(DANGER_FLAG) == "yes")


def on_outcome(content: Content, session: Session, event: EffectOutcome, start_flow: StartFlow) -> Turn:
    lang = session.lang
    data = {k: str(v) for k, v in event.data.items()}
    if isinstance(event, TicketCreated):
        if event.ok:
            return Turn(session.leave_flow(), (menu_reply(lang, _sent(data, lang)),))
        key = "not_sent_national" if event.detail == "national" else "not_sent_error"
        return Turn(session.leave_flow(), (menu_reply(lang, text(key, lang, detail=event.detail, **data)),))
    if isinstance(event, InviteRedeemed):
        if not event.ok:
            return Turn(session, (TextReply(text("access_bad", lang)), access_prompt(lang)))
        registered = session.replace(registered=True)
        turn = start_flow(content, registered, data.get("flow", "escalation"), event.at.isoformat())
        return Turn(turn.session, (TextReply(text("access_ok", lang, org=data.get("org", ""))), *turn.replies),
                    turn.effects, turn.visited)
    if isinstance(event, TicketsListed):
        return Turn(session, (_status(event, lang),))
    if isinstance(event, TicketShown) and event.ok:
        return Turn(session, (thread_reply(event, lang),))
    if isinstance(event, QueueShown):
        return Turn(session, (queue_reply(event, lang),))
    if isinstance(event, (TicketActed, TicketMessaged, TicketWithdrawn, TicketShown)):
        key = "reply_sent" if isinstance(event, TicketMessaged) and event.ok and not event.detail else event.detail
        if key not in ("reply_sent", "claimed", "taken", "closed", "already_closed", "forbidden", "missing",
                       "withdrawn", "reopened"):
            key = "missing"
        session = session.leave_flow() if isinstance(event, TicketMessaged) else session
        return Turn(session, (TextReply(text(key, lang, ref=data.get("ref", ""), by=data.get("by", ""))),))
    if not event.ok:
        return Turn(session.leave_flow(), (menu_reply(lang, say("error", lang)),))
    return Turn(session)


def _sent(data: dict[str, str], lang: str) -> str:
    """Sent: the reference, the contact's office hours and expected response, what to do if it is urgent."""
    lines = [text("sent", lang, **data), "", data.get(f"hours_{lang}", "")]
    if data.get("after_hours") == "backup":
        lines += ["", text("sent_to_backup", lang, contact=data.get("backup", ""))]
    elif data.get("after_hours") == "none":
        lines += ["", text("sent_no_backup", lang)]
    return "\n".join(line for line in lines if line is not None).strip()


def _status(event: EffectOutcome, lang: str) -> TextReply:
    if not event.items:  # a municipal contact is pointed to their queue
        return menu_reply(lang, text("status_none_contact" if event.data.get("contact") else "status_none", lang))
    lines = [text("status_head", lang)]
    rows = []
    for item in event.items:
        status = text(f"status_{item['status']}", lang) if item.get("status") else ""
        lines.append("- " + text("status_line", lang, ref=item["ref"], municipality=item.get("municipality", ""),
                                 status=status, updated=item.get("updated", "")[:16].replace("T", " ")))
        rows.append((Button(ticket_button("view", item["ref"]), text("status_button", lang, ref=item["ref"],
                                                                          status=status)),))
    lines += ["", text("status_pick", lang)]
    return TextReply("\n".join(lines), (*rows, nav_row(lang)))

