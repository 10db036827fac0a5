"""The FAQ matcher: which entry answers a typed message, how sure we are, and what else is close.

Per language, every entry becomes terms (see :mod:`bot.faq.normalise`) from its question variants (full
weight) and its answer and tags (lower weight); see :mod:`bot.faq.language_index`. A message is read first
(:mod:`bot.faq.message`): in a story the sentence that asks weighs fully and the rest less. It is scored
against an entry by

- coverage: the share of the message's information (IDF-weighted terms) that the entry explains. A real
  word the FAQ never uses weighs almost as much as its rarest term, so an off-topic question scores low;
  a name or an abbreviation ("ipv") weighs little, so it does not sink a real question;
- the best variant: how much of one variant's key terms the message covers, and, for short messages,
  rapidfuzz's token-set similarity. A variant of one or two terms cannot be covered "fully" by a story.

A story (more than 15 words) is scored on its own scale: that score blended with BM25F over the entry's
variants, answer and tags (:mod:`bot.faq.story_score`), which grows with the evidence in the story
instead of falling with its length.

An answer needs the answer threshold and a lead over the runner-up at every score level; an entry that
shares only one word with a question of three or more informative words is marked down. Only entries
that share a rare term with the message are scored, so a 10,000-entry index stays fast.

With the semantic signal (:mod:`bot.faq.semantic`, on unless ``HELPDESK_SEMANTIC=off``), a small trained
model (:mod:`bot.faq.decision`) weighs the lexical score and the closeness in meaning of each candidate
into the probability that it answers, and the same rule decides on that, with the model's thresholds. A
message without lexical evidence gets no candidate, so meaning alone never answers.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from bot.faq.candidates import gather
from bot.faq.language import detect_language, leans_to_other
from bot.faq.language_index import LanguageIndex, QueryTerm, Target, Uses, Variant
from bot.faq.message import Message, asking_clauses, read_message
from bot.faq.normalise import names_one_of
from bot.faq.place_names import PlaceNames
from bot.faq.remembered_index import remembered_index
from bot.faq.decision import SEMANTIC_RANK_CAP, Decision
from bot.faq.direction import Direction
from bot.faq.semantic import SemanticIndex
from bot.faq.story_score import bm25, scaled
from bot.faq.thresholds import Thresholds
from bot.faq.verdict import Match

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["FAQ_THRESHOLDS", "FaqIndex", "TRIGGER_THRESHOLDS", "Target", "Thresholds"]


# Tuned on the judged tuning splits only (bench/judged dev.yaml, test.yaml and test4.yaml, 798 questions) by
# bench/tune_thresholds.py; bench/faq_bench.py prints the figures on the held-out split.
# Short messages keep ../shared/eval/dev_questions.yaml at 100 %; stories (> 15 words) are scored on their own
# scale (with BM25F), so they have their own pair, which also keeps the judged dev stories within 3 % confidently
# wrong and 95 % of off-topic ones unanswered.
FAQ_THRESHOLDS = Thresholds(answer=57.0, margin=2.0, suggest=30.0, low_margin=5.0, story_answer=52.0,
                            story_margin=8.0)
MAX_CLAUSES = 3  # a message's last asking clauses read apart when it may ask two things (FaqIndex.asked_apart)
MAX_OFFERED = 4  # "did you mean" buttons for a message read apart: the whole's own, then each question's closest
# Starting a flow from free text must be surer than answering: a FAQ question must not be hijacked.
TRIGGER_THRESHOLDS = Thresholds(answer=72.0, margin=5.0, suggest=101.0)
ROUNDING = 1e-9  # a lead of exactly the margin (decision.confirm sets one) must not fall short by a float rounding

W_COVERAGE = 0.4
W_VARIANT = 0.6
ANSWER_FIELD_WEIGHT = 0.6  # a message term found only in the answer or tags counts this much
ROLE_BONUS = 3.0  # entry written for the user's role
ROLE_PENALTY = 4.0  # entry written only for other roles
CANDIDATES = 15
COVERAGE_FULL = 0.7  # below this coverage the variant similarity is scaled down
STORY_W_VARIANT = 0.6  # in a story: the best variant's key terms covered, against the message covered
STORY_COVERAGE_FULL = 0.6  # ... where a story covered this far counts as fully covered
STORY_VARIANT_TERMS = 3.0  # in a story, a variant counts as covered only when about this many terms are
STORY_W_BM25 = 0.4  # a story scores BM25F (scaled to 0-100) ** this x the coverage score ** (1 - this)
STORY_CANDIDATES = 25  # a story names more things, so more entries are scored
OFF_SUBJECT_PENALTY = 28.0  # a story naming none of the subject words (chosen on the judged tuning splits)
ONE_TERM_FACTOR = 0.8  # an entry sharing one salient term with a question that has two or more
SALIENT_IDF = 1.0  # a term rarer than this carries the meaning of a question ("delen" does not)


@dataclass(frozen=True, slots=True)
class _Read:
    """A message as the lexical score needs it, worked out once per message."""

    known: list[QueryTerm]  # terms the FAQ uses (or repaired typos of them)
    total: float  # the message's information: IDF x position over all its terms
    informative: int  # salient terms in the asking sentence
    weights: dict[str, float]  # IDF per known term
    joined: str  # the asking sentence's terms, for the token-set similarity
    message: Message
    direction: Direction  # who gives information to whom, as the asking sentence says
    uses: dict[str, Uses]  # which candidates use each known term, and how often (LanguageIndex.uses)


class FaqIndex:
    """Built once from the content; :meth:`match` is pure and safe to call from any thread."""

    def __init__(self, targets: Sequence[Target], synonyms: Iterable[Sequence[str]] = (),
                 thresholds: Thresholds | None = None, semantic: Decision | None = None,
                 subject: Iterable[str] = (), parties: Iterable[Sequence[str]] = (), remember: bool = False,
                 places: PlaceNames | None = None, off_topic: Sequence[str] = ()) -> None:
        self.targets = list(targets)
        self.places = places  # a town after "in" is read as "gemeente" (bot.faq.place_names)
        self._remember = remember  # read each language's index back from the cache folder when built before
        self.subject = tuple(subject)  # words that show a message is about the subject
        self.parties = tuple(tuple(p) for p in parties)  # who may give information to whom (bot.faq.direction)
        self._languages = tuple(dict.fromkeys(code for t in self.targets for code in t.variants)) or ("nl",)
        self.decision = semantic
        self.semantic = SemanticIndex(self.targets, off_topic) if semantic is not None else None
        self.thresholds = thresholds if thresholds is not None else \
            semantic.thresholds if semantic is not None else FAQ_THRESHOLDS
        self._groups = [tuple(g) for g in synonyms]
        self._built: dict[str, LanguageIndex] = {}
        self._lock = threading.Lock()

    def language(self, lang: str) -> LanguageIndex:
        """One language's index, built on first use: a one-shot ``helpdesk ask`` builds only one."""
        lang = lang if lang in ("nl", "en") else "nl"
        found = self._built.get(lang)
        if found is None:
            with self._lock:
                found = self._built.get(lang)
                if found is None:
                    build = remembered_index if self._remember else LanguageIndex
                    found = self._built[lang] = build(lang, self.targets, self._groups, self.subject, self.parties)
        return found

    def __len__(self) -> int:
        return len(self.targets)

    def warm(self) -> None:
        """Build what the first match would: every language's index and, with the semantic signal, the model
        and the variants' embeddings (seconds after a content edit). ``serve`` calls it before taking
        updates, and a content reload (in a worker thread) before swapping, so no user's question waits for it."""
        for lang in self._languages:
            self.language(lang)
        if self.semantic is not None:
            self.semantic.off_topic("warm")
            self.semantic.similarities("warm")

    def ranked(self, text: str, lang: str, role: str | None = None) -> list[tuple[str, float]]:
        """Candidate ids with scores (0-100, role adjustments included), best first."""
        return self._ranked(text, read_message(text), lang, role)

    def match(self, text: str, lang: str, role: str | None = None) -> Match:
        if self.places is not None:
            text = self.places.generalise(text, lang)
        return self.asked_apart(text, lang, role, self._match_whole(text, lang, role, self.thresholds),
                                self.thresholds)

    def _match_whole(self, text: str, lang: str, role: str | None, limits: Thresholds) -> Match:
        message = read_message(text)
        if self.vague(text, lang):
            return Match.nothing()
        found = decide(self._ranked(text, message, lang, role), limits.for_story() if message.story else limits,
                       message.worry)
        if found.verdict not in ("answer", "suggest") or self.semantic is None or not self.semantic.off_topic(text):
            return found
        # nearer in meaning to questions this help desk does not cover (faq/off_topic.yaml) than to its own
        if found.verdict == "suggest":
            # and no entry came near an answer: the honest no-answer, which says what the bot is about, rather
            # than "did you mean" with entries on another subject (a landlord asking for bank statements got "a
            # housing corporation warning the new landlord"). On the tuning splits, each read against the other
            # splits' examples: 666 of 1,234 such off-topic or not-covered questions lose their buttons, 6 of
            # 2,994 answerable ones lose buttons that held a right entry (bench/off_topic_loso.py)
            return Match.nothing(found.score)
        # the matcher was confident: no answer, but the entry stays one tap away
        offered = (found.target, *found.suggestions) if found.target is not None else found.suggestions
        return Match("suggest", None, found.score, offered[:3])

    def asked_apart(self, text: str, lang: str, role: str | None, whole: Match, limits: Thresholds) -> Match:
        """Two questions in one message ("vanaf welke leeftijd mag een jongere zelf toestemming geven? en moeten de
        ouders dan nog iets weten?"). Its last asking clauses are matched one by one. A whole message pulled between
        two entries (only "did you mean") is answered when two clauses each get a confident answer and both entries
        are among its suggestions: the first is the answer, the second is offered first and said so (``also_asked``;
        on the tuning splits 18 more right answers, 5 more wrong, of 8,955). An answered message keeps its answer and
        gains ``also_asked`` when one clause confirms the answer and another gets a different entry confidently, so
        the second question is not dropped without a word (before, only where that entry was a runner-up of the
        whole message, which a confident answer seldom has: on the tuning messages with two asking clauses the
        pointer then hit a labelled entry 24 times, now 48, an either-or "... of moet ik ...?" not being read as a
        second question; where it names an entry the labeller did not list, it often still fits the second
        question, "wie is mijn contactpersoon?", and it is offered as "may help"). A message that stays "did you mean" also
        offers each question's closest entry, after the whole message's own, so every question it asks has its
        button."""
        if whole.verdict not in ("answer", "suggest") or (whole.verdict == "suggest" and not whole.suggestions):
            return whole
        # an answered message points at a second question, not at one option of an either-or
        clauses = asking_clauses(text, alternatives=whole.verdict != "answer")[-MAX_CLAUSES:]
        if len(clauses) < 2:
            return whole
        answered: list[str] = []
        closest: list[str] = []  # each clause's best entry, confident or not
        for clause in clauses:  # each clause is matched in full: a few ms each, so stop once two have answers
            found = self._match_whole(clause, lang, role, limits)
            best = found.target if found.verdict == "answer" else next(iter(found.suggestions), None)
            if best is not None:
                closest.append(best)
            if found.verdict == "answer" and found.target is not None:
                answered.append(found.target)
                if len(answered) == 2:
                    break
        if whole.verdict == "answer":
            others = [t for t in answered if t != whole.target]
            if whole.target not in answered or not others:
                return whole
            first, second = whole.target, others[0]
        elif len(answered) < 2 or not set(answered) <= set(whole.suggestions):
            offered = tuple(dict.fromkeys((*whole.suggestions, *closest)))[:max(len(whole.suggestions), MAX_OFFERED)]
            return Match(whole.verdict, whole.target, whole.score, offered, low_margin=whole.low_margin)
        else:
            first, second = answered
        return Match("answer", first, whole.score, tuple(i for i in whole.suggestions if i not in (first, second)),
                     low_margin=whole.low_margin, also_asked=second if second != first else None)

    def vague(self, text: str, lang: str) -> bool:
        """Only question words ("wat nu", "what should i do"): no entry can be chosen, and "did you mean" would
        offer whatever starts with "wat"; the honest no-answer offers the two guides instead."""
        index = self.language(lang)
        return all(term in index.question_terms for term in index.analyzer.terms(text))

    def match_asked(self, text: str, lang: str, role: str | None = None) -> tuple[Match, str]:
        """The match and the language it is in: the message's own language (:func:`detect_language`). A message
        that leans to the other language (one of its marker words, none of the user's: "what is subsidiarity"
        in a Dutch session) gets the other language's answer when that is confident; a message in neither
        (no markers: "convenant pga") is matched in the other language only where its own finds no answer, and
        answered in the user's language: it is not clearly in the other one."""
        asked_in = detect_language(text, lang)
        other = next((code for code in self._languages if code != lang), lang)
        if asked_in == lang and other != lang and leans_to_other(text, lang):
            leaning = self.match(text, other, role)
            if leaning.verdict == "answer":
                return leaning, other
        match = self.match(text, asked_in, role)
        if match.verdict == "answer" or asked_in != lang:
            return match, asked_in
        if other != lang and detect_language(text, other) == other:  # not clearly in the user's language
            elsewhere = self.match(text, other, role)
            if elsewhere.verdict == "answer":
                return elsewhere, lang
        return match, asked_in

    def _ranked(self, text: str, message: Message, lang: str, role: str | None) -> list[tuple[str, float]]:
        lexical, named = self._lexical_read(message, lang, role)
        if lexical and self.semantic is not None and self.decision is not None:  # both signals, per candidate
            similarity = self._reachable_by_meaning(self.semantic.similarities(text), named)
            scores = dict(self.decision.ranked(lexical, similarity, message.story, FAQ_THRESHOLDS))
        else:
            scores = lexical
        ranked = [(self.targets[target].id, score) for target, score in scores.items()]
        ranked.sort(key=lambda item: item[1], reverse=True)
        return ranked

    def _reachable_by_meaning(self, similarity: NDArray[np.float32], named: _Named) -> NDArray[np.float32]:
        """``similarity`` with the entries this message cannot reach masked (it names none of their ``needs_one_of``
        words, or nothing of the subject where they need it), as the lexical side leaves them out. Left in, they took
        a candidate's place and set the "closest by meaning" every other candidate is measured against (over the
        13,575 tuning questions, masking them gave 15 more right answers and 3 more wrong ones). Only the closest
        entries are looked at: the decision ranks no further than SEMANTIC_RANK_CAP by meaning."""
        cannot, reachable = [], 0
        for target in (-similarity).argsort(kind="stable"):  # an array method: numpy is not imported here
            if reachable >= SEMANTIC_RANK_CAP:
                break
            if named.reaches(int(target), self.targets[int(target)].needs_subject):
                reachable += 1
            else:
                cannot.append(int(target))
        if not cannot:
            return similarity
        masked = similarity.copy()
        masked[cannot] = -1.0
        return masked

    def lexical_scores(self, text: str, lang: str, role: str | None = None) -> dict[int, float]:
        """The lexical score (0-100) of every candidate the matcher gathers, by target index: the lexical
        half of the evidence :class:`~bot.faq.decision.Decision` weighs (bench/train_decision.py)."""
        return self._lexical_read(read_message(text), lang, role)[0]

    def _lexical_read(self, message: Message, lang: str, role: str | None) -> tuple[dict[int, float], _Named]:
        """The lexical scores, and what the message names (for :meth:`_reachable_by_meaning`)."""
        index = self.language(lang)
        query = index.query_terms(message)
        named = [q.term for q in query] + (index.analyzer.terms(role) if role and role != "anders" else [])
        off = _off_subject(index, query)  # a message naming nothing of the subject (no radicalisation, no covenant)
        reading = _Named(index, named, off)
        total = sum(q.idf * q.position for q in query)
        known = [q for q in query if q.confidence > 0]
        if not known or total <= 0:
            return {}, reading
        # a story gathers more entries and keeps exact ties only: at 10,000 entries the weakest word's slack made
        # stories score many more candidates (p50 -14 %, p99 -10 %) for one right answer over 12,945 questions
        candidates = gather(index, known, STORY_CANDIDATES if message.story else CANDIDATES, ANSWER_FIELD_WEIGHT,
                            weakest_word_slack=not message.story)
        # an entry with a variant of exactly these terms is always a candidate ("wat is radicalisering" shares
        # its terms with half the FAQ, so gathering by shared evidence alone may miss the definition)
        candidates += [t for t in index.asked_exactly([q.term for q in known]) if t not in candidates]
        read = _Read(known, total, sum(1 for q in query if q.position >= 1.0 and q.idf >= SALIENT_IDF),
                     {q.term: q.idf for q in known}, " ".join(q.term for q in query if q.position >= 1.0), message,
                     _direction(index, message), index.uses([q.term for q in known], candidates))
        own = {target: self._lexical_score(index, target, read) for target in candidates}
        if message.story:
            own = _with_bm25(own, {target: scaled(bm25(index, target, known, read.uses)) for target in candidates})
        aside = OFF_SUBJECT_PENALTY if off and message.story else 0.0
        return {target: score + self._role_adjustment(self.targets[target], role) - aside
                for target, score in own.items()
                if reading.reaches(target, self.targets[target].needs_subject)}, reading

    def _lexical_score(self, index: LanguageIndex, target: int, read: _Read) -> float:
        message = read.message
        mass, shared_terms = 0.0, 0
        for q in read.known:
            in_variants, in_extra = read.uses[q.term]
            weight = 1.0 if target in in_variants else ANSWER_FIELD_WEIGHT if target in in_extra else 0.0
            if weight:
                mass += q.idf * q.confidence * q.position * weight
                shared_terms += q.position >= 1.0 and q.idf >= SALIENT_IDF
        coverage = mass / read.total
        best = self._best_variant(index.variants[target], read, index.max_idf)
        # a close variant counts only as far as the message's own words are explained: "vertel een mop"
        # shares one word with many variants, but "mop" is unknown, so it must not look like a match
        if message.story:  # how well the story covers the entry's key terms, not the other way round
            score = 100 * (STORY_W_VARIANT * best + (1 - STORY_W_VARIANT) * min(1.0, coverage / STORY_COVERAGE_FULL))
        else:
            score = 100 * (W_COVERAGE * coverage + W_VARIANT * best * min(1.0, coverage / COVERAGE_FULL))
        if shared_terms <= 1 and read.informative >= 2:
            score *= ONE_TERM_FACTOR
        return score

    def _best_variant(self, variants: Sequence[Variant], read: _Read, max_idf: float) -> float:
        """The best ``_variant_score`` of an entry's variants (0 without any). For a question, the fuzzy half
        (at most 0.5) is computed only where it could still beat the best so far: the same maximum, without
        most ``token_set_ratio`` calls (an entry has a dozen variants; it was a third of a question's cost)."""
        message = read.message
        if read.direction:  # a variant asking the other way round ("politie aan jongerenwerker") does not count
            variants = [v for v in variants if not read.direction.opposes(v.direction)]
        if message.story:
            return max((self._variant_score(v.terms, v.joined, v.weight, read.weights, read.joined, max_idf, message)
                        for v in variants), default=0.0)
        query = read.weights
        shared = sorted(((0.5 * sum(query[t] for t in v.terms if t in query) / v.weight, v) for v in variants),
                        key=lambda item: item[0], reverse=True)
        best = -math.inf
        for lexical, variant in shared:
            if lexical + 0.5 <= best:
                break  # sorted: no later variant can reach the best either
            best = max(best, lexical + 0.5 * fuzz.token_set_ratio(read.joined, variant.joined) / 100)
        return best if shared else 0.0

    @staticmethod
    def _variant_score(terms: tuple[str, ...], joined_variant: str, weight: float, query: dict[str, float],
                       joined: str, max_idf: float, message: Message) -> float:
        shared = sum(query[t] for t in terms if t in query)  # distinct terms (Variant.terms)
        if message.story:  # the message covers the variant's key terms; a one-word variant proves little
            return shared / max(weight, STORY_VARIANT_TERMS * max_idf / 2)
        return 0.5 * shared / weight + 0.5 * fuzz.token_set_ratio(joined, joined_variant) / 100

    @staticmethod
    def _role_adjustment(target: Target, role: str | None) -> float:
        if not target.roles or role is None or role == "anders":
            return 0.0
        return ROLE_BONUS if role in target.roles else -ROLE_PENALTY


def _direction(index: LanguageIndex, message: Message) -> Direction:
    """Who gives information to whom: as the asking sentence says, else as the story around it does ("the
    probation service asks me as a youth worker what i know. can i tell them?")."""
    asking = " ".join(text for text, position in message.parts if position >= 1.0)
    asked = index.direction.read(asking, index.repaired_word)
    if asked or len(message.parts) == 1 or not index.direction.passes_on(asking):
        return asked  # "heb ik recht op terugkoppeling?" asks nothing about the story's "gedeeld met de gemeente"
    return index.direction.read(" ".join(text for text, _ in message.parts), index.repaired_word)


@dataclass(frozen=True, slots=True)
class _Named:
    """What a message names, in one language's index: its terms with the asker's role's, and whether it names
    nothing of the subject."""
    index: LanguageIndex
    terms: list[str]
    off_subject: bool

    def reaches(self, target: int, needs_subject: bool) -> bool:
        return not (self.off_subject and needs_subject) and _names_needed(self.index, target, self.terms)


def _off_subject(index: LanguageIndex, query: list[QueryTerm]) -> bool:
    """A story that names nothing of the subject (no radicalisation, extremism, case conference, covenant ...)
    is most likely a privacy or school question from elsewhere: a bank's GDPR request, a tattoo at 15."""
    return bool(index.subject_terms) and not any(names_one_of(q.term, index.subject_terms) for q in query)


def _names_needed(index: LanguageIndex, target: int, named: list[str]) -> bool:
    """Whether the message names one of the words the entry needs (``needs_one_of``; any message when none).
    ``named`` holds the message's terms and those of the role the asker chose: a police officer's "mag ik dit
    met de school delen?" names the police, a youth worker's does not."""
    needed = index.needed.get(target)
    return needed is None or any(names_one_of(term, needed) for term in named)


def _with_bm25(coverage: dict[int, float], bm25_scaled: dict[int, float]) -> dict[int, float]:
    """A story's scores: a weighted geometric mean of the coverage score and BM25F, so an entry needs some of
    both (BM25F alone ignores the words the FAQ never uses, which mark an off-topic story). A bonus for the
    entry both rank first did not help on the dev split."""
    return {t: max(c, 0.0) ** (1 - STORY_W_BM25) * bm25_scaled[t] ** STORY_W_BM25 for t, c in coverage.items()}


def decide(ranked: list[tuple[str, float]], limits: Thresholds, worry: bool = False) -> Match:
    """The verdict for ranked candidates: an answer needs the threshold and a lead at every level. A story that
    describes a worry and asks nothing gets the story verdict (the signalling guide), with the closest
    entries as suggestions, however well one entry scores: the professional did not ask that question."""
    if not ranked:
        return Match("story", None, 0.0) if worry else Match.nothing()
    best_id, best = ranked[0]
    lead = best - (ranked[1][1] if len(ranked) > 1 else 0.0)
    close = tuple(i for i, score in ranked[:3] if score >= limits.suggest)
    if worry:
        return Match("story", None, round(best, 1), close)
    if best >= limits.answer - ROUNDING and lead >= limits.margin - ROUNDING:
        # the runner-ups close enough to be offered as suggestions go along with the answer: when the answer is
        # a neighbouring entry, the one the professional meant is one tap away
        return Match("answer", best_id, round(best, 1), tuple(i for i, score in ranked[1:3] if score >= limits.suggest),
                     low_margin=lead < limits.low_margin)
    if close:
        return Match("suggest", None, round(best, 1), close)
    return Match.nothing(round(best, 1))
