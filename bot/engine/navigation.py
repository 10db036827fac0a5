"""The buttons and prompts that frame every step: main menu, onboarding, and the nav row."""

from __future__ import annotations

from bot.content.schema import ROLES
from bot.texts.engine import ROLE_LABELS, say
from bot.engine.replies import Button, TextReply

__all__ = ["BACK_BUTTON", "BACK_WORDS", "MENU_ITEMS", "language_prompt", "menu_button", "menu_reply", "nav_row",
           "role_prompt"]

BACK_BUTTON = "menu:back"  # one step back in the active flow
BACK_WORDS = frozenset({"terug", "vorige", "ga terug", "back", "go back", "previous"})  # typed, after folding

# Main menu: item id -> phrase key. "ask" prompts for a question; the others start the flow of that name.
MENU_ITEMS = {
    "signalling": "menu_signalling",
    "sharing": "menu_sharing",
    "ask": "menu_ask",
    "contact": "menu_contact",
}
MENU_FLOWS = {"signalling": "signalling", "sharing": "sharing", "contact": "escalation"}


def menu_button(item: str, lang: str) -> Button:
    """The main-menu button for ``item`` (a key of MENU_ITEMS), wherever it is offered."""
    return Button(f"menu:{item}", say(MENU_ITEMS[item], lang))


def menu_buttons(lang: str) -> tuple[tuple[Button, ...], ...]:
    return tuple((menu_button(item, lang),) for item in MENU_ITEMS)


def menu_reply(lang: str, intro: str = "") -> TextReply:
    text = f"{intro}\n\n{say('menu', lang)}" if intro else say("menu", lang)
    return TextReply(text, menu_buttons(lang))


def nav_row(lang: str, *, contact: bool = True, back: bool = False) -> tuple[Button, ...]:
    """Every step offers the way back to the menu, and (outside the contact flow) to the municipality; every
    step after a flow's first also one step back."""
    row = [Button(BACK_BUTTON, say("nav_back", lang))] if back else []
    row.append(Button("menu:home", say("nav_menu", lang)))
    if contact:
        row.append(Button("menu:contact", say("nav_contact", lang)))
    return tuple(row)


def language_prompt(lang: str) -> TextReply:
    return TextReply(say("choose_language", lang), ((Button("lang:nl", "Nederlands"), Button("lang:en", "English")),))


def role_prompt(lang: str) -> TextReply:
    rows = tuple((Button(f"role:{role}", ROLE_LABELS[role].get(lang)),) for role in ROLES)
    return TextReply(say("choose_role", lang), rows)
