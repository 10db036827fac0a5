"""Checks a question node applies to a typed answer before saving it.

    text          any non-empty text of reasonable length
    municipality  a Dutch municipality (typos and former names accepted; ambiguous → the user chooses);
                  also saves ``route``: local, regional or national (no contact configured)
    concern       the professional's description; personal data of the young person is pointed out and the
                  user chooses to edit it or to send it with those details masked
    contact       the professional's own phone number or e-mail address (or "alleen via de bot")
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.model import Content, Text
from bot.privacy import describe, find_personal_data, mask_personal_data

__all__ = ["ANSWER_MAX_CHARS", "CheckResult", "Choice", "run_check"]

ANSWER_MAX_CHARS = 2000
CONCERN_MIN_CHARS = 15
BOT_ONLY = Text("alleen via de bot", "only through the bot")
_WORK_NUMBER = re.compile(r"(?<!\d)(?:\+31[\s-]?|0)(?:8[0-9]|9[0-9]{2})(?:[\s-]?\d){5,8}(?!\d)")
_BOT_ONLY_TYPED = {"geen", "nee", "bot", "alleen via de bot", "via de bot", "none", "no", "only through the bot"}


@dataclass(frozen=True, slots=True)
class Choice:
    """A button a failed check offers: ``value`` is saved when pressed; ``None`` means "type it again"."""

    label: Text
    value: str | None


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    value: str = ""
    problem: Text | None = None
    choices: tuple[Choice, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()  # further answers to save, e.g. (("route", "local"),)
    note: Text | None = None  # said when the value is accepted, e.g. about a merged municipality


def run_check(name: str, text: str, content: Content) -> CheckResult:
    value = text.strip()
    if not value:
        return CheckResult(False, problem=Text("Typ je antwoord als tekst.", "Please type your answer as text."))
    if len(value) > ANSWER_MAX_CHARS:
        return CheckResult(False, problem=Text(f"Dat is te lang; houd het onder de {ANSWER_MAX_CHARS} tekens.",
                                               f"That is too long; please keep it under {ANSWER_MAX_CHARS} characters."))
    if name == "municipality":
        return _municipality(value, content)
    if name == "concern":
        return _concern(value)
    if name == "contact":
        return _contact(value)
    return CheckResult(True, value)


def _municipality(value: str, content: Content) -> CheckResult:
    if content.municipalities is None or content.directory is None:
        return CheckResult(True, value, extra=(("route", "national"),))
    found = content.municipalities.lookup(value)
    if found.kind == "found":
        municipality = found.matches[0]
        route = content.directory.route(municipality)
        note = Text(found.note_nl, found.note_en) if found.note_nl else None
        return CheckResult(True, municipality.name, extra=(("route", route.kind),), note=note)
    if found.kind == "choose":
        choices = tuple(Choice(Text(m.name, m.name), m.name) for m in found.matches)
        return CheckResult(False, problem=Text("Welke gemeente bedoel je?", "Which municipality do you mean?"),
                           choices=(*choices, Choice(Text("Geen van deze", "None of these"), None)))
    return CheckResult(False, problem=Text(
        f"De gemeente '{value[:60]}' ken ik niet. Typ de naam van de gemeente waar de jongere woont, "
        "bijvoorbeeld Utrecht of Den Haag.",
        f"I do not know the municipality '{value[:60]}'. Type the name of the municipality where the young "
        "person lives, for example Utrecht or Den Haag."))


def _concern(value: str) -> CheckResult:
    if len(value) < CONCERN_MIN_CHARS:
        return CheckResult(False, problem=Text(
            "Beschrijf je zorg in een paar zinnen: wat heb je gezien of gehoord, sinds wanneer?",
            "Describe your concern in a few sentences: what did you see or hear, since when?"))
    findings = find_personal_data(value)
    if not findings:
        return CheckResult(True, value)
    kinds = list(dict.fromkeys(f.kind for f in findings))
    masked = mask_personal_data(value, findings)
    return CheckResult(False, problem=Text(
        f"Je tekst lijkt persoonsgegevens te bevatten: {_listing(kinds, 'nl')}. Voor een eerste melding heeft "
        "de gemeente die niet nodig: de contactpersoon vraagt ze zelf als dat nodig is. Zo staan ze niet "
        f"onnodig in berichten en bestanden.\n\nZo zou het verstuurd worden:\n{masked}",
        f"Your text seems to contain personal data: {_listing(kinds, 'en')}. The municipality does not need it "
        "for a first report: the contact person will ask if needed. That keeps it out of messages and files."
        f"\n\nThis is how it would be sent:\n{masked}"),
        choices=(Choice(Text("Verstuur zo, gemaskeerd", "Send it like this, masked"), masked),
                 Choice(Text("Ik pas het zelf aan", "I will rewrite it"), None)))


def _contact(value: str) -> CheckResult:
    if value.casefold() in _BOT_ONLY_TYPED:
        return CheckResult(True, BOT_ONLY.nl)
    found = [f.text for f in find_personal_data(value) if f.kind in ("email", "phone")]
    # bot.privacy leaves out business numbers (088, 0800, 0900): a professional's work number may be one
    found += [m.group(0) for m in _WORK_NUMBER.finditer(value) if not any(m.group(0) in f for f in found)]
    if found:
        return CheckResult(True, " / ".join(found))
    return CheckResult(False, problem=Text(
        "Geef een telefoonnummer of e-mailadres waarop de contactpersoon jou kan bereiken, of typ 'geen' als "
        "je alleen via de bot contact wilt.",
        "Give a phone number or e-mail address where the contact person can reach you, or type 'none' if you "
        "only want contact through the bot."))


def _listing(kinds: list[str], lang: str) -> str:
    names = [describe(kind, lang) for kind in kinds]
    joiner = " en " if lang == "nl" else " and "
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]
