"""Every way a user can walk through a flow to its decision tables, with the answers given on the way.

The validator uses it to prove that each combination of answers (for each role) finds a rule of the table
it reaches, and that each rule is the first to hold for at least one such combination.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from bot.content.model import BranchNode, ChoiceNode, Flow, QuestionNode, TableNode

__all__ = ["TYPED", "TablePath", "table_paths"]

TYPED = "<typed>"  # the answer a walk gives to a question node: some typed text
MAX_PATHS = 200_000  # a flow with more ways through than this is too big to ask a person anyway


@dataclass(frozen=True)
class TablePath:
    """One way to reach ``table``: the role and the answers (choice node name -> option id) given on the way."""

    table: TableNode
    facts: Mapping[str, str | None]


def table_paths(flow: Flow, role: str | None) -> Iterator[TablePath]:
    """Walk every path from the start for ``role`` and yield each arrival at a decision table.

    A walk stops at a table (what follows depends on its rule, not on new answers), at a node that leaves
    the flow, and where it would enter a node already on its own path (a loop back, e.g. to a menu)."""
    stack: list[tuple[str, dict[str, str | None], frozenset[str]]] = [(flow.start, {"role": role}, frozenset())]
    walked = 0
    while stack and walked < MAX_PATHS:
        node_id, facts, on_path = stack.pop()
        node = flow.nodes.get(node_id)
        if node is None or node_id in on_path:
            continue
        walked += 1
        on_path = on_path | {node_id}
        if isinstance(node, TableNode):
            yield TablePath(node, facts)
        elif isinstance(node, ChoiceNode):
            for option in reversed(node.options_for(role)):
                stack.append((option.next, {**facts, node.local: option.id}, on_path))
        elif isinstance(node, BranchNode):
            stack.append((node.target(role if node.on == "role" else facts.get(node.on)), facts, on_path))
        elif isinstance(node, QuestionNode):
            stack.append((node.next, {**facts, node.save_as: TYPED}, on_path))
        else:
            stack.extend((target, facts, on_path) for target in node.exits)
