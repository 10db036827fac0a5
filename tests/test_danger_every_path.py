"""112 first on every path where a user can type: a message describing acute danger gets the emergency reply
as the first message, wherever it is typed, and nothing the user was doing is lost.

``PATHS`` is the coverage table a maintainer reads: (path, how it is reached, what is typed). Every waiting
step of every shipped flow is checked as well (``test_danger_typed_at_any_flow_step_...``), so a new step is
covered without a new row. Paths covered elsewhere: the municipality step (tests/test_danger_at_place_step.py),
the console chat's question and flow step, Telegram's question and flow step with a button prompt open, and
the concern sent as SPOED (tests/test_danger_channels.py), the invite code step (tests/test_escalation.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.address import Address
from bot.config import Settings
from bot.content.model import ChoiceNode, Content, EscalateNode, QuestionNode
from bot.engine import ButtonPress, Command, Event, Session, TextMessage, TextReply, Turn, Unsupported, handle
from bot.engine.emergency import DANGER_FLAG
from bot.engine.flow_runner import enter
from bot.engine.turn import MAX_TEXT_CHARS
from bot.faq.ask import answer_batch
from bot.storage.database import open_database
from bot.storage.access import SqliteAccess
from tests.conftest import CLOCK, FIXTURES, ROOT
from tests.smtp_server import LocalSmtp
from tests.standin.bot_api import BotApiStandIn
from tests.telegram_harness import RunningBot
from tests.test_escalation import escalate, make_world
from tests.test_telegram import act, onboard, say

EMERGENCY = {"nl": "🚨 Acuut gevaar? Bel nu 112.", "en": "🚨 Acute danger? Call 112 now."}
KNIFE = "hij staat nu met een mes bij de ingang"
PILLS = "she just took a whole box of pills"
ARSON = "ze gaan vanavond de moskee in brand steken"
GUN = "he has a gun in his bag right now"
DANGERS = (KNIFE, PILLS, ARSON, GUN)
LEAVING = ("menu", "cancel", "start")  # commands that leave the flow, also with an argument

WORKER = Session(Address("test", "1"), lang="nl", role="jongerenwerker", registered=True)
NEWCOMER = Session(Address("test", "2"))


def at_step(node_id: str, session: Session = WORKER) -> Callable[[Content], Session]:
    return lambda content: enter(content, session, node_id, CLOCK.isoformat()).session


def at(node: str | None, session: Session = WORKER) -> Callable[[Content], Session]:
    return lambda content: session.at(node)


def after_thumbs_down(content: Content) -> Session:
    return handle(content, WORKER, ButtonPress("fb:down:acuut_gevaar", at=CLOCK)).session


def typed(text: str) -> Event:
    return TextMessage(text, at=CLOCK)


def command(name: str) -> Callable[[str], Event]:
    return lambda text: Command(name, text, at=CLOCK)


def unread(kind: str) -> Callable[[str], Event]:
    """A photo's caption, an edited message, a command in a group, a message in a flood: not read, but checked."""
    return lambda text: Unsupported(kind, text, at=CLOCK)


# (path, how it is reached, how the text arrives, the message)
PATHS: list[tuple[str, Callable[[Content], Session], Callable[[str], Event], str]] = [
    ("menu: a typed question", at(None), typed, GUN),
    ("onboarding: language choice", at("onboarding:language", NEWCOMER), typed, KNIFE),
    ("onboarding: role choice", at("onboarding:role", NEWCOMER), typed, PILLS),
    ("signalling: is there acute danger now?", at_step("signalling:danger"), typed, KNIFE),
    ("signalling: what did you see", at_step("signalling:observed"), typed, ARSON),
    ("sharing: with whom (choice)", at_step("sharing:with_whom"), typed, GUN),
    ("escalation: the concern", at_step("escalation:concern"), typed, ARSON),
    ("escalation: urgency", at_step("escalation:urgency"), typed, KNIFE),
    ("escalation: how to reach you", at_step("escalation:contact"), typed, PILLS),
    ("escalation: the summary before sending", at_step("escalation:confirm"), typed, GUN),
    ("escalation: invite code step", at("access:escalation", WORKER.replace(registered=False)), typed, KNIFE),
    ("ticket: a follow-up or a contact's reply", at("reply:K7M-4QX"), typed, ARSON),
    ("feedback: a comment after 👎", after_thumbs_down, typed, PILLS),
    ("/help with an argument", at(None), command("help"), KNIFE),
    ("/help inside a flow step", at_step("signalling:observed"), command("help"), GUN),
    ("/menu with an argument", at_step("sharing:with_whom"), command("menu"), ARSON),
    ("/cancel with an argument", at_step("escalation:concern"), command("cancel"), KNIFE),
    ("/taal (language switch) with an argument", at(None), command("taal"), PILLS),
    ("/rol with an argument", at(None), command("rol"), GUN),
    ("/start typed with an argument", at(None), command("start"), ARSON),
    ("/status with an argument", at(None), command("status"), KNIFE),
    ("an unknown /command with an argument", at(None), command("hulp"), GUN),
    ("a photo or document with a caption", at_step("signalling:observed"), unread("photo"), KNIFE),
    ("an edited message", at(None), unread("edited"), PILLS),
    ("a command in a group chat", at(None), unread("group"), ARSON),
    ("a message in a flood of messages", at_step("sharing:with_whom"), unread("flood"), GUN),
]


def texts(turn: Turn) -> list[str]:
    return [reply.text for reply in turn.replies if isinstance(reply, TextReply)]


@pytest.mark.parametrize(("path", "reach", "arrive", "message"), PATHS, ids=[row[0] for row in PATHS])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_danger_typed_on_this_path_gets_112_first_and_keeps_the_step(
        shipped_content: Content, path: str, reach: Callable[[Content], Session], arrive: Callable[[str], Event],
        message: str, lang: str) -> None:
    before = reach(shipped_content).replace(lang=lang)
    turn = handle(shipped_content, before, arrive(message))
    shown = texts(turn)
    assert shown and shown[0].startswith(EMERGENCY[lang]), path
    assert sum(text.startswith(EMERGENCY[lang]) for text in shown) == 1  # never twice
    event = arrive(message)
    if isinstance(event, Command) and event.name in LEAVING:  # the command still does what it says
        assert turn.session.node is None
    elif before.node == "escalation:concern" and isinstance(event, TextMessage):  # the story is the concern
        assert turn.session.node == "escalation:urgency" and turn.session.answer("concern") == message
    else:  # the user is where they were, with every answer given so far
        assert turn.session.node == before.node
        assert set(before.answers) <= set(turn.session.answers)


@pytest.mark.parametrize(("path", "reach", "arrive"), [
    ("the concern", at_step("escalation:concern"), typed),
    ("the summary before sending", at_step("escalation:confirm"), typed),
    ("/help at the contact step", at_step("escalation:contact"), command("help")),
    ("a caption at the urgency step", at_step("escalation:urgency"), unread("photo")),
])
def test_danger_typed_inside_the_intake_marks_the_concern_urgent(shipped_content: Content, path: str,
                                                                 reach: Callable[[Content], Session],
                                                                 arrive: Callable[[str], Event]) -> None:
    turn = handle(shipped_content, reach(shipped_content), arrive(KNIFE))
    assert turn.session.answer(DANGER_FLAG) == "yes", path


def test_danger_typed_at_any_flow_step_gets_112_first_and_the_step_is_kept(shipped_content: Content) -> None:
    waiting = [node for flow in shipped_content.flows.values() for node in flow.nodes.values()
               if isinstance(node, (ChoiceNode, QuestionNode, EscalateNode))]
    assert len(waiting) >= 15
    for node in waiting:
        before = at_step(node.id)(shipped_content)
        for message in DANGERS:
            turn = handle(shipped_content, before, typed(message))
            assert texts(turn)[0].startswith(EMERGENCY["nl"]), (node.id, message)
            assert turn.session.node == before.node or node.id == "escalation:concern", (node.id, message)
            assert set(before.answers) <= set(turn.session.answers), (node.id, message)
            assert turn.session.answer(DANGER_FLAG) == "yes", (node.id, message)


def test_calm_caption_and_command_argument_get_no_emergency_reply(shipped_content: Content) -> None:
    for event in (Unsupported("photo", "foto van de activiteit van vanmiddag", at=CLOCK),
                  Command("taal", "en", at=CLOCK), Command("help", "hoe werkt dit", at=CLOCK)):
        turn = handle(shipped_content, WORKER, event)
        assert not any(text.startswith(EMERGENCY["nl"]) for text in texts(turn)) and texts(turn), event


def test_helpdesk_ask_batch_puts_112_first_for_every_danger_message_in_both_languages(
        shipped_content: Content) -> None:
    lines = [json.dumps({"q": message, "lang": lang}) for message in DANGERS for lang in ("nl", "en")]
    results = [json.loads(line) for line in answer_batch(shipped_content, lines)]
    assert len(results) == 8
    for result in results:
        assert result["urgent"] is True and result["answer"].startswith(EMERGENCY[result["lang"]])


def test_console_chat_puts_112_first_for_a_command_argument(tmp_path: Path) -> None:
    env = {**os.environ, "HELPDESK_DB": str(tmp_path / "chat.db"), "HELPDESK_CONTENT": str(ROOT)}
    typed_lines = ["1", "2", f"/help {GUN}", f"/taal {KNIFE}"]
    chat = subprocess.run([sys.executable, "-c", "from bot.cli import main; raise SystemExit(main())", "chat"],
                          input="\n".join([*typed_lines, "/quit"]) + "\n", capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)
    assert chat.returncode == 0, chat.stderr
    printed = chat.stdout.split("\n> ")[1:]
    assert printed[2].startswith(EMERGENCY["nl"]) and printed[3].startswith(EMERGENCY["nl"])


def test_telegram_puts_112_first_for_captions_edits_forwards_and_command_arguments(tmp_path: Path) -> None:
    settings = Settings(content_root=ROOT, db_path=tmp_path / "helpdesk.db", contacts_path=FIXTURES / "contacts.yaml")
    chat = 4242
    with BotApiStandIn() as standin, RunningBot(settings, standin):
        onboard(standin, chat)
        arrivals = {
            "photo caption": lambda: standin.push_photo(chat, caption=KNIFE),
            "document caption": lambda: standin.push_document(chat, caption=GUN),
            "edited message": lambda: standin.push_edited_message(chat, 1, PILLS),
            "forwarded message": lambda: standin.push_raw({"message": forwarded(chat, ARSON)}),
            "command with an argument": lambda: standin.push_message(chat, f"/help {KNIFE}"),
            "/start with an argument": lambda: standin.push_message(chat, f"/start {GUN}"),
        }
        for name, push in arrivals.items():
            sent = act(standin, chat, push, expect=2)
            assert sent[0].text.startswith(EMERGENCY["nl"]), name
        calm = say(standin, chat, "/start")
        assert not calm[0].text.startswith(EMERGENCY["nl"])


def forwarded(chat: int, text: str) -> dict[str, object]:
    """A private text message forwarded from someone else (Bot API 7: ``forward_origin``)."""
    return {"message_id": 777, "date": 1_764_000_000, "text": text,
            "from": {"id": chat, "is_bot": False, "first_name": "Test"},
            "chat": {"id": chat, "type": "private", "first_name": "Test"},
            "forward_origin": {"type": "hidden_user", "sender_user_name": "Iemand", "date": 1_763_999_000}}


# --- the danger is carried to the concern for the municipality -----------------------------------------------

def press(content: Content, session: Session, *buttons: str) -> Turn:
    turn = Turn(session)
    for data in buttons:
        turn = handle(content, turn.session, ButtonPress(data, at=CLOCK))
    return turn


def test_acute_danger_answered_in_the_signalling_guide_reaches_the_intake_marked_urgent(
        shipped_content: Content) -> None:
    turn = press(shipped_content, WORKER, "menu:signalling", "o:signalling:danger:yes", "o:signalling:acute:muni")
    assert turn.session.node == "escalation:municipality"
    assert turn.session.answer(DANGER_FLAG) == "yes"


def test_danger_typed_in_the_signalling_guide_is_carried_through_its_handover_to_the_intake(
        shipped_content: Content) -> None:
    typed_there = handle(shipped_content, at_step("signalling:next")(shipped_content), typed(GUN))
    turn = press(shipped_content, typed_there.session, "o:signalling:next:muni")
    assert turn.session.node == "escalation:municipality" and turn.session.answer(DANGER_FLAG) == "yes"


def test_a_calm_guide_hands_over_to_the_intake_without_the_urgent_mark(shipped_content: Content) -> None:
    turn = press(shipped_content, at_step("signalling:next")(shipped_content), "o:signalling:next:muni")
    assert turn.session.node == "escalation:municipality" and turn.session.answer(DANGER_FLAG) is None
    back_in_menu = handle(shipped_content, handle(shipped_content, WORKER, typed(GUN)).session,
                          Command("menu", at=CLOCK))
    calm = press(shipped_content, back_in_menu.session, "menu:contact")
    assert calm.session.answer(DANGER_FLAG) is None  # the menu's own button: only what is typed in the intake counts


def test_emergency_contact_button_sends_the_concern_as_spoed_through_the_invite_code(tmp_path: Path) -> None:
    with LocalSmtp() as smtp:
        world = make_world(tmp_path, smtp)
        user = "telegram:42"
        code = SqliteAccess(open_database(world.settings.db_path)).create_invite("Het Lyceum", "docent", 1, 30,
                                                                               CLOCK).code
        world.say(user, Command("rol", "docent", at=CLOCK))
        emergency = world.say(user, typed(KNIFE))
        first = emergency.replies[0]
        assert isinstance(first, TextReply) and first.button_ids() == ["danger:steps", "danger:contact"]
        asked = world.say(user, ButtonPress("danger:contact", at=CLOCK))
        assert asked.session.node == "access:escalation"
        calm_concern = "Zie mijn vorige bericht over de jongen bij het buurthuis."  # no danger in these words
        detector = world.conversations.content.content.danger
        assert detector is not None and not detector.check(calm_concern).urgent
        summary = world.say(user, typed(code), typed("Utrecht"), typed(calm_concern),
                            ButtonPress("o:escalation:urgency:normal", at=CLOCK), typed("06-12345678"))
        assert "SPOED" in "\n".join(summary.texts())
        world.say(user, ButtonPress("o:escalation:confirm:send", at=CLOCK))
        assert world.service.tickets.for_reporter(user)[0].urgency == "acute"



def test_a_follow_up_describing_danger_reaches_the_contact_marked_spoed(tmp_path: Path) -> None:
    with LocalSmtp() as smtp:
        world = make_world(tmp_path, smtp)
        escalate(world)  # a calm concern, urgency "soon", to Utrecht's contact on Telegram
        ticket = world.service.tickets.for_reporter("telegram:42")[0]
        assert ticket.urgency != "acute"
        world.say("telegram:42", ButtonPress(f"t:followup:{ticket.ref}", at=CLOCK))
        first = world.say("telegram:42", typed(GUN))
        assert first.texts()[0].startswith(EMERGENCY["nl"])
        world.say("telegram:42", ButtonPress(f"t:followup:{ticket.ref}", at=CLOCK))
        world.say("telegram:42", typed("Hij is inmiddels weer rustig, dank voor het meedenken."))
        messages = [item.payload["text"] for item in world.service.outbox.due(world.now())
                    if item.kind == "message" and item.channel == "telegram"]
        assert len(messages) == 2
        assert messages[0].startswith("🚨 SPOED") and GUN in messages[0]
        assert not messages[1].startswith("🚨 SPOED")  # only the message that describes danger


def test_danger_told_after_the_part_that_is_read_of_a_long_message_still_gets_112_first(
        shipped_content: Content) -> None:
    story = "Ik werk als jongerenwerker in de wijk en wil iets vragen over informatie delen met school. " * 12
    assert len(story) > MAX_TEXT_CHARS
    for arrive in (typed, unread("photo")):
        turn = handle(shipped_content, WORKER, arrive(f"{story}Update: {GUN}."))
        assert texts(turn)[0].startswith(EMERGENCY["nl"]), arrive


@pytest.mark.parametrize(("lang", "message"), [("nl", "help hij bedreigt iemand met een wapen, wat moet ik doen"),
                                               ("en", "a boy just showed me a knife and says he will do something tonight, what do I do")])
def test_the_acute_danger_answer_after_the_112_reply_does_not_say_its_first_line_again(
        shipped_content: Content, lang: str, message: str) -> None:
    """Reading review R20: the FAQ's acute-danger entry opens with the same line as the emergency reply, and the two
    stood one under the other. In the chat and in ``helpdesk ask`` the answer now starts with its own advice."""
    headline = EMERGENCY[lang].removeprefix("🚨 ")
    shown = texts(handle(shipped_content, WORKER.replace(lang=lang), TextMessage(message, at=CLOCK)))
    assert shown[0].startswith(EMERGENCY[lang]) and len(shown) >= 2
    assert sum(text.count(headline) for text in shown) == 1
    asked = json.loads(next(iter(answer_batch(shipped_content, [json.dumps({"q": message, "lang": lang})]))))
    assert asked["faq_id"] == "acuut_gevaar" and asked["answer"].count(headline) == 1
    assert shipped_content.faq["acuut_gevaar"].answer.wordings[lang].startswith(headline)  # shown alone, it keeps the line
