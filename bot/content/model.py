"""Content objects: what the engine reads. Plain frozen values that remember their file and line."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal, Union

from bot.languages import Text  # content objects hold their words as Texts; importers may take it from here

if TYPE_CHECKING:
    from bot.faq.matcher import FaqIndex
    from bot.places import MunicipalityFinder, RouteFinder
    from bot.safety import DangerCheck

__all__ = [
    "BranchNode",
    "ChoiceNode",
    "Condition",
    "Content",
    "DocumentNode",
    "EndNode",
    "EscalateNode",
    "FaqEntry",
    "FaqNode",
    "Flow",
    "HandoffNode",
    "MessageNode",
    "Node",
    "Note",
    "Option",
    "QuestionNode",
    "Rule",
    "Source",
    "TableNode",
    "Text",
    "Where",
    "holds",
]

@dataclass(frozen=True, slots=True)
class Where:
    """The file (relative to the content root) and line an object was read from."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str = ""
    document: str = ""

    def render(self) -> str:
        ref = self.url or self.document
        return f"{self.title} — {ref}" if ref else self.title


@dataclass(frozen=True)
class FaqEntry:
    id: str
    questions: Mapping[str, tuple[str, ...]]
    answer: Text
    sources: tuple[Source, ...]
    reviewed: datetime.date
    where: Where
    tags: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    lines: Mapping[str, int] = field(default_factory=dict)  # line of each key, for precise errors
    # answers only a message that names the subject (faq/synonyms.yaml ``subject:``): an entry on an everyday topic,
    # such as a private landlord, must not answer "can my landlord enter my flat"
    needs_subject: bool = False
    # answers only a message that names one of these words (a compound counts: "huurder" in "onderhuurder"): an
    # entry for landlords must not answer a neighbour who never mentions renting
    needs_one_of: tuple[str, ...] = ()
    # an answer about whom to contact at the municipality: when the question names a town, a line under it says
    # whether this bot has a contact for that municipality (bot.engine.local_contact)
    local_contact: bool = False



@dataclass(frozen=True)
class Option:
    id: str
    label: Text
    next: str
    where: Where
    roles: tuple[str, ...] = ()
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # typed words that pick it, per language
    unknown: bool = False  # this option means "I don't know": typed "weet ik niet" picks it

    def visible_to(self, role: str | None) -> bool:
        return not self.roles or role in self.roles


# A condition on a flow's answers: for each key ("role" or a choice node's name) the values it may have.
# Keys left out may have any value; an answer that was never given matches no value.
Condition = Mapping[str, tuple[str, ...]]


def holds(when: Condition, facts: Mapping[str, str | None]) -> bool:
    """Whether every key of ``when`` has one of its listed values in ``facts``."""
    return all(facts.get(key) in values for key, values in when.items())


@dataclass(frozen=True)
class Note:
    """A paragraph of an outcome shown only when its condition holds for the user's answers."""

    when: Condition
    text: Text
    where: Where
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One row of a decision table: when the condition holds, go to ``then`` (a full node id)."""

    when: Condition
    then: str
    where: Where


@dataclass(frozen=True)
class _NodeBase:
    id: str  # full id, "flow:node"
    where: Where

    @property
    def flow(self) -> str:
        return self.id.split(":", 1)[0]

    @property
    def local(self) -> str:
        return self.id.split(":", 1)[1]


@dataclass(frozen=True)
class _Recorded:
    """Keys that let a node take part in a decision record."""

    record_label: Text | None = None
    sources: tuple[Source, ...] = ()
    outcome: bool = False
    reasons: Text | None = None
    notes: tuple[Note, ...] = ()

    def notes_for(self, facts: Mapping[str, str | None]) -> tuple[Note, ...]:
        return tuple(n for n in self.notes if holds(n.when, facts))

    def sources_for(self, facts: Mapping[str, str | None]) -> tuple[Source, ...]:
        """The node's own sources, then those of the notes that hold, each once."""
        found = [*self.sources, *(s for note in self.notes_for(facts) for s in note.sources)]
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class MessageNode(_Recorded, _NodeBase):
    text: Text = Text()
    next: str = ""
    kind: Literal["message"] = "message"
    waits: ClassVar[bool] = False

    @property
    def exits(self) -> tuple[str, ...]:
        return (self.next,)


@dataclass(frozen=True)
class ChoiceNode(_Recorded, _NodeBase):
    text: Text = Text()
    options: tuple[Option, ...] = ()
    kind: Literal["choice"] = "choice"
    waits: ClassVar[bool] = True

    @property
    def exits(self) -> tuple[str, ...]:
        return tuple(o.next for o in self.options)

    def options_for(self, role: str | None) -> tuple[Option, ...]:
        return tuple(o for o in self.options if o.visible_to(role))


@dataclass(frozen=True)
class QuestionNode(_NodeBase):
    text: Text = Text()
    save_as: str = ""
    next: str = ""
    check: str = "text"
    record_label: Text | None = None
    kind: Literal["question"] = "question"
    waits: ClassVar[bool] = True

    @property
    def exits(self) -> tuple[str, ...]:
        return (self.next,)


@dataclass(frozen=True)
class FaqNode(_NodeBase):
    faq: str = ""
    next: str = ""
    kind: Literal["faq"] = "faq"
    waits: ClassVar[bool] = False

    @property
    def exits(self) -> tuple[str, ...]:
        return (self.next,)


@dataclass(frozen=True)
class HandoffNode(_NodeBase):
    text: Text = Text()
    to: str = "escalation"
    at: str = ""  # full id of the node in flow ``to`` to start at; "" is that flow's start
    kind: Literal["handoff"] = "handoff"
    waits: ClassVar[bool] = False
    exits: ClassVar[tuple[str, ...]] = ()  # leaves the flow


@dataclass(frozen=True)
class DocumentNode(_NodeBase):
    title: Text = Text()
    filename: str = ""
    text: Text = Text()
    next: str = ""
    kind: Literal["document"] = "document"
    waits: ClassVar[bool] = False

    @property
    def exits(self) -> tuple[str, ...]:
        return (self.next,)


@dataclass(frozen=True)
class EndNode(_Recorded, _NodeBase):
    text: Text = Text()
    kind: Literal["end"] = "end"
    waits: ClassVar[bool] = False
    exits: ClassVar[tuple[str, ...]] = ()


@dataclass(frozen=True)
class BranchNode(_NodeBase):
    on: str = "role"  # "role" or the save_as key of an earlier question / the id of an earlier choice
    cases: Mapping[str, str] = field(default_factory=dict)
    default: str = ""
    kind: Literal["branch"] = "branch"
    waits: ClassVar[bool] = False

    @property
    def exits(self) -> tuple[str, ...]:
        return (*self.cases.values(), self.default)

    def target(self, value: str | None) -> str:
        return self.cases.get(value or "", self.default)


@dataclass(frozen=True)
class TableNode(_NodeBase):
    """A decision table: goes on without asking, to the ``then`` of the first rule whose condition holds.

    ``helpdesk check`` walks every path a user can take to the table and proves one rule holds for each."""

    rules: tuple[Rule, ...] = ()
    kind: Literal["table"] = "table"
    waits: ClassVar[bool] = False

    @property
    def exits(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(rule.then for rule in self.rules))

    def decide(self, facts: Mapping[str, str | None]) -> Rule | None:
        return next((rule for rule in self.rules if holds(rule.when, facts)), None)


@dataclass(frozen=True)
class EscalateNode(_NodeBase):
    """Shows a summary of the flow's answers and sends them to the municipal contact on confirmation.

    It ends the flow: the user hears how sending went and is back in the menu."""

    text: Text = Text()
    kind: Literal["escalate"] = "escalate"
    waits: ClassVar[bool] = True
    exits: ClassVar[tuple[str, ...]] = ()  # ends the flow


Node = Union[MessageNode, ChoiceNode, QuestionNode, FaqNode, HandoffNode, DocumentNode, EndNode, BranchNode,
             TableNode, EscalateNode]


@dataclass(frozen=True)
class Flow:
    id: str
    title: Text
    start: str  # full node id
    nodes: Mapping[str, Node]  # by full node id, in file order
    where: Where
    triggers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    description: Text | None = None
    access: str = ""  # "registered": only registered professionals may start it


@dataclass(frozen=True)
class Content:
    """Everything the engine needs to answer: flows, FAQ entries and the FAQ index built from them."""

    flows: Mapping[str, Flow]
    faq: Mapping[str, FaqEntry]
    faq_index: FaqIndex
    trigger_index: FaqIndex
    synonyms: tuple[tuple[str, ...], ...] = ()
    municipalities: MunicipalityFinder | None = None  # bot.escalation.municipalities.MunicipalityIndex
    directory: RouteFinder | None = None  # bot.escalation.directory.Directory
    danger: DangerCheck | None = None  # acute danger in typed text (faq/danger.yaml)

    def warm(self) -> None:
        """Build now what the first message would wait for: the FAQ index and, where used, the sentence encoder."""
        self.faq_index.warm()
        if self.danger is not None:
            self.danger.warm()

    def reads_meaning(self) -> bool:
        """Whether messages are read by meaning too (the sentence encoder is in use)."""
        return self.faq_index.semantic is not None or (self.danger is not None and self.danger.meaning is not None)

    def node(self, node_id: str) -> Node | None:
        flow = self.flows.get(node_id.split(":", 1)[0])
        return flow.nodes.get(node_id) if flow else None
