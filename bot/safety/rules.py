"""The danger vocabulary as plain values: word groups and the combinations of groups that mean danger.

Read from ``faq/danger.yaml`` by :mod:`bot.content.parse_danger`; used by :mod:`bot.safety.detector`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["DangerRules", "DangerVerdict", "Phrase", "WordPattern"]


class WordPattern(NamedTuple):
    """One word of a phrase: ``text`` folded (lowercase, no accents) with ``*`` for any letters.

    ``exact_case`` patterns (written in capitals in the content, such as ``IS``) only match the same capitals.

    A named tuple, not a dataclass, for the same reason as :class:`Phrase`.
    """

    text: str
    exact_case: bool = False

    @property
    def prefix(self) -> bool:  # "aanslag*"
        return self.text.endswith("*")

    @property
    def suffix(self) -> bool:  # "*bom"
        return self.text.startswith("*")

    @property
    def core(self) -> str:
        return self.text.strip("*")

    def __reduce__(self) -> tuple[Callable[..., WordPattern], tuple[type[WordPattern], tuple[str, bool]]]:
        return tuple.__new__, (WordPattern, (self.text, self.exact_case))  # see Phrase.__reduce__


_NARROW: frozenset[int] = frozenset()  # the places of no wide word


class Phrase(NamedTuple):
    """A word or a phrase of several words; ``anchored`` phrases only count at the start of a message. ``wide``:
    the places of words that may stand further after the word before them, written ``steekt ... neer`` (a Dutch
    separable verb keeps its object in between: "hij steekt nu mijn collega neer").

    A named tuple, not a frozen dataclass: the kept danger check (:mod:`bot.safety.remembered_check`) holds some
    49,000 phrases, and a cold ``helpdesk ask`` reads them all back. A dataclass is rebuilt by a Python call per
    phrase; a tuple is made in C (see :meth:`__reduce__`), and the whole check then reads back in some 60 % of the
    time. Its hash is the dataclass's (that of the tuple of its fields), so sets of phrases keep their order.
    """

    words: tuple[WordPattern, ...]
    anchored: bool = False
    wide: frozenset[int] = _NARROW

    def __reduce__(self) -> tuple[Callable[..., Phrase],
                                  tuple[type[Phrase], tuple[tuple[WordPattern, ...], bool, frozenset[int]]]]:
        # read back by tuple.__new__ itself, with no Python call: a named tuple's own pickling goes through its
        # generated __new__, a Python function. The phrases without a "..." (most) share one empty set.
        return tuple.__new__, (Phrase, (self.words, self.anchored, self.wide or _NARROW))

    def __str__(self) -> str:
        shown = "".join(("" if i == 0 else " ... " if i in self.wide else " ") + w.text
                        for i, w in enumerate(self.words))
        return f"^{shown}" if self.anchored else shown


@dataclass(frozen=True)
class DangerRules:
    groups: Mapping[str, tuple[Phrase, ...]]  # group name -> phrases
    urgent_when: tuple[frozenset[str], ...]
    urgent_unless_denied: tuple[frozenset[str], ...] = ()
    # urgent unless a denial or a calm phrase says otherwise; an aside (a question about the rules) does not
    urgent_unless_corrected: tuple[frozenset[str], ...] = ()
    urgent_unless_calm: tuple[frozenset[str], ...] = ()
    negations: frozenset[str] = frozenset()
    denials: tuple[Phrase, ...] = ()  # the writer says there is no acute danger ("niks concreets")
    calm: tuple[Phrase, ...] = ()
    # an aside that frames a message without making a danger unreal: a question about the rules ("mag ik dit
    # delen"), a reason for a trip ("for his grandma's funeral"). Calm in its own sentence, like ``calm``, but it
    # talks down no ``urgent_unless_corrected`` line ("hij zwaait met een mes in de aula. mag ik dit delen?")
    asides: tuple[Phrase, ...] = ()
    worry: tuple[Phrase, ...] = ()
    steps_node: str = ""
    # the FAQ entry offered under the 113 line when a calm message tells of suicide or self-harm (``suicide_talk``)
    # and no answer was sure: what a professional can do besides 113
    suicide_talk_entry: str = ""
    suicide_groups: frozenset[str] = frozenset()  # a match in one of these adds the 113 line to the emergency reply
    # suicide or self-harm told without acute danger ("mijn cliënt heeft suïcidale gedachten, mag ik ..."): a match in
    # one of these puts the 113 line above whatever a calm message gets
    suicide_talk_groups: frozenset[str] = frozenset()
    # groups read where a figure stands too, as the suicide talk groups are: the figure "de dood verdienen" takes away
    # the act its "dood" would be, not the judgment it tells, which still counts beside a place now or an address
    figure_groups: frozenset[str] = frozenset()
    # the reading by meaning (bot.safety.meaning) counts only when the message has a word of a group NOT listed here
    meaning_not_enough: frozenset[str] = frozenset()
    # a danger its own clause tells with a word of one of these groups ("nu", "is attacking"), with nothing calm beside
    # it, is talked down afterwards only by a denial, not by a calm phrase or an aside in a later sentence
    told_now_groups: frozenset[str] = frozenset()
    # a day named as past ("afgelopen vrijdag", "vrijdag 12 mei jl.", "last friday") counts for no group:
    # a ``past_before`` phrase right before a word of ``past_days``, or a ``past_after`` phrase up to three words after
    past_days: frozenset[str] = frozenset()
    past_before: tuple[Phrase, ...] = ()
    past_after: tuple[Phrase, ...] = ()
    # a film, debate, poem or evening "about" something: the few words right after an ``about`` phrase are its
    # subject, told about, not happening ("een film over een gijzeling"), and count for no group
    about: tuple[Phrase, ...] = ()
    # the danger is over ("iedereen is veilig"): with a denial ("zit vast", "in custody") even an ``urgent_when``
    # line is read sentence by sentence, so only a danger told after the all-clear still is urgent
    settled: tuple[Phrase, ...] = ()
    # a chat spelling and the word it stands for ("nie": "niet", "isnt": "isn't"): the typed word reads as both, so
    # every rule written with the standard word finds it, and it negates as the standard word does
    spellings: Mapping[str, str] = field(default_factory=dict)
    # short forms that are also names or titles when capitalised ("Nik", "Mr"): read as their standard word only
    # when typed in lower case
    names_when_capitalised: frozenset[str] = frozenset()
    where: str = ""  # file the rules were read from, for messages

    @classmethod
    def empty(cls) -> DangerRules:
        return cls(groups={}, urgent_when=())

    def group_names(self) -> frozenset[str]:
        return frozenset(self.groups)


@dataclass(frozen=True, slots=True)
class DangerVerdict:
    """``urgent``: the message describes acute danger. ``groups``: which word groups were found (for tests and
    maintainers); ``worry``: the message tells of a worry about someone (offer the signalling guide)."""

    urgent: bool
    groups: frozenset[str] = frozenset()
    worry: bool = False
    calm: bool = False
    found: tuple[str, ...] = ()
    suicide: bool = False  # urgent, and about suicide or self-harm: the emergency reply adds 113
    denied: bool = False  # the writer says there is no acute danger ("niks concreets")
    aside: bool = False  # calm only by an aside, such as a question about the rules ("mag ik dit delen")
    firm: bool = False  # urgent by an ``urgent_unless_corrected`` line, which no aside talks down
    suicide_talk: bool = False  # not urgent, but tells of suicide or self-harm: the reply opens with the 113 line

