"""Load all content from a folder: every file parsed, every rule verified, then the indexes built.

Content is accepted whole or refused whole: one problem anywhere raises :class:`ContentError` with all
problems found, and nothing of the new content is used.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from bot.content.fields import Reader
from bot.content.model import Content, FaqEntry, Flow
from bot.content.parse_danger import link_lines, parse_danger_file
from bot.content.parse_faq import parse_faq_file, parse_off_topic_file, parse_synonyms_file
from bot.content.parse_flow import parse_flow_file
from bot.content.problems import Problem, did_you_mean
from bot.content.remembered_entries import keep_entries, recall_entries
from bot.content.schema import DANGER_FILE, OFF_TOPIC_FILE, SYNONYMS_FILE
from bot.content import proven
from bot.content.verify import verify_all
from bot.content.yaml_source import read_yaml
from bot.errors import ContentError
from bot.escalation.parse_directory import load_directory
from bot.escalation.municipalities import MunicipalityIndex
from bot.faq.matcher import TRIGGER_THRESHOLDS, FaqIndex, Target
from bot.faq.off_topic import judged_examples
from bot.faq.place_names import PlaceNames
from bot.faq.semantic import semantic_setting
from bot.safety.meaning import meaning_setting
from bot.faq.words import is_known_word
from bot.languages import LANGUAGES
from bot.safety import DangerCheck, DangerRules
from bot.safety.remembered_check import keep_check, recall_check

__all__ = ["ContentHolder", "content_files", "load_content"]

log = logging.getLogger(__name__)


def content_files(root: Path) -> list[Path]:
    """The files that make up the content, in a stable order (their changes trigger a reload)."""
    return sorted([*root.glob("faq/*.yaml"), *root.glob("flows/*.yaml")])


def load_content(root: Path, contacts: Path | None = None, *, full: bool = False) -> Content:
    """Read ``root/faq``, ``root/flows`` and the contacts directory; raise ContentError listing every problem.

    ``full``: check every rule, and walk every path through the decision tables, even when these files passed
    before (``helpdesk check`` does; other commands trust a remembered clean check, see
    :mod:`bot.content.proven`), and parse every file instead of reusing a remembered parse."""
    problems: list[Problem] = []
    faq: dict[str, FaqEntry] = {}
    flows: dict[str, Flow] = {}
    synonyms: list[tuple[str, ...]] = []
    subject: tuple[str, ...] = ()  # words that show a message is about the help desk's subject
    parties: tuple[tuple[str, ...], ...] = ()  # who gives information to whom (bot.faq.direction)
    off_topic: tuple[str, ...] = ()  # questions the help desk should not answer (faq/off_topic.yaml)
    danger = DangerRules.empty()
    lines: dict[str, int] = {}  # where danger.yaml names a flow step or a FAQ entry
    ordinary: tuple[str, ...] = ()
    unreadable: list[str] = []  # files that could not be read at all (syntax error, empty)
    for folder in ("faq", "flows"):
        if not (root / folder).is_dir():
            problems.append(Problem(folder, 0, f"folder '{root / folder}' does not exist",
                                    "run from the project folder or set HELPDESK_CONTENT"))
    kept: tuple[DangerCheck, dict[str, int]] | None = None  # the danger check as kept for these exact words, if any
    for path in content_files(root):
        shown = path.relative_to(root).as_posix()
        if not full and path.parent.name == "faq" and path.name == DANGER_FILE:
            kept = recall_check(path)
            if kept is not None:  # built from these bytes before, when all content passed: no parse needed
                danger, lines = kept[0].rules, kept[1]
                continue
        entries_file = path.parent.name == "faq" and path.name not in (DANGER_FILE, OFF_TOPIC_FILE, SYNONYMS_FILE)
        remembered = recall_entries(path, shown) if entries_file and not full else None
        if remembered is not None:  # parsed from these bytes before, without a problem
            reader = Reader(shown)
            _add_entries(remembered, faq, reader)
            problems += reader.problems
            continue
        data, found = read_yaml(path, shown, remember=not full)
        if data is None and not found:
            found = [Problem(shown, 1, "the file is empty",
                             "restore its content (git checkout -- FILE shows the last committed one) or delete it")]
        problems += found
        if data is None:
            unreadable.append(shown)
            continue
        if path.parent.name == "faq" and path.name == SYNONYMS_FILE:
            read, reader = parse_synonyms_file(data, shown)
            synonyms += [words for words, _ in read.groups]
            subject += read.subject
            parties += read.parties
        elif path.parent.name == "faq" and path.name == OFF_TOPIC_FILE:
            off_topic, reader = parse_off_topic_file(data, shown)
        elif path.parent.name == "faq" and path.name == DANGER_FILE:
            danger, ordinary, reader = parse_danger_file(data, shown)
            lines = link_lines(data)
        elif path.parent.name == "faq":
            entries, reader = parse_faq_file(data, shown)
            if not full and not reader.problems:
                keep_entries(path, shown, entries)
            _add_entries(entries, faq, reader)
        else:
            flow, reader = parse_flow_file(data, shown)
            if flow is not None and flow.id in flows:
                reader.problem(flow.where.line, f"flow id '{flow.id}' is already used at {flows[flow.id].where}",
                               "give every flow its own id")
            elif flow is not None:
                flows[flow.id] = flow
        problems += reader.problems
    checked_before = not full and not problems and proven.is_proven(root, proven.CONTENT)  # passed every rule
    walk = full or not proven.is_proven(root, proven.TABLES)  # the exhaustive decision-table walk, unless done
    if unreadable:  # its entries are missing, so every link to them would be a follow-on error: check links later
        problems += [Problem(shown, 0, "could not be read, so links between files were not checked yet",
                             "fix the problem below first, then run 'helpdesk check' again") for shown in unreadable]
    elif not checked_before:
        problems += verify_all(faq, flows, tables=walk)
        problems += _verify_danger(danger, flows, faq, root, lines)
    municipalities = MunicipalityIndex.bundled(on_first_use=not full)  # read when a place is first looked up
    directory = None
    try:
        directory = load_directory(contacts, municipalities)
    except ContentError as exc:
        problems += exc.problems
    if problems:
        raise ContentError(problems)
    if not checked_before:
        proven.remember(root, proven.CONTENT)
        if walk:
            proven.remember(root, proven.TABLES)
    if kept is not None:
        check = kept[0]
    else:
        check = DangerCheck(danger, ordinary, is_known_word)
        if not full:
            keep_check(root / "faq" / DANGER_FILE, check, lines)
    check.meaning = meaning_setting()
    semantic = semantic_setting()
    return Content(
        flows=flows,
        faq=faq,
        faq_index=FaqIndex([_faq_target(e) for e in faq.values()], synonyms, semantic=semantic,
                           subject=subject, parties=parties, remember=not full,
                           places=PlaceNames(municipalities.place_keys),
                           # read by meaning only: the lexical path (a cold one-shot ask) leaves the bundled file unread
                           off_topic=(*off_topic, *judged_examples()) if semantic is not None else ()),
        trigger_index=FaqIndex([Target(f.id, f.triggers) for f in flows.values() if f.triggers], synonyms,
                               thresholds=TRIGGER_THRESHOLDS, remember=not full),
        synonyms=tuple(synonyms),
        danger=check,
        municipalities=municipalities,
        directory=directory,
    )


def _add_entries(entries: list[FaqEntry], faq: dict[str, FaqEntry], reader: Reader) -> None:
    """Add a file's entries to ``faq``; an id used before is a problem of this file."""
    for entry in entries:
        if entry.id in faq:
            reader.problem(entry.where.line, f"FAQ id '{entry.id}' is already used at {faq[entry.id].where}",
                           "give every entry its own id")
        else:
            faq[entry.id] = entry


def _verify_danger(rules: DangerRules, flows: dict[str, Flow], faq: dict[str, FaqEntry], root: Path,
                   lines: dict[str, int]) -> list[Problem]:
    """The danger vocabulary must exist (acute danger is checked on every message) and lead to a real step and a
    real FAQ entry."""
    shown = f"faq/{DANGER_FILE}"
    if not rules.groups:
        if (root / shown).exists():
            return []  # its own problems are reported already
        return [Problem(shown, 0, "the acute-danger vocabulary is missing",
                        "restore faq/danger.yaml: without it the bot cannot put 112 first")]
    if rules.steps_node:
        flow = flows.get(rules.steps_node.split(":", 1)[0])
        if flow is None or rules.steps_node not in flow.nodes:
            nodes = [n for f in flows.values() for n in f.nodes]
            return [Problem(shown, lines.get("steps_node", 1), f"steps_node '{rules.steps_node}' is not a node of any flow",
                            did_you_mean(rules.steps_node, nodes, "write flow:node, e.g. signalling:steps"))]
    if rules.suicide_talk_entry and rules.suicide_talk_entry not in faq:
        return [Problem(shown, lines.get("suicide_talk_entry", 1),
                        f"suicide_talk_entry '{rules.suicide_talk_entry}' is not a FAQ id",
                        did_you_mean(rules.suicide_talk_entry, list(faq), "write the id of a FAQ entry"))]
    return []


def _faq_target(entry: FaqEntry) -> Target:
    extra = {lang: f"{entry.answer.get(lang)} {' '.join(entry.tags)}" for lang in LANGUAGES}
    # keyed by the LANGUAGES codes themselves, as a fresh parse keys them: entries read back from the cache
    # (bot.content.remembered_entries) have copies, which the FAQ index's digest over its pickle would tell apart
    variants = {lang: entry.questions[lang] for lang in LANGUAGES if lang in entry.questions}
    return Target(entry.id, variants, extra, entry.roles, entry.needs_subject, entry.needs_one_of)


class ContentHolder:
    """Serves the last good content; :meth:`reload` swaps in new content only when it validates."""

    def __init__(self, root: Path, contacts: Path | None = None) -> None:
        self.root = root
        self.contacts = contacts
        self._lock = threading.Lock()
        self._content = load_content(root, contacts)
        self._stamp = self._fingerprint()

    @property
    def content(self) -> Content:
        return self._content

    def reload(self) -> list[Problem]:
        """Load again; on problems keep serving the old content and return the problems. Safe to call from a
        worker thread (``serve`` does, so the event loop goes on while new content is read and indexed)."""
        with self._lock:
            stamp = self._fingerprint()
            try:
                fresh = load_content(self.root, self.contacts)
                fresh.warm()  # before the swap: no question waits for new embeddings
            except ContentError as exc:
                self._stamp = stamp
                log.error("content reload refused, still serving the previous content:\n%s", exc)
                return exc.problems
            self._content, self._stamp = fresh, stamp
            log.info("content reloaded: %d FAQ entries, %d flows", len(fresh.faq), len(fresh.flows))
            return []

    def reload_if_changed(self) -> list[Problem]:
        return self.reload() if self._fingerprint() != self._stamp else []

    def _fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        stamps = []
        for path in [*content_files(self.root), *([self.contacts] if self.contacts else [])]:
            try:
                stat = path.stat()
            except OSError:
                continue
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
        return tuple(stamps)
