"""Which FAQ entries are scored for a message: those sharing the most information with it.

Rare terms' postings are read first, and reading stops after ``GATHER_BUDGET`` postings once enough entries
are found, so a 10,000-entry FAQ stays fast; the commonest terms are read last, if at all. Where more entries
share the same evidence than are kept ("moet ik het melden of niet" shares its two terms with some 60 entries),
those whose question variants use the terms most often go first, not those that happen to come first in the FAQ.
"""

from __future__ import annotations

from bot.faq.language_index import COUNT_BITS, COUNT_MASK, LanguageIndex, QueryTerm

__all__ = ["GATHER_BUDGET", "TIE_ROOM", "gather"]

TIE_ROOM = 4  # at most this many times the wanted candidates, when many share the same evidence
GATHER_BUDGET = 4000  # postings read to find candidates; the commonest terms are read last, if at all


def gather(index: LanguageIndex, known: list[QueryTerm], wanted: int, answer_weight: float,
           weakest_word_slack: bool = True) -> list[int]:
    """The entries sharing the most information with the message, reading rare terms' postings first;
    ``answer_weight``: what a term found only in an entry's answer or tags counts, against 1 in its questions.
    ``weakest_word_slack``: an entry that lacks only the message's weakest word counts as tied at the cut (for a
    short question, where one word decides; a story keeps its exact ties only, as it gathers more entries anyway)."""
    gathered: dict[int, float] = {}
    used: dict[int, int] = {}  # how often the entry's question variants use the terms: breaks ties in the gain
    read = 0
    for q in sorted(known, key=lambda q: q.idf, reverse=True):
        in_variants, in_extra = index.postings(q.term)
        if read and read + len(in_variants) + len(in_extra) > GATHER_BUDGET and len(gathered) >= wanted:
            break
        read += len(in_variants) + len(in_extra)
        gain = q.idf * q.confidence * q.position
        asked = set()  # as in the score: a term in a question variant counts fully, one only in the answer less
        for posting in in_variants:
            target = posting >> COUNT_BITS
            asked.add(target)
            gathered[target] = gathered.get(target, 0.0) + gain
            used[target] = used.get(target, 0) + (posting & COUNT_MASK)
        for posting in in_extra:
            target = posting >> COUNT_BITS
            if target not in asked:
                gathered[target] = gathered.get(target, 0.0) + gain * answer_weight
    room = wanted * TIE_ROOM
    if len(gathered) > room:  # only those that can be among the best are ranked with their tie-breaker
        floor = sorted(gathered.values(), reverse=True)[room - 1]
        gathered = {target: gain for target, gain in gathered.items() if gain >= floor}
    best = sorted(gathered.items(), key=lambda item: (item[1], used.get(item[0], 0)), reverse=True)[:room]
    if len(best) <= wanted:
        return [target for target, _ in best]
    # entries tied with the last one kept are kept too: "wat is radicalisering" shares its one term with many, and
    # the definition is one. With ``weakest_word_slack`` an entry that lacks only the message's weakest word counts as
    # tied: "wat zijn signalen dat iemand radicaliseert" must not lose the entry on signals to fifteen that ask "wat"
    slack = min(q.idf * q.confidence * q.position for q in known) if weakest_word_slack else 0.0
    cut = best[wanted - 1][1] - slack
    return [target for target, gain in best if gain >= cut]
