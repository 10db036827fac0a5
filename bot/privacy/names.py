"""Names of people in free text, and words that might be one ("doubt").

A name is found

1. after a cue such as "heet", "genaamd", "naam:", "his name is" (any capitalised words);
2. as a run of capitalised words, with tussenvoegsels between them (van, de, van der, ter, el, bin ...), that
   holds a known first name or surname, follows a word such as "meneer", "zijn broer" or "juf", has a
   tussenvoegsel inside ("van Dijk"), or has two or more capitalised words that are not at a sentence start;
3. as a lowercase word that is a known first name and no ordinary word ("ik sprak met mohammed").

Never a name: places (CBS woonplaatsen and municipalities), organisations, countries, religions, days and the
other words in ``data/not_names.txt``; a sentence's first word unless it is a first name that is no ordinary
word; words written in capitals (ISIS, LSE). A single unknown capitalised word inside a sentence is a doubt:
the user is asked whether it identifies someone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.privacy.findings import DOUBT, Finding
from bot.privacy.lexicon import Lexicon

__all__ = ["find_names"]

_TOKEN = re.compile(r"[^\W\d_]+")
_PARTICLES = frozenset("van de der den ter ten te t el al bin ben abu ibn da di du le la von vd".split())
_CAP_PARTICLES = frozenset({"van", "de", "ter", "ten", "el", "al", "abu", "ben", "bin", "den", "der"})
_JOINERS = frozenset({" ", "-", "'", "’", " '", " ’"})  # what may stand between two words of a name
_TITLES = frozenset("""meneer mevrouw mevr mw dhr heer juf juffrouw meester mr mrs ms miss familie family
    broer broertje zus zusje neef nicht vriend vriendin vriendje vriendinnetje klasgenoot klasgenote zoon dochter
    vader moeder oom tante opa oma stiefvader stiefmoeder leerling student cliënt client jongen meisje jongeman
    buurjongen buurmeisje brother sister friend cousin son daughter uncle aunt pupil boy girl called named
    collega mentor docent leraar coach trainer""".split())
_PUBLIC = frozenset("""profeet prophet koning king koningin queen president premier minister paus pope rapper
    zanger zangeres influencer youtuber streamer generaal general sjeik sheikh""".split())
# The writer's own name under a closing ("Groet, Anna") is not someone else's personal data.
_SIGNATURE = re.compile(r"(?i:groet(?:en|jes)?|met vriendelijke groet|mvg|gr|regards|best|cheers|thanks|bedankt"
                        r"|dank je wel)[,.!]?[ \t]*\n?[ \t]*$")
_ARTICLES = frozenset("de het een the a an".split())
_PLACE_WORDS = frozenset("in uit te naar bij from to near".split())
_START_SKIP = " \t\"'“”‘’«»(*•–-"
_SENTENCE_END = ".!?:;…\n"
_LOWER_MIN = 4  # a lowercase first name must be at least this long ("sem", "bo" are too often something else)
_MAX_WORDS = 6

_NAME_CUE = re.compile(r"""\b(?: (?:voor|achter|roep|bij)?naam\s*: | (?:first\s+|last\s+|nick|sur)?name\s*:
    | (?: heet|heette|heten|genaamd|noemt\s+zich(?:zelf)?|calls\s+(?:himself|herself|themselves)|named
        | bijnaam(?:\s+is)?|(?:voor|achter|roep)?naam\s+is
        | (?:is|was|are|were|be|being)\s+called|(?:first\s+|last\s+|nick|sur)?name\s+is )\b )
    (?:(?<=:)\s*|[ \t]*)[\"'“‘«]?""", re.I | re.X)
_NAME_WORD = re.compile(r"(?:[^\W\d_]\.){1,3}|[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NAME_GAP = re.compile(r"[ \t]+")
_CUE_PARTICLES = frozenset("van de der den het ter ten te el al bin ben abu".split())
_MAX_CUED_WORDS = 4


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    low: str
    cap: bool  # starts with a capital and is not all capitals
    first: bool  # first word of a sentence


def find_names(text: str, lexicon: Lexicon) -> list[Finding]:
    words = _words(text)
    blocked = _blocked(text, words, lexicon)
    found = list(_cued(text))
    run: list[int] = []
    for i, word in enumerate(words):
        usable = i not in blocked and (word.cap or word.low in _PARTICLES)
        if run:
            if usable and len(run) < _MAX_WORDS and _joined(text, words[run[-1]], word):
                run.append(i)
                continue
            found += _judge(text, words, run, lexicon)
            run = []
        if usable:
            run.append(i)
        elif i not in blocked and _lower_name(word, words, i, lexicon):
            found.append(Finding("name", word.start, word.end, word.text))
    if run:
        found += _judge(text, words, run, lexicon)
    return found


def _joined(text: str, a: _Word, b: _Word) -> bool:
    gap = text[a.end:b.start]
    return gap in _JOINERS or (gap == ". " and len(a.text) == 1 and a.cap)  # "J. de Vries"


def _words(text: str) -> list[_Word]:
    found = []
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        cap = token[0].isupper() and (len(token) == 1 or not token.isupper())
        found.append(_Word(m.start(), m.end(), token, token.casefold(), cap, _starts_sentence(text, m.start())))
    return found


def _starts_sentence(text: str, pos: int) -> bool:
    while pos > 0 and text[pos - 1] in _START_SKIP:
        pos -= 1
    return pos == 0 or text[pos - 1] in _SENTENCE_END


def _blocked(text: str, words: list[_Word], lexicon: Lexicon) -> set[int]:
    """Indexes of words inside a place, organisation or other phrase that is never a name."""
    blocked: set[int] = set()
    i = 0
    while i < len(words):
        size = _phrase_at(text, words, i, lexicon)
        if size == 0 and words[i].low in lexicon.first_names and i > 0 and words[i - 1].low in _PLACE_WORDS:
            size = 1 if (words[i].low,) in _PLACE_NAMES_TOO else 0
        blocked.update(range(i, i + size))
        i += max(size, 1)
    return blocked


_PLACE_NAMES_TOO = frozenset({("axel",), ("bergen",), ("erica",), ("heide",), ("horst",), ("lies",), ("linde",)})


def _phrase_at(text: str, words: list[_Word], i: int, lexicon: Lexicon) -> int:
    for size in range(min(lexicon.longest, len(words) - i), 0, -1):
        key = tuple(w.low for w in words[i:i + size])
        if key in lexicon.phrases and all(_close(text, words[j], words[j + 1]) for j in range(i, i + size - 1)):
            return size
    return 0


def _close(text: str, a: _Word, b: _Word) -> bool:
    return len(text[a.end:b.start]) <= 3 and all(c in " -'’.,&" for c in text[a.end:b.start])


def _judge(text: str, words: list[_Word], run: list[int], lexicon: Lexicon) -> Iterator[Finding]:
    while run and not words[run[-1]].cap:
        run = run[:-1]  # "Lisa de" → "Lisa"
    if not run:
        return
    head = words[run[0]]
    if head.first and head.cap and not _certain_first(head, lexicon) and head.low not in lexicon.surnames:
        if not (head.low in _CAP_PARTICLES and len(run) > 1):
            yield from _judge(text, words, run[1:], lexicon)  # "Gisteren Lisa" → "Lisa"
            return
    before = words[run[0] - 1].low if run[0] > 0 else ""
    if before in _PUBLIC or _SIGNATURE.search(text, max(0, head.start - 40), head.start):
        return
    caps = [words[i] for i in run if words[i].cap]
    known = any(_certain_first(w, lexicon) or (w.low in lexicon.first_names and not w.first) for w in caps)
    surname = any(w.low in lexicon.surnames and not (w.first and w.low in lexicon.word_names) for w in caps)
    lead = [i for i in run[:run.index(next(i for i in run if words[i].cap))]]  # lowercase particles before
    if any(w.low == "het" for w in caps):
        return  # "Het Baken", "van Het Nieuwe Lyceum": a school or another institution
    if lead and before not in _TITLES and words[lead[0]].low in _ARTICLES:
        return  # "de Grijze Wolven", "de Action", "de Aryan Brotherhood": a thing, not a person
    if known:
        run = run[len(lead):]  # "van Lisa" → "Lisa"
    elif lead and not (caps[0].low in lexicon.surnames or before in _TITLES):
        run, before = run[len(lead):], words[lead[-1]].low  # "van Voorpost": judged without "van"
    start, end = words[run[0]].start, words[run[-1]].end
    if known or surname or before in _TITLES:
        yield Finding("name", start, end, text[start:end])
    elif before not in _ARTICLES and not all(w.first for w in caps) and len(caps[-1].text) > 1:
        yield Finding(DOUBT, start, end, text[start:end])  # "Krasniqi", "Identitair Verzet": ask


def _certain_first(word: _Word, lexicon: Lexicon) -> bool:
    return word.low in lexicon.first_names and word.low not in lexicon.word_names


def _lower_name(word: _Word, words: list[_Word], i: int, lexicon: Lexicon) -> bool:
    return (len(word.low) >= _LOWER_MIN and word.text.islower() and word.low in lexicon.first_names
            and word.low not in lexicon.dictionary_names
            and not (i > 0 and words[i - 1].low in _PUBLIC))


def _cued(text: str) -> Iterator[Finding]:
    for cue in _NAME_CUE.finditer(text):
        end = _cued_end(text, cue.end())
        if end is not None:
            yield Finding("name", cue.end(), end, text[cue.end():end])


def _cued_end(text: str, pos: int) -> int | None:
    """End of the name starting at ``pos``: capitalised words and initials, with lowercase particles between."""
    end: int | None = None
    words = 0
    while words < _MAX_CUED_WORDS and (token := _NAME_WORD.match(text, pos)) is not None:
        if token[0][0].isupper():
            words, end = words + 1, token.end()
        elif end is None or token[0] not in _CUE_PARTICLES:
            break
        if (gap := _NAME_GAP.match(text, token.end())) is None:
            break
        pos = gap.end()
    return end
