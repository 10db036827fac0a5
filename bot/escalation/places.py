"""Places people type instead of a municipality: woonplaatsen, districts and villages, from the CBS table.

``data/woonplaatsen.tsv`` (see ``data/woonplaatsen.md``; CBS, CC BY 4.0) maps each place to its current
municipality, one row per municipality, in three blocks: official woonplaatsen, aliases, CBS district (wijk)
names. A name in the first block hides the same name in the later blocks, as the source note asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.content.problems import Problem

__all__ = ["Place", "read_places"]

HEADER = ["woonplaats", "gemeente", "provincie"]
_FIRST_ALIAS_LINE = 2504  # lines before this are woonplaatsen; from here on aliases and districts (see the .md)


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # as CBS writes it, e.g. "Sneek", "Hoogvliet", "'s Gravenmoer"
    municipalities: tuple[str, ...]  # official names, one or (for "Velp", "Nes") several
    district: bool  # a CBS wijk or an alias rather than a woonplaats


def read_places(path: Path, municipalities: set[str]) -> tuple[list[Place], list[Problem]]:
    """Every place with the municipalities it lies in; a problem for each row that does not fit."""
    shown = str(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != HEADER:
        return [], [Problem(shown, 1, "the first line should be 'woonplaats<TAB>gemeente<TAB>provincie'",
                            "add the header")]
    found: dict[str, tuple[list[str], bool]] = {}
    woonplaatsen: set[str] = set()
    problems: list[Problem] = []
    for number, line in enumerate(lines[1:], start=2):
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 3 or not all(fields):
            problems.append(Problem(shown, number, f"expected a place, a municipality and a province, found {line!r}",
                                    "separate them with tabs"))
            continue
        name, municipality, _province = fields
        if municipality not in municipalities:
            problems.append(Problem(shown, number, f"'{name}' lies in '{municipality}', which is not a municipality",
                                    "use the official name from gemeenten.tsv"))
            continue
        district = number >= _FIRST_ALIAS_LINE
        key = name.casefold()
        if district and key in woonplaatsen:
            continue  # a woonplaats of that name wins over an alias or district
        if not district:
            woonplaatsen.add(key)
        targets, _ = found.setdefault(name, ([], district))
        if municipality not in targets:
            targets.append(municipality)
    return [Place(name, tuple(targets), district) for name, (targets, district) in found.items()], problems
