"""From a typed question to the terms the matcher compares.

    "Mag ik dit doorvertellen aan de gemeente?"
      fold       -> "mag ik dit doorvertellen aan de gemeente"
      synonyms   -> "mag ik dit delen aan de gemeente"      (doorvertellen ~ delen, from faq/synonyms.yaml)
      stop words -> ["mag", "delen", "gemeente"]
      stem       -> ["mag", "del", "gemeent"]                (Snowball, Dutch or English)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import Stemmer

from bot.faq.verb_forms import infinitive

__all__ = ["Analyzer", "QUESTION_WORDS", "READ_LANGUAGES", "fold", "names_one_of"]

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Abbreviations that are an ordinary word in lower case: "IS" in capitals is the Islamic State, "is" the verb (a
# stop word); "OM" the Openbaar Ministerie, "om" the preposition. Read the capitals as the body, unless the whole
# message is typed in capitals ("WHAT IS PGA")
_CAPITALISED = {"IS": "isis", "OM": "openbaar ministerie"}
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(_CAPITALISED) + r")\b")
# As the first part of a compound the verb cannot stand: "is-filmpjes", "is-strijder" are the Islamic State in any
# case ("is-ie", spoken Dutch for "is hij", is the verb)
_IS_COMPOUND = re.compile(r"(?<![\w-])is-(?!ie\b)(?=[^\W\d_])", re.IGNORECASE)
# "wie zit het casusoverleg voor": the separable verb voorzitten (to chair), its "voor" closing the clause. With
# "voor" a stop word it read as "wie zitten er in het casusoverleg" (who takes part), on sixteen tuning questions.
# Read as "wie voorzitter"; Dutch only; "wie" must ask it and "voor" close the clause, so "wie zit er voor de
# gemeente in" and "waar zit dat voor" stay.
_CHAIRS = re.compile(r"\bwie\s+(?:zit|zitten|zat|zaten)\b(?=[^.?!,;:\n]{1,60}?\bvoor\s*(?:[.?!,;:\n]|$))",
                     re.IGNORECASE)

# English contractions are stop words too: fold drops the apostrophe ("haven't" -> "havent").
STOP_WORDS = {
    "nl": frozenset(
        """aan al alle alleen als ben bent bij da dan dat de deze die dit doe doen door dus een eens en er even
        ga gaan gaat geen had heb hebben hebt heeft het hier hij hoor hun iets ik in is je jij jou jouw ja kan
        kun kunnen kunt laat laten me meer men met mij mijn mn na naar niet nog nou nu of om ook op over
        s sommige t te toch tot u uit uw van veel voor want was wel werd wij wil willen word worden wordt
        ze zelf zich zij zijn zo zou zouden eigenlijk gewoon even ok oke hallo hoi beste graag dank
        iemand iets echt heel erg best hadden waren geweest gehad precies ongeveer trouwens eig gwn""".split()
    ),
    "en": frozenset(
        """a about am an and any are as at be been being but by can could did do does doing for from had has
        have having he her hi hello his i if in into is it its just me my of on or our please she so some
        than that the their them then there these they this those to too us very was we were will with
        would you your yours someone something really exactly actually basically anyway honestly literally
        dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent havent hasnt hadnt
        im ive youre youve hes shes weve theyre theyve whos whats thats theres heres lets""".split()
    ),
}

# Words that ask without saying about what: a message of these alone ("wat nu", "wat moet ik doen", "what
# should i do now") is too vague to match, however many entries start with "wat" or "what".
QUESTION_WORDS = {
    "nl": "wat hoe wie waar wanneer waarom welk welke moet moeten mag mogen kan nu dan doen we",  # "we": no stop word
    "en": "what how who where when why which should must may can now then do",
}

# The classic Snowball Dutch stemmer: the newer "dutch" strips "ge-" and merges gegevens with geven.
_STEMMERS = {"nl": "dutch_porter", "en": "english"}
# the word a town named in a question is read as (bot.faq.place_names)
MUNICIPALITY = {"nl": "gemeente", "en": "municipality"}
# Verb forms read as their infinitive where the FAQ never uses the form (bot/faq/verb_forms.py): Dutch only.
_VERB_FORMS = {"nl": infinitive}
READ_LANGUAGES = frozenset(_STEMMERS)  # the languages an Analyzer can read (stop words and a stemmer)


_ASKING = frozenset("wat hoe wie waar what how who where".split())  # "wat IS de pga": the verb, stressed


def _abbreviations(text: str) -> str:
    if "-" in text:
        text = _IS_COMPOUND.sub("isis ", text)
    if not any(word in text for word in _CAPITALISED):
        return text
    if sum(ch.isupper() for ch in text) * 2 > sum(ch.isalpha() for ch in text):  # typed in capitals
        return text
    return _ABBREVIATION.sub(_unless_asked, text)


def _unless_asked(found: re.Match[str]) -> str:
    before = found.string[:found.start()].split()
    word = found.group()
    return word if word == "IS" and before and before[-1].lower() in _ASKING else _CAPITALISED[word]


def fold(text: str) -> str:
    """Lowercase, strip accents, keep letters and digits: "Zorg- en Veiligheidshuis!" -> "zorg en veiligheidshuis"."""
    plain = text.casefold()
    if not plain.isascii():  # most text is plain ASCII, and this is the slow part
        decomposed = unicodedata.normalize("NFKD", plain)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", plain.replace("'", "")).strip()


class Analyzer:
    """Turns text in one language into stemmed, synonym-merged terms. Built once per index."""

    def __init__(self, lang: str, synonym_groups: Iterable[Sequence[str]] = ()) -> None:
        self.lang = lang
        self.stop_words = STOP_WORDS[lang]
        self.infinitive: Callable[[str], str | None] | None = _VERB_FORMS.get(lang)
        algorithm = _STEMMERS[lang] if _STEMMERS[lang] in Stemmer.algorithms() else "dutch"
        self._stemmer = Stemmer.Stemmer(algorithm)
        self._phrases: dict[str, str] = {}
        self._word_canon: dict[str, str] = {}
        self._members: list[str] = []
        for group in synonym_groups:
            canonical = fold(group[0]).replace(" ", "")
            for member in group:
                folded = fold(member)
                self._members.append(folded.replace(" ", ""))
                if " " in folded:
                    self._phrases[folded] = canonical
                else:
                    self._word_canon[self._stem_raw(folded)] = self._stem_raw(canonical)
        ordered = sorted(self._phrases, key=len, reverse=True)
        self._phrase_re = re.compile(r"\b(" + "|".join(map(re.escape, ordered)) + r")\b") if ordered else None
        self.stem = lru_cache(maxsize=65536)(self._stem)

    def joined(self, text: str) -> str:
        """Folded text with multi-word synonyms joined into their group's word ("youth worker" -> "jongerenwerker")."""
        if self.lang == "nl" and "voor" in text:
            text = _CHAIRS.sub("wie voorzitter", text)
        folded = fold(_abbreviations(text))
        if self._phrase_re is not None:
            folded = self._phrase_re.sub(lambda m: self._phrases[m.group(1)], folded)
        return folded

    def words(self, text: str) -> list[str]:
        """Folded words with multi-word synonyms joined and stop words removed (not stemmed)."""
        return self.without_stop_words(self.joined(text).split())

    def without_stop_words(self, words: list[str]) -> list[str]:
        return [w for w in words if w not in self.stop_words]

    def surface_of(self, terms: Iterable[str]) -> list[tuple[str, str]]:
        """The synonym-group words (folded, one word) that stem to one of ``terms``, with that term."""
        wanted = set(terms)
        return [(word, term) for word, term in ((w, self.stem(w)) for w in self._members) if term in wanted]

    def terms(self, text: str) -> list[str]:
        return [self.stem(w) for w in self.words(text)]

    def _stem_raw(self, word: str) -> str:
        stem = str(self._stemmer.stemWord(word))
        # Snowball leaves "herkennen" as "herkenn" but "herkenen" (a typo) as "herken": undouble the end
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            stem = stem[:-1]
        return stem

    def _stem(self, word: str) -> str:
        stem = self._stem_raw(word)
        return self._word_canon.get(stem, stem)


COMPOUND_START, COMPOUND_INSIDE = 4, 6  # a named term this long counts at the start of a compound, or inside it


@lru_cache(maxsize=1 << 16)  # pure, and asked for every term of every message against the same few sets
def names_one_of(term: str, named: frozenset[str]) -> bool:
    """Whether a message's term names one of ``named`` (terms as :meth:`Analyzer.terms` makes them): "nazigroet"
    names "nazi", "rechtsextremist" names "extremist", "onderhuurder" names "huurder". Compounds count, a short
    term only as the start of one, so "crisis" does not name "isis"."""
    if term in named:
        return True
    return any(term.startswith(word) if len(word) < COMPOUND_INSIDE else word in term
               for word in named if len(word) >= COMPOUND_START)
