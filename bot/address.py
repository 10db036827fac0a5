"""Who a conversation or a notice belongs to: a channel and that channel's own id for the person.

``Address("telegram", "123456")`` is a Telegram user (their private chat has the same id), ``Address("console",
"local")`` the terminal chat, ``Address("email", "ab@gemeente.example")`` a contact who works by e-mail. The
database keeps addresses as text (``"telegram:123456"``); :meth:`Address.parse` and ``str()`` convert at that
boundary, and nothing else builds or takes apart such strings.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import HelpdeskError

__all__ = ["CONSOLE", "EMAIL", "TELEGRAM", "Address", "AddressError"]

TELEGRAM = "telegram"
CONSOLE = "console"
EMAIL = "email"


class AddressError(HelpdeskError, ValueError):
    """A stored or typed address without a channel (``"42"`` instead of ``"telegram:42"``)."""


@dataclass(frozen=True, slots=True, order=True)
class Address:
    channel: str  # the name a channel's sender is registered under: "telegram", "console", "email"
    id: str  # the channel's id: a Telegram user id, "local", an e-mail address

    def __post_init__(self) -> None:
        if not self.channel or ":" in self.channel or not self.id:
            raise AddressError(f"an address needs a channel name without ':' and an id, got {self.channel!r} and "
                               f"{self.id!r}")

    @classmethod
    def parse(cls, text: str) -> Address:
        """``"telegram:123"`` -> ``Address("telegram", "123")``; the id may itself hold ``:``."""
        channel, colon, id = text.partition(":")
        if not colon:
            raise AddressError(f"{text!r} is not an address: write the channel first, as in 'telegram:{text}'")
        return cls(channel, id)

    def __str__(self) -> str:
        return f"{self.channel}:{self.id}"
