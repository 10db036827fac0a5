"""Walking a flow: entering nodes, showing prompts, taking answers.

Nodes that need no input (message, faq, document, branch, handoff) run straight through until a node
waits for the user (choice, question) or the flow ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.content.model import (
    BranchNode,
    ChoiceNode,
    Content,
    DocumentNode,
    EndNode,
    EscalateNode,
    FaqNode,
    HandoffNode,
    MessageNode,
    Node,
    Option,
    QuestionNode,
    TableNode,
)
from bot.content.schema import CHECK_OUTPUTS
from bot.engine.buttons import option_button, pick_button
from bot.engine.checks import CheckResult, run_check
from bot.engine.emergency import DANGER_FLAG
from bot.engine.escalate import EDIT_RETURN, access_prompt, escalate_prompt
from bot.engine.faq_reply import answer_reply, with_sources
from bot.engine.navigation import BACK_WORDS, menu_reply, nav_row
from bot.texts.engine import UNKNOWN_WORDS, say
from bot.engine.record import VISITED, decision_record, facts, shown_sources, shown_text
from bot.engine.effects import Effect
from bot.engine.replies import Button, Reply, TextReply
from bot.engine.session import Session, TrailStep
from bot.faq.normalise import fold

__all__ = ["Progress", "back", "choose", "enter", "means_back", "means_unknown", "match_option", "next_flow", "pick",
           "prompt", "start_flow", "take_answer"]

_UNKNOWN = frozenset(fold(word) for words in UNKNOWN_WORDS.values() for word in words)

MAX_STEPS = 100  # guards against a loop of input-less nodes (the validator refuses those too)

@dataclass
class Progress:
    """What walking a flow produced; ``visited`` lists every node entered, for coverage and analytics."""

    session: Session
    replies: list[Reply] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    visited: list[str] = field(default_factory=list)


def start_flow(content: Content, session: Session, flow_id: str, at: str) -> Progress:
    flow = content.flows.get(flow_id)
    if flow is None:
        return Progress(session.leave_flow(), [menu_reply(session.lang, say("not_understood", session.lang))])
    if flow.access == "registered" and not session.registered:
        return Progress(next_flow(session).at(f"access:{flow_id}"), [access_prompt(session.lang)])
    return enter(content, next_flow(session), flow.start, at)


def next_flow(session: Session) -> Session:
    """The session leaving its flow for another one: the answers go, except that acute danger (typed, or
    answered "Ja, acuut gevaar") stays known, so a concern sent from the next flow is marked urgent."""
    if session.answer(DANGER_FLAG) == "yes":
        return session.leave_flow().with_answer(DANGER_FLAG, "yes")
    return session.leave_flow()


def enter(content: Content, session: Session, node_id: str, at: str) -> Progress:
    """Run from ``node_id`` until a node waits for input; ``at`` is the event time (ISO) for documents."""
    lang = session.lang
    done = Progress(session)
    replies = done.replies
    for _ in range(MAX_STEPS):
        node = content.node(node_id)
        if node is None:  # content changed under a stored session: fall back to the menu
            replies.append(menu_reply(lang))
            done.session = session.leave_flow()
            return done
        done.visited.append(node_id)
        session = session.at(node_id)
        if getattr(node, "outcome", False):
            session = session.replace(trail=(*session.trail, TrailStep(node_id, VISITED)))
        if isinstance(node, (ChoiceNode, QuestionNode, EscalateNode)):
            replies.append(prompt(content, session, node))
            done.session = session
            return done
        if isinstance(node, MessageNode):
            replies.append(TextReply(with_sources(shown_text(node, session), shown_sources(node, session), lang)))
            node_id = node.next
        elif isinstance(node, FaqNode):
            replies.append(answer_reply(content, node.faq, lang, feedback=False))
            node_id = node.next
        elif isinstance(node, DocumentNode):
            replies.append(decision_record(content, session, node, at))
            node_id = node.next
        elif isinstance(node, BranchNode):
            value = session.role if node.on == "role" else session.answer(node.on)
            node_id = node.target(value)
        elif isinstance(node, TableNode):
            rule = node.decide(facts(session))
            if rule is None:  # the validator proves this cannot happen for shipped content
                break
            node_id = rule.then
        elif isinstance(node, HandoffNode):
            replies.append(TextReply(node.text.get(lang)))
            target = content.flows.get(node.to)
            session = next_flow(session)
            if target is None or (target.access == "registered" and not session.registered):
                gated = start_flow(content, session, node.to, at)  # the access gate, or the menu
                done.session = gated.session
                replies += gated.replies
                return done
            node_id = node.at or target.start
        elif isinstance(node, EndNode):
            intro = with_sources(shown_text(node, session), shown_sources(node, session), lang)
            replies.append(menu_reply(lang, intro=intro))
            done.session = session.leave_flow()
            return done
    replies.append(menu_reply(lang, say("error", lang)))
    done.session = session.leave_flow()
    return done


def prompt(content: Content, session: Session, node: Node) -> TextReply:
    """The message that asks for this node's input, with its buttons and the nav row."""
    lang = session.lang
    in_contact_flow = node.flow == "escalation"
    nav = nav_row(lang, contact=not in_contact_flow, back=_answered(session) is not None)
    if isinstance(node, ChoiceNode):
        options = node.options_for(session.role)
        rows = tuple((Button(option_button(node.id, o.id), o.label.get(lang)),) for o in options)
        text = with_sources(shown_text(node, session), shown_sources(node, session), lang)
        return TextReply(text, (*rows, nav))
    if isinstance(node, QuestionNode):
        return TextReply(node.text.get(lang), (nav,))
    if isinstance(node, EscalateNode):
        return escalate_prompt(content, session, node)
    return TextReply(say("not_understood", lang), (nav,))


def choose(content: Content, session: Session, node: ChoiceNode, option: Option, at: str) -> Progress:
    session = session.with_answer(node.local, option.id)
    session = session.replace(trail=(*session.trail, TrailStep(node.id, option.id)))
    return enter(content, session, option.next, at)


def match_option(node: ChoiceNode, text: str, session: Session) -> Option | None:
    """A typed answer at a choice, matched against that step's own options only: its number ("2"), its
    label or a synonym in either language, or "weet ik niet" for the option that means "I don't know".
    Case, accents and punctuation do not matter. Only ASCII digits count as a number ("²" is no 2)."""
    options = node.options_for(session.role)
    number = text.strip().rstrip(".)")
    if number.isascii() and number.isdecimal() and 1 <= int(number) <= len(options):
        return options[int(number) - 1]
    typed = fold(text)
    for option in options:
        words = {option.id, *option.label.wordings.values(), *(w for ws in option.synonyms.values() for w in ws)}
        if typed and typed in {fold(word) for word in words}:
            return option
    if means_unknown(text):
        return next((o for o in options if o.unknown), None)
    return None


def means_unknown(text: str) -> bool:
    return fold(text) in _UNKNOWN


def means_back(text: str) -> bool:
    return fold(text) in BACK_WORDS


def back(content: Content, session: Session) -> Progress:
    """One step back in the active flow: the last answered step is asked again, its answer and later ones
    forgotten. The session remembers the way back in its trail of answered steps, nothing more."""
    index = _answered(session)
    if index is None:
        node = content.node(session.node) if session.node else None
        shown = [prompt(content, session, node)] if node is not None and node.waits else [menu_reply(session.lang)]
        return Progress(session, [TextReply(say("back_none", session.lang)), *shown])
    undone = session.trail[index:]
    forgotten = set()
    for step in undone:
        node = content.node(step.node)
        if isinstance(node, ChoiceNode):
            forgotten.add(node.local)
        elif isinstance(node, QuestionNode):
            forgotten |= {node.save_as, *CHECK_OUTPUTS.get(node.check, ())}
    target = content.node(session.trail[index].node)
    session = session.replace(trail=session.trail[:index], pending=(),
                              answers=tuple((k, v) for k, v in session.answers if k not in forgotten))
    session = session.at(target.id if target else None)
    if target is None or not target.waits:
        return Progress(session.leave_flow(), [menu_reply(session.lang)])
    return Progress(session, [prompt(content, session, target)])


def _answered(session: Session) -> int | None:
    """Where in the trail the last step the user answered in the active flow is, if any."""
    for index in range(len(session.trail) - 1, -1, -1):
        step = session.trail[index]
        if step.value != VISITED and step.node.split(":", 1)[0] == session.flow:
            return index
    return None


def take_answer(content: Content, session: Session, node: QuestionNode, text: str, at: str) -> Progress:
    result = run_check(node.check, text, content)
    if not result.ok:
        return _offer(content, session, node, result)
    return _save(content, session, node, result, at)


def pick(content: Content, session: Session, node: QuestionNode, index: int, at: str) -> Progress:
    """A button a failed check offered: save its value (checked again), or ask to type the answer again."""
    value = session.pending[index] if 0 <= index < len(session.pending) else ""
    session = session.replace(pending=())
    if not value:
        return Progress(session, [prompt(content, session, node)])
    result = run_check(node.check, value, content) if node.check == "municipality" else CheckResult(True, value)
    if not result.ok:
        return _offer(content, session, node, result)
    return _save(content, session, node, result, at)


def _offer(content: Content, session: Session, node: QuestionNode, result: CheckResult) -> Progress:
    lang = session.lang
    problem = result.problem.get(lang) if result.problem else say("question_empty", lang)
    if not result.choices:
        return Progress(session.replace(pending=()), [TextReply(problem), prompt(content, session, node)])
    rows = tuple((Button(pick_button(node.id, i), c.label.get(lang)),) for i, c in enumerate(result.choices))
    pending = tuple(c.value or "" for c in result.choices)
    return Progress(session.replace(pending=pending), [TextReply(problem, (*rows, nav_row(lang, contact=False)))])


def _save(content: Content, session: Session, node: QuestionNode, result: CheckResult, at: str) -> Progress:
    session = session.with_answer(node.save_as, result.value)
    for key, value in result.extra:
        session = session.with_answer(key, value)
    session = session.replace(trail=(*session.trail, TrailStep(node.id, node.save_as)), pending=())
    back_to = session.answer(EDIT_RETURN)  # one field edited from the summary: straight back to it
    if back_to:
        session = session.replace(answers=tuple((k, v) for k, v in session.answers if k != EDIT_RETURN))
    progress = enter(content, session, back_to or node.next, at)
    if result.note:
        progress.replies.insert(0, TextReply(result.note.get(session.lang)))
    return progress

