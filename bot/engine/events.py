"""What can happen to a conversation. Adapters translate their input into one of these."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar, Union

from bot.clock import utc_now

__all__ = ["ButtonPress", "Command", "EffectOutcome", "Event", "Resume", "Start", "TextMessage", "Unsupported"]


@dataclass(frozen=True, slots=True)
class Start:
    """The user opened the conversation (Telegram ``/start``, a new console chat)."""

    at: datetime.datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True)
class Resume:
    """The channel reopened (the console started again): show the user where they were."""

    at: datetime.datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True)
class TextMessage:
    text: str
    at: datetime.datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True)
class ButtonPress:
    """A press on an inline button (or a numbered option in the console). ``data`` is the button id."""

    data: str
    at: datetime.datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True)
class Command:
    """``/name arg``; ``name`` is lowercase without the slash."""

    name: str
    arg: str = ""
    at: datetime.datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True)
class Unsupported:
    """Something the bot cannot read: a sticker, photo, voice message, an edited message, a group chat."""

    kind: str  # "sticker", "photo", "voice", "edited", "group", "flood", "other"
    text: str = ""  # what the user typed with it (a caption, the edited text): only checked for acute danger
    at: datetime.datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True)
class EffectOutcome:
    """The application layer reports back how an effect went (e.g. a ticket was stored as ``ref``).

    One subclass per effect that has an answer (:mod:`bot.engine.outcomes`); ``effect`` names that effect.
    """

    effect: ClassVar[str] = ""
    ok: bool
    detail: str = ""  # a short code saying what happened, e.g. "taken", "forbidden", "national"
    data: dict[str, Any] = field(default_factory=dict)  # plain values, e.g. {"ref": "K7M-4QX"}
    items: tuple[dict[str, str], ...] = ()  # rows, e.g. the user's tickets for /status
    at: datetime.datetime = field(default_factory=utc_now)


Event = Union[Start, Resume, TextMessage, ButtonPress, Command, Unsupported, EffectOutcome]
