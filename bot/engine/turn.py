"""One turn of the dialogue. The routing order is written here and nowhere else."""

from __future__ import annotations

import unicodedata

from bot.content.model import ChoiceNode, Content, EscalateNode, QuestionNode
from bot.content.schema import ROLES
from bot.engine import emergency, escalate, flow_runner
from bot.engine.buttons import parse_button
from bot.engine.events import ButtonPress, Command, EffectOutcome, Event, Resume, Start, TextMessage, Unsupported
from bot.engine.faq_reply import answer_reply, match_reply
from bot.faq.message import read_message
from bot.engine.navigation import MENU_FLOWS, language_prompt, menu_reply, nav_row, role_prompt
from bot.texts import LANGS
from bot.texts.engine import LANGUAGE_NAMES, ROLE_LABELS, say
from bot.engine.effects import Effect, LogFeedback, LogUnanswered
from bot.engine.replies import Button, Reply, TextReply, Turn
from bot.engine.session import Session
from bot.encoder import encode_one
from bot.privacy import mask_personal_data
from bot.safety import DangerVerdict
from bot.safety.detector import words
from bot.safety.meaning import MIN_WORDS

__all__ = ["DANGER_READ_CHARS", "MAX_TEXT_CHARS", "handle", "merge_texts", "read_ahead"]

MAX_TEXT_CHARS = 1000  # what is read of one message; the rest is ignored with a note
DANGER_READ_CHARS = 4096  # what is checked for acute danger: all of a Telegram message, also past what is read
MERGE_MAX_CHARS = 3500  # merged texts stay well under Telegram's 4096
ONBOARDING_LANGUAGE = "onboarding:language"
ONBOARDING_ROLE = "onboarding:role"


def handle(content: Content, session: Session, event: Event) -> Turn:
    """Carry one turn: ``(content, session, event) -> Turn(session, replies, effects)``. Pure; never raises
    on user input.

    Routing order:

    1. ``Start``: the welcome and onboarding (language, then role), or the menu for a known user;
       ``Resume``: the step the user was at.
    2. A command: /start /menu /help /cancel /taal/lang /rol/role /status.
    3. A button: its meaning (language, role, menu item, FAQ entry, feedback, a ticket action); an option
       of the active node is that node's answer; an option of another node is stale and the user is shown
       where they are.
    Every typed text is first checked for acute danger (``faq/danger.yaml``): when it describes danger, the
    turn's first message is the emergency reply (112, then 0900 8844, with buttons to the signalling steps
    and the municipal contact), and steps 4-7 still run after it, so the answer that also fits follows.

    4. Text at the active node: a ticket reply or an invite code when the bot asked for one; "terug"/"back"
       goes one step back; a question takes it as its answer; a choice takes a number, label or synonym of
       its own options, or "weet ik niet" for its "I don't know" option (without one: asks to pick).
    5. Text that matches a flow's trigger starts that flow (never the flow the user is already in).
    6. Text that matches the FAQ: above the answer threshold the answer, in the band below it "did you
       mean" with buttons.
    7. Otherwise an explicit "no answer" with the menu and the municipal contact; the question is logged,
       masked, for maintainers. A story of a worry about someone (outside a flow) offers the signalling
       guide when no FAQ answer is sure, or when the story matches that guide better than any entry. Inside a flow, 5–7 end by showing the step the user was at.

    Unsupported input (stickers, photos, edits, group chats) gets a clear answer and changes nothing. A
    command's argument, a caption and an edited or flooded message are not read, but they are checked for
    acute danger too: the emergency reply then comes first.
    ``EffectOutcome`` events (the application reporting how an effect went) are worded by
    :func:`bot.engine.escalate.on_outcome`.
    """
    turn = _route(content, session.replace(turns=session.turns + 1), event)
    return Turn(turn.session, merge_texts(turn.replies), turn.effects, turn.visited)


def merge_texts(replies: tuple[Reply, ...]) -> tuple[Reply, ...]:
    """Join a text without buttons to the text that follows it: fewer messages, same content.

    Telegram allows about one message a second per chat, so three short messages would take three seconds.
    """
    merged: list[Reply] = []
    for reply in replies:
        last = merged[-1] if merged else None
        if (isinstance(reply, TextReply) and isinstance(last, TextReply) and not last.buttons
                and len(last.text) + len(reply.text) < MERGE_MAX_CHARS):
            merged[-1] = TextReply(f"{last.text}\n\n{reply.text}", reply.buttons)
        else:
            merged.append(reply)
    return tuple(merged)


def _route(content: Content, session: Session, event: Event) -> Turn:
    at = event.at.isoformat()
    if isinstance(event, Start):
        return _start(session)
    if isinstance(event, Resume):
        return _resume(content, session, [])
    if isinstance(event, Command):
        name, arg = event.name.lower(), event.arg.strip()
        return _danger_first(content, _command(content, session, name, arg, at), f"{name} {arg}" if arg else "")
    if isinstance(event, ButtonPress):
        return _button(content, session, event.data, at)
    if isinstance(event, TextMessage):
        return _text(content, session, event.text, at)
    if isinstance(event, Unsupported):
        key = {"sticker": "unsupported_sticker", "edited": "unsupported_edited", "group": "unsupported_group",
               "flood": "unsupported_flood"}
        turn = Turn(session, (TextReply(say(key.get(event.kind, "unsupported_media"), session.lang)),))
        return _danger_first(content, turn, event.text)
    if isinstance(event, EffectOutcome):
        return escalate.on_outcome(content, session, event, _start_flow)
    return Turn(session, (menu_reply(session.lang, say("not_understood", session.lang)),))


def _start(session: Session) -> Turn:
    lang = session.lang
    if session.role is None:
        welcome = TextReply(say("welcome", lang))
        return Turn(session.leave_flow().at(ONBOARDING_LANGUAGE), (welcome, language_prompt(lang)))
    return Turn(session.leave_flow(), (menu_reply(lang, say("welcome", lang)),))


def _command(content: Content, session: Session, name: str, arg: str, at: str) -> Turn:
    lang = session.lang
    if name == "start":
        return _start(session)
    if name == "menu":
        return Turn(session.leave_flow(), (menu_reply(lang),))
    if name == "cancel":
        return Turn(session.leave_flow(), (menu_reply(lang, say("cancelled", lang)),))
    if name == "help":
        return _resume(content, session, [TextReply(say("help", lang))])
    if name in ("taal", "lang"):
        if arg.lower() in LANGS:
            return _set_language(content, session, arg.lower())
        return Turn(session, (language_prompt(lang),))
    if name == "status":
        return Turn(session, (), (escalate.status_effect(),))
    if name in ("queue", "wachtrij"):
        return Turn(session, (), (escalate.queue_effect(),))
    if name in ("rol", "role"):
        if arg.lower() in ROLES:
            return _set_role(content, session, arg.lower())
        return Turn(session, (role_prompt(lang),))
    safe_name = "".join(ch for ch in name[:32] if ch.isalnum() or ch == "_")
    return _resume(content, session, [TextReply(say("unknown_command", lang, name=safe_name))])


def _button(content: Content, session: Session, data: str, at: str) -> Turn:
    ref = parse_button(data)
    lang = session.lang
    if ref is None:
        return Turn(session.leave_flow(), (menu_reply(lang, say("unknown_button", lang)),))
    (first, *rest) = ref.parts
    if ref.kind == "lang" and first in LANGS:
        return _set_language(content, session, first)
    if ref.kind == "role" and first in ROLES:
        return _set_role(content, session, first)
    if ref.kind == "menu" and first == "back":
        return _progress(flow_runner.back(content, session))
    if ref.kind == "menu":
        return _menu_item(content, session, first, at)
    if ref.kind == "faq" and first in content.faq:
        return Turn(session.replace(last_faq=first), (answer_reply(content, first, lang),))
    if ref.kind == "fb" and first in ("up", "down") and rest[0] in content.faq:
        return _feedback(session, first, rest[0])
    if ref.kind == "fbn" and first == "rephrase":
        return Turn(session, (TextReply(say("ask_prompt", lang), (nav_row(lang),)),))
    if ref.kind == "danger" and first == "contact":  # after the emergency reply: the concern is urgent
        return _menu_item(content, session.with_answer(emergency.DANGER_FLAG, "yes"), "contact", at)
    if ref.kind == "danger" and content.danger is not None and content.danger.rules.steps_node:
        danger_known = session.leave_flow().with_answer(emergency.DANGER_FLAG, "yes")
        return _progress(flow_runner.enter(content, danger_known, content.danger.rules.steps_node, at))
    if ref.kind == "fbn" and first == "contact":
        return _menu_item(content, session, "contact", at)
    if ref.kind == "o":
        return _option(content, session, f"{first}:{rest[0]}", rest[1], at)
    if ref.kind == "p":
        return _pick(content, session, f"{first}:{rest[0]}", rest[1], at)
    if ref.kind == "t":
        return escalate.on_ticket_button(session, first, rest[0].upper())
    return Turn(session.leave_flow(), (menu_reply(lang, say("unknown_button", lang)),))


def _option(content: Content, session: Session, node_id: str, option_id: str, at: str) -> Turn:
    node = content.node(node_id)
    if isinstance(node, EscalateNode) and (option_id in ("send", "restart") or option_id.startswith(escalate.EDIT_PREFIX)):
        if session.node != node_id:
            return _resume(content, session, [TextReply(say("stale_button", session.lang))], stale=True)
        edit = (escalate.edit_target(content, session, node, option_id)
                if option_id.startswith(escalate.EDIT_PREFIX) else None)
        if edit is not None:
            return _progress(flow_runner.enter(content, edit[0], edit[1], at))
        effect = escalate.send_or_restart(session, node, option_id)
        if effect is None:
            return _start_flow(content, session, node.flow, at)
        return Turn(session, (), (effect,))
    options = node.options_for(session.role) if isinstance(node, ChoiceNode) else ()
    option = next((o for o in options if o.id == option_id), None)
    if not isinstance(node, ChoiceNode) or option is None:
        return Turn(session.leave_flow(), (menu_reply(session.lang, say("unknown_button", session.lang)),))
    if session.node != node_id:
        return _resume(content, session, [TextReply(say("stale_button", session.lang))], stale=True)
    return _progress(flow_runner.choose(content, session, node, option, at))


def _pick(content: Content, session: Session, node_id: str, index: str, at: str) -> Turn:
    node = content.node(node_id)
    if not isinstance(node, QuestionNode) or not (index.isascii() and index.isdigit()):  # '²'.isdigit() is True
        return Turn(session.leave_flow(), (menu_reply(session.lang, say("unknown_button", session.lang)),))
    if session.node != node_id or not session.pending:
        return _resume(content, session, [TextReply(say("stale_button", session.lang))], stale=True)
    return _progress(flow_runner.pick(content, session, node, int(index), at))


def _start_flow(content: Content, session: Session, flow_id: str, at: str) -> Turn:
    return _progress(flow_runner.start_flow(content, session, flow_id, at))


def _text(content: Content, session: Session, raw: str, at: str) -> Turn:
    lang = session.lang
    text = _clean(raw)
    notes: list[Reply] = []
    if not text:
        return _resume(content, session, [TextReply(say("empty_text", lang))])
    danger = emergency.verdict(content, text[:DANGER_READ_CHARS])  # a danger told at the end of a long story
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        notes.append(TextReply(say("too_long", lang)))
    if not danger.urgent:
        turn = _typed(content, session, text, notes, at, danger)
        return emergency.suicide_line_first(turn, lang) if danger.suicide_talk else turn
    session = _flagged(session)
    if _not_an_answer_to(content, session.node):  # an invite code or a place name: no failed attempt, ask again
        return emergency.emergency_first(content, _resume(content, session, notes), lang, danger)
    return emergency.emergency_first(content, _typed(content, session, text, notes, at, danger), lang, danger)


def _danger_first(content: Content, turn: Turn, typed: str) -> Turn:
    """A turn that did not take ``typed`` as a message (a command's argument, a photo's caption, an edited or
    flooded message) still puts the emergency reply first when ``typed`` describes acute danger."""
    text = _clean(typed)[:DANGER_READ_CHARS]
    danger = emergency.verdict(content, text) if text else None
    if danger is None or not danger.urgent:
        return turn
    session = _flagged(turn.session)
    return emergency.emergency_first(content, Turn(session, turn.replies, turn.effects, turn.visited), session.lang,
                                     danger)


def _flagged(session: Session) -> Session:
    """Danger was described inside a flow (or at the invite code that opens the intake): a concern sent from it,
    or from a flow it hands over to, goes out marked urgent."""
    return session.with_answer(emergency.DANGER_FLAG, "yes") if session.node else session


def _not_an_answer_to(content: Content, node_id: str | None) -> bool:
    """Steps whose answer a danger story cannot be: the invite code, and the municipality (a story naming a
    place must not become the municipality the concern is sent to)."""
    if not node_id:
        return False
    if node_id.startswith(escalate.ACCESS_PREFIX):
        return True
    node = content.node(node_id)
    return isinstance(node, QuestionNode) and node.check == "municipality"


def _typed(content: Content, session: Session, text: str, notes: list[Reply], at: str, danger: DangerVerdict) -> Turn:
    """Typed text after the danger check: steps 4-7 of the routing order."""
    lang = session.lang
    if session.node and session.node.startswith(escalate.REPLY_PREFIX):
        return Turn(session, tuple(notes), (escalate.reply_effect(session, text),))
    if session.node and session.node.startswith(escalate.ACCESS_PREFIX):
        return Turn(session, tuple(notes), (escalate.redeem_effect(session, text),))
    node = content.node(session.node) if session.node else None
    if isinstance(node, (ChoiceNode, QuestionNode)) and flow_runner.means_back(text):
        return _progress(flow_runner.back(content, session), notes)
    if isinstance(node, QuestionNode):
        return _progress(flow_runner.take_answer(content, session, node, text, at), notes)
    if isinstance(node, ChoiceNode):
        option = flow_runner.match_option(node, text, session)
        if option is not None:
            return _progress(flow_runner.choose(content, session, node, option, at), notes)
        if flow_runner.means_unknown(text):  # this step has no "I don't know": ask to pick, never search
            return _resume(content, session, [*notes, TextReply(say("choose_option", lang))], stale=True)
    if session.node in (ONBOARDING_LANGUAGE, ONBOARDING_ROLE):
        picked = _onboarding_answer(session.node, text)
        if picked:
            return _button(content, session, picked, at)
    trigger = content.trigger_index.match(text, lang, session.role)
    if (trigger.verdict == "answer" and trigger.target is not None and trigger.target in content.flows
            and trigger.target != session.flow):  # typing inside a flow never restarts that flow
        return _progress(flow_runner.start_flow(content, session, trigger.target, at), notes)
    # an English question in a Dutch session is answered in English
    match, asked_in = content.faq_index.match_asked(text, lang, session.role)
    effects: tuple[Effect, ...] = ()
    if match.verdict != "answer" or match.low_margin:  # unanswered, and answers the runner-up nearly won
        won = match.verdict == "answer"  # by a small margin: logged with the entry that won
        effects = (LogUnanswered(text=mask_personal_data(text), lang=asked_in, role=session.role,
                                 verdict="low_margin" if won else match.verdict, score=round(match.score, 1),
                                 faq_id=match.target if won else None),)
    match = emergency.with_suicide_entry(content, match, danger)
    if match.verdict == "answer":
        session = session.replace(last_faq=match.target)
    reply = match_reply(content, match, asked_in, story=read_message(text).story, question=text)
    if session.node:  # inside a flow: answer, then show the step the user was at
        turn = _resume(content, session, [*notes, reply])
        return Turn(turn.session, turn.replies, effects)
    worried = danger.worry or match.verdict == "story"  # a worry told as a story, not a question
    # (the trigger index scores lexically, the FAQ answer may be the decision model's probability: compare verdicts)
    if worried and not danger.urgent and (match.verdict != "answer" or trigger.verdict == "answer"):
        # a story of a worry rather than a question: the guide first, then whatever else may help
        offer = emergency.worry_offer(lang)
        replies = (*notes, offer) if match.verdict == "none" else (*notes, offer, reply)
        return Turn(session.replace(suggestions=match.suggestions), replies, effects)
    return Turn(session.replace(suggestions=match.suggestions), (*notes, reply), effects)


def _menu_item(content: Content, session: Session, item: str, at: str) -> Turn:
    lang = session.lang
    if item == "ask":
        return Turn(session.leave_flow(), (TextReply(say("ask_prompt", lang), (nav_row(lang),)),))
    if item in MENU_FLOWS:
        return _start_flow(content, session, MENU_FLOWS[item], at)
    return Turn(session.leave_flow(), (menu_reply(lang),))


def _feedback(session: Session, vote: str, entry_id: str) -> Turn:
    effect = LogFeedback(faq_id=entry_id, vote=vote, lang=session.lang, role=session.role)
    if vote == "up":
        return Turn(session, (TextReply(say("thanks_up", session.lang)),), (effect,))
    lang = session.lang
    buttons = ((Button("fbn:rephrase", say("rephrase", lang)), Button("fbn:contact", say("menu_contact", lang))),)
    return Turn(session, (TextReply(say("thanks_down", lang), buttons),), (effect,))


def _set_language(content: Content, session: Session, lang: str) -> Turn:
    session = session.replace(lang=lang)
    done = TextReply(say("language_set", lang))
    if session.node == ONBOARDING_LANGUAGE:
        return Turn(session.at(ONBOARDING_ROLE), (done, role_prompt(lang)))
    return _resume(content, session, [done])


def _set_role(content: Content, session: Session, role: str) -> Turn:
    session = session.replace(role=role)
    done = say("role_set", session.lang, role=ROLE_LABELS[role].get(session.lang))
    if session.node in (ONBOARDING_LANGUAGE, ONBOARDING_ROLE):
        return Turn(session.leave_flow(), (menu_reply(session.lang, done),))
    return _resume(content, session, [TextReply(done)])


def _resume(content: Content, session: Session, replies: list[Reply], *, stale: bool = False) -> Turn:
    """Add the prompt of where the user is (onboarding, a flow step, or the menu) after ``replies``."""
    lang = session.lang
    node = content.node(session.node) if session.node else None
    if session.node == ONBOARDING_LANGUAGE:
        where: Reply = language_prompt(lang)
    elif session.node == ONBOARDING_ROLE:
        where = role_prompt(lang)
    elif session.node and session.node.startswith(escalate.ACCESS_PREFIX):
        where = escalate.access_prompt(lang)
    elif session.node and session.node.startswith(escalate.REPLY_PREFIX):
        ref = session.node[len(escalate.REPLY_PREFIX):]
        return escalate.on_ticket_button(session, "reply", ref).with_replies_before(replies)
    elif node is not None and isinstance(node, (ChoiceNode, QuestionNode, EscalateNode)):
        where = flow_runner.prompt(content, session, node)
        if not stale:
            replies = [*replies, TextReply(say("flow_resume", lang))]
    else:
        return Turn(session.leave_flow(), (*replies, menu_reply(lang)))
    return Turn(session, (*replies, where))


def _progress(progress: flow_runner.Progress, notes: list[Reply] | None = None) -> Turn:
    replies = (*(notes or []), *progress.replies)
    return Turn(progress.session, replies, tuple(progress.effects), tuple(progress.visited))


def _onboarding_answer(node: str, text: str) -> str | None:
    typed = text.strip().casefold()
    if node == ONBOARDING_LANGUAGE:
        table = {**{str(i): lang for i, lang in enumerate(LANGS, start=1)}, **{lang: lang for lang in LANGS},
                 **LANGUAGE_NAMES}
        return f"lang:{table[typed]}" if typed in table else None
    roles = {str(i): role for i, role in enumerate(ROLES, start=1)}
    roles.update({role: role for role in ROLES})
    roles.update({label.get(lang).casefold(): role for role, label in ROLE_LABELS.items() for lang in LANGS})
    return f"role:{roles[typed]}" if typed in roles else None


def read_ahead(content: Content, event: Event) -> None:
    """The slow, pure part of reading a typed message, done ahead: its sentence vector (a few ms of numpy) for the
    danger check's reading by meaning and the FAQ matcher. A channel may run this in a worker thread before
    :func:`handle`, which then finds the vector remembered (:func:`bot.encoder.encode_one`) instead of computing
    it on the event loop. Without the encoder in use it does nothing; it never changes what :func:`handle` does."""
    if not isinstance(event, (TextMessage, Unsupported)) or not content.reads_meaning():
        return
    text = _clean(event.text)
    if len(words(text)) >= MIN_WORDS:  # what the danger check reads by meaning; shorter ones are rarely matched
        encode_one(text[:DANGER_READ_CHARS])
        if len(text) > MAX_TEXT_CHARS:
            encode_one(text[:MAX_TEXT_CHARS])


def _clean(text: str) -> str:
    """Drop control and format characters (keeping newlines) and surrounding space."""
    kept = (ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return "".join(kept).strip()

