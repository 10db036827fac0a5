"""The terminal chat: the same engine as Telegram, with numbered options for buttons.

Type a number to press an option, free text to ask, ``/commands`` as on Telegram, ``/quit`` (or Ctrl-D)
to leave. Decision records are saved as files and their path is printed.

Before each prompt the chat shows notices about the user's tickets (a claim, the contact's answer, closing).
They come the way Telegram's do: the ticket service queues them in the outbox for the user's address, and the
chat registers a sender for the channel ``console``; one delivery pass before each prompt hands this user's
notices to it (another console user's wait in the outbox for their own chat).

Before each turn the chat reloads content that changed on disk, as ``helpdesk serve`` does, so an edit can be
previewed without a restart. Broken content is refused: the chat keeps the last good content and prints the
problems once, until the next change.
"""

from __future__ import annotations

import asyncio
import textwrap
from collections.abc import Callable
from pathlib import Path

from bot.address import CONSOLE, Address
from bot.app import HelpDesk
from bot.channels.notice import notice_reply
from bot.engine import ButtonPress, Command, DocumentReply, Event, Resume, Start, TextMessage, TextReply, Turn
from bot.errors import DeliveryError
from bot.storage.outbox import OutboxItem

__all__ = ["ConsoleChat"]

USER = Address(CONSOLE, "local")
WIDTH = 78
NOTICE = "bericht over je melding · news about your concern"
RELOADED = "inhoud opnieuw geladen · content reloaded"
RELOAD_REFUSED = ("de gewijzigde inhoud heeft fouten; de chat gebruikt de vorige versie · the edited content has "
                  "problems; the chat keeps the previous version")


class ConsoleChat:
    def __init__(self, desk: HelpDesk, documents: Path, *, user: Address = USER,
                 read: Callable[[str], str] = input, write: Callable[[str], None] = print) -> None:
        self.desk = desk
        self.conversations = desk.conversations
        self.documents = documents
        self.user = user
        self.read = read
        self.write = write
        self.options: list[str] = []
        self.received: list[TextReply] = []  # notices the sender took, shown before the next prompt
        desk.senders.register(CONSOLE, self.receive)

    async def receive(self, item: OutboxItem) -> None:
        """This channel's sender: a notice for this chat's user is kept to be shown; any other waits."""
        if item.address != self.user:
            raise DeliveryError(f"not for this console chat's user ({self.user})")
        self.received.append(notice_reply(item))

    def run(self) -> None:
        known = self.conversations.sessions.load(str(self.user)) is not None
        self.show(self.conversations.handle(self.user, Resume() if known else Start()))
        while True:
            self.show_notices()
            try:
                line = self.read("> ")
            except (EOFError, KeyboardInterrupt):
                self.write("")
                return
            if line.strip().lower() in ("/quit", "/exit", "/stop"):
                return
            self.reload_content()
            event = self.event_for(line)
            if event is not None:
                self.show(self.conversations.handle(self.user, event))

    def show_notices(self) -> None:
        """Deliver what the outbox holds for this chat, then print it (the notices' buttons numbered)."""
        asyncio.run(self.desk.deliver_once())
        notices, self.received = self.received, []
        if not notices:
            return
        self.options = []
        for notice in notices:
            self.write(f"[{NOTICE}]")
            self._print(notice)
        self.write("")

    def reload_content(self) -> None:
        """Take in edited content when it validates; otherwise say once what is wrong and keep the old."""
        holder = self.conversations.content
        before = holder.content
        problems = holder.reload_if_changed()
        if problems:
            self.write(f"[{RELOAD_REFUSED}]")
            self.write("\n".join(f"  {problem.render()}" for problem in problems) + "\n")
        elif holder.content is not before:
            self.write(f"[{RELOADED}]\n")

    def event_for(self, line: str) -> Event | None:
        text = line.strip()
        if text.isdigit() and 1 <= int(text) <= len(self.options):
            return ButtonPress(self.options[int(text) - 1])
        if text.startswith("/") and len(text) > 1:
            name, _, arg = text[1:].partition(" ")
            return Command(name.split("@")[0].lower(), arg)
        return TextMessage(line)

    def show(self, turn: Turn) -> None:
        self.options = []
        for reply in turn.replies:
            if isinstance(reply, TextReply):
                self._print(reply)
            elif isinstance(reply, DocumentReply):
                path = self._save(reply)
                self.write(f"{reply.caption}\n  -> {path}")
        self.write("")

    def _print(self, reply: TextReply) -> None:
        self.write(_wrap(reply.text))
        for row in reply.buttons:
            for button in row:
                self.options.append(button.id)
                self.write(f"  [{len(self.options)}] {button.label}")

    def _save(self, document: DocumentReply) -> Path:
        self.documents.mkdir(parents=True, exist_ok=True)
        stem, suffix = Path(document.filename).stem, Path(document.filename).suffix
        path = self.documents / document.filename
        counter = 1
        while path.exists():
            counter += 1
            path = self.documents / f"{stem}-{counter}{suffix}"
        path.write_text(document.content, encoding="utf-8")
        return path


def _wrap(text: str) -> str:
    lines = []
    for paragraph in text.splitlines():
        indent = "  " if paragraph.startswith("- ") else ""
        lines.append(textwrap.fill(paragraph, WIDTH, subsequent_indent=indent, break_long_words=False,
                                   break_on_hyphens=False) if paragraph else "")
    return "\n".join(lines)

