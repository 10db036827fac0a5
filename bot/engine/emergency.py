"""Acute danger first: the check on every typed message and the short reply that puts 112 on top.

The vocabulary lives in ``faq/danger.yaml`` (see :mod:`bot.safety`). The reply is one message with two
buttons: the signalling steps for the user's role, and the municipal contact. Both remember the danger
(:data:`DANGER_FLAG`), so a concern sent after either goes out marked urgent. Whatever the turn would
otherwise have said (a FAQ answer, the next step of a flow) follows it.
"""

from __future__ import annotations

from dataclasses import replace

from bot.content.model import Content
from bot.engine.faq_reply import no_answer_reply
from bot.faq.verdict import Match
from bot.engine.navigation import menu_button, nav_row
from bot.languages import LANGUAGES
from bot.texts.engine import say
from bot.engine.replies import Button, Reply, TextReply, Turn
from bot.safety import DangerVerdict

__all__ = ["CONTACT_BUTTON", "DANGER_FLAG", "STEPS_BUTTON", "emergency_first", "emergency_reply", "emergency_text",
           "suicide_line_first", "verdict", "with_suicide_entry", "without_headline", "worry_offer"]

DANGER_FLAG = "danger"  # saved in a flow where acute danger is described; kept when it hands over to the intake
STEPS_BUTTON = "danger:steps"
CONTACT_BUTTON = "danger:contact"  # the municipal contact, with the concern marked urgent
MAX_OFFERED = 3  # "did you mean" buttons, as the matcher offers them


def verdict(content: Content, text: str) -> DangerVerdict:
    """The danger check; content without a vocabulary (tests' minimal content) is never urgent."""
    return content.danger.check(text) if content.danger is not None else DangerVerdict(False)


def emergency_text(lang: str, danger: DangerVerdict | None = None) -> str:
    """112 first; for suicide or self-harm one line more: 113, for afterwards and for thoughts without acute danger
    (reading review 48: "zonder acuut gevaar?" read oddly right under "he swallowed all the pills")."""
    text = say("emergency", lang)
    if danger is not None and danger.suicide:
        text = f"{text}\n{say('emergency_suicide_after', lang)}"
    return text


def emergency_reply(content: Content, lang: str, danger: DangerVerdict | None = None) -> TextReply:
    row: list[Button] = []
    if content.danger is not None and content.danger.rules.steps_node and content.node(content.danger.rules.steps_node):
        row.append(Button(STEPS_BUTTON, say("emergency_steps", lang)))
    row.append(Button(CONTACT_BUTTON, say("menu_contact", lang)))
    return TextReply(emergency_text(lang, danger), (tuple(row),))


def emergency_first(content: Content, turn: Turn, lang: str, danger: DangerVerdict | None = None) -> Turn:
    """The same turn with the emergency reply as its first message (never twice). A "no reliable answer" after
    it is dropped, "did you mean" loses its "Acuut gevaar? Bel 112." line, and an answer that opens with the
    emergency reply's own first line (the FAQ's acute-danger entry) loses that line: the emergency reply already
    says what to do, with its own buttons to the next steps."""
    reply = emergency_reply(content, lang, danger)
    if turn.replies and turn.replies[0] == reply:
        return turn
    # the question may be in the other language
    unanswered = {no_answer_reply(code, story=story) for code in LANGUAGES for story in (False, True)}
    asking = {say(key, code) for key in ("did_you_mean", "did_you_mean_one") for code in LANGUAGES}  # without "Bel 112."
    kept = tuple(TextReply(r.text.partition("\n\n")[0], r.buttons) if isinstance(r, TextReply) and r.text in asking
                 else TextReply(without_headline(r.text), r.buttons) if isinstance(r, TextReply)
                 else r for r in turn.replies if r not in unanswered)
    if kept != turn.replies:
        turn = Turn(turn.session, kept, turn.effects, turn.visited)
    return turn.with_replies_before([reply])


def with_suicide_entry(content: Content, match: Match, danger: DangerVerdict) -> Match:
    """A calm message that tells of suicide or self-harm, without a sure answer, offers the entry on what a
    professional can do besides 113 (``suicide_talk_entry`` in ``faq/danger.yaml``) as the first button."""
    entry = content.danger.rules.suicide_talk_entry if content.danger is not None else ""
    if not danger.suicide_talk or danger.urgent or not entry or entry not in content.faq or match.verdict == "answer":
        return match
    offered = (entry, *(s for s in match.suggestions if s != entry))[:MAX_OFFERED]
    return replace(match, verdict="story" if match.verdict == "story" else "suggest", suggestions=offered)


def suicide_line_first(turn: Turn, lang: str) -> Turn:
    """A calm message that tells of suicide or self-harm ("mijn cliënt heeft suïcidale gedachten, mag ik ...")
    gets the 113 line above whatever it gets: no alarm, but the number for thoughts without acute danger."""
    return turn.with_replies_before([TextReply(say("emergency_suicide", lang))])


def without_headline(text: str) -> str:
    """An answer without a first paragraph that only repeats the emergency reply's first line ("Acuut gevaar?
    Bel nu 112."), for when that reply was just shown above it."""
    first, _, rest = text.partition("\n\n")
    headlines = {say("emergency", code).partition("\n")[0].removeprefix("🚨").strip() for code in LANGUAGES}
    return rest if rest.strip() and first.strip() in headlines else text


def worry_offer(lang: str) -> Reply:
    """A story of a worry about someone: offer the "Ik maak me zorgen" guide (the role is already known)."""
    start = (menu_button("signalling", lang),)
    return TextReply(say("worry_offer", lang), (start, nav_row(lang)))
