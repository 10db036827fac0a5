"""What the engine may know about municipalities, as values and two small protocols, so it need not import
:mod:`bot.escalation`: the index of municipalities and the contacts directory implement the protocols there
(:class:`~bot.escalation.municipalities.MunicipalityIndex`, :class:`~bot.escalation.directory.Directory`) and
:func:`~bot.content.load.load_content` puts them into :class:`~bot.content.model.Content`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

__all__ = ["NATIONAL_DEFAULT", "Lookup", "Municipality", "MunicipalityFinder", "National", "RouteFinder",
           "RouteKind"]

RouteKind = Literal["local", "regional", "national"]


@dataclass(frozen=True, slots=True)
class Municipality:
    name: str  # official CBS name, e.g. "'s-Gravenhage", "Bergen (L.)"
    province: str


@dataclass(frozen=True, slots=True)
class Lookup:
    kind: Literal["found", "choose", "unknown"]
    matches: tuple[Municipality, ...]  # found: one; choose: one ("did you mean?") to four; unknown: none
    note_nl: str = ""  # e.g. "Weesp hoort sinds 2022 bij Amsterdam." when a former municipality was typed
    note_en: str = ""
    place: str = ""  # the place typed, as CBS writes it ("Sneek"), when it is not the municipality's own name


@dataclass(frozen=True)
class National:
    name: str
    phone: str
    email: str
    url: str


NATIONAL_DEFAULT = National("Landelijk Steunpunt Extremisme (LSE)", "088 20 80 080", "info@hetlse.nl",
                            "https://www.landelijksteunpuntextremisme.nl/dienstverlening/consultatie-en-advies")


class MunicipalityFinder(Protocol):
    """Reads a typed municipality or town (typos, former names, places in a municipality)."""

    def lookup(self, text: str) -> Lookup: ...

    def nearest(self, text: str, limit: int = 3) -> tuple[tuple[Municipality, str], ...]: ...


class RoutedTo(Protocol):
    """Where a concern about a municipality goes: ``kind`` and the national advice line to mention."""

    @property
    def kind(self) -> RouteKind: ...

    @property
    def national(self) -> National: ...

    @property
    def region_name(self) -> str: ...  # the region whose contact takes it, for a regional route; else ""


class RouteFinder(Protocol):
    def route(self, municipality: Municipality) -> RoutedTo: ...
