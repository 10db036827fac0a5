"""What a turn produces: replies the adapter renders and effects (:mod:`bot.engine.effects`) the application
layer carries out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Union

from bot.engine.effects import Effect

if TYPE_CHECKING:
    from bot.engine.session import Session

__all__ = ["Button", "DocumentReply", "Effect", "Reply", "TextReply", "Turn"]


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: ``id`` is a short routing id (at most 64 bytes), never a payload."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class TextReply:
    """Plain text (adapters escape it) with optional rows of buttons."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()

    def button_ids(self) -> list[str]:
        return [b.id for row in self.buttons for b in row]


@dataclass(frozen=True, slots=True)
class DocumentReply:
    """A generated document handed to the user (a ``.md`` file on Telegram, a saved file in the console)."""

    filename: str
    content: str
    caption: str = ""


Reply = Union[TextReply, DocumentReply]


@dataclass(frozen=True, slots=True)
class Turn:
    session: Session
    replies: tuple[Reply, ...] = ()
    effects: tuple[Effect, ...] = ()
    visited: tuple[str, ...] = ()  # flow nodes entered during this turn, in order (coverage, analytics)

    def with_replies_before(self, replies: list[Reply] | tuple[Reply, ...]) -> Turn:
        return Turn(self.session, (*replies, *self.replies), self.effects, self.visited)

    def texts(self) -> list[str]:
        return [r.text for r in self.replies if isinstance(r, TextReply)]
