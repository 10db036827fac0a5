"""The dialogue engine: one pure function carries a turn, ``(content, session, event) -> Turn``.

It does no I/O and knows no Telegram, SQLite or YAML types. Every channel, the tests and the
benchmarks go through :func:`bot.engine.turn.handle`.
"""

from bot.engine.events import ButtonPress, Command, EffectOutcome, Event, Resume, Start, TextMessage, Unsupported
from bot.engine.effects import EFFECT_TYPES, Effect
from bot.engine.replies import Button, DocumentReply, Reply, TextReply, Turn
from bot.engine.session import Session
from bot.engine.turn import handle, read_ahead

__all__ = [
    "EFFECT_TYPES",
    "Button",
    "ButtonPress",
    "Command",
    "DocumentReply",
    "Effect",
    "EffectOutcome",
    "Event",
    "Reply",
    "Resume",
    "Session",
    "Start",
    "TextMessage",
    "TextReply",
    "Turn",
    "Unsupported",
    "handle",
    "read_ahead",
]
