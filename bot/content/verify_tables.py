"""Rules for decision tables, conditional notes and typed answers at choices. One ``verify_*`` per rule.

A decision table (``kind: table``) must have a rule for every combination of answers a user can give on
the way to it, for every role; each rule must be the first to hold for at least one combination; its
conditions may only name answers and values that exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from bot.content.model import ChoiceNode, Condition, FaqEntry, Flow, Node, Rule, TableNode, Where
from bot.content.paths import table_paths
from bot.content.problems import Problem, did_you_mean
from bot.content.schema import ROLES
from bot.faq.normalise import fold

__all__ = ["verify_conditions", "verify_tables", "verify_typed_words", "verify_unknown_options"]

Faq = Mapping[str, FaqEntry]
Flows = Mapping[str, Flow]
SHOWN_GAPS = 3  # missing combinations listed per table; the rest are counted


def verify_conditions(faq: Faq, flows: Flows) -> Iterable[Problem]:
    """Every ``when`` of a rule or note names 'role' or a choice of its flow, and values that exist there."""
    for flow in flows.values():
        answers = _answers(flow)
        for node in flow.nodes.values():
            for what, when, where in _conditions(node):
                for key, values in when.items():
                    if key not in answers:
                        yield Problem(where.path, where.line, f"{what} looks at '{key}', which is neither 'role' nor "
                                      f"a choice of flow '{flow.id}'",
                                      did_you_mean(key, answers, f"use one of: {', '.join(sorted(answers))}"))
                        continue
                    for value in values:
                        if value not in answers[key]:
                            yield Problem(where.path, where.line, f"{what} expects '{key}' to be '{value}', which is "
                                          f"not one of its values",
                                          did_you_mean(value, answers[key], f"values: {', '.join(answers[key])}"))


def verify_tables(faq: Faq, flows: Flows) -> Iterable[Problem]:
    """Every way to a table finds a rule, every rule is used, and every rule leads to an outcome."""
    for flow in flows.values():
        tables = [n for n in flow.nodes.values() if isinstance(n, TableNode)]
        if not tables:
            continue
        used: set[tuple[str, int]] = set()
        gaps: dict[str, dict[str, list[str]]] = {t.id: {} for t in tables}
        for role in (*ROLES, None):
            for path in table_paths(flow, role):
                rule = path.table.decide(path.facts)
                if rule is None:
                    gaps[path.table.id].setdefault(_describe(path.facts), []).append(role or "not chosen")
                else:
                    used.add((path.table.id, path.table.rules.index(rule)))
        for table in tables:
            yield from _gaps(table, gaps[table.id])
            for number, rule in enumerate(table.rules, start=1):
                if (table.id, number - 1) not in used:
                    yield Problem(rule.where.path, rule.where.line, f"rule {number} of table '{table.local}' never "
                                  "applies: earlier rules catch every answer it covers, or no path gives these answers",
                                  "remove it, move it up, or correct its 'when'")
                yield from _leads_to_outcome(flow, table, number, rule)


def verify_unknown_options(faq: Faq, flows: Flows) -> Iterable[Problem]:
    """At most one option of a choice means "I don't know", so a typed "weet ik niet" has one meaning."""
    for flow in flows.values():
        for node in flow.nodes.values():
            if isinstance(node, ChoiceNode):
                marked = [o for o in node.options if o.unknown]
                for option in marked[1:]:
                    yield Problem(option.where.path, option.where.line, f"choice '{node.local}' has more than one "
                                  f"option with 'unknown: true' ('{marked[0].id}' and '{option.id}')",
                                  "mark only the option that means 'I don't know'")


def verify_typed_words(faq: Faq, flows: Flows) -> Iterable[Problem]:
    """A typed word (label, id or synonym) picks one option of a choice, never two."""
    for flow in flows.values():
        for node in flow.nodes.values():
            if not isinstance(node, ChoiceNode):
                continue
            owner: dict[str, str] = {}
            for option in node.options:
                words = {option.id, *option.label.wordings.values(), *(w for ws in option.synonyms.values() for w in ws)}
                for word in sorted({fold(w) for w in words} - {""}):
                    first = owner.setdefault(word, option.id)
                    if first != option.id:
                        yield Problem(option.where.path, option.where.line, f"typing '{word}' at choice '{node.local}' "
                                      f"would pick both '{first}' and '{option.id}'",
                                      "keep each label and synonym for one option only")


def _answers(flow: Flow) -> dict[str, tuple[str, ...]]:
    """What a condition in this flow may look at, with the values each can have."""
    answers: dict[str, tuple[str, ...]] = {"role": ROLES}
    for node in flow.nodes.values():
        if isinstance(node, ChoiceNode):
            answers[node.local] = tuple(o.id for o in node.options)
    return answers


def _conditions(node: Node) -> Iterator[tuple[str, Condition, Where]]:
    if isinstance(node, TableNode):
        for number, rule in enumerate(node.rules, start=1):
            yield f"rule {number} of table '{node.local}'", rule.when, rule.where
    for number, note in enumerate(getattr(node, "notes", ()), start=1):
        yield f"note {number} of '{node.local}'", note.when, note.where


def _gaps(table: TableNode, by_answers: dict[str, list[str]]) -> Iterable[Problem]:
    if not by_answers:
        return
    every = len(ROLES) + 1
    missing = [f"{answers} ({'every role' if len(roles) == every else 'role ' + ', '.join(roles)})"
               for answers, roles in by_answers.items()]
    more = f" (and {len(missing) - SHOWN_GAPS} more)" if len(missing) > SHOWN_GAPS else ""
    shown = "; ".join(missing[:SHOWN_GAPS])
    yield Problem(table.where.path, table.where.line, f"table '{table.local}' has no rule for {shown}{more}",
                  "add a rule for these answers, or end the table with a rule without 'when'")


def _leads_to_outcome(flow: Flow, table: TableNode, number: int, rule: Rule) -> Iterable[Problem]:
    target = flow.nodes.get(rule.then)
    if target is not None and not getattr(target, "outcome", False):
        yield Problem(rule.where.path, rule.where.line, f"rule {number} of table '{table.local}' leads to "
                      f"'{target.local}', which is not an outcome", f"add 'outcome: true' to '{target.local}'")


def _describe(facts: Mapping[str, str | None]) -> str:
    return ", ".join(f"{key}={value}" for key, value in facts.items() if key != "role") or "any answers"
