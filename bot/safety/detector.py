"""Does a typed message describe acute danger? A pure check over the vocabulary in ``faq/danger.yaml``.

A message is folded (lowercase, no accents) and split into words. Each word is compared with the vocabulary:
exactly, by ``*`` pattern, or, for words of five letters or more, allowing one typo (two from ten letters)
after the first letter.
Phrases match their words in order with at most two words in between, within one sentence. A match right after
a negation word ("geen direct gevaar") does not count. The message is urgent when it holds a word from every group
of one ``urgent_when`` line; or of one ``urgent_unless_denied`` line while the writer does not say there is no
danger ("niks concreets"); or of one ``urgent_unless_calm`` line while no denial and no calm phrase (a
knowledge question, a past event, the news) is present; when one is, or when the writer says the person is in
custody and everyone is safe (``settled``, which holds back even ``urgent_when``), a sentence that is urgent on
its own, with no calm phrase after it, still is ("mag ik dit delen? hij zegt dat hij zijn docent gaat
vermoorden"), and so does a clause after "maar" or a turn to the present ("en nu", "and tonight") that follows a
denial ("niks concreets, maar nu staat er een man met een mes in de gang"). A day named as past ("afgelopen
vrijdag", "last friday", "vrijdag 12 mei jl.") is no time to come: that word counts for no group; so do the few words right after "een film over", "a debate about" (what
the film or debate is about, not a danger happening), and the words of a denial ("de politie heeft hem
meegenomen" carries nothing). A message the rules let pass is read once more by meaning
(:mod:`bot.safety.meaning`), which can only add an emergency; such an alarm by meaning alone is held back when a
later clause undoes the danger it heard ("... poured it away, now dancing": :mod:`bot.safety.undone`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.safety.meaning import MIN_WORDS, DangerMeaning
from bot.safety.rules import DangerRules, DangerVerdict, Phrase, WordPattern

__all__ = ["EMOJI", "DangerCheck", "fold", "words"]

MAX_GAP = 2  # words allowed between the words of a phrase
WIDE_GAP = 6  # ... and before a word written after "...": "steekt ... neer" finds "steekt op het plein een jongen neer"
_SENTENCE_END = re.compile(r"[.?!;\n]+")
# a sentence, or a clause after "maar" / "but" (with or without a comma: phones type few), or one that turns to the
# present ("..., en nu", "en vandaag", ", now", "and tonight", "en hij zit nu", "and he is now"): where a calm phrase or
# a denial stops calming ("niks aan de hand maar nu staat er een man met een mes", "vorige week een dreigbrief en
# vandaag staat hij met een mes", "vorige week was het rustig en hij zit nu met een bom in de aula"), or whose verb
# turns to the present after a relative clause ("a boy who was here last year | is now outside the school with a gun")
_NOW = r"(?:nu|vandaag|vanavond|vanmiddag|vanochtend|vannacht|net|zojuist|now|today|tonight|just)\b"
_CLAUSE_END = re.compile(rf"[.?!;\n]+|,?\s+(?:maar|but)\s|,\s*(?=(?:(?:en|and)\s+)?{_NOW})|"
                         rf"\s+(?=(?:en|and)\s+(?:[^\W\d_]+\s+){{0,3}}{_NOW})|"
                         rf"\s+(?=(?:is|are|zit|zitten|staat|staan|ligt|liggen|loopt|lopen|rijdt|rijden)\s+"
                         rf"(?:right\s+)?(?:nu|now)\b)", re.IGNORECASE)
# DR101: a clause that tells its scene as happening now ("vertelt net dat ze ... heeft leeggespoten, ze zweet", "a minute
# ago", "right now"): a routine question asked after it does not talk it down (see _talks_down)
# DR104: ... or as going on already or still ("ze heeft er al van gedronken, hoest en spuugt", "ligt nog binnen", "komt
# steeds korter boven", "she's still fitting", "keeps going under")
_TOLD_AS_NOW = re.compile(rf"\b(?:{_NOW}|zonet|daarnet|(?:a|one|two|a few) (?:minute|moment)s? ago|al|nog|steeds|already|"
                          r"still|keeps)\b", re.IGNORECASE)
# DR89: a clause that opens with a verb turned to the present ("ligt nu", "is now", as _CLAUSE_END cuts before it), and
# the subject of such a clause when a comma stands right before it ("..., het pistool | ligt nu in zijn kluisje")
_TURNS_NOW = re.compile(r"\s*(?:is|are|zit|zitten|staat|staan|ligt|liggen|loopt|lopen|rijdt|rijden)\s+(?:right\s+)?"
                        r"(?:nu|now)\b", re.IGNORECASE)
_SUBJECT_AFTER_COMMA = re.compile(r",\s*((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)\s*$")
# DR91: ... or, with no comma, a determiner and its noun right before the verb ("he showed a gun to a friend the gun |
# is now in his locker", "liet een pistool zien het pistool | ligt nu in zijn kluisje", as phones type)
_SUBJECT_BEFORE = re.compile(r"(?:^|\s)((?:the|this|that|his|her|their|het|de|dit|dat|die|deze|zijn|haar|zn|hun)\s+"
                             r"[^\W\d_]+)\s*$", re.IGNORECASE)
# a clause that opens as a question ("mag ik ...", "hoe meld ik ...", "can i ..."): a comma after it may stand for its "?"
_ASKING_FIRST = re.compile(r"\s*(?:mag|mogen|moet|moeten|kan|kun|kunnen|hoe|wie|wat|waar|wanneer|welke|bij wie|aan wie|"
                           r"may|can|could|should|must|how|who|what|where|when|which|do|does)\b", re.IGNORECASE)
# ... unless what follows the comma goes on with the question ("..., for example if someone says ...", "..., met een
# wapen erop, ...")
_GOES_ON = re.compile(r"\s*(?:for example|bijvoorbeeld|zoals|such as|like|als|if|met|with|zonder|without|en|and|of|or|"
                      r"want|omdat|because|dat|that|die|who|which|zodat|so that|ook|also|of niet|or not)\b", re.IGNORECASE)
PAST_AFTER_WINDOW = 3  # "vrijdag 12 mei jl.": a past_after phrase may start this many words after the day
ABOUT_WINDOW = 2  # "een film over een gijzeling": the words an ``about`` phrase is about
# "een film over de aanslag in christchurch": a place right after the subject is part of it
ABOUT_PLACE = frozenset({"in", "op", "at", "on", "te", "bij", "near"})
ARTICLES = frozenset({"een", "de", "het", "a", "an", "the"})
NEGATION_WINDOW = 3  # a negation this many words before a match cancels it
TYPO_MIN_LENGTH = 5
GROUP, CALM, ASIDE, DENIAL, WORRY, SETTLED = "group", "calm", "aside", "denial", "worry", "settled"
FIGURATIVE = "figurative"  # a word group of set phrases whose danger words mean nothing ("kill it at the gig")
# a word group of back-references ("heeft er al een in", "has already built one"): after a figure, its words count again
POINTS_BACK = "pointsback"
NOT_CALM = "notcalm"  # a word group of set phrases in which a calm word is not calm ("after the game": a match)
# a word group of set phrases in which a denial is none: "hij zit vast aan de laadpaal" is stuck, not in custody; unlike
# ``notcalm`` its words still count for their groups
NOT_DENIED = "notdenied"
# a word group of closing questions put to the bot ("wat nu?", "en nu?", "what now?"), read word for word: where one
# closes the message or a question (a "?" right after it), its words count for no group, so its "nu" is no time of a
# danger ("mijn leerling wordt bedreigd, wat nu?"); anywhere else it counts as written ("hij wordt nu bedreigd, wat nu?")
CLOSING = "closing"
# a word group of the day a professional was told something, right before what was told ("told me today he", "zei
# vandaag dat"), read word for word (no typos, no words in between): its words count for no group, so the day of the
# telling is no time of the act ("a pupil told me today he wants to fight his brother"); "zei dat hij vandaag ..." and
# "told me he leaves today" keep their time, since a word stands between the verb and the day
TOLD_WHEN = "toldwhen"
# DR88 (reading review 43): a few words may stand between the words of a told-day phrase ("zei vanmiddag heel rustig
# dat", "said this afternoon in class, very angry, that"), TOLD_GAP in all, in one sentence, none of them a word that
# joins a clause or the subject or the opener of a clause of its own ("told me he leaves today that ...", "zei dat hij
# vanmiddag ..." tell when he leaves); only a Dutch subject put after its verb may stand first ("vertelde hij
# vanmiddag dat", "vanmiddag zei ze heel rustig dat")
TOLD_GAP = 5
TOLD_GAP_STOP = frozenset("he she they it i we you there to that dat if whether of hij zij ze ik jij je wij we jullie "
                          "men te om wat what hoe how en and maar but".split())
TOLD_INVERTED = frozenset({"hij", "zij", "ze"})
# DR88 (reading review 43): a word group of what tells where someone comes from ("from", "uit", "born in"), read word
# for word: a word of ORIGIN_OF right after it (an article between allowed) is a country of origin, not a destination,
# and counts for no group ("a boy (15) from Syria ... talk to his parents", "een meisje uit afghanistan wil naar de
# universiteit"); the same country named again elsewhere still counts ("uit syrie, en hij wil terug naar syrie om te
# vechten")
ORIGIN = "origin"
ORIGIN_OF = "place"
# DR89: a word group of the bare words of ``travel`` that tell no trip by themselves ("naar", "to"), read word for word:
# in a line with a goal abroad (a group of GOALS) such a word counts as ``travel`` only where a word of GOALS follows
# it (an article between allowed, or the goal phrase holds the word itself: "naar de strijd"), so "praat over de
# jihad, moet ik naar de wijkagent?" holds no trip to the jihad, while "wil naar syrie", "to the caliphate" do; a real
# trip word ("vertrekt", "flies", "going to", "ticket") still counts anywhere, and a bare word counts anywhere in a
# line without a goal abroad ("morgen met een mes naar school"). DR91: "going to" is bare too (the English future: "he
# is going to talk about syria in class" holds no trip to syria; "he is going to syria", "going back to syria" do)
BARE_TO = "bareto"
# ... and never right after a verb of looking or listening: "kijkt naar jihad filmpjes", "listens to jihad nasheeds"
LOOKING = frozenset("kijk kijkt kijken keek keken luister luistert luisteren luisterde luisterden listen listens "
                    "listening listened".split())
TRAVEL = "travel"
# DR101: a word group of school attendance ("leerplicht", "attendance officer"): in a message with one, a bare "naar" /
# "to" before a goal abroad tells no trip there ("leerplicht deventer, leerling naar syrie?" asks about absence), so a
# line of ``travel`` with a goal does not hold on it; a real trip word ("vertrekt", "flies", "ticket") still counts, and
# a wish to join a group or to fight holds by its own lines. It belongs in no line
ATTENDANCE = "attendance"
# DR91: the verbs after a bare phrase of more words ("going to") that still lead to a goal a few words on
GOING_VERBS = frozenset("join fight go travel fly leave move return live help support".split())
GOALS = frozenset({"place", "transit", "abroad78", "group"})  # abroad78: "naar het buitenland ... voor de strijd"
# DR91: a fighting group named is a goal too, anywhere after the bare word in its sentence ("wil naar haar vriendje die
# bij een strijdgroep zit"), not in another sentence ("wil volgend jaar naar familie in Nairobi. ... al-Shabaab alsof
# het helden zijn" tells no trip to al-Shabaab)
GROUP_GOAL = "group"
# a pictograph is a word of its own, so the rules can read "🔪" or "🩸" (skin tones and U+FE0F are left out)
EMOJI = "\u2600-\u27bf\U0001f300-\U0001f3fa\U0001f400-\U0001faff"
_WORD = re.compile(rf"[^\W_]+(?:'[^\W_]+)*|[{EMOJI}]")


# DR97: a colour word built of colours or graded ("blauwgrijs", "paarsblauw", "lijkbleek", "asgrauw", "blauwig",
# "bluish", "greyish") reads as each of its colours too, so every rule with "blauw", "grijs" or "bleek" finds it
_COLOUR_PART = re.compile(r"blauw|grijs|grauw|paars|bleek|wit|geel|groen|blue|blu|grey|gray|purple|purpl|pale|white")
_COLOUR_STANDARD = {"gray": "grey", "blu": "blue", "purpl": "purple"}  # the rules' word for a clipped or US form
_COLOUR_WORD = re.compile(rf"(?:lijk|doods|krijt|as|spier|donker|licht|dark|light|deathly|ghostly)?"
                          rf"((?:{_COLOUR_PART.pattern})+)(?:ig|achtig|ish)?")


def standard_spellings(folded: str, typed: str, rules: DangerRules) -> tuple[str, ...]:
    """DR97: the standard words a chat spelling (``spellings:`` in ``faq/danger.yaml``: "nie" for "niet", "isnt"
    for "isn't") or a compound colour stands for (none for most words). A short form that is also a name when
    capitalised (``names_when_capitalised``: "Nik", "Mr") counts only in lower case."""
    found: list[str] = []
    standard = rules.spellings.get(folded)
    if standard and (folded not in rules.names_when_capitalised or typed == folded):
        found.append(standard)
    whole = _COLOUR_WORD.fullmatch(folded)
    if whole:
        parts = _COLOUR_PART.findall(whole.group(1))
        if whole.group(1) != folded or len(parts) > 1:
            found.extend(dict.fromkeys(_COLOUR_STANDARD.get(part, part) for part in parts))
    return tuple(word for word in found if word != folded)


def fold(text: str) -> str:
    """Lowercase without accents, with typographic apostrophes made plain: "Syrië’s" -> "syrie's"."""
    return _plain(text).casefold()


# punctuation read aloud to a phone's dictation, which types it as words ("mag ik de ouders bellen vraagteken ik sta
# nu bij de sporthal komma hij ademt niet"): read as the mark, so a routine question asked first ends where the
# speaker ended it. "punt" only where it cannot be the noun ("op dit punt", "een punt van zorg", "punt 3").
_SPOKEN = re.compile(r"\b(?:vraagteken|uitroepteken|komma|question mark|exclamation mark|full stop|comma|nieuwe regel"
                     r"|new line)\b|\b(\w+) punt\b(?! (?:\d|van|voor|is|was|waar|dat|of)\b)", re.IGNORECASE)
_MARK = {"vraagteken": "?", "question mark": "?", "uitroepteken": "!", "exclamation mark": "!", "full stop": ".",
         "komma": ",", "comma": ",", "nieuwe regel": "\n", "new line": "\n"}
_BEFORE_THE_NOUN = frozenset("de het een dit dat die deze geen elk ieder welk zijn haar mijn jouw ons hun op tot van "
                             "the".split())


def _spoken_marks(text: str) -> str:
    return _SPOKEN.sub(_mark, text)


def _mark(match: re.Match[str]) -> str:
    before = match.group(1)
    if before is None:
        return _MARK[match.group().casefold()]
    return match.group() if before.casefold() in _BEFORE_THE_NOUN else f"{before}."


def _plain(text: str) -> str:
    if text.isascii():  # nothing to take off (most messages and nearly all the vocabulary)
        return text
    plain = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def words(text: str) -> list[tuple[str, str]]:
    """(folded, as typed) per word."""
    return _tokens(text)[0]


def _tokens(text: str) -> tuple[list[tuple[str, str]], list[int]]:
    """:func:`words`, and per word the number of the sentence it stands in (a sentence ends at ``.?!;`` or a
    line), in one pass over the text."""
    plain = _plain(text)
    found: list[tuple[str, str]] = []
    sentences: list[int] = []
    sentence, last = 0, 0
    for match in _WORD.finditer(plain):
        if _SENTENCE_END.search(plain, last, match.start()):
            sentence += 1
        found.append((match.group().casefold(), match.group()))
        sentences.append(sentence)
        last = match.end()
    return found, sentences


JOINING = frozenset("en and maar but".split())  # the words that join a clause, as in _CLAUSE_END (Dutch and English)


def _joins(text: str, tokens: Sequence[tuple[str, str]]) -> list[bool]:
    """Per word, whether it joins a new clause: "en", "and", "maar", "but", or a word after a comma."""
    plain, found, last = _plain(text), [], 0
    for (folded, _), match in zip(tokens, _WORD.finditer(plain)):
        found.append(folded in JOINING or "," in plain[last:match.start()])
        last = match.end()
    return found


def _allowed_typos(length: int) -> int:
    if length < TYPO_MIN_LENGTH:
        return 0
    return 1 if length < 10 else 2


def _negated_before(negations: Sequence[bool], sentences: Sequence[int], joins: Sequence[bool]) -> Sequence[bool]:
    """Per word, whether a negation stands up to ``NEGATION_WINDOW`` words before it in the same sentence and clause
    (one in the sentence before negates nothing: "nerf. she is on the roof now", nor one before "en" or a comma:
    "zweet niet meer en geeft geen antwoord"); empty when the message has none. ``joins``: per word, whether it is
    a joining word or follows a comma."""
    if not any(negations):
        return ()
    return [any(negations[i] and sentences[i] == sentences[at] and not any(joins[i + 1:at + 1])
                for i in range(max(0, at - NEGATION_WINDOW), at))
            for at in range(len(negations))]


def _positions(readings: Sequence[frozenset[int]], leaving_out: Iterable[int] = ()) -> dict[int, list[int]]:
    """Per vocabulary word, the indexes of the message's words that can be it, in order (the words at
    ``leaving_out``, a film's subject or a figure of speech, count for nothing)."""
    skip = set(leaving_out)
    where: dict[int, list[int]] = {}
    for i, reading in enumerate(readings):
        if i not in skip:
            for number in reading:
                where.setdefault(number, []).append(i)
    return where


class DangerCheck:
    """Built once per content load; :meth:`check` is pure and fast (a cache remembers each word's reading)."""

    def __init__(self, rules: DangerRules, ordinary: Iterable[str] = (),
                 known: Callable[[str], bool] = lambda word: False, meaning: DangerMeaning | None = None) -> None:
        """``ordinary`` words and words ``known`` to a dictionary are correct: never read as a typo.
        ``meaning``, when given, reads what the word rules let pass a second time (:mod:`bot.safety.meaning`)."""
        self.rules = rules
        self.meaning = meaning
        self._ordinary = frozenset(fold(w) for w in ordinary)
        self._known = known
        patterns: dict[WordPattern, int] = {}
        self._entries: list[tuple[str, str, Phrase, tuple[int, ...]]] = []
        self._by_first: dict[int, list[int]] = {}  # first word -> entries, so a check only tries what can match
        for kind, name, phrase in self._all_phrases():
            numbers = tuple(patterns.setdefault(word, len(patterns)) for word in phrase.words)
            self._by_first.setdefault(numbers[0], []).append(len(self._entries))
            self._entries.append((kind, name, phrase, numbers))
        self._exact: dict[str, list[int]] = {}
        self._exact_case: dict[str, list[int]] = {}
        self._wild: list[tuple[WordPattern, int]] = []
        for pattern, number in patterns.items():
            if pattern.exact_case:
                self._exact_case.setdefault(pattern.text, []).append(number)
            elif pattern.prefix or pattern.suffix:
                self._wild.append((pattern, number))
            else:
                self._exact.setdefault(pattern.text, []).append(number)
        self._prefixes: dict[str, list[int]] = {}
        self._suffixes: dict[str, list[int]] = {}
        self._infixes: list[tuple[str, int]] = []
        for pattern, number in self._wild:
            if pattern.prefix and pattern.suffix:
                self._infixes.append((pattern.core, number))
            else:
                table = self._prefixes if pattern.prefix else self._suffixes
                table.setdefault(pattern.core, []).append(number)
        self._prefix_lengths = sorted({len(core) for core in self._prefixes})
        self._suffix_lengths = sorted({len(core) for core in self._suffixes})
        # calm phrases are read exactly: a typo must never talk an emergency down
        risky = {patterns[w] for phrases in rules.groups.values() for phrase in phrases for w in phrase.words}
        risky |= {patterns[w] for phrase in rules.worry for w in phrase.words}
        self._fuzzy = [(text, [n for n in numbers if n in risky]) for text, numbers in self._exact.items()
                       if len(text) >= TYPO_MIN_LENGTH and any(n in risky for n in numbers)]
        self._fuzzy_texts = [text for text, _ in self._fuzzy]
        self._fuzzy_prefixes = [(p.core, n) for p, n in self._wild
                                if p.prefix and not p.suffix and n in risky and len(p.core) >= TYPO_MIN_LENGTH]
        self._reading = lru_cache(maxsize=20_000)(self._read_word)
        # a chat spelling of a negation ("nie", "nt") negates as its word does; looked up per token, so worked out here
        spelled = {typed for typed, word in rules.spellings.items() if word in rules.negations}
        self._negations = rules.negations | (spelled - rules.names_when_capitalised)
        self._negations_lower_case = spelled & rules.names_when_capitalised  # counts only typed in lower case
        self._about: dict[str, list[Phrase]] = {}  # first word -> "about" phrases: one look per word, not a scan
        # DR91: a bare phrase may be of more words ("going to", which is also the English future: "he is going to
        # talk about syria")
        self._bare_to = frozenset(tuple(word.text for word in phrase.words)
                                  for phrase in rules.groups.get(BARE_TO, ()))
        for phrase in rules.about:
            self._about.setdefault(phrase.words[0].text, []).append(phrase)

    def __getstate__(self) -> dict[str, object]:
        """For :mod:`bot.safety.remembered_check`: the tables, without the word cache or the reading by meaning
        (a model, set again on each start)."""
        return {name: value for name, value in self.__dict__.items() if name not in ("_reading", "meaning")}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.meaning = None
        self._reading = lru_cache(maxsize=20_000)(self._read_word)

    def warm(self) -> None:
        """Load the meaning model's encoder now (``serve`` and a content reload call this before taking messages)."""
        if self.meaning is not None:
            self.meaning.probability("warm")

    def _all_phrases(self) -> Iterable[tuple[str, str, Phrase]]:
        for name, phrases in self.rules.groups.items():
            yield from ((GROUP, name, phrase) for phrase in phrases)
        yield from ((CALM, "", phrase) for phrase in self.rules.calm)
        yield from ((ASIDE, "", phrase) for phrase in self.rules.asides)
        yield from ((DENIAL, "", phrase) for phrase in self.rules.denials)
        yield from ((WORRY, "", phrase) for phrase in self.rules.worry)
        yield from ((SETTLED, "", phrase) for phrase in self.rules.settled)

    def check(self, text: str, by_meaning: bool = True, *, opening: bool = True) -> DangerVerdict:
        """The verdict on ``text``; ``by_meaning=False`` reads the word rules only (cheap: for a flood of messages).
        ``opening=False`` for a clause inside a message: a calm phrase or denial marked ``^`` (only at the start of a
        message, such as "^mag" of "mag een school een mes in beslag nemen") counts at its start as a question about
        the rules (an ``asides`` phrase), which calms the clause but corrects no danger told before it."""
        text = _spoken_marks(text)
        tokens, sentences = _tokens(text)
        if not tokens:
            return DangerVerdict(False)
        readings = [self._reading(folded, typed) for folded, typed in tokens]
        folded_words = [folded for folded, _ in tokens]
        for index in self._past_days(folded_words):
            readings[index] = frozenset()
        # what a film or debate is about counts for no group, but may still be a calm phrase ("over de oorlog")
        subject = set(self._subjects(folded_words, sentences))
        negations = [folded in self._negations or (folded in self._negations_lower_case and typed == folded)
                     for folded, typed in tokens]
        negated = _negated_before(negations, sentences, _joins(text, tokens) if any(negations) else ())
        seen = frozenset().union(*readings)
        # an entry can match only when the message holds each of its words (no set of them is kept: 49,000 sets
        # would take a tenth of the time of reading the kept check back)
        candidates = sorted({e for number in seen for e in self._by_first.get(number, ())
                             if seen.issuperset(self._entries[e][3])})
        where = _positions(readings)
        # the words of a denial or a figure of speech count for no group: "de politie heeft hem meegenomen" carries no
        # weapon along, "ik ga dood van deze les" is no death; a figure's words count again when a back-reference
        # follows it ("hij vraagt hoe je een bom maakt en heeft er al een in zijn kluisje": the bomb is real)
        back = self._standing_exactly(candidates, folded_words, POINTS_BACK)
        back_starts = [start for starts in back.values() for start in starts]
        # ... and what a film is about counts again too ("na de docu over de pijpbom zei hij dat hij er morgen zelf een
        # meeneemt": the pipe bomb is his now)
        if back_starts:
            subject = {i for i in subject if not _pointed_back_at((i,), back_starts, sentences)}
        not_calm: set[int] = set()  # where a calm word is not calm: "after the game fans stamp on a boy" is no video game
        # where a denial is none: "hij zit vast aan de laadpaal" is stuck, not in custody
        not_denied = {i for entry in candidates if self._entries[entry][1] == NOT_DENIED
                      for match in self._matches(self._entries[entry][3], self._entries[entry][2], where, (), sentences)
                      for i in match}
        denial_where = _positions(readings, leaving_out=not_denied) if not_denied else where
        figures: set[int] = set()  # the words of a figure of speech, kept apart for the talk of suicide (below)
        for entry in candidates:
            kind, name, phrase, numbers = self._entries[entry]
            if kind == DENIAL or name == FIGURATIVE:
                (subject if kind == DENIAL else figures).update(
                    i for match in self._matches(numbers, phrase, denial_where if kind == DENIAL else where,
                                                 (), sentences)
                    if kind == DENIAL or not _pointed_back_at(match, back_starts, sentences)
                    for i in match)
            elif name == NOT_CALM:
                not_calm.update(i for match in self._matches(numbers, phrase, where, (), sentences) for i in match)
        subject |= not_calm
        subject.update(self._closing_questions(candidates, folded_words, text))
        subject.update(self._told_when(candidates, folded_words, sentences))
        subject.update(self._origins(candidates, folded_words, where, sentences))
        # a figure takes away what its words would mean as a danger, not a thought of suicide told in them: "het nut
        # niet meer ziet van wakker worden" is no body that cannot be woken, but still talk of not wanting to live, and
        # counts for its lines beside a danger ("... en hij staat op de brug")
        talk_where = _positions(readings, leaving_out=subject)
        subject |= figures
        group_where = _positions(readings, leaving_out=subject) if figures else talk_where
        calm_where = _positions(readings, leaving_out=not_calm) if not_calm else where
        hits: dict[tuple[str, str], str] = {}  # (kind, group) -> the phrase found first
        for entry in candidates:
            kind, name, phrase, numbers = self._entries[entry]
            if phrase.anchored and not opening and kind in (CALM, DENIAL):
                kind = ASIDE  # "^mag een school ..." opens a question; inside a message it corrects nothing
            if (kind, name) in hits:
                continue
            if name == NOT_DENIED:  # it only keeps a denial from being read; no group of a line
                continue
            if name in (TOLD_WHEN, CLOSING, ORIGIN, BARE_TO):  # read word for word; no group of a line
                continue
            if name == POINTS_BACK:  # read word for word, as where it brings a figure back
                if back.get(entry):
                    hits[(kind, name)] = str(phrase)
                continue
            read = ((talk_where if name in self.rules.suicide_talk_groups or name in self.rules.figure_groups
                     else group_where) if kind == GROUP
                    else calm_where if kind == CALM else denial_where if kind == DENIAL else where)
            if self._occurs(numbers, phrase, read, () if kind == DENIAL else negated, sentences):
                hits[(kind, name)] = str(phrase)
        present = frozenset(name for kind, name in hits if kind == GROUP)
        # DR89: a trip told only by a bare "naar" / "to" far from any goal abroad is no trip there (see BARE_TO)
        aimless = (TRAVEL in present and not present.isdisjoint(GOALS)
                   and not self._trip_to_a_goal(candidates, folded_words, group_where, negated, sentences,
                                                bare=ATTENDANCE not in present))
        denied = (DENIAL, "") in hits
        corrected = denied or (CALM, "") in hits  # a denial or a calm phrase: no danger, or not now
        calm = corrected or (ASIDE, "") in hits
        # in custody and everyone safe: an incident told after the fact, even with a time ("vanmiddag"); in one
        # sentence the all-clear and a danger are not told apart, so that stays urgent; any line is then read
        # sentence by sentence ("hij zit nu vast. zijn broer zegt dat hij morgen de school opblaast")
        settled = denied and (SETTLED, "") in hits and sentences[-1] > 0
        firm = not corrected and self._holds(self.rules.urgent_unless_corrected, present, aimless)
        urgent = ((not settled and self._holds(self.rules.urgent_when, present, aimless))
                  or (not denied and self._holds(self.rules.urgent_unless_denied, present, aimless))
                  or firm or (not calm and self._holds(self.rules.urgent_unless_calm, present, aimless)))
        # a calm phrase or a denial calms the sentence it stands in, not a danger told in a later one
        if not urgent and ((calm and not settled and any(self._holds(lines, present, aimless) for lines in (
                               self.rules.urgent_unless_denied, self.rules.urgent_unless_corrected,
                               self.rules.urgent_unless_calm)))
                           or (settled and any(self._holds(lines, present, aimless) for lines in (
                               self.rules.urgent_when, self.rules.urgent_unless_denied,
                               self.rules.urgent_unless_corrected, self.rules.urgent_unless_calm)))):
            urgent = self._a_sentence_alone_is_urgent(text)
        found = tuple(f"{name}: {phrase}" for (kind, name), phrase in hits.items() if kind == GROUP)
        if not urgent and by_meaning and self.meaning is not None:
            # a denial silences the reading by meaning for what it denies, not for what is told after it
            told, told_groups = self._after_the_denial(text) if denied else (text, present)
            probability = self.meaning.probability(told) if len(_tokens(told)[0]) >= MIN_WORDS else 0.0
            enough = self.meaning.threshold if told_groups - self.rules.meaning_not_enough else self.meaning.sure
            heard = told  # the text whose reading counts
            if probability < enough:
                probability, enough, heard = self._after_the_question(told, probability, enough)
            if present & self.rules.suicide_talk_groups:  # DR107: talk of not wanting to live, no rule of a danger now:
                enough = max(enough, self.meaning.sure)  # the 113 line; by meaning alone 112 only when sure (review 49)
            # UC58: a later clause that undoes the danger ("poured it away, now dancing") holds this alarm back
            if probability >= enough and not self.meaning.held_back(heard):
                urgent, found = True, (*found, f"meaning: {probability:.2f}")
        suicide = urgent and bool(present & self.rules.suicide_groups)
        talk = not urgent and bool(present & self.rules.suicide_talk_groups)
        return DangerVerdict(urgent, present, (WORRY, "") in hits, calm, found, suicide, denied,
                             aside=calm and not corrected, firm=firm, suicide_talk=talk)

    def _standing_exactly(self, candidates: Sequence[int], folded: Sequence[str], group: str) -> dict[int, list[int]]:
        """Per entry of ``group``, where its phrase stands, read word for word (no typos, no words in between, so the
        back-reference "heeft er al een in" is not "heeft er al een gesprek in")."""
        return {entry: [start for start in range(len(folded)) if _phrase_at(self._entries[entry][2], folded, start)]
                for entry in candidates if self._entries[entry][1] == group}

    def _told_when(self, candidates: Sequence[int], folded: Sequence[str], sentences: Sequence[int]) -> list[int]:
        """The words of each phrase of the group ``toldwhen`` that stands word for word, or with a few words between
        its words (``TOLD_GAP``, see there): "told me today that", "zei vanmiddag heel rustig dat", not "told me he
        leaves today, that ...". A ``...`` in such a phrase marks where the words that only have to follow (also word
        for word) begin: "told me today ... he wants" takes "told me today" out of the groups and leaves "he wants" to
        count. The words between still count ("zei vanmiddag met een mes in zijn hand dat" keeps the knife)."""
        entries = [entry for entry in candidates if self._entries[entry][1] == TOLD_WHEN]
        found: list[int] = []
        for entry in entries:
            phrase = self._entries[entry][2]
            kept = min(phrase.wide, default=len(phrase.words))
            first = phrase.words[0].text
            for start in (i for i, word in enumerate(folded) if word == first):
                at = _told_at(phrase, folded, start, sentences)
                found.extend(at[:kept])
        return found

    def _origins(self, candidates: Sequence[int], folded: Sequence[str], where: Mapping[int, Sequence[int]],
                 sentences: Sequence[int]) -> list[int]:
        """The words of a place of origin: a phrase of ``ORIGIN_OF`` right after one of the group ``origin`` standing
        word for word, an article between allowed ("a boy (15) from Syria", "uit het kalifaat")."""
        standing = [(entry, start) for entry, starts in self._standing_exactly(candidates, folded, ORIGIN).items()
                    for start in starts]
        if not standing:
            return []
        after = {at for entry, start in standing
                 for at in _where_a_word_begins(folded, start + len(self._entries[entry][2].words))}
        found: list[int] = []
        for entry in candidates:
            if self._entries[entry][0] == GROUP and self._entries[entry][1] == ORIGIN_OF:
                found.extend(i for match in self._matches(self._entries[entry][3], self._entries[entry][2], where, (),
                                                          sentences)
                             if match[0] in after for i in match)
        return found

    def _trip_to_a_goal(self, candidates: Sequence[int], folded: Sequence[str], where: Mapping[int, Sequence[int]],
                        negated: Sequence[bool], sentences: Sequence[int], bare: bool = True) -> bool:
        """Whether ``travel`` is told as a trip a line with a goal abroad can read (DR89): by a word or phrase of
        ``travel`` that is no bare word of ``bareto``, or by a bare word with a word of GOALS right after it (an
        article between allowed: "naar het kalifaat", "to the caliphate"), or starting at it ("naar de strijd"), or
        after "in" / "bij" a few words on ("naar haar man in syrie"), and not right after a verb of ``LOOKING``
        ("kijkt naar jihad filmpjes")."""
        # where each goal begins; a fighting group apart (DR91): it counts anywhere later in the sentence of the trip
        # ("wil naar haar vriendje in het buitenland die bij een strijdgroep zit"), not in another sentence ("wil
        # volgend jaar naar familie in Nairobi. ... over al-Shabaab"), the other goals only near the bare word
        goals: list[int] = []
        groups: list[int] = []
        for entry in candidates:
            kind, name, phrase, numbers = self._entries[entry]
            if kind == GROUP and name in GOALS:
                (groups if name == GROUP_GOAL else goals).extend(
                    match[0] for match in self._matches(numbers, phrase, where, (), sentences))
        for entry in candidates:
            kind, name, phrase, numbers = self._entries[entry]
            if kind != GROUP or name != TRAVEL:
                continue
            for match in self._matches(numbers, phrase, where, negated, sentences):
                if tuple(word.text for word in phrase.words) not in self._bare_to:
                    return True
                if not bare:  # DR101: asked about school attendance, a bare "naar syrie" is no trip (see ATTENDANCE)
                    continue
                at, end = match[0], match[-1]
                if at > 0 and folded[at - 1] in LOOKING:
                    continue
                near = {at} | _where_a_word_begins(folded, end + 1)
                # DR91: "going to" with a verb of going or joining before the goal is a trip there too ("he's going to
                # join the jihad next week", "going to travel to syria"), as it was when "going to" counted anywhere
                if end > at and end + 1 < len(folded) and folded[end + 1] in GOING_VERBS:
                    for spot in range(end + 2, min(end + 5, len(folded))):
                        near |= _where_a_word_begins(folded, spot)
                # someone there, a few words on: "naar haar man in syrie", "to his cousin in raqqa"
                for spot in range(end + 2, min(end + 5, len(folded))):
                    if folded[spot] in ("in", "bij"):
                        near |= _where_a_word_begins(folded, spot + 1)
                if any(start in near and sentences[start] == sentences[at] for start in goals):
                    return True
                if any(start > end and sentences[start] == sentences[at] for start in groups):
                    return True
        return False

    def _closing_questions(self, candidates: Sequence[int], folded: Sequence[str], text: str) -> list[int]:
        """The words of each phrase of the group ``closing`` that stands word for word and closes the message or a
        question: "wat nu?" at the end, not "wat hij nu doet"."""
        standing = {entry: starts for entry, starts in self._standing_exactly(candidates, folded, CLOSING).items()
                    if starts}
        if not standing:
            return []
        closes = _closes_a_question(text)
        found: list[int] = []
        for entry, starts in standing.items():
            length = len(self._entries[entry][2].words)
            found.extend(at for start in starts if closes[start + length - 1] for at in range(start, start + length))
        return found

    def _a_sentence_alone_is_urgent(self, text: str) -> bool:
        """A calm phrase calms the sentence (or the clause before "maar") it stands in, not the next one: "mag ik
        dit delen? hij zegt dat hij zijn docent gaat vermoorden" asks about sharing, and tells of a threat all the
        same; "niks concreets, maar nu staat er een man met een mes in de gang" is urgent."""
        clauses = _clause_texts(text)
        if len(clauses) < 2:
            return False
        verdicts = [self.check(part, by_meaning=False, opening=i == 0) for i, part in enumerate(clauses)]
        if not any(verdict.urgent for verdict in verdicts):
            return False  # the usual case: which clauses ask something does not matter
        now = self.rules.told_now_groups
        asking = _asks(text, clauses)
        for i, (verdict, part) in enumerate(zip(verdicts, clauses, strict=True)):
            if not verdict.urgent:
                continue
            as_now = bool(_TOLD_AS_NOW.search(part))  # DR101: then a routine question after it does not talk it down
            if not any(_talks_down(later, verdict, now, asking[j] and as_now)
                       for j, later in enumerate(verdicts[i + 1:], i + 1)):
                return True
        return False

    def _after_the_question(self, text: str, probability: float, enough: float) -> tuple[float, float, str]:
        """A routine question asked first weighs the whole message down ("mag ik zijn adres doorgeven aan de
        verzekering? hij ligt naast de werkbank en zijn borst gaat niet op en neer"): what is told after the first
        question mark is read by meaning on its own as well, unless it talks itself down (a denial or a calm phrase:
        "vorige week", "niks concreets"). Returns the reading that counts: the probability, what it must reach, and the
        text read."""
        assert self.meaning is not None
        mark = text.find("?")
        after = text[mark + 1:] if mark >= 0 else ""
        if len(_tokens(after)[0]) < MIN_WORDS:
            return probability, enough, text
        verdict = self.check(after, by_meaning=False)
        if verdict.denied or (verdict.calm and not verdict.aside):
            return probability, enough, text
        alone = self.meaning.probability(after)
        needed = self.meaning.threshold if verdict.groups - self.rules.meaning_not_enough else self.meaning.sure
        return (alone, needed, after) if alone - needed > probability - enough else (probability, enough, text)

    def _after_the_denial(self, text: str) -> tuple[str, frozenset[str]]:
        """The clauses after the last one with a denial, and their word groups ("niks concreets, maar hij rijdt nu
        met een busje richting de markt" leaves "hij rijdt nu ..."); nothing when the denial comes last."""
        clauses = _clause_texts(text)
        if len(clauses) < 2:  # the denial is in the only clause: nothing is told after it
            return "", frozenset()
        verdicts = [self.check(part, by_meaning=False, opening=i == 0) for i, part in enumerate(clauses)]
        last = max((i for i, verdict in enumerate(verdicts) if verdict.denied), default=len(clauses) - 1)
        return ". ".join(clauses[last + 1:]), frozenset().union(*(v.groups for v in verdicts[last + 1:]))

    def _past_days(self, folded: Sequence[str]) -> list[int]:
        """Where a day is named as past: "afgelopen vrijdag", "vorige week dinsdag", "vrijdag 12 mei jl."."""
        found = []
        for index, word in enumerate(folded):
            if word not in self.rules.past_days:
                continue
            before = any(_phrase_at(phrase, folded, index - len(phrase.words)) for phrase in self.rules.past_before)
            after = any(_phrase_at(phrase, folded, start) for phrase in self.rules.past_after
                        for start in range(index + 1, index + 1 + PAST_AFTER_WINDOW))
            if before or after:
                found.append(index)
        return found

    def _subjects(self, folded: Sequence[str], sentences: Sequence[int]) -> list[int]:
        """The words a film, debate or poem is about: ``ABOUT_WINDOW`` words after an ``about`` phrase, an
        article not counted ("een film over een gijzeling", "a piece about a school shooting", "a poem about
        jumping off the bridge"), in its own sentence ("dit is geen oefencasus. het buurthuis staat in brand")."""
        found: list[int] = []
        for start, word in enumerate(folded):
            for phrase in self._about.get(word, ()):
                if _phrase_at(phrase, folded, start):
                    end = start + len(phrase.words)
                    stop = end + ABOUT_WINDOW
                    if end < len(folded) and folded[end] in ARTICLES and not (
                            stop < len(folded) and folded[stop] in ABOUT_PLACE):
                        stop += 1  # "a piece about a school shooting": the article is not one of the words
                    if stop < len(folded) and folded[stop] in ABOUT_PLACE:
                        stop += 2
                    found.extend(i for i in range(end, min(len(folded), stop)) if sentences[i] == sentences[start])
        return found

    @staticmethod
    def _holds(lines: Iterable[frozenset[str]], present: frozenset[str], aimless: bool = False) -> bool:
        """A line of ``lines`` has a word of each of its groups; ``aimless``: the message's trip is told only by a
        bare "naar" / "to" away from any goal abroad, so a line of ``travel`` with a goal (GOALS) does not hold."""
        return any(combo <= present and not (aimless and TRAVEL in combo and not combo.isdisjoint(GOALS))
                   for combo in lines)

    @staticmethod
    def _occurs(numbers: Sequence[int], phrase: Phrase, where: Mapping[int, Sequence[int]],
                negated: Sequence[bool], sentences: Sequence[int]) -> bool:
        return any(True for _ in DangerCheck._matches(numbers, phrase, where, negated, sentences))

    @staticmethod
    def _matches(numbers: Sequence[int], phrase: Phrase, where: Mapping[int, Sequence[int]],
                 negated: Sequence[bool], sentences: Sequence[int]) -> Iterator[tuple[int, ...]]:
        """Each place the phrase stands. ``where`` gives, per vocabulary word, the word indexes that can be it
        (:func:`_positions`), so a phrase is looked for only where its first word stands, not at every word."""
        starts = where.get(numbers[0], ())
        if phrase.anchored:
            starts = starts[:1] if starts and starts[0] == 0 else ()
        for start in starts:
            if negated and negated[start]:
                continue
            rest = DangerCheck._rest_follows(numbers[1:], phrase.wide, where, start, sentences)
            if rest is not None:
                yield (start, *rest)

    @staticmethod
    def _rest_follows(numbers: Sequence[int], wide: frozenset[int], where: Mapping[int, Sequence[int]], at: int,
                      sentences: Sequence[int], place: int = 1) -> tuple[int, ...] | None:
        """Where the rest of a phrase follows word ``at``, each within ``MAX_GAP`` words (``WIDE_GAP`` for the
        places in ``wide``, counted from the phrase's second word as 1) and in the same sentence: "write this
        down. Yesterday afternoon" holds no "this afternoon". A word that stands twice is tried at each place in
        turn, so "schiet ... op mensen" finds "nu schiet hij op de parkeerplaats op mensen" at the second "op"."""
        if not numbers:
            return ()
        spots = where.get(numbers[0], ())
        limit = at + 1 + (WIDE_GAP if place in wide else MAX_GAP)
        for spot in spots[bisect_right(spots, at):]:
            if spot > limit or sentences[spot] != sentences[at]:
                return None  # sentences only grow along the words: no later place can do
            rest = DangerCheck._rest_follows(numbers[1:], wide, where, spot, sentences, place + 1)
            if rest is not None:
                return (spot, *rest)
        return None

    def _read_word(self, folded: str, typed: str) -> frozenset[int]:
        """Which vocabulary words this word can be: exact, pattern, then (if nothing else) a small typo; a chat
        spelling or a compound colour (:func:`standard_spellings`) is also read as the word it stands for."""
        standard = standard_spellings(folded, typed, self.rules)
        if standard:
            return frozenset(self._read_one(folded, typed)).union(
                *(self._read_one(word, word) for word in standard))
        return self._read_one(folded, typed)

    def _read_one(self, folded: str, typed: str) -> frozenset[int]:
        hits = set(self._exact.get(folded, ()))
        hits.update(self._exact_case.get(typed, ()))
        for length in self._prefix_lengths:  # "aanslag*": a few dictionary looks instead of a scan
            if len(folded) >= length:
                hits.update(self._prefixes.get(folded[:length], ()))
        for length in self._suffix_lengths:
            if len(folded) >= length:
                hits.update(self._suffixes.get(folded[-length:], ()))
        hits.update(number for core, number in self._infixes if core in folded)
        if hits or folded in self._ordinary or self._known(folded):
            return frozenset(hits)
        allowed = _allowed_typos(len(folded))
        if allowed:
            for _, _, index in process.extract(folded, self._fuzzy_texts, scorer=OSA.distance,
                                               score_cutoff=allowed, limit=None):
                if self._fuzzy_texts[index][0] == folded[0]:  # typos rarely hit the first letter
                    hits.update(self._fuzzy[index][1])
        for core, number in self._fuzzy_prefixes:  # "aansalgen" is a typo of "aanslag*"
            if folded[0] == core[0] and OSA.distance(folded[:len(core)], core, score_cutoff=1) <= 1:
                hits.add(number)
        return frozenset(hits)


def _talks_down(later: DangerVerdict, danger: DangerVerdict, told_now_groups: frozenset[str],
                asking: bool = False) -> bool:
    """Whether a clause told after a danger talks it down. A calm word does ("er ligt een pistool! sorry, een
    waterpistool"), but not for a danger its own clause tells as happening now (a word of ``told_now_groups``) with
    nothing calm beside it ("er steekt nu een man mensen neer. ik snap waarom"): only a denial does that ("... hij is
    net opgepakt"). An aside (a question about the rules) never talks down a firm line either ("hij zwaait met een mes
    in de aula. mag ik dit delen?"), and nor does the calm of a routine question asked after a firm danger its clause
    tells as now (``asking``, DR101: "... vertelt net dat ze alle insulinepennen heeft leeggespoten, ze zweet en trilt.
    hoe leg ik zo'n consult vast in het dossier?"): the question is about the paperwork, not about that scene; a denial
    in it still talks the scene down, and so does its calm after a scene told without a now ("appte gister ... hoe
    praat ik met de groep over grappen in de app?")."""
    told_now = not danger.calm and bool(danger.groups & told_now_groups)
    return later.denied or (later.calm and not ((later.aside or asking) and danger.firm) and not told_now)


def _asks(text: str, clauses: Sequence[str]) -> list[bool]:
    """DR101: per clause of :func:`_clause_texts`, whether it is a question: a "?" closes it in ``text``, or it opens
    with an asking word ("hoe", "wie", "mag", "who", "can", as ``_ASKING_FIRST``)."""
    found, cursor = [], 0
    for part in clauses:
        at = text.find(part, cursor)
        closed = False
        if at >= 0:
            cursor = at + len(part)
            closed = text[cursor:].lstrip().startswith("?")
        found.append(closed or bool(_ASKING_FIRST.match(part)))
    return found


def _closes_a_question(text: str) -> list[bool]:
    """Per word, whether it closes the text or a question: it is the last word, or a "?" follows it before the next."""
    plain = _plain(text)
    spans = [match.span() for match in _WORD.finditer(plain)]
    return [i + 1 == len(spans) or "?" in plain[end:spans[i + 1][0]] for i, (_, end) in enumerate(spans)]


def _pointed_back_at(match: Sequence[int], back: Sequence[int], sentences: Sequence[int]) -> bool:
    """Whether a back-reference follows the figure at ``match`` in its own sentence or the next one."""
    return any(start > match[-1] and sentences[start] - sentences[match[-1]] <= 1 for start in back)


def _clause_texts(text: str) -> list[str]:
    """Each sentence or clause, as ``_CLAUSE_END`` cuts them (after "maar" / "but", at a turn to the present), and a
    question typed with a comma where its "?" would be, apart from what follows it: "mag ik de school inlichten, er
    staat iemand op de rand" asks about sharing, and tells of a danger all the same. A clause cut before its verb
    turns to the present ("ligt nu", "is now") takes its subject along from after a comma before it (DR89: "liet
    gisteren een pistool zien in zn tas, het pistool | ligt nu in zijn kluisje" tells of the pistol now), or with no
    comma a determiner and its noun right before it (DR91: "... to a friend the gun | is now in his locker")."""
    cut = [p for p in _CLAUSE_END.split(text) if p.strip()]
    for i in range(1, len(cut)):
        subject = ((_SUBJECT_AFTER_COMMA.search(cut[i - 1]) or _SUBJECT_BEFORE.search(cut[i - 1]))
                   if _TURNS_NOW.match(cut[i]) else None)
        if subject:
            cut[i - 1], cut[i] = cut[i - 1][:subject.start()], f"{subject.group(1).strip()} {cut[i].lstrip()}"
    parts = []
    for part in (p for p in cut if p.strip()):
        question, comma, rest = part.partition(",")
        apart = (comma and rest.strip() and _ASKING_FIRST.match(question) and not part.rstrip().endswith("?")
                 and not _GOES_ON.match(rest))
        parts += [question, rest] if apart else [part]
    return parts


def _where_a_word_begins(folded: Sequence[str], at: int) -> set[int]:
    """Where the word that follows position ``at`` may stand: at ``at``, or one on when an article stands there
    ("from Syria", "from the caliphate")."""
    return {at, at + 1} if at < len(folded) and folded[at] in ARTICLES else {at}


def _told_at(phrase: Phrase, folded: Sequence[str], start: int, sentences: Sequence[int]) -> list[int]:
    """Where the words of a told-day phrase stand from ``start``: each word exactly, with at most ``TOLD_GAP`` words
    between them in all, in one sentence, none of them in ``TOLD_GAP_STOP`` (a Dutch subject of ``TOLD_INVERTED`` may
    stand first, right after a word of the phrase: "vertelde hij vanmiddag dat", "vanmiddag zei ze dat"); empty when it
    does not."""
    if not folded or start >= len(folded) or phrase.words[0].text != folded[start]:
        return []
    found, spare = [start], TOLD_GAP
    for word in phrase.words[1:]:
        at = found[-1] + 1
        while at < len(folded) and folded[at] != word.text:
            between = folded[at]
            inverted = spare == TOLD_GAP and at == found[-1] + 1 and between in TOLD_INVERTED
            if spare == 0 or (between in TOLD_GAP_STOP and not inverted):
                return []
            spare -= 1
            at += 1
        if at >= len(folded):
            return []
        if at > found[-1] + 1 and sentences[at] != sentences[start]:
            return []  # words between: in one sentence (word for word, as it always was read)
        found.append(at)
    return found


def _phrase_at(phrase: Phrase, folded: Sequence[str], start: int) -> bool:
    """``phrase`` stands word for word (exactly, no typos or gaps) at ``start`` of the folded words."""
    end = start + len(phrase.words)
    return 0 <= start and end <= len(folded) and all(
        word.text == folded[at] for word, at in zip(phrase.words, range(start, end), strict=True))
