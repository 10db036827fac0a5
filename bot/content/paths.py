"""Every way a user can walk through a flow to its decision tables, with the answers given on the way.

The validator uses it to prove that each combination of answers (for each role) finds a rule of the table
it reaches, and that each rule is the first to hold for at least one such combination.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from bot.content.model import BranchNode, ChoiceNode, Flow, QuestionNode, TableNode

__all__ = ["TYPED", "Step", "TablePath", "table_paths", "walk"]

TYPED = "<typed>"  # the answer a walk gives to a question node: some typed text
MAX_STEPS = 500_000  # a flow with more ways through than this is too big to ask a person anyway


@dataclass(frozen=True)
class Step:
    """One node entered on one way through the flow, with the answers (node name -> option id) given before."""

    node: str
    facts: Mapping[str, str | None]


@dataclass(frozen=True)
class TablePath:
    """One way to reach ``table``: the role and the answers (choice node name -> option id) given on the way."""

    table: TableNode
    facts: Mapping[str, str | None]


def walk(flow: Flow, role: str | None) -> Iterator[Step]:
    """Every node entered on every path from the start for ``role``, with the answers given so far.

    Choices branch into the options shown to the role, branches and tables follow the answers, and a path
    stops where it leaves the flow or would enter a node already on it (a loop back, e.g. to a menu)."""
    stack: list[tuple[str, dict[str, str | None], frozenset[str]]] = [(flow.start, {"role": role}, frozenset())]
    steps = 0
    while stack and steps < MAX_STEPS:
        node_id, facts, on_path = stack.pop()
        node = flow.nodes.get(node_id)
        if node is None or node_id in on_path:
            continue
        steps += 1
        yield Step(node_id, facts)
        on_path = on_path | {node_id}
        if isinstance(node, TableNode):
            rule = node.decide(facts)
            targets = [rule.then] if rule else []
        elif isinstance(node, ChoiceNode):
            for option in reversed(node.options_for(role)):
                stack.append((option.next, {**facts, node.local: option.id}, on_path))
            continue
        elif isinstance(node, BranchNode):
            targets = [node.target(role if node.on == "role" else facts.get(node.on))]
        elif isinstance(node, QuestionNode):
            targets, facts = [node.next], {**facts, node.save_as: TYPED}
        else:
            targets = list(node.exits)
        stack.extend((target, facts, on_path) for target in reversed(targets))


def table_paths(flow: Flow, role: str | None) -> Iterator[TablePath]:
    """Each arrival at a decision table, with the answers that led there."""
    for step in walk(flow, role):
        node = flow.nodes[step.node]
        if isinstance(node, TableNode):
            yield TablePath(node, step.facts)
