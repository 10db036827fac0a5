"""Finding and masking personal data in free text (Dutch and English).

Used before logging unanswered questions and log lines, and to check an escalation text (a professional's
description of a concern) for personal data of the young person before it goes to the municipality.
Both leaks and false alarms matter. The detectors live in one module per family:

- :mod:`bot.privacy.numbers`: e-mail, phone numbers, BSN, IBAN and birth dates;
- :mod:`bot.privacy.identifiers`: postcode, street and house number, licence plate, account, school class;
- :mod:`bot.privacy.names`: names, and "doubt" for a single capitalised word that may be a name.

A doubt is reported but never masked: the escalation intake asks the user about it instead.
Everything here is pure. The detectors are imported on first use, which compiles their regular expressions
(word lists are read on first use too): a start that masks nothing, such as a cold ``helpdesk ask`` that is
answered, does not pay for them.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterable

from bot.privacy.findings import DOUBT, KINDS, Finding, describe, placeholder

__all__ = ["DOUBT", "KINDS", "Finding", "describe", "find_personal_data", "mask_personal_data"]

_PRIORITY = {kind: i for i, kind in enumerate(("email", "handle", "iban", "bsn", "phone", "birthdate", "plate",
                                               "postcode", "address", "class", "name", DOUBT))}


def find_personal_data(text: str, *, today: datetime.date | None = None) -> tuple[Finding, ...]:
    """All personal data in ``text`` (and doubts), sorted by start, without overlaps (the longer one wins)."""
    from bot.privacy.identifiers import find_identifiers
    from bot.privacy.lexicon import Lexicon
    from bot.privacy.names import find_names
    from bot.privacy.numbers import find_numbers

    day = today if today is not None else datetime.date.today()
    candidates = [*find_numbers(text, day), *find_identifiers(text), *find_names(text, Lexicon.bundled())]
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
    """``text`` with each finding replaced by a placeholder such as ``[telefoonnummer]``; doubts stay as typed.

    Without ``findings`` they are looked for first; overlapping findings are masked as one.
    """
    found = find_personal_data(text, today=today) if findings is None else findings
    parts: list[str] = []
    pos = 0
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if f.kind == DOUBT:
            continue
        mark = placeholder(f.kind)
        if f.start >= pos:
            parts += [text[pos:f.start], mark]
        pos = max(pos, f.end)
    return "".join(parts) + text[pos:]
