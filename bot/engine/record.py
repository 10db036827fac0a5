"""The decision record ("afwegingsverslag"): a dated summary of a flow's questions, answers and outcome.

Built only from the flow's own texts and the options the user pressed, so it never holds the young
person's name or details; free-text answers are not copied into it.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.content.model import ChoiceNode, Content, DocumentNode, EndNode, MessageNode, Node, QuestionNode, Source, Text
from bot.texts.checks import RECORD_LABELS as _LABELS
from bot.texts.engine import ROLE_LABELS, say
from bot.engine.replies import DocumentReply
from bot.engine.session import Session

__all__ = ["VISITED", "decision_record", "facts", "shown_sources", "shown_text"]

VISITED = ""  # trail value for an outcome node that was shown (not answered)



def facts(session: Session) -> Mapping[str, str | None]:
    """What decision tables and outcome notes look at: the flow's answers and the user's role."""
    return {**dict(session.answers), "role": session.role}


def shown_text(node: MessageNode | ChoiceNode | EndNode, session: Session) -> str:
    """A node's text with the notes that hold for the user's answers, as a list under it."""
    lang = session.lang
    notes = [f"- {note.text.get(lang)}" for note in node.notes_for(facts(session))]
    return "\n\n".join([node.text.get(lang), "\n".join(notes)]) if notes else node.text.get(lang)


def shown_sources(node: MessageNode | ChoiceNode | EndNode, session: Session) -> tuple[Source, ...]:
    return node.sources_for(facts(session))


def decision_record(content: Content, session: Session, node: DocumentNode, at: str) -> DocumentReply:
    lang = session.lang
    label = (lambda key: _LABELS[key].get(lang))
    role = ROLE_LABELS[session.role].get(lang) if session.role in ROLE_LABELS else label("unknown_role")
    lines = [f"# {node.title.get(lang)}", "", f"{label('date')}: {at[:16].replace('T', ' ')}", f"{label('role')}: {role}",
             "", label("privacy"), "", node.text.get(lang), "", f"## {label('steps')}", ""]
    outcomes: list[Node] = []
    for step in session.trail:
        asked = content.node(step.node)
        if asked is None:
            continue
        if getattr(asked, "outcome", False):
            outcomes.append(asked)
        if isinstance(asked, ChoiceNode) and step.value:
            option = next((o for o in asked.options if o.id == step.value), None)
            answer = option.label.get(lang) if option else step.value
            lines.append(f"- {_question(asked).get(lang)}: **{answer}**")
        elif isinstance(asked, QuestionNode):
            lines.append(f"- {_question(asked).get(lang)}: {label('typed')}")
    sources: list[Source] = []
    for outcome in outcomes:
        if not isinstance(outcome, (MessageNode, ChoiceNode, EndNode)):
            continue
        lines += ["", f"## {label('outcome')}", "", shown_text(outcome, session)]
        if outcome.reasons:
            lines += ["", f"### {label('reasons')}", "", outcome.reasons.get(lang)]
        sources += [s for s in shown_sources(outcome, session) if s not in sources]
    if sources:
        lines += ["", f"## {label('sources')}", ""] + [f"- {s.render()}" for s in sources]
    lines += ["", "---", label("disclaimer"), ""]
    filename = f"{node.filename}-{at[:10]}.md"
    return DocumentReply(filename, "\n".join(lines), say("document_caption", lang))


def _question(node: ChoiceNode | QuestionNode) -> Text:
    """The short label of a step for the record, or the first line of its question text."""
    if node.record_label:
        return node.record_label
    return Text({lang: (wording.splitlines() or [""])[0] for lang, wording in node.text.wordings.items()})

