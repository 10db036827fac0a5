"""Conversation transcripts: YAML conversations that content authors write and the suite replays.

    # tests/conversations/signalling_docent.yaml
    conversation: A teacher worried about a pupil, no acute danger
    role: docent                  # or a list of roles: the conversation runs once per role
    lang: nl                      # optional, nl by default
    steps:
      - press: Ik maak me zorgen over iemand      # a button label (or id) offered by the previous reply
        expect: acuut gevaar                      # text(s) the bot's reply must contain (any case)
        buttons: [Ja, Nee]                        # buttons the reply must offer (some of them)
      - say: wat is subsidiariteit                # typed text; "/menu" etc. are commands
        expect: [subsidiariteit]
      - press: Nee
        at: signalling:observed                   # the step the conversation must be at afterwards
        document: [Afwegingsverslag]              # a document reply containing these texts

A ``press`` must name a button the bot actually offered: the transcript fails otherwise, as a user
could not have pressed it either. With no ``role``, the conversation starts with the onboarding.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.address import Address
from bot.content.model import Content, Flow
from bot.content.paths import walk
from bot.content.problems import Problem
from bot.content.schema import ROLES
from bot.content.yaml_source import LineDict, LineList, read_yaml
from bot.engine import ButtonPress, Command, DocumentReply, Session, Start, TextMessage, TextReply, handle
from bot.engine.events import Event
from bot.texts import known_lang

__all__ = ["Coverage", "Outcome", "coverage", "reachable", "run_transcript", "run_transcripts"]

STEP_KEYS = {"press", "say", "expect", "buttons", "at", "document"}
FILE_KEYS = {"conversation", "role", "lang", "steps"}
CLOCK = datetime.datetime(2026, 1, 15, 10, 30, tzinfo=datetime.timezone.utc)


@dataclass
class Outcome:
    path: str
    name: str
    role: str | None
    failures: list[Problem] = field(default_factory=list)
    visited: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.failures


def run_transcripts(content: Content, folder: Path) -> list[Outcome]:
    outcomes = []
    for path in sorted(folder.glob("*.yaml")):
        outcomes += run_transcript(content, path, path.relative_to(folder.parent.parent).as_posix()
                                   if folder.parent.parent in path.parents else path.name)
    return outcomes


def run_transcript(content: Content, path: Path, shown: str) -> list[Outcome]:
    data, problems = read_yaml(path, shown)
    if problems or not isinstance(data, LineDict):
        return [Outcome(shown, path.stem, None, problems or [Problem(shown, 1, "a transcript must be a mapping")])]
    bad = [Problem(shown, data.line_of(k), f"unknown key '{k}'", f"allowed: {', '.join(sorted(FILE_KEYS))}")
           for k in data if k not in FILE_KEYS]
    roles = data.get("role")
    role_list = roles if isinstance(roles, list) else [roles]
    bad += [Problem(shown, data.line_of("role"), f"unknown role '{r}'", f"roles: {', '.join(ROLES)}")
            for r in role_list if r is not None and r not in ROLES]
    steps = data.get("steps")
    if not isinstance(steps, LineList) or not steps:
        bad.append(Problem(shown, data.line, "a transcript needs 'steps:' with at least one step"))
    if bad or not isinstance(steps, LineList):
        return [Outcome(shown, str(data.get("conversation", path.stem)), None, bad)]
    name = str(data.get("conversation", path.stem))
    lang = known_lang(data.get("lang"))
    return [_run(content, shown, name, role, lang, steps) for role in role_list]


def _run(content: Content, shown: str, name: str, role: str | None, lang: str, steps: LineList) -> Outcome:
    outcome = Outcome(shown, name, role)
    session = Session(user=Address("transcript", shown or name), lang=lang, role=role)
    last_buttons: dict[str, str] = {}
    if role is None:
        turn = handle(content, session, Start(at=CLOCK))
        session, last_buttons = turn.session, _buttons(turn.replies)
    for index, step in enumerate(steps):
        line = steps.line_of(index)
        where = f"step {index + 1}"
        if not isinstance(step, LineDict) or not ({"press", "say"} & set(step)):
            outcome.failures.append(Problem(shown, line, f"{where} has neither 'press' nor 'say'"))
            break
        unknown = [k for k in step if k not in STEP_KEYS]
        if unknown:
            outcome.failures.append(Problem(shown, line, f"{where}: unknown key '{unknown[0]}'",
                                            f"allowed: {', '.join(sorted(STEP_KEYS))}"))
            break
        event = _event(step, last_buttons)
        if event is None:
            offered = ", ".join(f"'{label}'" for label in last_buttons) or "none"
            outcome.failures.append(Problem(shown, line, f"{where}: no button '{step['press']}' was offered",
                                            f"buttons offered: {offered}"))
            break
        turn = handle(content, session, event)
        session = turn.session
        outcome.visited.update(turn.visited)
        if session.node and ":" in session.node:
            outcome.visited.add(session.node)
        outcome.failures += _expectations(step, turn.replies, session, shown, line, where)
        last_buttons = _buttons(turn.replies) or last_buttons
        if outcome.failures:
            break
    return outcome


def _event(step: LineDict, buttons: dict[str, str]) -> Event | None:
    if "say" in step:
        text = str(step["say"])
        if text.startswith("/"):
            name, _, arg = text[1:].partition(" ")
            return Command(name, arg, at=CLOCK)
        return TextMessage(text, at=CLOCK)
    wanted = str(step["press"])
    for label, button_id in buttons.items():
        if wanted in (label, button_id) or label.casefold() == wanted.casefold():
            return ButtonPress(button_id, at=CLOCK)
    return None


def _buttons(replies: tuple[Any, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for reply in replies:
        if isinstance(reply, TextReply):
            found.update({b.label: b.id for row in reply.buttons for b in row})
    return found


def _listed(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _expectations(step: LineDict, replies: tuple[Any, ...], session: Session, shown: str, line: int,
                  where: str) -> list[Problem]:
    failures = []
    said = "\n".join(r.text for r in replies if isinstance(r, TextReply))
    for text in _listed(step.get("expect", [])):
        if text.casefold() not in said.casefold():
            failures.append(Problem(shown, line, f"{where}: expected the bot to say '{text}'",
                                    f"it said: {said[:300]!r}"))
    offered = _buttons(replies)
    for label in _listed(step.get("buttons", [])):
        if not any(label.casefold() == o.casefold() for o in offered):
            failures.append(Problem(shown, line, f"{where}: expected a button '{label}'",
                                    f"offered: {', '.join(offered) or 'none'}"))
    if "at" in step and session.node != step["at"]:
        failures.append(Problem(shown, line, f"{where}: expected to be at '{step['at']}'", f"at: {session.node}"))
    documents = "\n".join(r.content for r in replies if isinstance(r, DocumentReply))
    for text in _listed(step.get("document", [])):
        if text.casefold() not in documents.casefold():
            failures.append(Problem(shown, line, f"{where}: expected a document containing '{text}'",
                                    "no document was handed out" if not documents else f"it holds: {documents[:200]!r}"))
    return failures


@dataclass(frozen=True)
class Coverage:
    """Which (role, node) pairs the transcripts visited, out of all pairs reachable for each role."""

    reachable: frozenset[tuple[str, str]]
    visited: frozenset[tuple[str, str]]

    @property
    def missing(self) -> list[tuple[str, str]]:
        return sorted(self.reachable - self.visited)

    @property
    def percent(self) -> float:
        return 100.0 * len(self.reachable & self.visited) / max(len(self.reachable), 1)


def reachable(flow: Flow, role: str) -> set[str]:
    """Nodes of ``flow`` a user with ``role`` can reach: every node on some path of answers that role can
    give (options shown to it, branches and decision tables following the answers given before)."""
    return {step.node for step in walk(flow, role)}


def coverage(content: Content, outcomes: list[Outcome], flows: tuple[str, ...]) -> Coverage:
    pairs = {(role, node) for flow_id in flows if flow_id in content.flows for role in ROLES
             for node in reachable(content.flows[flow_id], role)}
    visited = {(o.role, node) for o in outcomes if o.role for node in o.visited}
    return Coverage(frozenset(pairs), frozenset(visited & pairs))
