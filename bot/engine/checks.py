"""Checks a question node applies to a typed answer before saving it.

    text          any non-empty text of reasonable length
    municipality  a Dutch municipality, or a place in one (typos and former names accepted; ambiguous → the
                  user chooses); says what it understood ("Ik begrijp: gemeente Súdwest-Fryslân (Sneek)") and,
                  without a contact, the national fallback; also saves ``route``: local, regional or national
    concern       the professional's description; personal data of the young person is pointed out and the
                  user chooses to edit it or to send it with those details masked; a word that may be a name
                  (a doubt) is asked about: "Staat hier een naam of iets anders herleidbaars in?"
    contact       the professional's own phone number or e-mail address (or "alleen via de bot")

Every wording comes from :data:`bot.texts.checks.CHECKS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.model import Content, Text
from bot.places import NATIONAL_DEFAULT, Lookup, Municipality, National
from bot.privacy import DOUBT, describe, find_personal_data, mask_personal_data
from bot.texts import DEFAULT_LANG, LANGS, fill, per_language
from bot.texts.checks import CHECKS

__all__ = ["ANSWER_MAX_CHARS", "CheckResult", "Choice", "run_check"]

ANSWER_MAX_CHARS = 2000
CONCERN_MIN_CHARS = 15
BOT_ONLY = CHECKS["bot_only"]
_WORK_NUMBER = re.compile(r"(?<!\d)(?:\+31[\s-]?|0)(?:8[0-9]|9[0-9]{2})(?:[\s-]?\d){5,8}(?!\d)")
_BOT_ONLY_TYPED = {"geen", "nee", "bot", "via de bot", "none", "no", *(BOT_ONLY.get(lang) for lang in LANGS)}


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
        return CheckResult(False, problem=CHECKS["not_text"])
    if len(value) > ANSWER_MAX_CHARS:
        return CheckResult(False, problem=fill(CHECKS["too_long"], limit=str(ANSWER_MAX_CHARS)))
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
    none_of_these = Choice(CHECKS["none_of_these"], None)
    if found.kind == "choose":
        shown = found.place and len({m.province for m in found.matches}) > 1
        choices = tuple(Choice(_same(f"{m.name} ({m.province})" if shown else m.name), m.name) for m in found.matches)
        problem = fill(CHECKS["place_in_many"], place=found.place) if found.place else CHECKS["which_municipality"]
        return CheckResult(False, problem=problem, choices=(*choices, none_of_these))
    nearest = content.municipalities.nearest(value)
    if nearest:
        return CheckResult(False, problem=fill(CHECKS["unknown_nearest"], value=value[:60]),
                           choices=(*(Choice(_same(_labelled(m, place)), m.name) for m, place in nearest),
                                    none_of_these))
    return CheckResult(False, problem=fill(CHECKS["unknown"], value=value[:60]))


def _same(words: str) -> Text:
    """A name that reads the same in every language (a municipality, a place)."""
    return per_language(lambda lang: words)


def _labelled(municipality: Municipality, place: str) -> str:
    return f"{municipality.name} ({place})" if place else municipality.name


def understood(found: Lookup, municipality: Municipality) -> Text:
    """What the bot took the typed text to mean: "Ik begrijp: gemeente Súdwest-Fryslân (Sneek)." and any note."""
    place = f" ({found.place})" if found.place else ""
    said = fill(CHECKS["understood"], municipality=f"{municipality.name}{place}")
    return _join(said, Text(nl=found.note_nl, en=found.note_en)) if found.note_nl else said


def _national_note(name: str, national: National) -> Text:
    return fill(CHECKS["national"], name=name, advice=national.name, phone=national.phone, email=national.email)


def _join(first: Text, second: Text) -> Text:
    return per_language(lambda lang: f"{first.get(lang)} {second.get(lang)}")


def _concern(value: str) -> CheckResult:
    if len(value) < CONCERN_MIN_CHARS:
        return CheckResult(False, problem=CHECKS["concern_short"])
    found = find_personal_data(value)
    findings = tuple(f for f in found if f.kind != DOUBT)
    doubts = list(dict.fromkeys(f.text for f in found if f.kind == DOUBT))
    if not findings and not doubts:
        return CheckResult(True, value)
    masked = mask_personal_data(value, findings)
    question = CHECKS["doubt_question"]
    if not findings:
        return CheckResult(False, problem=fill(CHECKS["doubt_only"], question=question, doubts=_quoted(doubts)),
                           choices=(Choice(CHECKS["doubt_send"], value), Choice(CHECKS["doubt_rewrite"], None)))
    kinds = list(dict.fromkeys(f.kind for f in findings))
    also = fill(CHECKS["doubt_also"], question=question, doubts=_quoted(doubts)) if doubts else per_language(str)
    listing = per_language(lambda lang: _listing(kinds, lang))
    return CheckResult(False, problem=fill(CHECKS["personal_data"], kinds=listing, masked=masked, doubts=also),
                       choices=(Choice(CHECKS["send_masked"], masked), Choice(CHECKS["rewrite_myself"], None)))


def _quoted(words: list[str]) -> str:
    return ", ".join(f"'{w}'" for w in words[:5])


def _contact(value: str) -> CheckResult:
    if value.casefold() in _BOT_ONLY_TYPED:
        return CheckResult(True, BOT_ONLY.get(DEFAULT_LANG))
    found = [f.text for f in find_personal_data(value) if f.kind in ("email", "phone")]
    # bot.privacy leaves out business numbers (088, 0800, 0900): a professional's work number may be one
    found += [m.group(0) for m in _WORK_NUMBER.finditer(value) if not any(m.group(0) in f for f in found)]
    if found:
        return CheckResult(True, " / ".join(found))
    return CheckResult(False, problem=CHECKS["contact_missing"])


def _listing(kinds: list[str], lang: str) -> str:
    names = [describe(kind, lang) for kind in kinds]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + CHECKS["and"].get(lang) + names[-1]
