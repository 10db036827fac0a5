"""The help desk on Telegram (issue 12 points 4 and 5), through the real Application and the Bot API stand-in:
a contact's /queue, closing with a reason that reaches the professional, and the professional's thread."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from tests.standin.bot_api import BotApiStandIn
from tests.telegram_harness import RunningBot, buttons_of
from tests.test_telegram import USER, press, replies, say, send_concern, settings, standin

__all__ = ["settings", "standin"]  # fixtures used here

CONTACT = 100000001


def test_contact_queue_close_with_reason_and_the_professionals_thread(settings: Settings, standin: BotApiStandIn,
                                                                      tmp_path: Path) -> None:
    standin.add_chat(CONTACT)
    with RunningBot(settings, standin, jobs=True):
        sent, ref = send_concern(settings, standin, "geen")
        assert "kantoortijden: ma-zo 00:00-24:00" in sent.text and "0900 8844" in sent.text

        queue = say(standin, CONTACT, "/queue")[-1]
        assert "Open meldingen, oudste eerst:" in queue.text and f"{ref} · Utrecht · graag deze week" in queue.text
        assert f"t:claim:{ref}" in buttons_of(queue)
        reasons = press(standin, CONTACT, f"t:close:{ref}")[-1]
        assert f"t:close-no_concern:{ref}" in buttons_of(reasons)
        closed = press(standin, CONTACT, f"t:close-no_concern:{ref}")[-1]
        assert f"{ref} is gesloten" in closed.text
        assert "geen open meldingen" in say(standin, CONTACT, "/queue")[-1].text

        standin.wait_for(lambda: any("Reden: na beoordeling geen zorg" in (r.text or "")
                                     for r in replies(standin, USER)), timeout=10)
        notice = [r for r in replies(standin, USER) if "Reden:" in (r.text or "")][-1]
        assert buttons_of(notice) == [f"t:followup:{ref}"]
        listing = say(standin, USER, "/status")[-1]
        assert f"t:view:{ref}" in buttons_of(listing)
        thread = press(standin, USER, f"t:view:{ref}")[-1]
        assert "gesloten door de gemeente: na beoordeling geen zorg over radicalisering" in thread.text
        assert f"t:followup:{ref}" in buttons_of(thread)
