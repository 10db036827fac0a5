"""112 first on every channel: the console chat (a real ``helpdesk chat`` process), Telegram (the real PTB stack
against the Bot API stand-in), and the escalation intake, whose ticket reaches the contact marked SPOED."""

from __future__ import annotations

import os
import time
import subprocess
import sys
from pathlib import Path

from bot.config import Settings
from bot.engine import ButtonPress, TextMessage
from tests.conftest import CLOCK, FIXTURES, ROOT
from tests.smtp_server import LocalSmtp
from tests.standin.bot_api import BotApiStandIn
from tests.telegram_harness import RunningBot, buttons_of
from tests.test_escalation import make_world, register
from tests.test_telegram import onboard, open_intake, press, say

DANGER = "een leerling zegt dat hij morgen met een mes naar school komt om een docent neer te steken"


def console(tmp_path: Path, *typed: str) -> list[str]:
    """Run a real ``helpdesk chat``; what it printed after each typed line."""
    env = {**os.environ, "HELPDESK_DB": str(tmp_path / "chat.db"), "HELPDESK_CONTENT": str(ROOT)}
    chat = subprocess.run([sys.executable, "-c", "from bot.cli import main; raise SystemExit(main())", "chat"],
                          input="\n".join([*typed, "/quit"]) + "\n", capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)
    assert chat.returncode == 0, chat.stderr
    return chat.stdout.split("\n> ")[1:]


def test_console_chat_puts_112_first_for_a_typed_question_and_a_typed_answer_in_a_flow(tmp_path: Path) -> None:
    printed = console(tmp_path, "1", "2", DANGER, "/menu", "2", DANGER)
    question, in_flow = printed[2], printed[5]
    for reply in (question, in_flow):
        assert reply.startswith("🚨 Acuut gevaar? Bel nu 112.")
        assert "0900 8844" in reply and "Wat doe ik daarna?" in reply
    assert "Je was hier gebleven:" in in_flow and in_flow.rstrip().endswith("📞 Gemeente")  # the step follows


def test_telegram_sends_the_emergency_reply_first_for_a_question_and_inside_a_flow(tmp_path: Path) -> None:
    settings = Settings(content_root=ROOT, db_path=tmp_path / "helpdesk.db", contacts_path=FIXTURES / "contacts.yaml")
    with BotApiStandIn() as standin, RunningBot(settings, standin):
        onboard(standin, 4242)
        sent = say(standin, 4242, DANGER, expect=2)
        assert sent[0].text.startswith("🚨 Acuut gevaar? Bel nu 112.")
        assert buttons_of(sent[0]) == ["danger:steps", "danger:contact"]
        press(standin, 4242, "menu:sharing")
        in_flow = say(standin, 4242, DANGER, expect=2)
        assert in_flow[0].text.startswith("🚨 Acuut gevaar? Bel nu 112.")
        assert any(button.startswith("o:sharing:") for button in buttons_of(in_flow[-1]))


def test_concern_describing_danger_gets_112_first_and_reaches_the_contact_as_spoed(tmp_path: Path) -> None:
    with LocalSmtp() as smtp:
        world = make_world(tmp_path, smtp)
        register(world)
        world.say("telegram:42", TextMessage("Utrecht", at=CLOCK))
        concern = world.say("telegram:42", TextMessage("Hij heeft een bom gemaakt en wil die vrijdag bij de moskee "
                                                       "laten ontploffen.", at=CLOCK))
        assert concern.texts()[0].startswith("🚨 Acuut gevaar? Bel nu 112.")
        summary = world.say("telegram:42", ButtonPress("o:escalation:urgency:soon", at=CLOCK),
                            TextMessage("06-12345678", at=CLOCK))
        assert "SPOED" in "\n".join(summary.texts())
        world.say("telegram:42", ButtonPress("o:escalation:confirm:send", at=CLOCK))
        ticket = world.service.tickets.for_reporter("telegram:42")[0]
        assert ticket.urgency == "acute"
        world.deliver()
        mail = smtp.messages
        assert len(mail) == 1 and mail[0]["Subject"].startswith("SPOED / URGENT")
        to_contact = next(item for item in world.telegram if item.recipient == "100000001")
        assert to_contact.payload["text"].startswith("🚨 SPOED")


def test_telegram_intake_concern_describing_danger_gets_112_first(tmp_path: Path) -> None:
    settings = Settings(content_root=ROOT, db_path=tmp_path / "helpdesk.db", contacts_path=FIXTURES / "contacts.yaml")
    with BotApiStandIn() as standin, RunningBot(settings, standin):
        open_intake(settings, standin, 4242)
        sent = say(standin, 4242, "Hij heeft een bom gemaakt en wil die vrijdag bij de moskee laten ontploffen.",
                   expect=2)
        assert sent[0].text.startswith("🚨 Acuut gevaar? Bel nu 112.")


def test_a_danger_message_dropped_in_a_flood_still_gets_112_once(tmp_path: Path) -> None:
    """The flood guard drops messages past its limit unread; one that describes acute danger still gets the
    emergency reply, once per flood (a burst of them does not flood the chat back)."""
    settings = Settings(content_root=ROOT, db_path=tmp_path / "helpdesk.db", contacts_path=FIXTURES / "contacts.yaml")
    with BotApiStandIn() as standin, RunningBot(settings, standin):
        onboard(standin, 5151)
        for n in range(25):  # past the guard's 20 per 30 s: a warning, then dropped
            standin.push_message(5151, f"hallo {n}")
        standin.wait_for(lambda: any("veel berichten" in (s.text or "") for s in standin.sent(5151)), timeout=20)
        time.sleep(0.5)
        before = len(standin.sent(5151))
        for _ in range(3):
            standin.push_message(5151, "hij staat nu met een mes bij de ingang van de school")
        standin.wait_for(lambda: len(standin.sent(5151)) > before, timeout=10)
        time.sleep(1.0)
        alarms = [s for s in standin.sent(5151)[before:] if (s.text or "").startswith("🚨 Acuut gevaar? Bel nu 112.")]
        assert len(alarms) == 1
