"""Personal data with a shape of digits: e-mail, phone numbers, BSN, IBAN and birth dates.

Every kind is checked beyond its shape where possible: a BSN must pass the 11-check, an IBAN the ISO 13616
mod-97 check, a phone number must have the length of a Dutch number and not be an organisation's number (112,
14 0xx, 0800/0900/0906/0909, 088), and a date only counts as a birth date after a birth cue or when it is long ago.
"""

from __future__ import annotations

import datetime
import re

from bot.privacy.findings import Finding, Span, scan

__all__ = ["find_numbers"]

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



def find_numbers(text: str, day: datetime.date) -> list[Finding]:
    found = [*scan("email", text, _EMAIL, lambda m: m.span()), *scan("phone", text, _PHONE_NL, _phone),
             *scan("phone", text, _PHONE_ABROAD, _abroad), *scan("bsn", text, _BSN, _bsn),
             *scan("iban", text, _IBAN, _iban)]
    for pattern in _DATES:
        found += scan("birthdate", text, pattern, lambda m: _birthdate(m, day))
    return found


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
