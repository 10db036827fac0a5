"""Finding and masking Dutch personal data in free text.

Used before logging unanswered questions and log lines, and to check an escalation text (a professional's
description of a concern) for personal data of the young person before it goes to the municipality.
Both leaks and false alarms matter, so every kind is checked beyond its shape where possible: a BSN must pass
the 11-check, an IBAN the ISO 13616 mod-97 check, a phone number must have the length of a Dutch number and
not be an organisation's number (112, 14 0xx, 0800/0900/0906/0909, 088), a date only counts as a birth date
after a birth cue or when it is long ago, and a name only after a cue such as "heet" or "genaamd".

Everything here is pure: regular expressions are compiled at import, nothing else runs then.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

__all__ = ["KINDS", "Finding", "describe", "find_personal_data", "mask_personal_data"]

KINDS = ("email", "phone", "bsn", "iban", "postcode", "birthdate", "name")


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data: its kind (one of :data:`KINDS`) and where it stands in the original text."""

    kind: str
    start: int
    end: int
    text: str


_PLACEHOLDERS = {"email": "[e-mail]", "phone": "[telefoonnummer]", "bsn": "[BSN]", "iban": "[IBAN]",
                 "postcode": "[postcode]", "birthdate": "[geboortedatum]", "name": "[naam]"}
_DESCRIPTIONS = {
    "email": ("een e-mailadres", "an e-mail address"),
    "phone": ("een telefoonnummer", "a phone number"),
    "bsn": ("een BSN (burgerservicenummer)", "a citizen service number (BSN)"),
    "iban": ("een IBAN (bankrekeningnummer)", "an IBAN (bank account number)"),
    "postcode": ("een postcode of adres", "a postcode or address"),
    "birthdate": ("een geboortedatum", "a date of birth"),
    "name": ("een naam", "a name"),
}
_PRIORITY = {kind: i for i, kind in enumerate(("email", "iban", "bsn", "phone", "birthdate", "postcode", "name"))}

_S = r"[ \t\u00a0]"  # a space within a line
_L = r"[^\W\d_]"  # a unicode letter

_EMAIL = re.compile(rf"(?<![\w.%+-])[\w.%+-]+@(?:{_L}|\d)(?:[\w-]*\w)?(?:\.\w(?:[\w-]*\w)?)*\.{_L}{{2,}}(?![\w-])")

# Dutch numbers: +31/0031 or 0, then an area code (6 for mobiles), then the rest in at most four groups.
_PHONE_NL = re.compile(rf"""(?<![\w+])(?<!\d[-./])
    (?: (?:\+|00)31{_S}?(?:\(0\){_S}?)?(?P<intl>6|[1-57-9]\d{{1,2}})
      | \((?P<paren>06|0[1-57-9]\d{{1,2}})\)
      | (?P<nat>06|0[1-57-9]\d{{1,2}}) )
    (?P<rest>(?:{_S}?[-/]{_S}?|{_S})?\d{{2,8}}(?!\d)(?:{_S}\d{{2,4}}(?!\d)){{0,3}})""", re.X)
_PHONE_ABROAD = re.compile(r"(?<![\w+])\+(?!31)[1-9](?:[ -]?\d){7,13}(?!\d)")
_NOT_PERSONAL_PHONE = ("800", "900", "906", "909", "88")  # free/paid service numbers, business numbers

_BSN = re.compile(r"(?<![\w.,/-])(?<!€)(?<!€ )"
                  r"(?:\d{3}([ .])\d{2}\1\d{2}\1\d{2}|\d{3}([ .])\d{3}\2\d{3}|\d{8,9})(?![\w/]|[.,-]\d)")

_IBAN = re.compile(r"(?<!\w)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?!\w)", re.I)
_IBAN_CHUNK = re.compile(r"[A-Z0-9]+", re.I)
_IBAN_NL = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")

_STREET = ("straat|weg|laan|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|plantsoen|ring|baan"
           "|wal|veld|erf|haven|burg|kamp|akker|hoek|dam")
_HOUSE = r"\d{1,5}(?:-\d{1,4}|-?[a-zA-Z])?(?![\w-])"
_POSTCODE = re.compile(rf"""(?<![\w-])(?P<digits>[1-9]\d{{3}}){_S}?(?P<letters>[A-Za-z]{{2}})(?![\w-])
    (?P<house>(?:{_S}*,{_S}*|{_S}+)(?i:(?:huisnummer|huisnr\.?|nummer|nr\.?){_S}*)?{_HOUSE})?""", re.X)
_STREET_BEFORE = re.compile(rf"(?<![\w-]){_L}[\w'’.-]*(?i:{_STREET}){_S}+{_HOUSE}(?:{_S}*,{_S}*|{_S}+)$")
# Two letters after four digits that are more likely a word than a postcode ("in 2017 en 2018", "1500 km").
_WORDS = frozenset("""en in op of om te is al nu na ik je ze we er de zo ja an at as be by do go he if it me my
    no on or so to up us am pm km kg cm mm ml mg kb mb gb tb cc ha dl cl ct nr ca nl eu vs uk ad bc id tv pc
    ma di wo do vr za""".split())

_MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1), **dict.fromkeys(("februari", "february", "feb"), 2),
    **dict.fromkeys(("maart", "march", "mrt", "mar"), 3), **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5), **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7), **dict.fromkeys(("augustus", "august", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9), **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11), **dict.fromkeys(("december", "dec"), 12),
}
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = tuple(re.compile(p, re.I | re.X) for p in (
    r"(?<![\w./-])(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?!\w|[-/.]\d)",
    r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\w|[-/.]\d)",
    rf"(?<![\w./-])(?P<d>\d{{1,2}})(?:e|ste|de|st|nd|rd|th)?{_S}+(?:of{_S}+)?(?P<mon>{_MON})\.?"
    rf"(?:,?{_S}+(?P<y>\d{{4}})(?!\d))?(?![\w-])",
    rf"(?<![\w-])(?P<mon>{_MON})\.?{_S}+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?{_S}+(?P<y>\d{{4}})(?!\d)",
))
_BIRTH_CUE = re.compile(r"(?:\b(?:geboren|geb\b\.?|geboortedatum|geboortedag|born|date\s+of\s+birth|birth\s?date"
                        r"|dob\b)|\bd\.o\.b\.?)(?::\s*)?(?:(?!\b(?:en|and|maar|but)\b)[^.!?;\n\d]){0,30}$", re.I)
_ADULT_YEARS = 8  # a date at least this many years back is taken as a birth date

_NAME_CUE = re.compile(r"""\b(?: (?:voor|achter|roep|bij)?naam\s*: | (?:first\s+|last\s+|nick|sur)?name\s*:
    | (?: heet|heette|heten|genaamd|noemt\s+zich(?:zelf)?|calls\s+(?:himself|herself|themselves)|named
        | bijnaam(?:\s+is)?|(?:voor|achter|roep)?naam\s+is
        | (?:is|was|are|were|be|being)\s+called|(?:first\s+|last\s+|nick|sur)?name\s+is )\b )
    (?:(?<=:)\s*|[ \t]*)[\"'“‘«]?""", re.I | re.X)
_NAME_TOKEN = re.compile(rf"(?:{_L}\.){{1,3}}|{_L}+(?:['’-]{_L}+)*")
_NAME_GAP = re.compile(r"[ \t]+")
_PARTICLES = frozenset("van de der den het ter ten te el al bin ben abu".split())
_MAX_NAME_WORDS = 4


def find_personal_data(text: str, *, today: datetime.date | None = None) -> tuple[Finding, ...]:
    """All personal data in ``text``, sorted by start, without overlaps (the longer, more specific one wins)."""
    day = today if today is not None else datetime.date.today()
    candidates = [*_scan("email", text, _EMAIL, lambda m: m.span()), *_scan("phone", text, _PHONE_NL, _phone),
                  *_scan("phone", text, _PHONE_ABROAD, _abroad), *_scan("bsn", text, _BSN, _bsn),
                  *_scan("iban", text, _IBAN, _iban), *_scan("postcode", text, _POSTCODE, _postcode),
                  *_names(text)]
    for pattern in _DATES:
        candidates += _scan("birthdate", text, pattern, lambda m: _birthdate(m, day))
    chosen: list[Finding] = []  # sorted by start
    starts: list[int] = []
    for found in sorted(candidates, key=lambda f: (f.start - f.end, _PRIORITY[f.kind], f.start)):
        i = bisect.bisect_left(starts, found.start)
        if (i == 0 or chosen[i - 1].end <= found.start) and (i == len(chosen) or found.end <= chosen[i].start):
            chosen.insert(i, found)
            starts.insert(i, found.start)
    return tuple(chosen)


def mask_personal_data(text: str, findings: Iterable[Finding] | None = None, *,
                       today: datetime.date | None = None) -> str:
    """``text`` with each finding replaced by a placeholder such as ``[telefoonnummer]``.

    Without ``findings`` they are looked for first; overlapping findings are masked as one.
    """
    found = find_personal_data(text, today=today) if findings is None else findings
    parts: list[str] = []
    pos = 0
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if f.kind not in _PLACEHOLDERS:
            raise ValueError(f"unknown kind of personal data: {f.kind!r}")
        if f.start >= pos:
            parts += [text[pos:f.start], _PLACEHOLDERS[f.kind]]
        pos = max(pos, f.end)
    return "".join(parts) + text[pos:]


def describe(kind: str, lang: str) -> str:
    """How to name a kind of personal data to the user, e.g. ``describe("phone", "nl") == "een telefoonnummer"``."""
    if kind not in _DESCRIPTIONS or lang not in ("nl", "en"):
        raise ValueError(f"cannot describe {kind!r} in {lang!r}")
    return _DESCRIPTIONS[kind][lang == "en"]


# --- helpers ----------------------------------------------------------------------------------------------------

Span = tuple[int, int]


def _scan(kind: str, text: str, pattern: re.Pattern[str],
          accept: Callable[[re.Match[str]], Span | None]) -> Iterator[Finding]:
    """Matches of ``pattern`` that ``accept`` turns into a span; after a rejected match look again one further."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        span = accept(m)
        if span is None:
            pos = m.start() + 1
            continue
        yield Finding(kind, span[0], span[1], text[span[0]:span[1]])
        pos = max(span[1], m.start() + 1)


def _phone(m: re.Match[str]) -> Span | None:
    prefix = m["intl"] or (m["paren"] or m["nat"])[1:]
    groups = list(re.finditer(r"\d+", m["rest"]))
    while len(groups) > 1 and len(prefix) + sum(len(g[0]) for g in groups) > 9:
        groups.pop()  # a trailing group that belongs to the next words ("0612345678 12 keer")
    if len(prefix) + sum(len(g[0]) for g in groups) != 9 or prefix.startswith(_NOT_PERSONAL_PHONE):
        return None
    return m.start(), m.start("rest") + groups[-1].end()


def _abroad(m: re.Match[str]) -> Span | None:
    return m.span() if 9 <= sum(c.isdigit() for c in m[0]) <= 15 else None


def _bsn(m: re.Match[str]) -> Span | None:
    digits = re.sub(r"\D", "", m[0]).zfill(9)
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1)))
    return m.span() if total % 11 == 0 and int(digits) else None


def _iban(m: re.Match[str]) -> Span | None:
    chunks = list(_IBAN_CHUNK.finditer(m[0]))
    for n in range(len(chunks), 0, -1):  # a following word may have been taken for a last group: drop it
        compact = "".join(c[0] for c in chunks[:n]).upper()
        national_ok = not compact.startswith("NL") or _IBAN_NL.fullmatch(compact) is not None
        if 15 <= len(compact) <= 34 and national_ok and _mod97(compact):
            return m.start(), m.start() + chunks[n - 1].end()
    return None


def _mod97(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _postcode(m: re.Match[str]) -> Span | None:
    letters = m["letters"]
    street = _STREET_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
    wordlike = letters.lower() in _WORDS
    if letters.upper() in ("SA", "SD", "SS"):
        return None
    if letters.isupper():
        if wordlike and 1900 <= int(m["digits"]) <= 2099:  # "sinds 2015 IS", "IN 2017 EN 2018"
            return None
    elif wordlike or (m["house"] is None and street is None):  # lowercase only with a house number: "1234ab 12"
        return None
    return (m.start() if street is None else street.start()), m.end()


def _birthdate(m: re.Match[str], today: datetime.date) -> Span | None:
    groups = m.groupdict()
    month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    year_text = groups["y"]
    cue = _BIRTH_CUE.search(m.string, max(0, m.start() - 60), m.start()) is not None
    if year_text is None or len(year_text) == 2:
        if not cue:
            return None
        year = 2000 if year_text is None else _century(int(year_text), today)
    else:
        year = int(year_text)
        if year < 1900 or (not cue and year > today.year - _ADULT_YEARS):
            return None
    try:
        date = datetime.date(year, month, int(groups["d"]))
    except ValueError:
        return None
    return m.span() if date <= today or year_text is None else None


def _century(yy: int, today: datetime.date) -> int:
    return 2000 + yy if 2000 + yy <= today.year else 1900 + yy


def _names(text: str) -> Iterator[Finding]:
    for cue in _NAME_CUE.finditer(text):
        end = _name_end(text, cue.end())
        if end is not None:
            yield Finding("name", cue.end(), end, text[cue.end():end])


def _name_end(text: str, pos: int) -> int | None:
    """End of the name starting at ``pos``: capitalised words and initials, with lowercase particles between."""
    end: int | None = None
    words = 0
    while words < _MAX_NAME_WORDS and (token := _NAME_TOKEN.match(text, pos)) is not None:
        if token[0][0].isupper():
            words, end = words + 1, token.end()
        elif end is None or token[0] not in _PARTICLES:
            break
        if (gap := _NAME_GAP.match(text, token.end())) is None:
            break
        pos = gap.end()
    return end
