"""The contacts directory as values: who receives an escalated concern for which municipality.

Routing: the contact listing the municipality, else the contact of a region covering it, else the
national advice line. A municipality has at most one contact and lies in at most one region.
The file format and its reading are in :mod:`bot.escalation.parse_directory`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.content.model import Content, Where
from bot.escalation.office_hours import OfficeHours
from bot.places import NATIONAL_DEFAULT, Municipality, National, RouteKind

__all__ = ["NATIONAL_DEFAULT", "Contact", "Directory", "National", "Region", "Route", "directory_of"]


@dataclass(frozen=True)
class Contact:
    id: str
    function: str
    municipalities: tuple[str, ...]  # official names
    office_hours: OfficeHours
    telegram_chat_id: int | None
    email: str | None
    backup: str | None
    where: Where


@dataclass(frozen=True)
class Region:
    id: str
    name: str
    municipalities: tuple[str, ...]
    contact: str
    where: Where


@dataclass(frozen=True)
class Route:
    kind: RouteKind
    municipality: Municipality
    contact: Contact | None  # None for national
    region: Region | None  # set for regional
    national: National  # always: the advice line to mention in any case

    @property
    def region_name(self) -> str:
        return self.region.name if self.region is not None else ""


def directory_of(content: Content) -> Directory | None:
    """The contacts directory ``content`` was loaded with (the engine sees it only as a :class:`RouteFinder`)."""
    return content.directory if isinstance(content.directory, Directory) else None


@dataclass(frozen=True)
class Directory:
    contacts: Mapping[str, Contact]
    regions: tuple[Region, ...] = ()
    national: National = NATIONAL_DEFAULT
    _local: Mapping[str, str] = field(init=False, repr=False, compare=False)
    _regional: Mapping[str, Region] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        local: dict[str, str] = {}
        for contact in self.contacts.values():
            for name in contact.municipalities:
                local.setdefault(name, contact.id)
        regional: dict[str, Region] = {}
        for region in self.regions:
            for name in region.municipalities:
                regional.setdefault(name, region)
        object.__setattr__(self, "contacts", MappingProxyType(dict(self.contacts)))
        object.__setattr__(self, "_local", local)
        object.__setattr__(self, "_regional", regional)

    def route(self, municipality: Municipality) -> Route:
        """The local contact, else a region covering the municipality, else the national advice line."""
        contact_id = self._local.get(municipality.name)
        if contact_id is not None:
            return Route("local", municipality, self.contacts[contact_id], None, self.national)
        region = self._regional.get(municipality.name)
        if region is not None and region.contact in self.contacts:
            return Route("regional", municipality, self.contacts[region.contact], region, self.national)
        return Route("national", municipality, None, None, self.national)

    def contact(self, contact_id: str) -> Contact | None:
        return self.contacts.get(contact_id)

    def contacts_for_chat(self, chat_id: int) -> tuple[Contact, ...]:
        return tuple(c for c in self.contacts.values() if c.telegram_chat_id == chat_id)

    def contact_for_email(self, address: str) -> tuple[Contact, ...]:
        wanted = address.strip().casefold()
        return tuple(c for c in self.contacts.values() if c.email is not None and c.email.casefold() == wanted)

    def municipalities_of(self, contact_id: str) -> frozenset[str]:
        """What this contact may see: its own municipalities and those of the regions it is the contact of."""
        contact = self.contacts.get(contact_id)
        own = set(contact.municipalities) if contact else set()
        for region in self.regions:
            if region.contact == contact_id:
                own.update(region.municipalities)
        return frozenset(own)
