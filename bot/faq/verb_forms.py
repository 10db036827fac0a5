"""Dutch verb forms read as their infinitive, so "wat als info is uitgelekt" finds the entry on leaks.

The Snowball stemmer strips endings, not the Dutch participle's "ge-" or a conjugation: "gedeeld", "deelt" and
"delen" are three terms to it, and "ingelicht" is not "inlichten" (which the synonyms read as "delen"). When a
message uses a form the FAQ never uses, its term counts for nothing, and the matcher
(:meth:`bot.faq.language_index.LanguageIndex.query_terms`) reads it as its infinitive instead. :func:`infinitive`
reads a word as a regular verb form:

    gedeeld -> delen, gemeld -> melden    ge- + stem + d/t (a long vowel is written double in a closed syllable)
    ingelicht -> inlichten                a separable prefix before ge-
    doorgegeven -> doorgeven              a strong participle after a separable prefix keeps -en
    verwijderd -> verwijderen             be-, er-, her-, ont-, ver-: no ge-
    meldt -> melden, belt -> bellen       the present (-t)

Of the infinitives a form may belong to (bel -> belen or bellen), the most frequent known Dutch word wins
(:func:`bot.faq.words.dutch_rank`), and only when it is not far rarer than the word itself: "buurt" is no form
of "buuren", "krant" none of "kranen"; :data:`NOT_VERB_FORMS` keeps common look-alikes apart ("gewond" is not
"wonen"). Past tenses ("deelde": "beste", "grote" and "ruimte" end alike) and irregular participles
("opgeslagen") are not read; the semantic signal reads those.

Reading the FAQ's own variants this way too (one term for every form) was tried: the decision model, trained on
the scores of the terms as they were, then answered 54 fewer of the tuning questions right and 52 more wrong.
Only the message's unknown forms are read, which moved right +4 and wrong +1 over 10,425 tuning questions.
"""

from __future__ import annotations

from functools import lru_cache

from bot.faq.words import dutch_rank

__all__ = ["NOT_VERB_FORMS", "infinitive"]

SEPARABLE = ("aan", "achter", "af", "bij", "binnen", "buiten", "door", "in", "los", "mee", "na", "neer", "om", "onder",
             "op", "over", "rond", "samen", "terug", "toe", "uit", "vast", "voor", "weg")
INSEPARABLE = ("be", "er", "her", "ont", "ver")
# Strong participles without a prefix whose infinitive is the word without ge- ("gegeven" -> "geven"); others
# ("geleden", "gevolgen", "gebouwen") are nouns and adverbs far more often than participles.
STRONG = frozenset("gegeven gelezen gelopen gekomen gehouden gelaten geroepen geladen gelachen gevangen gehangen "
                   "gedragen gevallen gewassen geslapen".split())
# Known words that read as a regular form of another known word, and are not.
NOT_VERB_FORMS = frozenset("""
    gewond gewonde sport gerust gezond gebied gebit geld gemeente gemiddeld geheel gezicht gericht gesprek gezin
    gedicht gewicht geduld geweld gesticht bericht verbod verband verstand verschil verhaal bestand bezit beleid
    bedrag verslag verlof verzet bekend verwant vaart uitvaart plant start kaart markt maart kerst haast schot
    voort gezakt gewist grant least blast draft
    """.split())
RARER = 4  # an infinitive this many times rarer (by rank) than the word itself does not count
_VOWELS = "aeiou"


def infinitive(word: str) -> str | None:
    """The infinitive ``word`` (folded, Dutch) is a regular form of, or None."""
    if len(word) < 5 or word in NOT_VERB_FORMS:
        return None
    return _reading(word)


@lru_cache(maxsize=65536)
def _reading(word: str) -> str | None:
    candidates = set(_candidates(word)) - {word}
    ranked = sorted((rank, c) for c in candidates if (rank := dutch_rank(c)) is not None)
    if not ranked:
        return None
    rank, best = ranked[0]
    own = dutch_rank(word)
    return best if own is None or rank <= RARER * own else None


def _candidates(word: str) -> list[str]:
    """The infinitives ``word`` may be a regular form of, known words or not."""
    found: list[str] = []
    for prefix in SEPARABLE:
        if word.startswith(prefix + "ge") and len(word) - len(prefix) > 5:
            participle = word[len(prefix):]
            if not participle.endswith("en") or participle in STRONG:  # aangeslagen is no form of "aanslagen"
                found += _of_participle(prefix, participle[2:])
    if word.startswith("ge") and len(word) >= 6:  # not "geeft", "gebed", "gehad"
        found += _of_participle("", word[2:]) if not word.endswith("en") or word in STRONG else []
        if word.endswith("t") and not word.endswith("tt"):
            found += _infinitives(word[:-1])  # gebruikt -> gebruiken
    elif word.startswith(INSEPARABLE) and word[-1] in "dt":
        prefix = next(p for p in INSEPARABLE if word.startswith(p))
        if len(word) - len(prefix) >= 4:  # bewaard -> bewaren; verwacht -> verwachten
            found += _infinitives(word[:-1]) + (_infinitives(word) if word[-2] != word[-1] else [])
    elif word.endswith("t") and not word.endswith("tt"):  # the present: meldt -> melden, deelt -> delen
        found += _infinitives(word[:-1])
    return found


def _of_participle(prefix: str, rest: str) -> list[str]:
    """Infinitives of a participle after its ge-: a strong one keeps -en (doorgegeven -> doorgeven), a weak one
    ends in d or t, which a stem ending in d or t does not double (gedeeld -> delen, gemeld -> melden)."""
    if rest.endswith("en"):
        return [prefix + rest]
    if rest[-1:] in ("d", "t") and len(rest) >= 3:
        return _infinitives(prefix + rest[:-1]) + _infinitives(prefix + rest)
    return []


def _infinitives(stem: str) -> list[str]:
    """Infinitives a verb stem may belong to: "deel" -> delen, "bel" -> bellen, "lees" -> lezen, "leef" -> leven."""
    if len(stem) < 2:
        return []
    found = [stem + "en"]
    last, before = stem[-1], stem[-2]
    if last not in _VOWELS and before in _VOWELS:
        if len(stem) > 2 and stem[-3] == before:  # a long vowel written double: deel -> delen, vraag -> vragen
            found.append(_voiced(stem[:-2] + last) + "en")
        else:  # a short vowel: the consonant doubles, bel -> bellen, leg -> leggen
            found.append(stem + last + "en")
            found.append(_voiced(stem) + "en")
    return found


def _voiced(stem: str) -> str:
    """Before -en an f is written v and an s z: leef -> leven, lees -> lezen (deel -> delen unchanged)."""
    return stem[:-1] + {"f": "v", "s": "z"}.get(stem[-1], stem[-1])
