"""A line under an answer about whom to contact at the municipality, for the town the question names.

"wie is het aanspreekpunt radicalisering in Weesp?" is answered with the general entry (every municipality has an
aanspreekpunt; ask for the meldpunt or the OOV officer), and below it what this bot knows of that place: "Ik begrijp:
gemeente Amsterdam. Weesp hoort sinds 2022 bij Amsterdam." and whether a concern sent with "📞 Gemeente" goes to a contact there, to a
regional one, or (no contact configured) that the national advice line helps. Only entries marked
``local_contact: true`` get the line, and only when the question names one municipality: a story that names two
towns (where the young person lives, where the asker works) gets none rather than a guess.
"""

from __future__ import annotations

from bot.content.model import Content, Text
from bot.engine.checks import understood
from bot.places import Lookup, Municipality, RouteFinder
from bot.texts import fill
from bot.texts.checks import CHECKS
from bot.texts.engine import PHRASES

__all__ = ["local_contact_line"]


def local_contact_line(content: Content, entry_id: str, question: str, lang: str) -> str:
    """The line for ``entry_id`` answering ``question`` in ``lang``; "" when it has none."""
    entry = content.faq.get(entry_id)
    places = content.faq_index.places
    if entry is None or not entry.local_contact or places is None or content.municipalities is None \
            or content.directory is None:
        return ""
    found: dict[Municipality, Lookup] = {}
    for town in places.towns(question):
        lookup = content.municipalities.lookup(town)
        if lookup.kind == "found":
            found.setdefault(lookup.matches[0], lookup)
    if len(found) != 1:
        return ""
    [(municipality, lookup)] = found.items()
    said = understood(lookup, municipality) if lookup.place or lookup.note_nl else None
    line = _route_line(content.directory, municipality).get(lang)
    return f"{said.get(lang)} {line}" if said is not None else line


def _route_line(directory: RouteFinder, municipality: Municipality) -> Text:
    route = directory.route(municipality)
    button = PHRASES["nav_contact"]  # the contact button's own label, as nav_row shows it
    if route.kind == "local":
        return fill(PHRASES["local_contact_local"], municipality=municipality.name, button=button)
    if route.kind == "regional":
        return fill(PHRASES["local_contact_regional"], municipality=municipality.name, region=route.region_name,
                    button=button)
    national = route.national
    return fill(CHECKS["national"], name=municipality.name, advice=national.name, phone=national.phone,
                email=national.email)
