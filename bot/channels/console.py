"""The terminal chat: the same engine as Telegram, with numbered options for buttons.

Type a number to press an option, free text to ask, ``/commands`` as on Telegram, ``/quit`` (or Ctrl-D)
to leave. Decision records are saved as files and their path is printed.

Before each prompt the chat shows notices about the user's tickets (a claim, the contact's answer, closing),
which the ticket service queues in the outbox as channel "console" rows, as it queues Telegram messages.

Before each turn the chat reloads content that changed on disk, as ``helpdesk serve`` does, so an edit can be
previewed without a restart. Broken content is refused: the chat keeps the last good content and prints the
problems once, until the next change.
"""

from __future__ import annotations

import datetime
import textwrap
from collections.abc import Callable
from pathlib import Path

from bot.conversations import Conversations
from bot.engine import ButtonPress, Command, DocumentReply, Event, Resume, Start, TextMessage, TextReply, Turn

__all__ = ["ConsoleChat"]

USER = "console:local"
WIDTH = 78
NOTICE = "bericht over je melding · news about your concern"
RELOADED = "inhoud opnieuw geladen · content reloaded"
RELOAD_REFUSED = ("de gewijzigde inhoud heeft fouten; de chat gebruikt de vorige versie · the edited content has "
                  "problems; the chat keeps the previous version")


class ConsoleChat:
    def __init__(self, conversations: Conversations, documents: Path, *, user: str = USER,
                 read: Callable[[str], str] = input, write: Callable[[str], None] = print) -> None:
        self.conversations = conversations
        self.documents = documents
        self.user = user
        self.read = read
        self.write = write
        self.options: list[str] = []

    def run(self) -> None:
        known = self.conversations.sessions.load(self.user) is not None
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
        """Print what the ticket service sent this user since the last prompt (their answer buttons numbered)."""
        service = self.conversations.tickets
        if service is None:
            return
        notices = service.outbox.take_notices(self.user, datetime.datetime.now(datetime.timezone.utc))
        if not notices:
            return
        self.options = []
        for notice in notices:
            self.write(f"[{NOTICE}]")
            self.write(_wrap(str(notice.payload.get("text", ""))))
            for row in notice.payload.get("buttons") or []:
                for label, data in row:
                    self.options.append(str(data))
                    self.write(f"  [{len(self.options)}] {label}")
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
                self.write(_wrap(reply.text))
                for row in reply.buttons:
                    for button in row:
                        self.options.append(button.id)
                        self.write(f"  [{len(self.options)}] {button.label}")
            elif isinstance(reply, DocumentReply):
                path = self._save(reply)
                self.write(f"{reply.caption}\n  -> {path}")
        self.write("")

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

