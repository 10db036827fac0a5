"""Who gives information to whom, as a question says it: the direction of sharing.

    "mag ik als jongerenwerker iets doorgeven aan de wijkagent?"   -> jongerenwerker gives, politie receives
    "wat mag ik als wijkagent doorgeven aan een jongerenwerker"    -> politie gives, jongerenwerker receives
    "the police asked me for the pupil's file"                     -> the police receive
    "mag ik de huisarts vragen of hij iets weet?"                  -> the GP gives

The two first questions hold the same words, so word matching alone gives them the same answer. The matcher
reads the direction of the message and of every question variant, and a variant that says the opposite
(the message's giver is the variant's receiver, or its receiver the variant's giver) does not count.

The parties are the ``parties:`` of faq/synonyms.yaml (one list per party; a word stands for its synonym
group). Only clear wordings are read; anything else leaves the giver or receiver unknown, and an unknown
side never conflicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.faq.normalise import Analyzer

__all__ = ["Direction", "DirectionReader", "NO_DIRECTION", "SOMEONE_ELSE"]

# Words between a preposition and the party ("aan de eigen wijkagent", "to our local police")
_DETERMINERS = frozenset(
    """de het een den der onze ons mijn mn jouw je uw hun die deze dat zijn haar eigen betreffende andere
    the a an our my your their his her this that its own local other""".split())
# "als jongerenwerker" (a role), "as a youth worker", "ik ben wijkagent", "i am a teacher", "vanuit de school"
_GIVER_BEFORE = frozenset("vanuit namens".split())
_ROLE_BEFORE = {"als": False, "as": True}  # True: a determiner may follow ("as a teacher"); "als de" is "if the"
_IDENTITY = (("ik", "ben"), ("wij", "zijn"), ("we", "zijn"), ("i", "am"), ("im",), ("we", "are"),
             ("i", "work", "as"), ("ik", "werk", "als"), ("werkzaam", "als"))
# the receiver: "aan de politie", "delen met de school", "to the police", always with a sharing verb near
_RECEIVER_BEFORE = frozenset("aan naar tegen met to with".split())
_SHARING = frozenset(
    """delen deel deelt gedeeld doorgeven doorgegeven geef geeft geven gegeven vertellen vertel vertelt verteld
    sturen stuur stuurt gestuurd doorsturen melden meld meldt gemeld informeren inlichten verstrekken
    doorspelen share shares shared sharing tell tells told give gives gave pass send sends sent forward report
    inform disclose""".split())
# the asker receives: "de politie vraagt", "the police asked"; a verb in the third person after the party
_ASKS = frozenset(
    """vraagt vroeg vroegen wil wilde willen eist eiste vordert vorderde belt belde mailt mailde
    asks asked ask want wants wanted requests requested demands demanded calls called emailed""".split())
# the source: "informatie van de school", "opvragen bij de huisarts", "info from the police", "ask the police"
_SOURCE_BEFORE = frozenset("van bij from".split())
# "een verzoek van de gemeente": they ask; "bij de gemeente om info vragen": they give
_REQUEST_FROM = frozenset("van from".split())
_INFORMATION = frozenset(
    """informatie info gegevens data details dossier verslag rapport inzage opvragen opvraagt krijgen krijg
    ontvangen navragen vragen information file records receive obtain request ask""".split())
_INFORMATION_NOUNS = frozenset("informatie info gegevens dossier".split())  # "de politie informatie geven": to them
_RECORDS = frozenset("data records record files file".split())
_ASK_OBJECT_BEFORE = frozenset("vragen ask".split())  # "can i ask the police", "vragen aan de school" is receiver
_ASK_OBJECT_AFTER = frozenset("vragen opvragen navragen".split())  # "mag ik de huisarts vragen"
_TELL_OBJECT = frozenset(
    """inlichten informeren waarschuwen tippen bellen inform tell warn notify alert""".split())  # the told receive
_RECEIVES = frozenset("krijgen krijgt krijg ontvangen ontvangt ontvang inzien receive receives".split())
_TOLD = frozenset("informed told notified warned ingelicht geinformeerd gewaarschuwd".split())
_REQUESTS = frozenset(
    "verzoek vraag vragen vordering telefoontje mail email request question questions call demand".split())
# the asker in a role gets information: "kan ik als huisarts info krijgen", "may i as a teacher request the file"
_ASKER_RECEIVES = frozenset(
    "krijgen krijg ontvangen ontvang inzien opvragen opvraag navragen receive obtain request".split())
_ASKED_FOR = frozenset("om for".split())  # "als politie om info vragen", "as a teacher ask for the records"
_REQUEST_NOUNS = frozenset("vraag verzoek vordering question request demand".split())  # "ik krijg een vraag"
_WANTS = frozenset("wil willen wilde want wants".split())  # "als wijkagent wil ik ... opvragen", like a modal
_SELF = frozenset("ik wij we i mezelf myself".split())
SOMEONE_ELSE = "*"  # a receiver who is none of the parties: "de andere leden", "my team leader"
_GIVEN_TO = frozenset("aan met with".split())  # not "to": "am i allowed to tell", "do i have to report"
# words after "met"/"with"/"aan" that are not who receives: "delen met toestemming", "share with consent"
_NOT_SOMEONE = frozenset(
    """hem haar hen hun mij ons jou jullie him her them you elkaar iemand anyone someone somebody niemand nobody
    iedereen everyone everybody alles everything toestemming consent permission akkoord naam namen name names
    foto fotos photo photos reden reason bewijs evidence zorg zorgen care concerns behulp help elke each any some
    wie who wat what welke which telefoon phone""".split())
_OBJECT_PRONOUNS = frozenset("mij me ons us".split())
_MODALS = frozenset("mag mogen kan kunnen moet moeten zou zouden may can could should must does do".split())
_CLAUSE = 10  # after "mag de politie" the verb may come this many words later ("... aan de school vertellen")
_SEEN_WORDS = 100_000  # words whose party is remembered (a 10,000-entry index has about 84,000 distinct words)
_PREFIX_LENGTH = 6  # a word starting with a party word this long names that party: "politieagent"
_MOVES = _SHARING | _ASKS | _INFORMATION | _TELL_OBJECT | _RECEIVES  # a text without any of these passes nothing on
_NEAR = 3  # a verb counts this many words after the party
_WINDOW = 8  # a sharing verb counts this many words before a receiver's preposition ("geef het maar aan de ...")
_PREPOSITIONS = frozenset("aan naar met tegen van bij voor over op in uit to with from of for about at by on".split())


@dataclass(frozen=True, slots=True)
class Direction:
    giver: str | None = None  # the party that gives the information
    receiver: str | None = None  # the party that receives it

    def opposes(self, other: Direction) -> bool:
        """True when one's giver is the other's receiver or the other way round, without the two agreeing on
        that side: "jongerenwerker aan politie" opposes "politie aan jongerenwerker" and "aan de jongerenwerker";
        and a message giving to someone who is no party ("met de andere leden") opposes a variant giving to a
        party ("aan de gemeente")."""
        return bool(
            (self.giver is not None and self.giver == other.receiver and self.giver != other.giver)
            or (self.receiver is not None and self.receiver == other.giver and self.receiver != other.receiver)
            or (self.receiver == SOMEONE_ELSE and other.receiver is not None))

    def __bool__(self) -> bool:
        return self.giver is not None or self.receiver is not None


NO_DIRECTION = Direction()


class DirectionReader:
    """Reads the direction of texts in one language, with that language's analyzer (synonyms, stems)."""

    def __init__(self, analyzer: Analyzer, parties: Iterable[Sequence[str]]) -> None:
        self._analyzer = analyzer
        self._party_of: dict[str, str] = {}  # a stemmed, synonym-merged term -> its party's name
        self._prefixes: list[tuple[str, str]] = []  # "wijkteammedewerker", "politieagent": a party word begins it
        self._seen: dict[str, str | None] = {}  # word -> its party or None, worked out once per word
        for party in parties:
            name = party[0]
            for word in party:
                for term in analyzer.terms(word):
                    self._party_of.setdefault(term, name)
        for word, term in analyzer.surface_of(self._party_of):
            if len(word) >= _PREFIX_LENGTH:
                self._prefixes.append((word, self._party_of[term]))

    def read(self, text: str, repair: Callable[[str], str | None] | None = None) -> Direction:
        """The direction of a message. One that names no party but passes information on to someone ("mag de club
        mijn nummer delen met de andere leden") gives to :data:`SOMEONE_ELSE`, so variants that give to a party
        ("aan de gemeente") do not answer it. ``repair`` gives a misspelt word's vocabulary word, so a party typed
        with a typo ("wijkagnet inlichten") still counts."""
        return self.read_words(self._analyzer.joined(text).split(), someone_else=True, repair=repair) \
            if self._party_of else NO_DIRECTION

    def read_words(self, words: list[str], someone_else: bool = False,
                   repair: Callable[[str], str | None] | None = None) -> Direction:
        """The direction of text already folded and split by :meth:`Analyzer.joined` (stop words kept); with
        ``someone_else``, as :meth:`read` reads a message (a question variant names the parties it is about)."""
        if not self._party_of:
            return NO_DIRECTION
        if not any(w in _MOVES for w in words):
            return NO_DIRECTION  # "hoe vraag ik als gemeente toestemming": a role, but nothing is passed on
        parties = [self._party(w) or self._repaired_party(w, repair) for w in words]
        if not any(parties):  # "delen met de andere leden": given to someone who is none of the parties
            return Direction(None, SOMEONE_ELSE) if someone_else and _someone_else_receives(words) else NO_DIRECTION
        found: dict[str, tuple[int, str]] = {}  # side -> (strength, party); a stronger or earlier reading wins
        myself = None  # "mij als wijkteammedewerker": the party I am, where I am the object
        for at, party in enumerate(parties):
            if party is None:
                continue
            side, strength = _side(words, at)
            if side == "myself":
                myself = myself or party
            elif side is not None and strength > found.get(side, (0, ""))[0]:
                found[side] = (strength, party)
        giver, receiver = (found[side][1] if side in found else None for side in ("giver", "receiver"))
        if myself is not None and (giver is None) != (receiver is None):  # the other side is me
            giver, receiver = (myself, receiver) if giver is None else (giver, myself)
        if giver is not None and giver == receiver:
            return NO_DIRECTION  # "de school aan school" says nothing about a direction
        return Direction(giver, receiver)

    def passes_on(self, text: str) -> bool:
        """Whether the text speaks of passing information on at all ("can i tell them?")."""
        return any(w in _MOVES for w in self._analyzer.joined(text).split())

    def _repaired_party(self, word: str, repair: Callable[[str], str | None] | None) -> str | None:
        """The party a misspelt word stands for, if its repair names one; a word that is not a typo gives None."""
        if repair is None or word in _DETERMINERS:
            return None
        repaired = repair(word)
        return self._party(repaired) if repaired is not None and repaired != word else None

    def _party(self, word: str) -> str | None:
        if word in self._seen:
            return self._seen[word]
        found = None
        if word not in _DETERMINERS:
            found = self._party_of.get(self._analyzer.stem(word))
            if found is None and len(word) > _PREFIX_LENGTH:
                found = next((party for start, party in self._prefixes if word.startswith(start)), None)
        if len(self._seen) < _SEEN_WORDS:
            self._seen[word] = found
        return found


def _side(words: list[str], at: int) -> tuple[str | None, int]:
    """Whether the party named at ``at`` gives or receives, from the words around it, and how clearly:
    (side, 2) for a preposition or a role, (side, 1) for a subject read from its verb, (None, 0) unknown."""
    before, skipped = _word_before(words, at)
    around = words[max(0, at - _WINDOW):at + _NEAR + 1]
    following = words[at + 1:at + 1 + _NEAR]
    self_before = any(w in _SELF for w in words[max(0, at - _NEAR - 1):at])
    if before in _ROLE_BEFORE and (not skipped or _ROLE_BEFORE[before]):
        if words[at - skipped - 2:at - skipped - 1] and words[at - skipped - 2] in _OBJECT_PRONOUNS:
            return "myself", 2  # "mag de gemeente ons als school vertellen", "asks me as a youth worker"
        return _asker_side(words), 2  # "als jongerenwerker", "as a youth worker"; "als de politie" is "if the police"
    if before in _GIVER_BEFORE or _identity_before(words, at - skipped):
        return _asker_side(words), 2  # "vanuit de school", "ik ben wijkagent"
    if before in _RECEIVER_BEFORE and any(w in _SHARING for w in around) and words[at - skipped - 2:at - skipped - 1] \
            not in (["known"], ["bekend"]):
        return "receiver", 2  # "aan de politie doorgeven", "pass it on to the school"
    if before in _REQUEST_FROM and any(w in _REQUESTS for w in (*words[max(0, at - skipped - _NEAR - 1):at],
                                                                 *following[:_NEAR])):
        return "receiver", 2  # "een verzoek van de gemeente", "a request from the municipality": they ask
    if before in _SOURCE_BEFORE and any(w in _INFORMATION for w in around):
        return "giver", 2  # "informatie van de school", "opvragen bij de huisarts", "info from the police"
    if before in _ASK_OBJECT_BEFORE:
        return "giver", 2  # "can i ask the police"
    if before in _TELL_OBJECT:
        return "receiver", 2  # "inform the parents", "tell the school"
    if before in _PREPOSITIONS:
        return None, 0  # "known to the police", "contact met de reclassering", "a pupil of the school"
    if before in _MODALS:  # "mag de gemeente ons als school vertellen", "can the police tell": the clause's verb
        for word in words[at + 1:at + 1 + _CLAUSE]:
            if word in _TOLD:
                return "receiver", 1  # "do parents have to be informed"
            if word in _SHARING:
                return "giver", 1
            if word in _ASKS or word in _RECEIVES or word in _ASK_OBJECT_AFTER:
                return "receiver", 1
        return None, 0
    if following[:1] and (following[0] in _RECORDS or following[0] in _INFORMATION_NOUNS and not skipped):
        return "giver", 2  # "politie-informatie delen", "the police records": the information is theirs
    if self_before:  # the party is what I act on: "mag ik de huisarts vragen", "moet ik de ouders inlichten"
        if any(w in _ASK_OBJECT_AFTER for w in following):
            return "giver", 2
        return ("receiver", 2) if any(w in _TELL_OBJECT or w in _SHARING for w in following) else (None, 0)
    if following[:1] and following[0] in _TELL_OBJECT:
        return "receiver", 2  # "de politie inlichten"
    if any(w in _ASKS or w in _RECEIVES for w in following):
        return "receiver", 1  # "de politie vraagt", "the school asked", "de school krijgt"
    if any(w in _SHARING for w in following):
        return "giver", 1  # "the police share"
    return None, 0


def _someone_else_receives(words: list[str]) -> bool:
    """In a text that names no party: information passed on to someone ("delen met de andere leden", "share the
    member list with a sponsor"). Read only where no party is named: beside a party, a body of the parties ("de
    ggz aan het casusoverleg") would look like someone else and cost right answers."""
    for at, word in enumerate(words):
        if word not in _GIVEN_TO or not any(w in _SHARING for w in words[max(0, at - _WINDOW):at + 4]):
            continue
        after = at + 1
        while after < len(words) and words[after] in _DETERMINERS and after - at <= 2:
            after += 1
        noun = words[after] if after < len(words) else ""
        if noun.isalpha() and len(noun) > 2 and noun not in _NOT_SOMEONE and noun not in _MOVES:
            return True
    return False


def _asker_side(words: list[str]) -> str:
    """The side of the party the asker is: the giver ("mag ik als jongerenwerker iets doorgeven"), unless what is
    asked is only about getting information ("kan ik als huisarts info krijgen van de gemeente", "als politie mag ik
    om info vragen", "can i as a teacher get the file"). Getting is read only after a modal, so a story of what
    came in ("als wijkagent krijg ik signalen van ...") keeps the asker the giver, and so does a question that came
    in ("ik krijg een vraag van de politie")."""
    if any(w in _SHARING for w in words):
        return "giver"
    modal = next((at for at, w in enumerate(words) if w in _MODALS or w in _WANTS), len(words))
    for at in range(modal + 1, len(words)):
        word, after = words[at], words[at + 1:at + 4]
        if any(w in _REQUEST_NOUNS for w in after):
            continue  # "krijg ik een vraag": a request came in, the asker is asked to give
        if word in _ASKER_RECEIVES or (word in _ASKED_FOR or word == "get") and any(
                w in _INFORMATION_NOUNS or w in _RECORDS or w == "information" for w in after):
            return "receiver"
    return "giver"


def _word_before(words: list[str], at: int) -> tuple[str, int]:
    """The word before the party, past at most two determiners, and how many were skipped."""
    before, skipped = at - 1, 0
    while before >= 0 and words[before] in _DETERMINERS and skipped < 2:
        before, skipped = before - 1, skipped + 1
    return (words[before] if before >= 0 else ""), skipped


def _identity_before(words: list[str], at: int) -> bool:
    """"ik ben", "i am", "werkzaam als" right before position ``at``."""
    return any(tuple(words[max(0, at - len(phrase)):at]) == phrase for phrase in _IDENTITY)


