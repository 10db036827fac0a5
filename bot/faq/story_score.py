"""How well a story covers an entry: BM25F over the entry's question variants and its answer and tags.

A story of two to four sentences names many things besides its question ("ik ben mentor in het vmbo ...
mag ik ..."), so a score that asks how much of the *message* an entry explains falls with every extra
word. BM25 asks the other way round: each message term adds its weight, saturating with how often the
entry uses it (``K1``) and normalised for how long the entry's fields are (``B``), so a story scores as
high as the evidence in it, however long it is. It reads the message with the matcher's own analyzer
(stems, synonyms, repaired typos) and position weights (the asking sentence counts more than the story
around it):

    bm25(entry) = sum over message terms t of  w(t) * idf(t) * f / (K1 + f)
    f = tf_variants(t) / norm_variants + EXTRA_WEIGHT * tf_extra(t) / norm_extra
    norm_field = 1 - B + B * length_field(entry) / mean length_field

The matcher maps it onto 0-100 with ``100 * bm25 / (bm25 + HALF)`` and blends it with its own story
score (:mod:`bot.faq.matcher`). Parameters chosen on bench/judged/dev.yaml only: K1 2-3, HALF 2-5 and
EXTRA_WEIGHT 0.1-0.35 all gave about the same; blend weights from 0.2 to 0.7 each raised the stories
answered right within the limits from 20 to 28-33 of 92.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.faq.language_index import LanguageIndex, QueryTerm, Uses

__all__ = ["bm25", "scaled"]

K1 = 3.0  # a term used in many of an entry's variants counts more, saturating slowly
B = 0.75  # how much a long entry (many variants, a long answer) is marked down
EXTRA_WEIGHT = 0.2  # a use in the answer or tags, against one in a question variant
HALF = 4.0  # the BM25 score that maps onto 50 of 100


def bm25(index: LanguageIndex, target: int, known: Sequence[QueryTerm], uses: Mapping[str, Uses]) -> float:
    """The BM25F score of entry ``target`` for the message terms the FAQ knows (confidence > 0); ``uses``: the
    message's :meth:`LanguageIndex.uses` table for its candidates."""
    norm_variants = 1 - B + B * index.variants_length[target] / index.mean_variants_length
    norm_extra = 1 - B + B * index.extra_length[target] / index.mean_extra_length
    score = 0.0
    for q in known:
        in_variants, in_extra = uses[q.term][0].get(target, 0), uses[q.term][1].get(target, 0)
        if in_variants or in_extra:
            f = in_variants / norm_variants + EXTRA_WEIGHT * in_extra / norm_extra
            score += q.idf * q.confidence * q.position * f / (K1 + f)
    return score


def scaled(score: float) -> float:
    """A BM25 score on the matcher's 0-100 scale: ``HALF`` maps onto 50, and more saturates towards 100."""
    return 100 * score / (score + HALF) if score > 0 else 0.0
