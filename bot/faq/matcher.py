"""The FAQ matcher: which entry answers a typed question, how sure we are, and what else is close.

Per language, every entry becomes terms (see :mod:`bot.faq.normalise`) from its question variants
(full weight) and its answer and tags (lower weight). A question is scored against an entry by

- coverage: the share of the question's information (IDF-weighted terms) that the entry explains;
  words the FAQ has never seen weigh most, so an off-topic question scores low;
- the best variant: how much of one variant the question contains, and rapidfuzz's token-set similarity.

Typos are repaired per word against the vocabulary with rapidfuzz before scoring. Only entries that share
a term with the question are scored, which keeps a 10,000-entry index fast.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.faq.normalise import Analyzer
from bot.faq.verdict import Match

__all__ = ["FAQ_THRESHOLDS", "FaqIndex", "TRIGGER_THRESHOLDS", "Target", "Thresholds"]


@dataclass(frozen=True, slots=True)
class Thresholds:
    answer: float  # answer when the best score reaches this ...
    margin: float  # ... and leads the runner-up by at least this much (or reaches ``sure``);
    suggest: float  # otherwise offer up to three suggestions from this score up.
    sure: float = 101.0  # a score this high answers even when the runner-up is close


# Tuned on the FAQ's own variants (leave one out), bench/heldout_questions.yaml and the dev set; see
# bench/faq_bench.py, which prints the figures for these values.
FAQ_THRESHOLDS = Thresholds(answer=38.0, margin=1.0, suggest=30.0, sure=55.0)
# Starting a flow from free text must be surer than answering: a FAQ question must not be hijacked.
TRIGGER_THRESHOLDS = Thresholds(answer=72.0, margin=5.0, suggest=101.0)

W_COVERAGE = 0.4
W_VARIANT = 0.6
ANSWER_FIELD_WEIGHT = 0.6  # a question term found only in the answer or tags counts this much
TYPO_CUTOFF = 82  # rapidfuzz ratio for repairing an unknown word to a known one
TYPO_FACTOR = 1.0
ROLE_BONUS = 3.0  # entry written for the user's role
ROLE_PENALTY = 4.0  # entry written only for other roles
CANDIDATES = 15
COVERAGE_FULL = 0.7  # below this coverage the variant similarity is scaled down


@dataclass(frozen=True)
class Target:
    """Something a question can match: a FAQ entry or a flow trigger."""

    id: str
    variants: Mapping[str, Sequence[str]]  # per language
    extra: Mapping[str, str] = field(default_factory=dict)  # answer text and tags, per language
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Variant:
    target: int
    terms: frozenset[str]
    joined: str
    weight: float  # sum of IDF over its terms


SET_SHARE = 1.0  # token_set_ratio forgives extra words (a short variant inside a long question); token_sort


def _similarity(question: str, variant: str) -> float:  # does not, which separates near-identical variants
    return (SET_SHARE * fuzz.token_set_ratio(question, variant)
            + (1 - SET_SHARE) * fuzz.token_sort_ratio(question, variant)) / 100


class _LanguageIndex:
    def __init__(self, lang: str, targets: Sequence[Target], synonyms: Iterable[Sequence[str]]) -> None:
        self.analyzer = Analyzer(lang, synonyms)
        postings: dict[str, dict[int, float]] = {}
        surface: dict[str, str] = {}
        raw_variants: list[tuple[int, list[str]]] = []
        for index, target in enumerate(targets):
            for text in target.variants.get(lang, ()):
                words = self.analyzer.words(text)
                terms = [self.analyzer.stem(w) for w in words]
                surface.update(zip(words, terms))
                raw_variants.append((index, terms))
                for term in terms:
                    postings.setdefault(term, {})[index] = 1.0
            for word in self.analyzer.words(target.extra.get(lang, "")):
                term = self.analyzer.stem(word)
                surface.setdefault(word, term)
                slot = postings.setdefault(term, {})
                slot[index] = max(slot.get(index, 0.0), ANSWER_FIELD_WEIGHT)
        count = max(len(targets), 1)
        self.unknown_idf = math.log((count + 1) / 0.5)
        self.idf = {term: math.log((count + 1) / (len(hits) + 0.5)) for term, hits in postings.items()}
        self.postings = postings
        self.vocabulary = list(surface)
        self.surface = surface
        self.variants = [
            _Variant(index, frozenset(terms), " ".join(terms), sum(self.idf[t] for t in set(terms)) or 1.0)
            for index, terms in raw_variants
        ]
        self.by_target: dict[int, list[_Variant]] = {}
        for variant in self.variants:
            self.by_target.setdefault(variant.target, []).append(variant)

    def query_terms(self, text: str) -> list[tuple[str, float, float]]:
        """(term, idf, confidence) per question word; unknown words are repaired or kept as unknown."""
        found = []
        for word in self.analyzer.words(text):
            term = self.analyzer.stem(word)
            if term in self.postings:
                found.append((term, self.idf[term], 1.0))
                continue
            repaired = None
            if len(word) >= 4 and self.vocabulary:
                repaired = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            if repaired is not None:
                term = self.surface[repaired[0]]
                found.append((term, self.idf[term], TYPO_FACTOR * repaired[1] / 100))
            else:
                found.append((term, self.unknown_idf, 0.0))
        return found


class FaqIndex:
    """Built once from the content; :meth:`match` is pure and safe to call from any thread."""

    def __init__(self, targets: Sequence[Target], synonyms: Iterable[Sequence[str]] = (),
                 thresholds: Thresholds = FAQ_THRESHOLDS) -> None:
        self.targets = list(targets)
        self.thresholds = thresholds
        groups = [tuple(g) for g in synonyms]
        self._langs = {lang: _LanguageIndex(lang, self.targets, groups) for lang in ("nl", "en")}

    def __len__(self) -> int:
        return len(self.targets)

    def ranked(self, text: str, lang: str, role: str | None = None) -> list[tuple[str, float]]:
        """Candidate ids with scores (0-100, role adjustments included), best first."""
        index = self._langs.get(lang, self._langs["nl"])
        query = index.query_terms(text)
        total = sum(idf for _, idf, _ in query)
        if not query or total <= 0:
            return []
        gathered: dict[int, float] = {}
        for term, idf, confidence in query:
            if confidence <= 0:
                continue
            for target, weight in index.postings.get(term, {}).items():
                gathered[target] = gathered.get(target, 0.0) + idf * confidence * weight
        if not gathered:
            return []
        shortlist = sorted(gathered.items(), key=lambda item: item[1], reverse=True)[:CANDIDATES]
        query_terms = {term: idf for term, idf, confidence in query if confidence > 0}
        joined = " ".join(term for term, _, _ in query)
        scored = []
        for target, mass in shortlist:
            best = 0.0
            for variant in index.by_target.get(target, ()):
                shared = sum(index.idf[t] for t in variant.terms if t in query_terms)
                similarity = _similarity(joined, variant.joined)
                best = max(best, 0.5 * shared / variant.weight + 0.5 * similarity)
            coverage = mass / total
            # a close variant counts only as far as the question's own words are explained: "vertel een mop"
            # shares one word with many variants, but "mop" is unknown, so it must not look like a match
            score = 100 * (W_COVERAGE * coverage + W_VARIANT * best * min(1.0, coverage / COVERAGE_FULL))
            scored.append((self.targets[target].id, score + self._role_adjustment(self.targets[target], role)))
        scored.sort(key=lambda item: item[1], reverse=True)
        return scored

    def match(self, text: str, lang: str, role: str | None = None) -> Match:
        ranked = self.ranked(text, lang, role)
        if not ranked:
            return Match.nothing()
        best_id, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        limits = self.thresholds
        if best >= limits.answer and (best - runner_up >= limits.margin or best >= limits.sure):
            return Match("answer", best_id, round(best, 1), tuple(i for i, _ in ranked[1:3]))
        close = tuple(i for i, score in ranked[:3] if score >= limits.suggest)
        if close:
            return Match("suggest", None, round(best, 1), close)
        return Match.nothing(round(best, 1))

    @staticmethod
    def _role_adjustment(target: Target, role: str | None) -> float:
        if not target.roles or role is None or role == "anders":
            return 0.0
        return ROLE_BONUS if role in target.roles else -ROLE_PENALTY
