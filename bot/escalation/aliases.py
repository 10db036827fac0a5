"""Aliases: names users type that are not the official CBS name (``data/aliases.yaml``, see its README)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.content.fields import Reader
from bot.content.problems import Problem, did_you_mean
from bot.content.schema import Shape
from bot.content.yaml_source import read_yaml
from bot.escalation.spelling import normalise

__all__ = ["Alias", "read_aliases"]

ALIASES_FILE = Shape("aliases file", frozenset({"aliases"}))
ALIAS = Shape("alias", frozenset({"to", "source"}), frozenset({"since"}))


@dataclass(frozen=True, slots=True)
class Alias:
    name: str  # as users type it, e.g. "Den Haag", "Weesp"
    to: tuple[str, ...]  # official names; several when the user has to choose
    source: str
    since: int | None = None  # year a former municipality merged into (or was split over) ``to``

    def notes(self) -> tuple[str, str]:
        """For a former municipality, what became of it, in Dutch and English; else two empty texts."""
        if self.since is None:
            return "", ""
        if len(self.to) == 1:
            return (f"{self.name} hoort sinds {self.since} bij {self.to[0]}.",
                    f"{self.name} has been part of {self.to[0]} since {self.since}.")
        return (f"{self.name} is in {self.since} verdeeld over {_listing(self.to, 'en')}.",
                f"In {self.since}, {self.name} was divided between {_listing(self.to, 'and')}.")


def _listing(names: tuple[str, ...], last: str) -> str:
    return f"{', '.join(names[:-1])} {last} {names[-1]}"


def read_aliases(path: Path, names: set[str]) -> tuple[list[Alias], list[Problem]]:
    reader = Reader(str(path))
    data, problems = read_yaml(path, str(path))
    reader.problems += problems
    top = reader.mapping(data, 1, "the aliases file") if data is not None else None
    if top is not None and not reader.keys(top, ALIASES_FILE, "the aliases file"):
        top = None
    table = reader.mapping(top.get("aliases"), top.line_of("aliases"), "'aliases'") if top is not None else None
    found: list[Alias] = []
    official = {normalise(n): n for n in names}
    for name, value in (table or {}).items():
        line = table.line_of(name) if table is not None else 1
        item = reader.mapping(value, line, f"alias '{name}'")
        if item is None or not reader.keys(item, ALIAS, f"alias '{name}'"):
            continue
        targets = item["to"] if isinstance(item["to"], list) else [item["to"]]
        for target in targets:
            if target not in names:
                reader.problem(item.line_of("to"),
                               f"alias '{name}' points to '{target}', which is not a municipality",
                               did_you_mean(str(target), names, "use the official name from gemeenten.tsv"))
        same = official.get(normalise(str(name)))
        if same is not None and same not in targets:
            reader.problem(table.line_of(name) if table is not None else 1,
                           f"alias '{name}' reads the same as the municipality '{same}'", "remove the alias")
        since = item.get("since")
        if since is not None and not (isinstance(since, int) and not isinstance(since, bool) and 1800 < since < 2100):
            reader.problem(item.line_of("since"), f"alias '{name}' since {since!r} is not a year", "write e.g. 2022")
            since = None
        source = reader.string(item, "source", f"alias '{name}'")
        found.append(Alias(name, tuple(str(t) for t in targets), source, since))
    return found, reader.problems
