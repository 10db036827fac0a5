"""Dutch municipalities: the bundled CBS list with aliases, and lookup of a name as a user types it.

Lookup order, first hit wins:

1. the typed text is normalised (case, accents, apostrophes and punctuation ignored) and stripped of
   "gemeente X", "X gemeente", "in X", "municipality of X";
2. an official name or alias → ``found`` (``choose`` for a name CBS disambiguates, "Bergen", or a
   municipality split over several, "Haaren"); a former municipality carries a note in Dutch and English;
   then a place (woonplaats, alias or CBS district, :mod:`bot.escalation.places`) → ``found`` with the place
   ("Sneek" → Súdwest-Fryslân), or ``choose`` when it lies in several municipalities ("Velp") or also starts
   a municipality's name ("Capelle": Waalwijk or Capelle aan den IJssel);
3. a province name that is no municipality ("Limburg", "Friesland") → ``unknown``;
4. the start of one to four names, word by word ("Capelle"), or the end of a municipality's name or alias
   ("Bosch": Den Bosch, or Bosch en Duin) → ``found`` or ``choose``;
5. a typo of a municipality, alias or place (texts of four characters or more): ``found`` when one candidate scores at least 85 and
   6 points above any other municipality, ``choose`` among the candidates within 10 points of the best
   when the best scores at least 75;
6. otherwise ``unknown``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.content.problems import Problem
from bot.errors import ConfigError, ContentError
from bot.escalation.aliases import Alias, read_aliases
from bot.escalation.municipality_names import Entry, NameTable
from bot.escalation.places import Place, read_places
from bot.escalation.spelling import normalise
from bot.places import Lookup, Municipality

__all__ = ["Alias", "Lookup", "Municipality", "MunicipalityIndex", "normalise"]

FOUND_SCORE = 85  # a typo is accepted when the best candidate scores this much (rapidfuzz ratio, 0-100) ...
FOUND_MARGIN = 6  # ... and this much more than the best other municipality
CHOOSE_SCORE = 75  # below this a candidate is not offered at all
CHOOSE_BAND = 10  # offered: candidates within this many points of the best
MAX_CHOICES = 4
NEAREST_SCORE = 65  # nearest(): suggestions when nothing matched (rapidfuzz ratio, 0-100)
PREFIX_MIN_CHARS = 4  # shorter texts ("Den", "Sit") only match exactly: too many names are one edit away

_PREFIXES = ("in ", "de gemeente ", "gemeente ", "gem ", "the municipality of ", "municipality of ")
_SUFFIXES = (" gemeente", " municipality")


_UNKNOWN = Lookup("unknown", ())


def _strip_prefixes(key: str) -> str:
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix):
                key, changed = key[len(prefix):], True
        for suffix in _SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key, changed = key[: -len(suffix)], True
    return key


class MunicipalityIndex:
    """All municipalities by official name, and every normalised name or alias users may type."""

    def __init__(self, municipalities: Iterable[Municipality], aliases: Iterable[Alias] = (),
                 places: Iterable[Place] = ()) -> None:
        tables = NameTable(municipalities, aliases, places)
        self._read: Callable[[], NameTable] = lambda: tables

    @functools.cached_property
    def _table(self) -> NameTable:
        return self._read()

    @property
    def aliases(self) -> tuple[Alias, ...]:
        return self._table.aliases

    @classmethod
    def bundled(cls, *, on_first_use: bool = False) -> MunicipalityIndex:
        """The 342 municipalities (CBS 2023), aliases and places shipped in ``bot/escalation/data``; read once.

        ``on_first_use``: the files are looked for now (a missing one raises ConfigError at once), but read and
        indexed only when the index is first asked something, so a command that needs no place does not pay the
        ~60 ms (``helpdesk ask``); ``helpdesk check`` reads them at once."""
        if not on_first_use:
            return _bundled()
        _bundled_files()
        index = cls.__new__(cls)  # an index without its table yet: _table reads it on first use
        index._read = lambda: _bundled()._table
        return index

    @classmethod
    def from_files(cls, table: Path, aliases: Path | None = None, places: Path | None = None) -> MunicipalityIndex:
        """Read a ``name<TAB>province`` table, an aliases YAML file and a places table; ContentError lists every
        problem."""
        municipalities, problems = _read_table(table)
        found: list[Alias] = []
        names = {m.name for m in municipalities}
        if aliases is not None:
            found, alias_problems = read_aliases(aliases, names)
            problems += alias_problems
        in_places: list[Place] = []
        if places is not None:
            in_places, place_problems = read_places(places, names)
            problems += place_problems
        if problems:
            raise ContentError(problems)
        return cls(municipalities, found, in_places)

    def lookup(self, text: str) -> Lookup:
        key = _strip_prefixes(normalise(text))
        if not key or key.startswith(("provincie ", "province ")):
            return _UNKNOWN
        entry = self._table.keys.get(key)
        if entry is not None and entry.place:
            return self._place(key, entry)
        if entry is not None:
            return entry.result()
        if key in self._table.provinces:
            return _UNKNOWN
        typo = self._by_prefix(key) or self._by_typo(key, self._table.choices)
        return typo if typo.kind != "unknown" else self._by_typo(key, self._table.place_choices)

    def nearest(self, text: str, limit: int = 3) -> tuple[tuple[Municipality, str], ...]:
        """For "did you mean?" when :meth:`lookup` found nothing: the municipalities whose names, aliases or places
        come closest to ``text``, each with the place that came close ("" for the municipality's own name)."""
        key = _strip_prefixes(normalise(text))
        if len(key) < PREFIX_MIN_CHARS:
            return ()
        found: dict[Municipality, str] = {}
        choices = [*self._table.choices, *self._table.place_choices]
        for choice, _, _ in process.extract(key, choices, scorer=fuzz.ratio, limit=12, score_cutoff=NEAREST_SCORE):
            entry = self._table.keys[choice]
            for municipality in entry.matches:  # the municipality's own name rather than a place, when both came
                found[municipality] = "" if not entry.place else found.get(municipality, entry.place)
        return tuple(found.items())[:limit]

    def resolve(self, text: str) -> tuple[Municipality, ...]:
        """Exact official name or alias (normalised, no typos): the municipalities it means, or ()."""
        entry = self._table.keys.get(_strip_prefixes(normalise(text)))
        return entry.matches if entry else ()

    def get(self, name: str) -> Municipality | None:
        return self._table.by_name.get(name)

    def names(self) -> list[str]:
        return list(self._table.by_name)

    def place_keys(self) -> tuple[frozenset[str], frozenset[str]]:
        """Every normalised name a place may be typed as (municipalities, aliases, woonplaatsen, districts), and
        those of them that name a municipality or an alias."""
        return frozenset(self._table.keys), self._table.named

    def __len__(self) -> int:
        return len(self._table.by_name)

    def _place(self, key: str, entry: Entry) -> Lookup:
        """A place, and any municipality whose name it starts ("Capelle", "Alphen"): the user chooses."""
        found: list[Municipality] = []
        note = ("", "")
        start, keys = key + " ", self._table.keys
        for candidate in self._table.choices:
            if candidate.startswith(start):
                named = keys[candidate]
                found += [m for m in named.matches if m not in found]
                note = (named.note_nl, named.note_en) if named.matches == entry.matches else note
        found += [m for m in entry.matches if m not in found]
        if len(found) == len(entry.matches):
            return Lookup(entry.result().kind, entry.matches, *note, entry.place)  # "Mill": and its former name
        return Lookup("choose", tuple(found[:MAX_CHOICES]), place=entry.place)

    def _by_prefix(self, key: str) -> Lookup | None:
        if len(key) < PREFIX_MIN_CHARS:
            return None
        entries: list[Entry] = []
        found: list[Municipality] = []
        tables, end = self._table, " " + key
        candidates = {*tables.starting_with(key + " "), *(name for name in tables.choices if name.endswith(end))}
        for candidate in sorted(candidates, key=tables.order.__getitem__):  # in the order the names were added
            entry = tables.keys[candidate]
            entries.append(entry)
            found += [m for m in entry.matches if m not in found]
            if len(found) > MAX_CHOICES:
                return None
        if len(entries) == 1 or len(found) == 1:
            return entries[0].result()
        return Lookup("choose", tuple(found)) if found else None

    def _by_typo(self, key: str, choices: list[str]) -> Lookup:
        if len(key) < PREFIX_MIN_CHARS:
            return _UNKNOWN
        scored = process.extract(key, choices, scorer=fuzz.ratio, limit=12, score_cutoff=CHOOSE_SCORE)
        if not scored:
            return _UNKNOWN
        best_key, best, _ = scored[0]
        entry = self._table.keys[best_key]
        rivals = [score for choice, score, _ in scored[1:] if self._table.keys[choice].matches != entry.matches]
        if best >= FOUND_SCORE and (not rivals or best - rivals[0] >= FOUND_MARGIN):
            return entry.result()
        offered: list[Municipality] = []
        for choice, score, _ in scored:
            if score < best - CHOOSE_BAND:
                break
            offered += [m for m in self._table.keys[choice].matches if m not in offered]
        return Lookup("choose", tuple(offered[:MAX_CHOICES]))


def _read_table(path: Path) -> tuple[list[Municipality], list[Problem]]:
    shown = str(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != ["name", "province"]:
        return [], [Problem(shown, 1, "the first line should be the header 'name<TAB>province'", "add the header")]
    found: list[Municipality] = []
    problems: list[Problem] = []
    for number, line in enumerate(lines[1:], start=2):
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 2 or not all(fields):
            problems.append(Problem(shown, number, f"expected a name and a province, found {line!r}",
                                    "separate them with one tab"))
            continue
        found.append(Municipality(fields[0], fields[1]))
    return found, problems


def _bundled_files() -> list[Traversable]:
    """The three tables shipped in ``bot/escalation/data``; ConfigError when the package was installed without them."""
    data = resources.files("bot.escalation") / "data"
    files = [data / name for name in ("gemeenten.tsv", "aliases.yaml", "woonplaatsen.tsv")]
    if not all(file.is_file() for file in files):
        raise ConfigError(f"the municipality list is missing from the installed package ({files[0]}); install "
                          "with package data: [tool.setuptools.package-data] \"bot.escalation\" = "
                          "[\"data/*.tsv\", \"data/*.yaml\"] in pyproject.toml")
    return files


@functools.cache
def _bundled() -> MunicipalityIndex:
    table, aliases, places = _bundled_files()
    with resources.as_file(table) as table_path, resources.as_file(aliases) as aliases_path, \
            resources.as_file(places) as places_path:
        return MunicipalityIndex.from_files(table_path, aliases_path, places_path)
