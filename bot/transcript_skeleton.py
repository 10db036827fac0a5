"""A ready transcript for a node the transcripts never visit: what ``helpdesk test`` prints under
"not visited: signalling:f_mayor as politie", so a maintainer knows what to write and where.

The path comes from the same walk the coverage uses (:func:`bot.content.paths.walk`): the answers given on
the first way through the flow that reaches the node for that role, pressed as the buttons a user sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.content.model import ChoiceNode, Content, DocumentNode, Flow, Node, QuestionNode
from bot.content.paths import walk
from bot.engine.navigation import MENU_FLOWS, menu_buttons
from bot.languages import DEFAULT

__all__ = ["Skeleton", "skeleton"]

FOLDER = "tests/conversations"
TYPED_ANSWER = "TODO: typ hier een antwoord"
EXPECT_CHARS = 40


@dataclass(frozen=True, slots=True)
class Skeleton:
    """A transcript (YAML text) and the file it should be saved as."""

    path: str
    text: str


def skeleton(content: Content, node_id: str, role: str, lang: str = DEFAULT, folder: str = FOLDER) -> Skeleton | None:
    """A transcript that reaches ``node_id`` as ``role``, or None when no way through the flow reaches it."""
    flow = content.flows.get(node_id.split(":", 1)[0])
    if flow is None or node_id not in flow.nodes:
        return None
    step = next((s for s in walk(flow, role) if s.node == node_id), None)
    if step is None:
        return None
    node = flow.nodes[node_id]
    path = f"{folder.rstrip('/')}/{node.flow}_{node.local}_{role}.yaml"
    lines = [f"# Save as {path} and run 'helpdesk test'. Read each step for role {role},",
             "# then add 'expect:' with what the bot must say there.",
             f"conversation: {flow.id} - {role} reaches {node.local}",
             f"role: {role}"] + ([f"lang: {lang}"] if lang != DEFAULT else []) + ["steps:", "  - say: /menu"]
    lines.append(f"  - {_start(flow, lang)}")
    lines += _answers(flow, step.facts, lang)
    lines += _arrival(node, lang)
    return Skeleton(path, "\n".join(lines) + "\n")


def _start(flow: Flow, lang: str) -> str:
    """Open the flow as a user does: its menu button, or else the first phrase that triggers it."""
    items = [item for item, target in MENU_FLOWS.items() if target == flow.id]
    labels = {button.id: button.label for row in menu_buttons(lang) for button in row}
    if items and f"menu:{items[0]}" in labels:
        return f"press: {_quoted(labels[f'menu:{items[0]}'])}"
    phrases = flow.triggers.get(lang, ()) or flow.triggers.get(DEFAULT, ())
    return f"say: {_quoted(phrases[0])}" if phrases else f"say: {_quoted(flow.title.get(lang))}"


def _answers(flow: Flow, facts: Mapping[str, str | None], lang: str) -> list[str]:
    """One step per answer given on the way, in the order given (the walk adds them in that order)."""
    questions = {n.save_as: n for n in flow.nodes.values() if isinstance(n, QuestionNode)}
    lines = []
    for key, value in facts.items():
        node = flow.nodes.get(f"{flow.id}:{key}")
        if isinstance(node, ChoiceNode):
            option = next(o for o in node.options if o.id == value)
            lines.append(f"  - press: {_quoted(option.label.get(lang))}      # at {node.id}")
        elif key in questions:
            lines.append(f"  - say: {_quoted(TYPED_ANSWER)}      # at {questions[key].id}: "
                         f"{questions[key].check} expected")
    return lines


def _arrival(node: Node, lang: str) -> list[str]:
    """Where the last step should leave the user: at the node when it waits, else a word of its text."""
    if node.waits:
        return [f"    at: {node.id}"]
    if isinstance(node, DocumentNode):
        return [f"    document: {_quoted(node.title.get(lang))}      # passes {node.id}"]
    text = getattr(node, "text", None)
    words = text.get(lang).strip().splitlines()[0] if text is not None and text.get(lang).strip() else ""
    if not words:
        return [f"    # passes {node.id}"]
    fragment = words[:EXPECT_CHARS].rsplit(" ", 1)[0] if len(words) > EXPECT_CHARS else words
    return [f"    expect: {_quoted(fragment)}      # passes {node.id}"]


def _quoted(text: str) -> str:
    """A YAML scalar that reads back as ``text`` (double-quoted, escaped)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
