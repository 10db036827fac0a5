"""Rules that span objects or files. One small ``verify_*`` function per rule; each returns problems."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from bot.content.model import (
    BranchNode,
    ChoiceNode,
    DocumentNode,
    EscalateNode,
    FaqEntry,
    FaqNode,
    Flow,
    HandoffNode,
    MessageNode,
    Node,
    QuestionNode,
    Text,
)
from bot.content.verify_tables import verify_conditions, verify_tables, verify_typed_words, verify_unknown_options
from bot.content.problems import Problem, did_you_mean
from bot.content.schema import (
    BUTTON_ID_MAX_BYTES,
    CHECK_OUTPUTS,
    ESCALATE_KEYS,
    RESERVED_FLOWS,
    ROLES,
    TEXT_MAX_CHARS,
)
from bot.engine.buttons import faq_button, feedback_button, option_button
from bot.faq.normalise import READ_LANGUAGES, Analyzer, fold, names_one_of
from bot.languages import LANGUAGES

__all__ = ["VERIFIERS", "verify_all"]

MIN_VARIANTS = 3

Faq = Mapping[str, FaqEntry]
Flows = Mapping[str, Flow]


def verify_required_flows(faq: Faq, flows: Flows) -> Iterable[Problem]:
    for flow_id in RESERVED_FLOWS:
        if flow_id not in flows:
            yield Problem("flows", 0, f"there is no flow with id '{flow_id}'; the main menu needs it",
                          f"add flows/{flow_id}.yaml with 'id: {flow_id}'")


def verify_faq_related(faq: Faq, flows: Flows) -> Iterable[Problem]:
    for entry in faq.values():
        for rel in entry.related:
            if rel not in faq:
                yield Problem(entry.where.path, entry.lines.get("related", entry.where.line),
                              f"FAQ entry '{entry.id}' links to '{rel}', which does not exist",
                              did_you_mean(rel, faq, "check the id against the entries in faq/"))
            elif rel == entry.id:
                yield Problem(entry.where.path, entry.lines.get("related", entry.where.line),
                              f"FAQ entry '{entry.id}' lists itself as related", "remove it from 'related'")


def verify_faq_variants(faq: Faq, flows: Flows) -> Iterable[Problem]:
    seen: dict[str, FaqEntry] = {}
    for entry in faq.values():
        line = entry.lines.get("question", entry.where.line)
        for lang in LANGUAGES:
            variants = entry.questions.get(lang, ())
            if 0 < len(variants) < MIN_VARIANTS:
                yield Problem(entry.where.path, line, f"FAQ entry '{entry.id}' has {len(variants)} '{lang}' question "
                              f"variant(s)", f"write at least {MIN_VARIANTS} ways to ask it, so the matcher finds it")
            for variant in variants:
                key = f"{lang}:{fold(variant)}"
                other = seen.setdefault(key, entry)
                if other is not entry:
                    yield Problem(entry.where.path, line, f"question '{variant}' is under FAQ entries '{other.id}' "
                                  f"({other.where}) and '{entry.id}'", "keep it under one entry only")


def verify_faq_needed_words(faq: Faq, flows: Flows) -> Iterable[Problem]:
    """A question variant that names none of its entry's ``needs_one_of`` words could never be answered."""
    analyzers: dict[str, Analyzer] = {}
    for entry in faq.values():
        if not entry.needs_one_of:
            continue
        line = entry.lines.get("needs_one_of", entry.where.line)
        for lang in (code for code in LANGUAGES if code in READ_LANGUAGES):  # a new language lacks its words yet
            analyzer = analyzers.setdefault(lang, Analyzer(lang, ()))
            needed = frozenset(term for word in entry.needs_one_of for term in analyzer.terms(word))
            for variant in entry.questions.get(lang, ()):
                if not any(names_one_of(term, needed) for term in analyzer.terms(variant)):
                    yield Problem(entry.where.path, line, f"FAQ entry '{entry.id}': the '{lang}' question "
                                  f"'{variant}' names none of its needs_one_of words, so it could never be answered",
                                  "add the word it uses to needs_one_of, or reword the question")


def verify_faq_sources(faq: Faq, flows: Flows) -> Iterable[Problem]:
    for entry in faq.values():
        if not entry.sources and "sources" in entry.lines:
            yield Problem(entry.where.path, entry.lines["sources"], f"FAQ entry '{entry.id}' has no sources",
                          "every answer needs at least one source")


def verify_unique_triggers(faq: Faq, flows: Flows) -> Iterable[Problem]:
    questions = {f"{lang}:{fold(v)}": e for e in faq.values() for lang in LANGUAGES for v in e.questions.get(lang, ())}
    for flow in flows.values():
        for lang, phrases in flow.triggers.items():
            for phrase in phrases:
                entry = questions.get(f"{lang}:{fold(phrase)}")
                if entry is not None:
                    yield Problem(flow.where.path, flow.where.line, f"trigger '{phrase}' of flow '{flow.id}' is also a "
                                  f"question of FAQ entry '{entry.id}'", "keep it in one place")


def verify_node_targets(faq: Faq, flows: Flows) -> Iterable[Problem]:
    for node in _nodes(flows):
        if isinstance(node, FaqNode) and node.faq not in faq:
            yield Problem(node.where.path, node.where.line, f"node '{node.local}' shows FAQ entry '{node.faq}', which "
                          "does not exist", did_you_mean(node.faq, faq, "check the id against the entries in faq/"))
        if isinstance(node, HandoffNode) and node.to not in flows:
            yield Problem(node.where.path, node.where.line, f"node '{node.local}' hands off to flow '{node.to}', "
                          "which does not exist", did_you_mean(node.to, flows, f"flows: {', '.join(flows)}"))
        elif isinstance(node, HandoffNode) and node.at and node.at not in flows[node.to].nodes:
            names = {n.local for n in flows[node.to].nodes.values()}
            local = node.at.split(":", 1)[1]
            yield Problem(node.where.path, node.where.line, f"node '{node.local}' hands off to node '{local}', which "
                          f"does not exist in flow '{node.to}'", did_you_mean(local, names, "name a node of that flow"))


def verify_branches(faq: Faq, flows: Flows) -> Iterable[Problem]:
    for flow in flows.values():
        keys = {n.local for n in flow.nodes.values() if isinstance(n, ChoiceNode)}
        keys |= {n.save_as for n in flow.nodes.values() if isinstance(n, QuestionNode)}
        keys |= {out for n in flow.nodes.values() if isinstance(n, QuestionNode) for out in CHECK_OUTPUTS.get(n.check, ())}
        for node in flow.nodes.values():
            if isinstance(node, BranchNode) and node.on != "role" and node.on not in keys:
                yield Problem(node.where.path, node.where.line, f"branch node '{node.local}' looks at '{node.on}', "
                              "which is neither 'role' nor a choice or question of this flow",
                              did_you_mean(node.on, keys | {"role"}, "use 'role' or the id of a choice node"))


def verify_escalate(faq: Faq, flows: Flows) -> Iterable[Problem]:
    for flow in flows.values():
        keys = {n.local for n in flow.nodes.values() if isinstance(n, ChoiceNode)}
        keys |= {n.save_as for n in flow.nodes.values() if isinstance(n, QuestionNode)}
        for node in flow.nodes.values():
            missing = [k for k in ESCALATE_KEYS if k not in keys] if isinstance(node, EscalateNode) else []
            if missing:
                yield Problem(node.where.path, node.where.line, f"escalate node '{node.local}' needs the answers "
                              f"{', '.join(missing)}, which no question or choice of this flow saves",
                              "add a question with save_as (or a choice with that id) for each")


def verify_reachable(faq: Faq, flows: Flows) -> Iterable[Problem]:
    for flow in flows.values():
        seen = {flow.start}
        todo = [flow.start]
        while todo:
            node = flow.nodes.get(todo.pop())
            for target in _exits(node) if node else ():
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        for node_id, node in flow.nodes.items():
            if node_id not in seen:
                yield Problem(node.where.path, node.where.line, f"node '{node.local}' cannot be reached from the "
                              f"start of flow '{flow.id}'", "link to it from another node, or remove it")


def verify_way_out(faq: Faq, flows: Flows) -> Iterable[Problem]:
    for flow in flows.values():
        for node in flow.nodes.values():
            if isinstance(node, ChoiceNode) and node.options:
                for role in (*ROLES, None):
                    if not node.options_for(role):
                        yield Problem(node.where.path, node.where.line, f"choice '{node.local}' shows no option to "
                                      f"role '{role or 'not chosen'}'", "add an option without 'roles'")
                        break
        yield from _input_free_loops(flow)


def verify_lengths(faq: Faq, flows: Flows) -> Iterable[Problem]:
    for entry in faq.values():
        yield from _long(entry.answer, entry.where.path, entry.lines.get("answer", entry.where.line), entry.id)
        for button in (faq_button(entry.id), feedback_button("down", entry.id)):
            yield from _button(button, entry.where.path, entry.where.line)
    for node in _nodes(flows):
        for text in (getattr(node, "text", None), getattr(node, "reasons", None)):
            if isinstance(text, Text):
                yield from _long(text, node.where.path, node.where.line, node.local)
        if isinstance(node, ChoiceNode):
            for option in node.options:
                yield from _button(option_button(node.id, option.id), option.where.path, option.where.line)


def _long(text: Text, path: str, line: int, name: str) -> Iterable[Problem]:
    for lang in LANGUAGES:
        size = len(text.get(lang))
        if size > TEXT_MAX_CHARS:
            yield Problem(path, line, f"text of '{name}' ({lang}) is {size} characters; Telegram shows at most "
                          f"{TEXT_MAX_CHARS}", "shorten it or split it over two nodes")


def _button(button_id: str, path: str, line: int) -> Iterable[Problem]:
    size = len(button_id.encode("utf-8"))
    if size > BUTTON_ID_MAX_BYTES:
        yield Problem(path, line, f"button id '{button_id}' is {size} bytes; Telegram allows "
                      f"{BUTTON_ID_MAX_BYTES}", "use shorter flow, node or option ids")


def _exits(node: Node) -> tuple[str, ...]:
    return node.exits


def _input_free_loops(flow: Flow) -> Iterable[Problem]:
    """A cycle of nodes that never wait for input would spin forever."""
    passive = {nid: n for nid, n in flow.nodes.items() if not n.waits}
    state: dict[str, int] = {}

    def visit(node_id: str) -> str | None:
        state[node_id] = 1
        for target in _exits(passive[node_id]):
            if target in passive and state.get(target) == 1:
                return target
            if target in passive and target not in state:
                found = visit(target)
                if found:
                    return found
        state[node_id] = 2
        return None

    for node_id in passive:
        if node_id not in state:
            looped = visit(node_id)
            if looped:
                node = flow.nodes[looped]
                yield Problem(node.where.path, node.where.line, f"node '{node.local}' is in a loop that never waits "
                              "for the user", "put a choice or question in the loop, or end it")


def _nodes(flows: Flows) -> Iterable[Node]:
    for flow in flows.values():
        yield from flow.nodes.values()


VERIFIERS: tuple[Callable[[Faq, Flows], Iterable[Problem]], ...] = (
    verify_required_flows,
    verify_faq_related,
    verify_faq_variants,
    verify_faq_needed_words,
    verify_faq_sources,
    verify_unique_triggers,
    verify_node_targets,
    verify_branches,
    verify_conditions,
    verify_tables,
    verify_unknown_options,
    verify_typed_words,
    verify_escalate,
    verify_reachable,
    verify_way_out,
    verify_lengths,
)


def verify_all(faq: Faq, flows: Flows, *, tables: bool = True) -> list[Problem]:
    """Every rule; ``tables=False`` leaves out the exhaustive walk through the decision tables (see proven.py)."""
    return [problem for verifier in VERIFIERS if tables or verifier is not verify_tables
            for problem in verifier(faq, flows)]

