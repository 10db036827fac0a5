"""One language's half of the FAQ index: postings, IDF, variants and the typo index, kept compact.

Postings are sorted ``array('i')``, one for entries whose question variants use a term and one for
entries that use it in their answer or tags. Each value holds an entry number and how often the entry
uses the term (``entry << COUNT_BITS | count``, for the story score, :mod:`bot.faq.story_score`), so the
counts cost no extra objects; each entry's length in terms is kept per field. A 10,000-entry FAQ with a
vocabulary that grows with it stays under 100 MB (see bench/faq_bench.py).
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from hashlib import blake2b
from typing import Any, NamedTuple

from bot.faq.direction import NO_DIRECTION, Direction, DirectionReader
from bot.faq.message import Message
from bot.faq.normalise import QUESTION_WORDS, Analyzer
from bot.faq.typos import TypoIndex
from bot.faq.words import is_known_word

__all__ = ["COUNT_BITS", "COUNT_MASK", "LanguageIndex", "QueryTerm", "Target", "Uses", "Variant"]

NAME_IDF = 0.5  # a name (a capital inside a sentence) or a short unknown word ("ipv", "lln") weighs this little
ABBREVIATION_LENGTH = 4
KNOWN_WORD_SHARE = 1.0  # a real word the FAQ never uses weighs this share of an unseen term's IDF


@dataclass(frozen=True)
class Target:
    """Something a question can match: a FAQ entry or a flow trigger."""

    id: str
    variants: Mapping[str, Sequence[str]]  # per language
    extra: Mapping[str, str] = field(default_factory=dict)  # answer text and tags, per language
    roles: tuple[str, ...] = ()
    needs_subject: bool = False  # no candidate for a message that names nothing of the subject
    needs_one_of: tuple[str, ...] = ()  # no candidate for a message that names none of these words


class Variant(NamedTuple):  # a named tuple, not a dataclass: 3,000 of them read back from the cache 3x faster
    terms: tuple[str, ...]  # its distinct terms, in order
    joined: str  # all its terms, for the token-set similarity
    weight: float  # sum of IDF over its distinct terms
    direction: Direction = NO_DIRECTION  # who gives information to whom, where the variant says so


@dataclass(frozen=True, slots=True)
class QueryTerm:
    term: str
    idf: float  # how much information the word carries
    confidence: float  # 1 for a FAQ term, the similarity for a repaired typo, 0 for an unknown word
    position: float  # 1 in the sentence that asks, less in the story around it


COUNT_BITS = 8  # a posting is entry << COUNT_BITS | how often the entry uses the term (at most 255)
COUNT_MASK = (1 << COUNT_BITS) - 1  # a posting's count: posting & COUNT_MASK
SCAN_PER_WANTED = 4  # read a term's postings through when they are at most this many per entry looked for
Uses = tuple[dict[int, int], dict[int, int]]  # entry -> count, in question variants and in answers and tags


def _add(postings: dict[str, array], term: str, index: int) -> None:
    slot = postings.get(term)
    if slot is None:
        postings[term] = array("i", (index << COUNT_BITS | 1,))
    elif slot[-1] >> COUNT_BITS != index:
        slot.append(index << COUNT_BITS | 1)
    elif slot[-1] & COUNT_MASK < COUNT_MASK:  # BM25 saturates long before
        slot[-1] += 1


def _terms_key(terms: Iterable[str]) -> int:
    """A stable 64-bit key (Python's own string hash changes per process, and the index is read back from disk)."""
    return int.from_bytes(blake2b(" ".join(sorted(set(terms))).encode(), digest_size=8).digest(), "little")


def _using(postings: array | None, wanted: set[int]) -> dict[int, int]:
    """The entries of ``wanted`` in these postings, with their counts: a short list is read through, a long
    one (a common word) searched per entry."""
    if postings is None:
        return {}
    if len(postings) <= SCAN_PER_WANTED * len(wanted):
        found = {}
        for posting in postings:
            target = posting >> COUNT_BITS
            if target in wanted:
                found[target] = posting & COUNT_MASK
        return found
    counts = ((target, count_in(postings, target)) for target in wanted)
    return {target: count for target, count in counts if count}


def count_in(postings: array, index: int) -> int:
    """How often entry ``index`` uses the term whose postings these are (0: not at all)."""
    at = bisect_left(postings, index << COUNT_BITS)
    return postings[at] & COUNT_MASK if at < len(postings) and postings[at] >> COUNT_BITS == index else 0


class LanguageIndex:
    def __init__(self, lang: str, targets: Sequence[Target], synonyms: Iterable[Sequence[str]],
                 subject: Iterable[str] = (), parties: Iterable[Sequence[str]] = ()) -> None:
        self._readers = (lang, tuple(tuple(g) for g in synonyms), tuple(tuple(p) for p in parties))
        self.analyzer = Analyzer(lang, self._readers[1])
        self.direction = DirectionReader(self.analyzer, self._readers[2])
        # the terms that show a message is about the help desk's subject (faq/synonyms.yaml, ``subject:``)
        self.subject_terms = frozenset(term for phrase in subject for term in self.analyzer.terms(phrase))
        self.question_terms = frozenset(self.analyzer.terms(QUESTION_WORDS.get(lang, "")))
        # per entry with ``needs_one_of``: the terms of which a message must name one (as the subject's are named)
        self.needed = {index: frozenset(term for word in target.needs_one_of for term in self.analyzer.terms(word))
                       for index, target in enumerate(targets) if target.needs_one_of}
        in_variants: dict[str, array] = {}
        in_extra: dict[str, array] = {}
        self.variants_length = array("I")  # per entry: terms in all its question variants
        self.extra_length = array("I")  # per entry: terms in its answer and tags
        surface: dict[str, str] = {}
        variant_terms: list[list[list[str]]] = []
        directions: list[list[Direction]] = []
        for index, target in enumerate(targets):
            own: list[list[str]] = []
            own_directions: list[Direction] = []
            for text in target.variants.get(lang, ()):
                every = self.analyzer.joined(text).split()  # folded once, for the direction and the terms
                own_directions.append(self.direction.read_words(every))
                words = self.analyzer.without_stop_words(every)
                terms = [self.analyzer.stem(w) for w in words]
                surface.update(zip(words, terms))
                own.append(terms)
                for term in terms:
                    _add(in_variants, term, index)
            variant_terms.append(own)
            directions.append(own_directions)
            self.variants_length.append(sum(len(terms) for terms in own))
            extra_words = self.analyzer.words(target.extra.get(lang, ""))
            for word in extra_words:
                term = self.analyzer.stem(word)
                surface.setdefault(word, term)
                _add(in_extra, term, index)
            self.extra_length.append(len(extra_words))
        count = max(len(targets), 1)
        idf = {}
        for term in in_variants.keys() | in_extra.keys():
            hits = {p >> COUNT_BITS for postings in (in_variants.get(term, ()), in_extra.get(term, ())) for p in postings}
            idf[term] = math.log((count + 1) / (len(hits) + 0.5))
        self.idf = idf
        self.in_variants = in_variants
        self.in_extra = in_extra
        self.max_idf = max(idf.values(), default=1.0)
        self.mean_variants_length = max(sum(self.variants_length) / count, 1.0)
        self.mean_extra_length = max(sum(self.extra_length) / count, 1.0)
        self.unseen_idf = math.log((count + 1) / 0.5)
        self.surface = surface
        self.typos = TypoIndex(surface)
        self._exact: dict[int, int] = {}  # hash of a variant's sorted distinct terms -> the first entry asking so
        for index, own in enumerate(variant_terms):
            for terms in own:
                self._exact.setdefault(_terms_key(terms), index)
        self.variants: list[tuple[Variant, ...]] = [
            tuple(Variant(tuple(dict.fromkeys(terms)), " ".join(terms), sum(idf[t] for t in set(terms)) or 1.0, direction)
                  for terms, direction in zip(own, own_directions))
            for own, own_directions in zip(variant_terms, directions)
        ]

    def __getstate__(self) -> dict[str, object]:
        """For :mod:`bot.faq.remembered_index`: everything but the analyzer and the direction reader (a stemmer
        cannot be pickled), which are made again from the language, synonyms and parties."""
        return {name: value for name, value in self.__dict__.items() if name not in ("analyzer", "direction")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        lang, synonyms, parties = self._readers
        self.analyzer = Analyzer(lang, synonyms)
        self.direction = DirectionReader(self.analyzer, parties)

    def verb_term(self, word: str) -> str | None:
        """The FAQ's term for the infinitive of a Dutch verb form the FAQ never uses ("uitgelekt" -> the term of
        "uitlekken", see :mod:`bot.faq.verb_forms`), or None."""
        if self.analyzer.infinitive is None:
            return None
        verb = self.analyzer.infinitive(word)
        term = None if verb is None else self.analyzer.stem(verb)
        return term if term is not None and term in self.idf else None

    def repaired_word(self, word: str) -> str | None:
        """The vocabulary word a misspelt word stands for ("wijkagnet" -> "wijkagent"), or None for a word of
        the vocabulary, a known Dutch or English word, or no close match."""
        if word in self.surface:
            return None
        repaired = self.typos.repair(word)
        return None if repaired is None else repaired[0]

    def asked_exactly(self, terms: Sequence[str]) -> list[int]:
        """The entry with a question variant of exactly these distinct terms, if any (a hash collision only
        adds a candidate, which is then scored like any other)."""
        found = self._exact.get(_terms_key(terms))
        return [] if found is None else [found]

    def counts(self, term: str, index: int) -> tuple[int, int]:
        """How often entry ``index`` uses ``term`` in its question variants, and in its answer and tags."""
        variants, extra = self.in_variants.get(term), self.in_extra.get(term)
        return (count_in(variants, index) if variants is not None else 0,
                count_in(extra, index) if extra is not None else 0)

    def uses(self, terms: Iterable[str], targets: Iterable[int]) -> dict[str, Uses]:
        """For each term, which of ``targets`` use it and how often: in their question variants, and in their
        answers and tags. Worked out once per message, so scoring its candidates does not search every term's
        postings again per entry (at 10,000 entries that search was a fifth of a story's time)."""
        wanted = set(targets)
        return {term: (_using(self.in_variants.get(term), wanted), _using(self.in_extra.get(term), wanted))
                for term in terms}

    def postings(self, term: str) -> tuple[array, array]:
        """The term's postings (``entry << COUNT_BITS | count``) in question variants, and in answers and tags."""
        empty = array("i")
        return self.in_variants.get(term, empty), self.in_extra.get(term, empty)

    def query_terms(self, message: Message) -> list[QueryTerm]:
        """One :class:`QueryTerm` per distinct term, at the highest position weight it was seen with."""
        found: dict[str, QueryTerm] = {}
        for sentence, position in message.parts:
            for word in self.analyzer.words(sentence):
                term = self.analyzer.stem(word)
                if term in self.idf:
                    query = QueryTerm(term, self.idf[term], 1.0, position)
                elif (verb := self.verb_term(word)) is not None:
                    term, query = verb, QueryTerm(verb, self.idf[verb], 1.0, position)
                else:
                    repaired = self.typos.repair(word)
                    if repaired is not None:
                        term = self.surface[repaired[0]]
                        query = QueryTerm(term, self.idf[term], repaired[1], position)
                    elif word not in message.names and (len(word) > ABBREVIATION_LENGTH or is_known_word(word)):
                        query = QueryTerm(term, KNOWN_WORD_SHARE * self.unseen_idf, 0.0, position)
                    else:
                        query = QueryTerm(term, NAME_IDF, 0.0, position)
                seen = found.get(term)
                if seen is None or seen.position < query.position:
                    found[term] = query
        return list(found.values())
