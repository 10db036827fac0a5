"""Every key name the content files may use, in one place.

A key that is not listed here is an error (a typo such as ``anwser`` must not be silently ignored).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BUTTON_ID_MAX_BYTES",
    "CHECKS",
    "CHECK_OUTPUTS",
    "DANGER",
    "DANGER_FILE",
    "ESCALATE_KEYS",
    "FLOW_ACCESS",
    "FAQ_ENTRY",
    "FLOW",
    "ID_PATTERN",
    "NODE_KINDS",
    "OPTION",
    "NOTE",
    "OFF_TOPIC_FILE",
    "OFF_TOPIC_TOPIC",
    "RESERVED_FLOWS",
    "ROLES",
    "RULE",
    "SOURCE",
    "Shape",
    "TEXT_MAX_CHARS",
]

# Role ids, used in content (`roles:`), sessions and `--role`.
ROLES = ("jongerenwerker", "docent", "politie", "zorg", "gemeente", "anders")

# Flows the main menu relies on.
RESERVED_FLOWS = ("signalling", "sharing", "escalation")

# Telegram limits.
BUTTON_ID_MAX_BYTES = 64
TEXT_MAX_CHARS = 4096

ID_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"

# Checks a question node may apply to the typed answer (implemented in bot.engine.checks).
CHECKS = ("text", "municipality", "concern", "contact")


@dataclass(frozen=True)
class Shape:
    """The keys one kind of YAML mapping may have."""

    name: str
    required: frozenset[str]
    optional: frozenset[str] = frozenset()

    @property
    def allowed(self) -> frozenset[str]:
        return self.required | self.optional


def _shape(name: str, required: str, optional: str = "") -> Shape:
    return Shape(name, frozenset(required.split()), frozenset(optional.split()))


SYNONYMS_FILE = "synonyms.yaml"
DANGER_FILE = "danger.yaml"  # acute-danger vocabulary, see bot.safety
OFF_TOPIC_FILE = "off_topic.yaml"  # questions the help desk should not answer, see bot.faq.off_topic
OFF_TOPIC_TOPIC = _shape("off-topic topic", "topic examples")

DANGER = _shape("'danger:'", "words urgent_when",
                "steps_node suicide_talk_entry urgent_unless_denied urgent_unless_corrected urgent_unless_calm negations denials calm asides worry ordinary_words "
                "suicide_groups suicide_talk_groups figure_groups meaning_not_enough told_now_groups past_days past_before past_after about settled spellings names_when_capitalised")
FAQ_ENTRY = _shape("FAQ entry", "id question answer sources reviewed", "tags roles related needs_subject needs_one_of local_contact")
SOURCE = _shape("source", "title", "url document")
FLOW = _shape("flow", "id title start nodes", "triggers description access")
FLOW_ACCESS = ("", "registered")  # registered: only professionals with an invite code may start the flow
OPTION = _shape("option", "id label next", "roles synonyms unknown")
NOTE = _shape("note", "when text", "sources")
RULE = _shape("rule", "then", "when")

_NODE_COMMON = "record_label sources outcome reasons notes"
NODE_KINDS: dict[str, Shape] = {
    "message": _shape("message node", "kind text next", _NODE_COMMON),
    "choice": _shape("choice node", "kind text options", _NODE_COMMON),
    "question": _shape("question node", "kind text save_as next", "check record_label"),
    "faq": _shape("faq node", "kind faq next"),
    "handoff": _shape("handoff node", "kind text", "to at"),
    "document": _shape("document node", "kind title filename text next"),
    "end": _shape("end node", "kind text", _NODE_COMMON),
    "branch": _shape("branch node", "kind on cases default"),
    "table": _shape("table node", "kind rules"),
    "escalate": _shape("escalate node", "kind text"),
}

# Answers a check saves besides the typed value, usable in a branch's ``on`` (e.g. on: route).
CHECK_OUTPUTS = {"municipality": ("route",)}
# What an escalate node sends: the answers saved under these keys in its flow.
ESCALATE_KEYS = ("municipality", "concern", "urgency", "contact")
