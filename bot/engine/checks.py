"""Checks a question node applies to a typed answer before saving it.

    text          any non-empty text of reasonable length
    municipality  a Dutch municipality, or a place in one (typos and former names accepted; ambiguous → the
                  user chooses); says what it understood ("Ik begrijp: gemeente Súdwest-Fryslân (Sneek)") and,
                  without a contact, the national fallback; also saves ``route``: local, regional or national
    concern       the professional's description; personal data of the young person is pointed out and the
                  user chooses to edit it or to send it with those details masked; a word that may be a name
                  (a doubt) is asked about: "Staat hier een naam of iets anders herleidbaars in?"
    contact       the professional's own phone number or e-mail address (or "alleen via de bot")
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.model import Content, Text
from bot.escalation.directory import NATIONAL_DEFAULT, National
from bot.escalation.municipalities import Lookup, Municipality
from bot.privacy import DOUBT, describe, find_personal_data, mask_personal_data

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
        return CheckResult(True, value, extra=(("route", "national"),), note=_national_note(value, NATIONAL_DEFAULT))
    found = content.municipalities.lookup(value)
    if found.kind == "found":
        municipality = found.matches[0]
        route = content.directory.route(municipality)
        note = understood(found, municipality)
        if route.kind == "national":
            note = _join(note, _national_note(municipality.name, route.national))
        return CheckResult(True, municipality.name, extra=(("route", route.kind),), note=note)
    if found.kind == "choose":
        shown = found.place and len({m.province for m in found.matches}) > 1
        choices = tuple(Choice(Text(f"{m.name} ({m.province})" if shown else m.name,
                                    f"{m.name} ({m.province})" if shown else m.name), m.name) for m in found.matches)
        problem = (Text(f"{found.place} ligt in meer dan één gemeente. Welke bedoel je?",
                        f"{found.place} lies in more than one municipality. Which one do you mean?")
                   if found.place else Text("Welke gemeente bedoel je?", "Which municipality do you mean?"))
        return CheckResult(False, problem=problem,
                           choices=(*choices, Choice(Text("Geen van deze", "None of these"), None)))
    nearest = content.municipalities.nearest(value)
    if nearest:
        return CheckResult(False, problem=Text(
            f"De gemeente of woonplaats '{value[:60]}' ken ik niet. Bedoel je een van deze gemeenten?",
            f"I do not know the municipality or town '{value[:60]}'. Do you mean one of these municipalities?"),
            choices=(*(Choice(Text(_labelled(m, place), _labelled(m, place)), m.name) for m, place in nearest),
                     Choice(Text("Geen van deze", "None of these"), None)))
    return CheckResult(False, problem=Text(
        f"De gemeente of woonplaats '{value[:60]}' ken ik niet. Typ de naam van de gemeente of de plaats waar de "
        "jongere woont, bijvoorbeeld Utrecht, Den Haag of Sneek.",
        f"I do not know the municipality or town '{value[:60]}'. Type the name of the municipality or town where "
        "the young person lives, for example Utrecht, Den Haag or Sneek."))


def _labelled(municipality: Municipality, place: str) -> str:
    return f"{municipality.name} ({place})" if place else municipality.name


def understood(found: Lookup, municipality: Municipality) -> Text:
    """What the bot took the typed text to mean: "Ik begrijp: gemeente Súdwest-Fryslân (Sneek)." and any note."""
    place = f" ({found.place})" if found.place else ""
    said = Text(f"Ik begrijp: gemeente {municipality.name}{place}.", f"I understood: municipality of "
                f"{municipality.name}{place}.")
    return _join(said, Text(found.note_nl, found.note_en)) if found.note_nl else said


def _national_note(name: str, national: National) -> Text:
    return Text(f"Voor gemeente {name} is in deze bot geen contactpersoon ingesteld. Landelijk advies, ook "
                f"anoniem: {national.name}, {national.phone}, {national.email}.",
                f"No contact person is configured in this bot for the municipality of {name}. National advice, "
                f"also anonymously: {national.name}, {national.phone}, {national.email}.")


def _join(first: Text, second: Text) -> Text:
    return Text(f"{first.nl} {second.nl}", f"{first.en} {second.en}")


def _concern(value: str) -> CheckResult:
    if len(value) < CONCERN_MIN_CHARS:
        return CheckResult(False, problem=Text(
            "Beschrijf je zorg in een paar zinnen: wat heb je gezien of gehoord, sinds wanneer?",
            "Describe your concern in a few sentences: what did you see or hear, since when?"))
    found = find_personal_data(value)
    findings = tuple(f for f in found if f.kind != DOUBT)
    doubts = list(dict.fromkeys(f.text for f in found if f.kind == DOUBT))
    if not findings and not doubts:
        return CheckResult(True, value)
    masked = mask_personal_data(value, findings)
    if not findings:
        return CheckResult(False, problem=Text(
            f"{DOUBT_QUESTION.nl} Ik twijfel over: {_quoted(doubts)}. Is het een naam of iets anders waaraan "
            "iemand te herkennen is, pas het dan aan.",
            f"{DOUBT_QUESTION.en} I am unsure about: {_quoted(doubts)}. If it is a name or anything else that "
            "identifies someone, please rewrite it."),
            choices=(Choice(Text("Nee, verstuur zo", "No, send it like this"), value),
                     Choice(Text("Ja, ik pas het aan", "Yes, I will rewrite it"), None)))
    kinds = list(dict.fromkeys(f.kind for f in findings))
    doubt_nl = f"\n\n{DOUBT_QUESTION.nl} Ik twijfel nog over: {_quoted(doubts)}." if doubts else ""
    doubt_en = f"\n\n{DOUBT_QUESTION.en} I am still unsure about: {_quoted(doubts)}." if doubts else ""
    return CheckResult(False, problem=Text(
        f"Je tekst lijkt persoonsgegevens te bevatten: {_listing(kinds, 'nl')}. Voor een eerste melding heeft "
        "de gemeente die niet nodig: de contactpersoon vraagt ze zelf als dat nodig is. Zo staan ze niet "
        f"onnodig in berichten en bestanden.\n\nZo zou het verstuurd worden:\n{masked}{doubt_nl}",
        f"Your text seems to contain personal data: {_listing(kinds, 'en')}. The municipality does not need it "
        "for a first report: the contact person will ask if needed. That keeps it out of messages and files."
        f"\n\nThis is how it would be sent:\n{masked}{doubt_en}"),
        choices=(Choice(Text("Verstuur zo, gemaskeerd", "Send it like this, masked"), masked),
                 Choice(Text("Ik pas het zelf aan", "I will rewrite it"), None)))


DOUBT_QUESTION = Text("Staat hier een naam of iets anders herleidbaars in?",
                      "Is there a name or anything else that identifies someone?")


def _quoted(words: list[str]) -> str:
    return ", ".join(f"'{w}'" for w in words[:5])


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
