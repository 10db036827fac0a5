"""A typed message as the matcher reads it: which sentence asks the question, which words are names, and
whether a story describes a worry without asking anything.

    "Een leerling van mij kijkt filmpjes van IS. Zijn ouders weten van niets. Mag ik de ouders inlichten?"
      sentences  -> the last one asks (it ends in "?"): its words weigh 1, the story around it less
    "Een jongere laat me een foto zien van een wapen en zegt dat hij iets gaat doen. Wat nu?"
      the question is bare: the story is what it asks about, so every sentence weighs 1
    "Sinds de zomer is Ahmed erg veranderd en praat hij over ongelovigen en haat, ik maak me zorgen."
      no question, a worry  -> ``worry`` is true: the engine can offer the signalling guide
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.faq.normalise import fold

__all__ = ["Message", "asking_clauses", "read_message"]

CONTEXT_WEIGHT = 0.6  # a word in the story around the question, against 1 for a word in the question
STORY_WORDS = 15  # a message longer than this is a story
BARE_QUESTION_WORDS = 3  # an asking sentence this short ("Wat nu?", "Wat moet ik doen?") weighs the story fully

_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_QUESTION_START = frozenset(
    """wat wie waar wanneer welke welk waarom hoe hoeveel mag mogen moet moeten kan kun kunnen kunt is zijn
    heb hebben hebt heeft zou zouden ben bent wordt worden klopt weet weten bestaat geldt valt
    what who where when which why how may must can could should shall is are do does did am have has will
    would""".split())
# "op grond van welk artikel ...", "vanaf welke leeftijd ...", "under which article ...": a question word after a
# preposition (and "grond"/"basis" of "op grond van"), which a phone question without "?" starts with as often as with
# the question word itself
_PREPOSITION = frozenset("""op van vanaf in bij met aan tot sinds voor naar onder volgens over uit door om binnen
    na tegen grond basis under on in at with to for from since until by according about after within of""".split())
_WH = frozenset("""wat wie waar wanneer welke welk waarom hoe hoeveel
    what who whom whose where when which why how""".split())
_QUESTION_INSIDE = re.compile(
    r"\b(wat nu|wat moet ik|wat kan ik|wat doe ik|wat te doen|hoe moet ik|hoe ga ik|mag ik|moet ik|kan ik|"
    r"wie moet ik|waar moet ik|waar kan ik|wat mag ik|what now|what should i|what can i|can i|may i|should i|"
    r"do i|must i|who do i|where do i|where can i)\b")
# a clause without "?" that still asks: a verb before "ik"/"we" ("geef ik dat door"), or "mogen we", "can we" inside it
_ASKER = frozenset("ik wij we je jij u i".split())
_NOT_A_VERB = frozenset("""toen dat als omdat want maar en of nu dus daarom sinds terwijl zodat hoewel waardoor zoals
    die wat hier daar ook wel niet misschien echt gisteren vandaag soms vaak altijd nog net alleen zelf tenzij voordat
    nadat zodra totdat and but so then because if as since that though while which once until after before
    also only just still now sometimes often""".split())
_ASKING_WE = re.compile(r"\b(mogen we|moeten we|kunnen we|mogen wij|moeten wij|kunnen wij|can we|should we|do we|"
                        r"must we|may we|what are my|what is the next|wat is de volgende|hoe pakken|hoe ga)\b"
                        # a question word with the verb before "ik"/"we" ("bij wie meld ik", "waar begin ik"), not a
                        # statement with the verb after it ("de school waar ik werk")
                        r"|\b(wie|waar|hoe|wanneer|welke) \w+ (ik|we|wij)\b")
_CLAUSE_END = re.compile(r"[.?!,;]\s*|\n+")
# "... en mag ik ...?", "..., and does the school ...?": a second question joined to the first
_JOINED_QUESTION = re.compile(r"(?:,\s*|\s+)(?:en|and|of|or)\s+(?=(\w+))", re.IGNORECASE)
_JOINED_ALSO = re.compile(r"(?:,\s*|\s+)(?:en|and)\s+(?=(\w+))", re.IGNORECASE)  # not "of"/"or": an either-or
_SECOND_QUESTION_START = _QUESTION_START | frozenset(
    "hoor hoort krijg krijgt krijgen blijf blijft blijven word gaat ga gaan does do did can should will are".split())
_WORRY = re.compile(
    r"\b(zorg|zorgen|bezorgd|ongerust|radicali\w*|extremis\w*|extreem\w*|jihad\w*|haat\w*|complot\w*|"
    r"ongelovig\w*|nazi\w*|geweld\w*|verander\w*|vervreemd\w*|worried|worry|worrying|concern\w*|radicali[sz]\w*|"
    r"extremi\w*|hate\w*|violen\w*|changed|isolat\w*)\b")


@dataclass(frozen=True, slots=True)
class Message:
    parts: tuple[tuple[str, float], ...]  # (text of a sentence, the weight of its words)
    names: frozenset[str]  # folded words written with a capital inside a sentence: likely names
    words: int
    asks: bool  # some sentence asks something
    worry: bool  # a story that describes a worry and asks nothing

    @property
    def story(self) -> bool:
        return self.words > STORY_WORDS


def read_message(text: str) -> Message:
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    asking = [_asks(s) for s in sentences]
    names: set[str] = set()
    for sentence in sentences:
        tokens = _WORD.findall(sentence)
        names.update(fold(t) for t in tokens[1:] if t[:1].isupper() and not t.isupper())
    words = len(_WORD.findall(text))
    asks = any(asking)
    asked = sum(len(_WORD.findall(s)) for s, a in zip(sentences, asking) if a)
    if asks and len(sentences) > 1 and asked > BARE_QUESTION_WORDS:  # "Wat nu?" asks about the story itself
        parts = tuple((s, 1.0 if a else CONTEXT_WEIGHT) for s, a in zip(sentences, asking))
    else:
        parts = tuple((s, 1.0) for s in sentences)
    worry = (words > STORY_WORDS and not asks and not any(_asks_unmarked(c) for c in _CLAUSE_END.split(text))
             and _WORRY.search(fold(text)) is not None)
    return Message(parts, frozenset(names), words, asks, worry)


def _asks(sentence: str) -> bool:
    folded = fold(sentence)
    first = folded.split(" ", 1)[0] if folded else ""
    end = sentence.rstrip()[-1:]
    if end == "?" or _QUESTION_INSIDE.search(folded) is not None:
        return True
    return end not in (".", "!") and (first in _QUESTION_START  # "Zijn ouders weten het." states
                                       or _preposition_then_wh(folded.split()))


def _preposition_then_wh(words: list[str]) -> bool:
    """Whether the words open with prepositions and then a question word: "vanaf welke leeftijd", "op grond van welk
    artikel", "under which article". "op de school waar ik werk" does not: an article comes before "waar"."""
    for position, word in enumerate(words[:4]):
        if word in _WH:
            return position > 0
        if word not in _PREPOSITION:
            return False
    return False


def _asks_unmarked(clause: str) -> bool:
    """A clause typed as a question without its "?", as on a phone: "geef ik dat door aan de wijkagent of aan de
    gemeente", "is dat wel ok", "what are my next steps". It does not change how the words weigh (``_asks`` does);
    it only keeps such a story from reading as a worry that asks nothing."""
    words = fold(clause).split()
    if not words:
        return False
    joined = " ".join(words)
    return (words[0] in _QUESTION_START or _preposition_then_wh(words)
            or (len(words) > 1 and words[1] in _ASKER and words[0] not in _NOT_A_VERB)
            or _QUESTION_INSIDE.search(joined) is not None or _ASKING_WE.search(joined) is not None)


def asking_clauses(text: str, *, alternatives: bool = True) -> list[str]:
    """The parts of a message that each ask something: its asking sentences, and within a sentence the
    questions joined by "en" / "and" / "of" / "or" ("wie zitten er in het casusoverleg en hoor ik wat er
    besloten wordt?" asks two things). ``alternatives=False`` keeps "mag ik het mijn mentor vertellen of moet
    ik naar de directeur?" whole: an either-or is one question with two options, not a second question."""
    clauses = []
    joined = _JOINED_QUESTION if alternatives else _JOINED_ALSO
    for sentence in (s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()):
        start = 0
        for joint in joined.finditer(sentence):
            if joint.group(1).lower() in _SECOND_QUESTION_START:
                clauses.append(sentence[start:joint.start()])
                start = joint.end()
        clauses.append(sentence[start:])
    return [c for c in (c.strip(" ,") for c in clauses) if c and _asks(c)]
