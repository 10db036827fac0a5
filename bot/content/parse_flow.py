"""Turn a loaded ``flows/*.yaml`` file into a Flow, checking its own references on the way.

Node references (``start``, ``next``, option ``next``, branch ``cases`` and ``default``) are local
names inside the flow; they are resolved here to full ids (``signalling:acute_danger``).
"""

from __future__ import annotations

from typing import Any

from bot.content.fields import Reader
from bot.content.model import (
    BranchNode,
    ChoiceNode,
    DocumentNode,
    EndNode,
    EscalateNode,
    FaqNode,
    Flow,
    HandoffNode,
    MessageNode,
    Node,
    Note,
    Option,
    QuestionNode,
    Rule,
    TableNode,
    Where,
)
from bot.content.problems import did_you_mean
from bot.content.schema import CHECKS, FLOW, FLOW_ACCESS, NODE_KINDS, NOTE, OPTION, ROLES, RULE
from bot.content.yaml_source import LineDict, LineList
from bot.languages import LANGUAGES

__all__ = ["parse_flow_file"]


def parse_flow_file(data: Any, path: str) -> tuple[Flow | None, Reader]:
    reader = Reader(path)
    if not isinstance(data, LineDict) or set(data) != {"flow"}:
        found = ", ".join(sorted(data)) if isinstance(data, dict) else "no mapping"
        reader.problem(getattr(data, "line", 1), f"the file should have one top-level key 'flow:' (found: {found})",
                       "put the flow's id, title, start and nodes under 'flow:'")
        return None, reader
    raw = reader.mapping(data["flow"], data.line_of("flow"), "flow")
    if raw is None or not reader.keys(raw, FLOW, "flow"):
        return None, reader
    flow_id = reader.ident(raw, "id", "flow")
    raw_nodes = reader.mapping(raw.get("nodes"), raw.line_of("nodes"), f"flow '{flow_id}' nodes")
    if raw_nodes is None:
        return None, reader
    parser = _NodeParser(reader, flow_id, set(raw_nodes))
    nodes: dict[str, Node] = {}
    for name, body in raw_nodes.items():
        node = parser.node(name, body, raw_nodes.line_of(name))
        if node is not None:
            nodes[node.id] = node
    triggers = reader.variants(raw, "triggers", f"flow '{flow_id}'") if "triggers" in raw else {}
    access = raw.get("access", "")
    if access not in FLOW_ACCESS:
        reader.problem(raw.line_of("access"), f"flow '{flow_id}' has unknown access {access!r}",
                       "leave it out, or write 'access: registered'")
    flow = Flow(
        id=flow_id,
        title=reader.text(raw, "title", f"flow '{flow_id}'"),
        start=parser.ref(raw.get("start"), raw.line_of("start"), "start"),
        nodes=nodes,
        where=Where(path, raw.line),
        triggers=triggers,
        description=reader.optional_text(raw, "description", f"flow '{flow_id}'"),
        access=str(access),
    )
    return flow, reader


class _NodeParser:
    def __init__(self, reader: Reader, flow_id: str, names: set[str]) -> None:
        self.reader = reader
        self.flow_id = flow_id
        self.names = names

    def ref(self, name: Any, line: int, what: str) -> str:
        """Resolve a local node name to a full id, reporting it when the node does not exist."""
        if not isinstance(name, str) or name not in self.names:
            hint = did_you_mean(str(name), self.names, f"nodes in this flow: {', '.join(sorted(self.names))}")
            self.reader.problem(line, f"{what} points to node '{name}', which does not exist in flow "
                                f"'{self.flow_id}'", hint)
        return f"{self.flow_id}:{name}"

    def node(self, name: str, body: Any, line: int) -> Node | None:
        reader = self.reader
        reader.check_ident(name, line, "node name")
        body = reader.mapping(body, line, f"node '{name}'")
        if body is None:
            return None
        kind = body.get("kind")
        if kind not in NODE_KINDS:
            hint = did_you_mean(str(kind), NODE_KINDS, f"kinds: {', '.join(NODE_KINDS)}")
            reader.problem(body.line_of("kind"), f"node '{name}' has unknown kind {kind!r}", hint)
            return None
        what = f"{kind} node '{name}'"
        if not reader.keys(body, NODE_KINDS[kind], what):
            return None
        base: dict[str, Any] = {"id": f"{self.flow_id}:{name}", "where": Where(reader.path, body.line)}
        if kind in ("message", "choice", "end"):
            base.update(self._recorded(body, what))
        nxt = (lambda: self.ref(body.get("next"), body.line_of("next"), f"{what} next"))
        if kind == "message":
            return MessageNode(**base, text=reader.text(body, "text", what), next=nxt())
        if kind == "choice":
            return ChoiceNode(**base, text=reader.text(body, "text", what), options=self._options(body, what))
        if kind == "question":
            check = body.get("check", "text")
            if check not in CHECKS:
                reader.problem(body.line_of("check"), f"{what} has unknown check {check!r}",
                               did_you_mean(str(check), CHECKS, f"checks: {', '.join(CHECKS)}"))
            return QuestionNode(**base, text=reader.text(body, "text", what), save_as=reader.ident(body, "save_as", what),
                                next=nxt(), check=str(check), record_label=reader.optional_text(body, "record_label", what))
        if kind == "faq":
            return FaqNode(**base, faq=reader.string(body, "faq", what), next=nxt())
        if kind == "handoff":
            to = str(body.get("to", "escalation"))
            at = body.get("at")
            return HandoffNode(**base, text=reader.text(body, "text", what), to=to,
                               at=f"{to}:{reader.ident(body, 'at', what)}" if at is not None else "")
        if kind == "document":
            return DocumentNode(**base, title=reader.text(body, "title", what), filename=reader.ident(body, "filename", what),
                                text=reader.text(body, "text", what), next=nxt())
        if kind == "end":
            return EndNode(**base, text=reader.text(body, "text", what))
        if kind == "escalate":
            return EscalateNode(**base, text=reader.text(body, "text", what))
        if kind == "table":
            return TableNode(**base, rules=self._rules(body, what))
        return self._branch(body, base, what)

    def _recorded(self, body: LineDict, what: str) -> dict[str, Any]:
        outcome = body.get("outcome", False)
        if not isinstance(outcome, bool):
            self.reader.problem(body.line_of("outcome"), f"{what} 'outcome' should be true or false", "write outcome: true")
        return {
            "record_label": self.reader.optional_text(body, "record_label", what),
            "sources": self.reader.sources(body, "sources", what) if "sources" in body else (),
            "outcome": outcome is True,
            "reasons": self.reader.optional_text(body, "reasons", what),
            "notes": self._notes(body, what),
        }

    def _items(self, body: LineDict, key: str, what: str) -> list[tuple[int, LineDict]]:
        """The mappings in the list under ``key``, each with its line."""
        raw = body.get(key)
        if not isinstance(raw, LineList) or not raw:
            self.reader.problem(body.line_of(key), f"{what} '{key}' should be a list with at least one item",
                                f"write each item on a line starting with '- '")
            return []
        items = []
        for index, item in enumerate(raw):
            found = self.reader.mapping(item, raw.line_of(index), f"item {index + 1} of {what} '{key}'")
            if found is not None:
                items.append((raw.line_of(index), found))
        return items

    def _notes(self, body: LineDict, what: str) -> tuple[Note, ...]:
        if "notes" not in body:
            return ()
        notes = []
        for line, item in self._items(body, "notes", what):
            if self.reader.keys(item, NOTE, f"note of {what}"):
                notes.append(Note(self._when(item, f"note of {what}"), self.reader.text(item, "text", f"note of {what}"),
                                  Where(self.reader.path, line),
                                  self.reader.sources(item, "sources", f"note of {what}") if "sources" in item else ()))
        return tuple(notes)

    def _rules(self, body: LineDict, what: str) -> tuple[Rule, ...]:
        rules = []
        for number, (line, item) in enumerate(self._items(body, "rules", what), start=1):
            if self.reader.keys(item, RULE, f"rule {number} of {what}"):
                rules.append(Rule(self._when(item, f"rule {number} of {what}"),
                                  self.ref(item.get("then"), item.line_of("then"), f"rule {number} of {what}"),
                                  Where(self.reader.path, line)))
        return tuple(rules)

    def _when(self, item: LineDict, what: str) -> dict[str, tuple[str, ...]]:
        """``when: {key: value}`` or ``{key: [value, ...]}``; no ``when`` means always."""
        if "when" not in item:
            return {}
        table = self.reader.mapping(item.get("when"), item.line_of("when"), f"{what} 'when'")
        when: dict[str, tuple[str, ...]] = {}
        for key, value in (table or {}).items():
            values = value if isinstance(value, list) else [value]
            if not values or not all(isinstance(v, str) and v for v in values):
                self.reader.problem(table.line_of(key) if table else item.line, f"{what} 'when.{key}' should be a "
                                    "value or a list of values", "e.g. with_whom: parents, or age: [under_12, age_12_15]")
                continue
            when[str(key)] = tuple(values)
        return when

    def _options(self, body: LineDict, what: str) -> tuple[Option, ...]:
        raw = body.get("options")
        if not isinstance(raw, LineList) or not raw:
            self.reader.problem(body.line_of("options"), f"{what} has no options", "a choice needs at least one option")
            return ()
        options, seen = [], set()
        for index, item in enumerate(raw):
            line = raw.line_of(index)
            option = self.reader.mapping(item, line, f"option {index + 1} of {what}")
            if option is None or not self.reader.keys(option, OPTION, f"option of {what}"):
                continue
            option_id = self.reader.ident(option, "id", f"option of {what}")
            if option_id in seen:
                self.reader.problem(option.line_of("id"), f"option id '{option_id}' appears twice in {what}",
                                    "give every option its own id")
            seen.add(option_id)
            unknown = option.get("unknown", False)
            if not isinstance(unknown, bool):
                self.reader.problem(option.line_of("unknown"), f"option '{option_id}' 'unknown' should be true or "
                                    "false", "write unknown: true on the option that means 'I don't know'")
            options.append(Option(
                id=option_id,
                label=self.reader.text(option, "label", f"option '{option_id}'"),
                next=self.ref(option.get("next"), option.line_of("next"), f"option '{option_id}' of {what}"),
                where=Where(self.reader.path, option.line),
                roles=self.reader.roles(option, f"option '{option_id}'"),
                synonyms=self._synonyms(option, f"option '{option_id}' of {what}"),
                unknown=unknown is True,
            ))
        return tuple(options)

    def _synonyms(self, option: LineDict, what: str) -> dict[str, tuple[str, ...]]:
        """``synonyms: {nl: [ouders], en: [parents]}``: typed words that pick the option; a language may be left out."""
        if "synonyms" not in option:
            return {}
        table = self.reader.mapping(option.get("synonyms"), option.line_of("synonyms"), f"{what} 'synonyms'")
        if table is None:
            return {}
        self.reader.known_languages(table, f"{what} 'synonyms'")
        return {lang: self.reader.string_list(table, lang, f"{what} 'synonyms'") for lang in LANGUAGES if lang in table}

    def _branch(self, body: LineDict, base: dict[str, Any], what: str) -> BranchNode:
        on = body.get("on")
        cases_raw = self.reader.mapping(body.get("cases"), body.line_of("cases"), f"{what} cases") or LineDict()
        cases = {}
        for value, target in cases_raw.items():
            if on == "role" and value not in ROLES:
                self.reader.problem(cases_raw.line_of(value), f"{what} has a case for unknown role '{value}'",
                                    did_you_mean(value, ROLES, f"known roles: {', '.join(ROLES)}"))
            cases[value] = self.ref(target, cases_raw.line_of(value), f"{what} case '{value}'")
        return BranchNode(**base, on=str(on), cases=cases,
                          default=self.ref(body.get("default"), body.line_of("default"), f"{what} default"))
