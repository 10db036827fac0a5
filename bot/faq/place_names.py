"""A town named in a question, read as "the municipality": "waar meld ik zorgen in Den Bosch?" is matched as
"waar meld ik zorgen in gemeente?".

The FAQ answers for every municipality and its variants name none, so a town in a question was an unknown word that
sank the match: "wie is de contactpersoon radicalisering in gemeente" was answered at 98, "... in zwolle" only got
"did you mean" (27). A name counts only right after a word of place ("in", "bij", "uit", "te", "at", "near", "from"),
as a municipality, an alias ("Den Bosch") or a place or district of the CBS table that is no ordinary word; a
municipality whose name is an ordinary word too ("in huizen van jongeren", "in kampen in Syrië") only when written
with a capital. After "gemeente" or "municipality" the name is left out ("de gemeente Utrecht" → "de gemeente").
A fragment of a few words is typed like a search ("meldpunt radicalisering zoetermeer"): there a town that closes it
needs no word of place.
Only the FAQ match reads the changed text; the danger check and the escalation read what the user typed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from bot.escalation.spelling import normalise
from bot.faq.message import STORY_WORDS
from bot.faq.normalise import MUNICIPALITY
from bot.faq.words import is_known_word
from bot.languages import known

__all__ = ["PlaceNames"]

# every normalised name a place may be typed as, and those of them that name a municipality or an alias
Names = tuple[frozenset[str], frozenset[str]]

_TOKEN = re.compile(r"'?[^\W_]+(?:[-'\u2019][^\W_]+)*")
_BEFORE_A_PLACE = frozenset({"in", "te", "bij", "uit", "rond", "rondom", "regio", "omgeving", "at", "near", "from",
                             "around"})
_NAMED_ALREADY = frozenset(MUNICIPALITY.values())
_AFTER = _BEFORE_A_PLACE | _NAMED_ALREADY
# municipalities that are ordinary words as well (houses, mountains, wooden, neighbours, camps, a brook, goes, wells,
# pigeons, hair, axes, grave, the best...): read as a place only when capitalised
_ALSO_WORDS = frozenset({"best", "huizen", "bergen", "houten", "buren", "kampen", "beek", "goes", "putten", "duiven",
                         "haren", "assen", "grave", "weert", "sluis", "laren", "stein", "epe", "borne", "ede", "oss",
                         "uden", "tiel", "lisse", "heusden", "vaals", "westland", "waterland", "altena", "texel"})
# words that begin no place name: "in het casusoverleg", "at the meeting" need not read the names (~60 ms, once)
_NO_NAME = frozenset({"de", "het", "een", "mijn", "je", "jouw", "uw", "ons", "onze", "zijn", "haar", "hun", "dit",
                      "dat", "deze", "die", "welk", "welke", "wat", "elk", "elke", "ieder", "iedere", "overleg",
                      "geval", "principe", "gesprek", "the", "a", "an", "my", "your", "our", "his", "her", "their",
                      "this", "that", "these", "those", "which", "what", "any", "every", "some", "case", "school",
                      "general", "person"})
# ... except a name that begins with one of them, told by its next word: "in the hague" (the alias of Den Haag)
_NAMES_AFTER_AN_ARTICLE = frozenset({"hague"})
_LONGEST = 5  # words in the longest name looked for ("capelle aan den ijssel")
_FRAGMENT = 6  # words at most in a message typed like a search, where a town may close it without "in"
# a pronoun or an article makes a short message a sentence, not a search
_A_SENTENCE = _NO_NAME | frozenset({"ik", "jij", "we", "wij", "u", "hij", "zij", "ze", "i", "you", "he", "she", "they"})


class PlaceNames:
    """Reads the names on first use, from ``read`` (``MunicipalityIndex.place_keys``)."""

    def __init__(self, read: Callable[[], Names]) -> None:
        self._read = read

    def generalise(self, text: str, lang: str) -> str:
        """``text`` with every town after a word of place (or closing a search-like fragment) replaced by the word
        for municipality in ``lang``."""
        found = self._found(text)
        if not found:
            return text
        # in a story the town is where it happened, not what is asked: left out, so "municipality" pulls no entry
        word = "" if len(_TOKEN.findall(text)) > STORY_WORDS else MUNICIPALITY[known(lang)]
        parts, done = [], 0
        for start, end, after_the_word in found:
            parts += [text[done:start], "" if after_the_word else word]
            done = end
        return "".join(parts) + text[done:]

    def towns(self, text: str) -> tuple[str, ...]:
        """The towns ``text`` names as :meth:`generalise` reads them, as typed ("Sneek", "land van cuijk")."""
        return tuple(text[start:end] for start, end, _ in self._found(text))

    def _found(self, text: str) -> list[tuple[int, int, bool]]:
        """Where each town is (start, end) and whether it follows "gemeente" or "municipality"."""
        tokens = list(_TOKEN.finditer(text))
        places = [n for n in range(1, len(tokens)) if tokens[n - 1].group().casefold() in _AFTER
                  and (tokens[n].group().casefold() not in _NO_NAME
                       or (n + 1 < len(tokens) and tokens[n + 1].group().casefold() in _NAMES_AFTER_AN_ARTICLE))]
        ends = _fragment_end(tokens, places)
        if not places and not ends:
            return []
        keys, named = self._names
        found: list[tuple[int, int, bool]] = []
        done = 0
        for first in sorted(set(places) | set(ends)):
            if tokens[first].start() < done:
                continue
            for last in _lasts(first, len(tokens), first in places):
                span = text[tokens[first].start():tokens[last].end()]
                if _is_a_place(span, normalise(span), keys, named):
                    after_the_word = tokens[first - 1].group().casefold() in _NAMED_ALREADY
                    found.append((tokens[first].start(), tokens[last].end(), after_the_word))
                    done = tokens[last].end()
                    break
        return found

    @functools.cached_property
    def _names(self) -> Names:  # read twice at worst, by two first messages at once: the same names
        return self._read()


def _fragment_end(tokens: list[re.Match[str]], places: list[int]) -> list[int]:
    """Where a town may begin in a search-like fragment without a word of place before it: so that it ends the
    fragment ("meldpunt radicalisering land van cuijk"), never at its first word ("zwolle is mijn gemeente"). A
    fragment with a pronoun or an article is a sentence ("mag ik dit delen?"): its names are not read."""
    words = {token.group().casefold() for token in tokens}
    if not 2 <= len(tokens) <= _FRAGMENT or not words.isdisjoint(_A_SENTENCE):
        return []
    return [n for n in range(max(1, len(tokens) - _LONGEST), len(tokens)) if n not in places]


def _lasts(first: int, count: int, after_a_word_of_place: bool) -> range:
    """The last words a name beginning at ``first`` may end at, longest first; without a word of place before it,
    only the fragment's last word."""
    if after_a_word_of_place:
        return range(min(count, first + _LONGEST) - 1, first - 1, -1)
    return range(count - 1, count)


def _is_a_place(span: str, key: str, keys: frozenset[str], named: frozenset[str]) -> bool:
    if key in named:
        return key not in _ALSO_WORDS or span[:1].isupper()
    return key in keys and not all(is_known_word(word) for word in key.split())
