"""Every name users may type for a municipality, normalised, and what it means: the table that
:class:`~bot.escalation.municipalities.MunicipalityIndex` searches.

Keys are official names, the base of a name CBS disambiguates ("bergen" for "Bergen (L.)" and "Bergen (NH.)"),
aliases (with a note for a former municipality) and places (woonplaatsen and districts); a name already taken
keeps its meaning, and two names that read the same but mean different municipalities are refused.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from bot.escalation.aliases import Alias
from bot.escalation.places import Place
from bot.escalation.spelling import normalise
from bot.places import Lookup, Municipality

__all__ = ["EXTRA_PROVINCE_NAMES", "Entry", "NameTable"]

EXTRA_PROVINCE_NAMES = ("Friesland", "Brabant", "North Holland", "South Holland", "North Brabant", "Zealand")


@dataclass(frozen=True, slots=True)
class Entry:
    matches: tuple[Municipality, ...]
    note_nl: str = ""
    note_en: str = ""
    place: str = ""

    def result(self) -> Lookup:
        kind: Literal["found", "choose"] = "found" if len(self.matches) == 1 else "choose"
        return Lookup(kind, self.matches, self.note_nl, self.note_en, self.place)


class NameTable:
    """What the index searches: municipalities by name, and every normalised name, alias or place users may type."""

    def __init__(self, municipalities: Iterable[Municipality], aliases: Iterable[Alias],
                 places: Iterable[Place]) -> None:
        self.by_name: dict[str, Municipality] = {}
        self.keys: dict[str, Entry] = {}
        for municipality in municipalities:
            if municipality.name in self.by_name:
                raise ValueError(f"municipality {municipality.name!r} is listed twice")
            self.by_name[municipality.name] = municipality
            self._add(normalise(municipality.name), Entry((municipality,)), municipality.name)
        bases: dict[str, list[Municipality]] = {}
        for municipality in self.by_name.values():
            if " (" in municipality.name:
                bases.setdefault(normalise(municipality.name.split(" (")[0]), []).append(municipality)
        for base, found in bases.items():
            self.keys.setdefault(base, Entry(tuple(found)))
        self.aliases = tuple(aliases)
        for alias in self.aliases:
            missing = [name for name in alias.to if name not in self.by_name]
            if missing or not alias.to:
                raise ValueError(f"alias {alias.name!r} points to {missing or 'nothing'}, not a municipality")
            targets = tuple(self.by_name[name] for name in alias.to)
            self._add(normalise(alias.name), Entry(targets, *alias.notes()), alias.name)
        self.choices = list(self.keys)  # municipalities and aliases, not places
        self.named = frozenset(self.choices)
        for place in places:
            targets = tuple(self.by_name[name] for name in place.municipalities if name in self.by_name)
            if targets:
                self.keys.setdefault(normalise(place.name), Entry(targets, place=place.name))
        self.provinces = {normalise(m.province) for m in self.by_name.values()}
        self.provinces.update(normalise(name) for name in EXTRA_PROVINCE_NAMES)
        self.place_choices = [key for key in self.keys if key not in self.named]
        self.order = {key: number for number, key in enumerate(self.keys)}
        self.sorted = sorted(self.keys)  # the names that start with a text lie together here

    def starting_with(self, start: str) -> list[str]:
        """Every key that starts with ``start``, alphabetically (a bisection, not a scan of 3,500 keys)."""
        found = []
        for number in range(bisect.bisect_left(self.sorted, start), len(self.sorted)):
            if not self.sorted[number].startswith(start):
                break
            found.append(self.sorted[number])
        return found

    def _add(self, key: str, entry: Entry, shown: str) -> None:
        present = self.keys.get(key)
        if present is not None and present.matches != entry.matches:
            raise ValueError(f"{shown!r} reads the same as another name for {present.matches[0].name!r}")
        if present is None or entry.note_nl and not present.note_nl:
            self.keys[key] = entry
