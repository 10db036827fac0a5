"""Random events for property tests (tests/test_properties.py) and the 100,000-event bench (bench/soak.py --fuzz).

Events come from a ``random.Random``, so hypothesis drives them (``st.randoms()``) and shrinks failures, and
a bench can draw as many as it likes. Buttons are the ones the bot just showed, stale ones, and forgeries.
"""

from __future__ import annotations

import datetime
import random

from bot.engine import ButtonPress, Command, Event, Start, TextMessage, Turn, Unsupported
from bot.texts.engine import COMMANDS

__all__ = ["SECRET_OF", "buttons_of", "random_event"]

AT = datetime.datetime(2026, 11, 28, 12, 0, tzinfo=datetime.timezone.utc)
WORDS = ["radicalisering", "delen", "school", "politie", "gemeente", "toestemming", "Utrecht", "ja", "nee",
         "terug", "back", "weet ik niet", "112", "1", "2", "3", "0", "99", "²", "①", "٣", "Ⅻ", "🙂", "‮", "\u0000",
         "<b>", "&amp;", "a" * 5000, "/start", "   ", "", "ﬁ", "ǅ", "İ", "ß"]
FORGED = ["", "x", "o:", "o:signalling:", "p:escalation:concern:²", "t:claim:ZZZ-999", "t:claim:", "faq:",
          "role:", "lang:xx", "menu:nothing", "o:" + "x" * 70, "t:answer:ABC-DEF", "fb:up:", "\u0000"]
SECRET_OF = {"telegram:1": "GEHEIMALPHA", "telegram:2": "GEHEIMBRAVO"}  # each user types only their own


def buttons_of(turn: Turn) -> list[str]:
    return [b.id for r in turn.replies for row in getattr(r, "buttons", ()) for b in row]


def random_event(rng: random.Random, user: str, shown: list[str], seen: list[str]) -> Event:
    """One event by ``user``: usually a button just shown, else text, a command, a stale or forged button."""
    roll = rng.random()
    if roll < 0.45 and shown:
        return ButtonPress(rng.choice(shown), at=AT)
    if roll < 0.55 and seen:
        return ButtonPress(rng.choice(seen), at=AT)  # stale: from an older message
    if roll < 0.62:
        return ButtonPress(rng.choice(FORGED) + rng.choice(["", str(rng.randint(0, 9)), "²"]), at=AT)
    if roll < 0.72:
        name = rng.choice([*COMMANDS, "start", "unknowncmd", "taal", "rol", ""])
        return Start(at=AT) if name == "start" else Command(name, rng.choice(["", "en", "docent", "²", "x" * 50]), at=AT)
    if roll < 0.75:
        return Unsupported(rng.choice(["sticker", "photo", "edited", "group", "flood"]), at=AT)
    words = [rng.choice(WORDS) for _ in range(rng.randint(1, 6))]
    if rng.random() < 0.3:
        words.append(SECRET_OF.get(user, ""))
    if rng.random() < 0.2:
        words.append("".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 8))))
    return TextMessage(" ".join(words), at=AT)
