"""Read the contacts directory file (:mod:`bot.escalation.directory` holds what it reads into).

The file is YAML; ``HELPDESK_CONTACTS`` holds its path (``examples/contacts.yaml`` is a full example)::

    contacts:
      - id: utrecht_oov                       # lowercase letters, digits and _
        function: Adviseur radicalisering, team OOV    # a function, not a person's name
        municipalities: [Utrecht]             # official names or aliases ("Den Haag"); optional
        telegram_chat_id: 100000001           # and/or email: at least one of the two
        email: radicalisering@utrecht.example.org
        office_hours: ma-vr 09:00-17:00       # see bot/escalation/office_hours.py
        backup: utrecht_backup                # optional: another contact's id
    regions:                                  # optional
      - id: zvh_voorbeeld
        name: Zorg- en Veiligheidshuis (voorbeeld)
        municipalities: [Houten, Nieuwegein]
        contact: utrecht_oov                  # a contact's id
    national:                                 # optional; defaults to NATIONAL_DEFAULT (the LSE)
      name: Landelijk Steunpunt Extremisme (LSE)
      phone: 088 20 80 080
      email: info@hetlse.nl
      url: https://www.landelijksteunpuntextremisme.nl/dienstverlening/consultatie-en-advies

A municipality has at most one contact and lies in at most one region; names are resolved against the
municipality index (official names and aliases).
Every problem is reported with ``path:line`` and a hint, all at once, as a ContentError.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.content.fields import Reader
from bot.content.model import Where
from bot.content.problems import Problem, did_you_mean
from bot.content.schema import Shape
from bot.content.yaml_source import LineDict, LineList, read_yaml
from bot.errors import ContentError
from bot.escalation.directory import Contact, Directory, Region
from bot.escalation.municipalities import MunicipalityIndex
from bot.escalation.office_hours import ALWAYS, OfficeHours, OfficeHoursError
from bot.places import NATIONAL_DEFAULT, National

__all__ = ["load_directory"]

FILE = Shape("contacts file", frozenset({"contacts"}), frozenset({"regions", "national"}))
CONTACT = Shape("contact", frozenset({"id", "function", "office_hours"}),
                frozenset({"municipalities", "telegram_chat_id", "email", "backup"}))
REGION = Shape("region", frozenset({"id", "name", "municipalities", "contact"}))
NATIONAL = Shape("national", frozenset({"name", "phone", "email", "url"}))
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def load_directory(path: Path | None, municipalities: MunicipalityIndex) -> Directory:
    """Read the contacts file; None gives an empty directory (national fallback only).

    Raises ContentError listing every problem."""
    if path is None:
        return Directory({})
    shown = str(path)
    if not path.is_file():
        what = "is a folder, not a file" if path.is_dir() else "does not exist"
        raise ContentError([Problem(shown, 0, f"the contacts file {what}",
                                    "set HELPDESK_CONTACTS to the path of the contacts YAML file (example: "
                                    "examples/contacts.yaml), or unset it to use only the national advice line")])
    data, problems = read_yaml(path, shown)
    parser = _Parser(shown, municipalities)
    parser.problems += problems
    directory = parser.directory(data) if data is not None or not problems else None
    if parser.problems or directory is None:
        raise ContentError(parser.problems)
    return directory


class _Parser(Reader):
    """Reads one contacts file, collecting problems; cross-references are checked at the end."""

    def __init__(self, path: str, municipalities: MunicipalityIndex) -> None:
        super().__init__(path)
        self.index = municipalities
        self.backup_lines: dict[str, int] = {}
        self.lines: dict[tuple[str, str], int] = {}  # (contact or region, municipality) -> line

    def directory(self, data: Any) -> Directory:
        top = self.mapping(data, 1, "the contacts file")
        if top is None or not self.keys(top, FILE, "the contacts file"):
            return Directory({})
        contacts: dict[str, Contact] = {}
        for item, line in self._items(top, "contacts"):
            contact = self._contact(item, line)
            if contact is not None and contact.id in contacts:
                self.problem(line, f"contact id '{contact.id}' is already used at {contacts[contact.id].where}",
                             "give every contact its own id")
            elif contact is not None:
                self._check_served(contact, contacts)
                contacts[contact.id] = contact
        for contact in contacts.values():
            self._check_backup(contact, contacts)
        regions = self._regions(top, contacts)
        national = self._national(top["national"], top.line_of("national")) if "national" in top else NATIONAL_DEFAULT
        return Directory(contacts, regions, national)

    def _check_served(self, contact: Contact, earlier: Mapping[str, Contact]) -> None:
        for name in contact.municipalities:
            first = next((c for c in earlier.values() if name in c.municipalities), None)
            if first is not None:
                self.problem(self.lines.get((f"contact '{contact.id}'", name), contact.where.line),
                             f"{name} is served by both '{first.id}' ({first.where}) and '{contact.id}'",
                             "a municipality has one contact: remove it from one of them, or make one the "
                             "other's backup")

    def _items(self, top: LineDict, key: str) -> list[tuple[LineDict, int]]:
        value = top.get(key, [])
        if not isinstance(value, LineList):
            self.problem(top.line_of(key), f"'{key}' should be a list", f"start each {key[:-1]} with '- id: ...'")
            return []
        found = []
        for index, item in enumerate(value):
            mapping = self.mapping(item, value.line_of(index), key[:-1])
            if mapping is not None:
                found.append((mapping, mapping.line))
        return found

    def _contact(self, data: LineDict, line: int) -> Contact | None:
        self.keys(data, CONTACT, f"contact '{data['id']}'" if "id" in data else "contact")
        if "id" not in data:
            return None
        ident = self.check_ident(data["id"], data.line_of("id"), "contact id")
        what = f"contact '{ident}'"
        chat_id = self._chat_id(data, what)
        email = self._email(data, "email", what) if "email" in data else None
        if "telegram_chat_id" not in data and "email" not in data:
            self.problem(line, f"{what} has neither telegram_chat_id nor email", "add at least one way to reach them")
        backup = data.get("backup")
        self.backup_lines.setdefault(ident, data.line_of("backup"))
        if backup is not None and not isinstance(backup, str):
            self.problem(data.line_of("backup"), f"{what} backup {backup!r} is not a contact id",
                         "write another contact's id")
            backup = None
        return Contact(ident, self.string(data, "function", what) if "function" in data else "",
                       self._municipalities(data, what), self._office_hours(data, what), chat_id, email,
                       backup, Where(self.path, line))

    def _chat_id(self, data: LineDict, what: str) -> int | None:
        value = data.get("telegram_chat_id")
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool) and value != 0:
            return value
        self.problem(data.line_of("telegram_chat_id"), f"{what} telegram_chat_id {value!r} is not an integer",
                     "write the chat id as a number without quotes, e.g. 100000001 (group chats start with -)")
        return None

    def _email(self, data: LineDict, key: str, what: str) -> str | None:
        value = data.get(key)
        if isinstance(value, str) and _EMAIL.match(value.strip()):
            return value.strip()
        self.problem(data.line_of(key), f"{what} {key} {value!r} is not an e-mail address",
                     "write it as name@example.org")
        return None

    def _office_hours(self, data: LineDict, what: str) -> OfficeHours:
        value = data.get("office_hours")
        if value is None:
            return ALWAYS  # missing: already reported by keys()
        if not isinstance(value, str):
            self.problem(data.line_of("office_hours"), f"{what} office_hours should be a text",
                         "write e.g. 'ma-vr 09:00-17:00'")
            return ALWAYS
        try:
            return OfficeHours.parse(value)
        except OfficeHoursError as exc:
            self.problem(data.line_of("office_hours"), f"{what}: {exc.problem}", exc.hint)
            return ALWAYS

    def _municipalities(self, data: LineDict, what: str) -> tuple[str, ...]:
        value = data.get("municipalities", [])
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            self.problem(data.line_of("municipalities"), f"{what} municipalities should be a list",
                         "write e.g. [Utrecht, Houten]")
            return ()
        found: list[str] = []
        for index, name in enumerate(items):
            line = items.line_of(index) if isinstance(items, LineList) else data.line_of("municipalities")
            matches = self.index.resolve(name) if isinstance(name, str) else ()
            if len(matches) == 1 and matches[0].name in found:
                self.problem(line, f"{what} lists {matches[0].name} twice", "remove one")
            elif len(matches) == 1:
                found.append(matches[0].name)
                self.lines[(what, matches[0].name)] = line
            elif matches:
                options = _either([f"'{m.name}'" for m in matches])
                self.problem(line, f"{what}: '{name}' could be {options}", "write the official name of one of them")
            else:
                close = [m.name for m in self.index.lookup(str(name)).matches]
                hint = f"did you mean {_either([repr(c) for c in close])}?" if close \
                    else "use the official name from bot/escalation/data/gemeenten.tsv"
                self.problem(line, f"{what}: '{name}' is not a municipality", hint)
        return tuple(found)

    def _check_backup(self, contact: Contact, contacts: Mapping[str, Contact]) -> None:
        if contact.backup is None or contact.backup in contacts and contact.backup != contact.id:
            return
        line = self.backup_lines.get(contact.id, contact.where.line)
        if contact.backup == contact.id:
            self.problem(line, f"contact '{contact.id}' is its own backup",
                         "name another contact, or remove 'backup'")
        else:
            self.problem(line, f"contact '{contact.id}' has backup '{contact.backup}', which does not exist",
                         did_you_mean(contact.backup, contacts, f"contacts: {', '.join(contacts)}"))

    def _regions(self, top: LineDict, contacts: Mapping[str, Contact]) -> tuple[Region, ...]:
        regions: list[Region] = []
        covered: dict[str, Region] = {}
        for data, line in self._items(top, "regions") if "regions" in top else []:
            if not self.keys(data, REGION, f"region '{data['id']}'" if "id" in data else "region"):
                continue
            ident = self.check_ident(data["id"], data.line_of("id"), "region id")
            what = f"region '{ident}'"
            contact = str(data["contact"])
            if contact not in contacts:
                self.problem(data.line_of("contact"), f"{what} has contact '{contact}', which does not exist",
                             did_you_mean(contact, contacts, f"contacts: {', '.join(contacts)}"))
            region = Region(ident, self.string(data, "name", what), self._municipalities(data, what), contact,
                            Where(self.path, line))
            if any(r.id == ident for r in regions):
                self.problem(line, f"region id '{ident}' is already used", "give every region its own id")
                continue
            for name in region.municipalities:
                first = covered.get(name)
                if first is not None:
                    self.problem(self.lines.get((what, name), line),
                                 f"{name} is in both region '{first.id}' ({first.where}) and '{ident}'",
                                 "a municipality lies in one region: remove it from one of them")
                covered.setdefault(name, region)
            regions.append(region)
        return tuple(regions)

    def _national(self, value: Any, line: int) -> National:
        data = self.mapping(value, line, "'national'")
        if data is None or not self.keys(data, NATIONAL, "national"):
            return NATIONAL_DEFAULT
        url = self.string(data, "url", "national")
        if url and not url.startswith(("https://", "http://")):
            self.problem(data.line_of("url"), f"national url {url!r} is not a web address", "start with https://")
        return National(self.string(data, "name", "national"), self.string(data, "phone", "national"),
                        self._email(data, "email", "national") or "", url)


def _either(options: list[str]) -> str:
    return options[0] if len(options) == 1 else f"{', '.join(options[:-1])} or {options[-1]}"
