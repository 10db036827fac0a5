"""The help desk around a ticket (issue 12 points 4 and 5): the professional's list, thread, withdraw, edit and
follow-up, office hours after sending, console notices; the contact's queue, digest, close with a reason,
reminders with age, and acute tickets after hours. Real SQLite files, the real SMTP server on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

from bot.address import Address
from bot.app import HelpDesk
from bot.channels.console import ConsoleChat
from bot.engine import ButtonPress, Command, TextMessage
from bot.escalation.office_hours import AMSTERDAM
from tests.conftest import CLOCK, FIXTURES
from tests.smtp_server import LocalSmtp
from tests.test_escalation import (CONCERN, CONTACT_MAIL, World, escalate, make_world, register, run_inbound,
                                   smtp, text_of, world)

__all__ = ["smtp", "world"]  # fixtures used here

CONTACT = "telegram:100000001"
MONDAY_10 = datetime.datetime(2026, 11, 30, 10, 0, tzinfo=AMSTERDAM)  # CLOCK is Saturday 28 November, 13:00


def ref_of(world: World, user: str = "telegram:42") -> str:
    return world.service.tickets.for_reporter(user)[0].ref


def buttons(turn: object) -> list[str]:
    return [b.id for reply in turn.replies for row in getattr(reply, "buttons", ()) for b in row]  # type: ignore[attr-defined]


def reporter_notices(world: World, chat: str = "42") -> list[str]:
    return [i.payload["text"] for i in world.service.outbox.due(world.now()) if i.recipient == chat]


def hours_world(tmp_path: Path, smtp: LocalSmtp) -> World:
    """Utrecht's contact works ma-vr 09:00-17:00 with a 24/7 backup; Amsterdam's has no backup."""
    base = make_world(tmp_path, smtp)
    settings = dataclasses.replace(base.settings, contacts_path=FIXTURES / "contacts_office_hours.yaml")
    return make_world_with(settings, smtp)


def make_world_with(settings: object, smtp: LocalSmtp) -> World:
    from bot.app import build_conversations
    from bot.storage.database import open_database

    conversations = build_conversations(settings, open_database(settings.db_path))  # type: ignore[attr-defined]
    assert conversations.tickets is not None
    return World(settings, conversations, conversations.tickets, [], smtp, [CLOCK])  # type: ignore[arg-type]


# --- the professional ------------------------------------------------------------------------------------------

def test_status_lists_tickets_and_choosing_one_shows_the_whole_thread_with_the_contacts_reply(world: World) -> None:
    escalate(world)
    ref = ref_of(world)
    world.deliver()
    world.say(CONTACT, ButtonPress(f"t:claim:{ref}", at=CLOCK), ButtonPress(f"t:reply:{ref}", at=CLOCK),
              TextMessage("Dank je, ik bel je morgen om tien uur.", at=CLOCK))
    world.say("telegram:42", ButtonPress(f"t:answer:{ref}", at=CLOCK), TextMessage("Prima, tot morgen.", at=CLOCK))
    listing = world.say("telegram:42", Command("status", at=CLOCK))
    assert ref in text_of(listing) and f"t:view:{ref}" in buttons(listing)
    thread = text_of(world.say("telegram:42", ButtonPress(f"t:view:{ref}", at=CLOCK)))
    for expected in (f"Melding {ref}", CONCERN, "afgeleverd bij de gemeente",
                     "opgepakt door Adviseur radicalisering Utrecht",
                     "Adviseur radicalisering Utrecht (28-11 13:00):", "Dank je, ik bel je morgen om tien uur."):
        assert expected in thread
    assert thread.index("opgepakt door") < thread.index("ik bel je morgen") < thread.index("Jij (28-11 13:00):\nPrima")


def test_another_users_ticket_cannot_be_viewed_or_withdrawn(world: World) -> None:
    escalate(world)
    ref = ref_of(world)
    register(world, "telegram:77")
    assert "mag je niet" in text_of(world.say("telegram:77", ButtonPress(f"t:view:{ref}", at=CLOCK)))
    world.say("telegram:77", ButtonPress(f"t:withdraw-yes:{ref}", at=CLOCK))
    assert world.service.tickets.get(ref).status == "new"


def test_withdrawing_closes_the_ticket_and_tells_the_contact(world: World) -> None:
    escalate(world)
    ref = ref_of(world)
    ask = world.say("telegram:42", ButtonPress(f"t:withdraw:{ref}", at=CLOCK))
    assert "intrekken" in text_of(ask) and f"t:withdraw-yes:{ref}" in buttons(ask)
    assert world.service.tickets.get(ref).status == "new"  # nothing happens before the confirmation
    done = world.say("telegram:42", ButtonPress(f"t:withdraw-yes:{ref}", at=CLOCK))
    assert f"{ref} is ingetrokken" in text_of(done) and world.service.tickets.get(ref).status == "closed"
    told = [i for i in world.service.outbox.due(world.now()) if i.kind == "withdrawn"]
    assert {i.channel for i in told} == {"telegram", "email"} and all("ingetrokken" in str(i.payload) for i in told)
    assert "ingetrokken door jou" in text_of(world.say("telegram:42", ButtonPress(f"t:view:{ref}", at=CLOCK)))


def test_one_field_of_the_summary_is_edited_and_the_summary_comes_back(world: World) -> None:
    register(world)
    summary = world.say("telegram:42", TextMessage("Utrecht", at=CLOCK), TextMessage(CONCERN, at=CLOCK),
                        ButtonPress("o:escalation:urgency:soon", at=CLOCK), TextMessage("06-12345678", at=CLOCK))
    assert "o:escalation:confirm:edit-concern" in buttons(summary)
    asked = world.say("telegram:42", ButtonPress("o:escalation:confirm:edit-concern", at=CLOCK))
    assert asked.session.node == "escalation:concern"
    changed = "Sinds oktober deelt een leerling in de klas filmpjes die geweld goedpraten; ik sprak zijn mentor."
    again = world.say("telegram:42", TextMessage(changed, at=CLOCK))
    assert again.session.node == "escalation:confirm"
    shown = text_of(again)
    assert changed in shown and CONCERN not in shown and "Gemeente: Utrecht" in shown and "06-12345678" in shown
    world.say("telegram:42", ButtonPress("o:escalation:confirm:send", at=CLOCK))
    assert world.service.tickets.get(ref_of(world)).concern == changed


def test_after_sending_the_professional_sees_office_hours_and_what_to_do_when_urgent(world: World) -> None:
    sent = text_of(escalate(world, municipality="Amsterdam"))  # Saturday: Amsterdam's contact works ma-vr
    assert "niet bereikbaar (kantoortijden: ma-vr 09:00-17:00)" in sent and "vanaf ma 30-11 09:00" in sent
    assert "herinnering" in sent and "112" in sent and "0900 8844" in sent and "088 20 80 080" in sent


def test_a_closed_ticket_shows_the_reason_and_a_follow_up_reopens_it(world: World) -> None:
    escalate(world)
    ref = ref_of(world)
    world.say(CONTACT, ButtonPress(f"t:claim:{ref}", at=CLOCK))
    reasons = world.say(CONTACT, ButtonPress(f"t:close:{ref}", at=CLOCK))
    assert "Waarom sluit je" in text_of(reasons) and f"t:close-referred:{ref}" in buttons(reasons)
    assert world.service.tickets.get(ref).status == "claimed"  # the reason comes first
    world.say(CONTACT, ButtonPress(f"t:close-referred:{ref}", at=CLOCK))
    assert world.service.tickets.get(ref).status == "closed"
    closed = [t for t in reporter_notices(world) if "gesloten" in t]
    assert closed == [f"Je melding {ref} is gesloten door de gemeente. Reden: doorverwezen (bijvoorbeeld naar het "
                      "Zorg- en Veiligheidshuis, de politie of het wijkteam)"]
    thread = world.say("telegram:42", ButtonPress(f"t:view:{ref}", at=CLOCK))
    assert "gesloten door de gemeente: doorverwezen" in text_of(thread) and f"t:followup:{ref}" in buttons(thread)
    world.say("telegram:42", ButtonPress(f"t:followup:{ref}", at=CLOCK))
    done = world.say("telegram:42", TextMessage("Het is erger geworden: hij zoekt nu contact met ronselaars.", at=CLOCK))
    assert f"{ref} is heropend" in text_of(done)
    assert world.service.tickets.get(ref).status == "claimed"
    reopened = [i for i in world.service.outbox.due(world.now()) if i.kind == "reopened"]
    assert reopened and all("heropend" in str(i.payload) and "ronselaars" in str(i.payload) for i in reopened)


def test_console_users_see_replies_and_status_changes_at_their_next_prompt(world: World) -> None:
    user = "console:local"
    escalate(world, user=user)
    ref = ref_of(world, user)
    world.deliver()
    world.say(CONTACT, ButtonPress(f"t:claim:{ref}", at=CLOCK), ButtonPress(f"t:reply:{ref}", at=CLOCK),
              TextMessage("Ik bel de school vandaag nog.", at=CLOCK))
    lines = iter(["1"])
    written: list[str] = []

    def read(prompt: str) -> str:
        written.append(prompt)
        return next(lines)  # StopIteration ends the chat below

    chat = ConsoleChat(HelpDesk(world.conversations), world.settings.db_path.parent, user=Address.parse(user),
                       read=read, write=written.append)
    try:
        chat.run()
    except StopIteration:
        pass
    shown = "\n".join(written)
    before_prompt = shown[:shown.index("> ")]
    for expected in (f"Je melding {ref} is afgeleverd", f"{ref} is opgepakt door Adviseur radicalisering Utrecht",
                     "Ik bel de school vandaag nog.", f"[1] ↩️ Antwoord op {ref}"):
        assert expected in before_prompt
    assert [i for i in world.service.outbox.due(world.now() + datetime.timedelta(days=1))
            if i.channel == "console"] == []  # delivered through the outbox: shown once
    assert f"Typ je bericht over {ref}" in shown[shown.index("> "):]  # option 1 was the notice's answer button


# --- the contact -----------------------------------------------------------------------------------------------

def test_queue_lists_open_tickets_of_the_contacts_municipalities_oldest_first_with_age_and_urgency(world: World) -> None:
    escalate(world)
    first = ref_of(world)
    world.later(hours=3)
    register(world, "telegram:43")
    world.say("telegram:43", TextMessage("Utrecht", at=world.now()), TextMessage(CONCERN + " Ook thuis.", at=world.now()),
              ButtonPress("o:escalation:urgency:acute", at=world.now()), TextMessage("geen", at=world.now()),
              ButtonPress("o:escalation:confirm:send", at=world.now()))
    second = ref_of(world, "telegram:43")
    escalate(world, municipality="Amsterdam", user="telegram:44")  # not this contact's municipality
    world.later(minutes=20)
    queue = world.say(CONTACT, Command("queue", at=world.now()))
    lines = [line for line in text_of(queue).splitlines() if line.startswith("- ")]
    assert lines == [f"- {first} · Utrecht · graag deze week · nieuw · wacht 3 u 20 min",
                     f"- 🚨 {second} · Utrecht · acuut · nieuw · wacht 20 min"]
    assert f"t:claim:{first}" in buttons(queue) and f"t:close:{second}" in buttons(queue)
    assert "geen enkele" in text_of(world.say("telegram:42", Command("queue", at=world.now())))
    assert "/queue" in text_of(world.say(CONTACT, Command("status", at=world.now())))  # a contact's /status


def test_reminders_name_the_ticket_its_urgency_and_its_age(world: World) -> None:
    escalate(world)
    ref = ref_of(world)
    world.later(minutes=61)
    world.service.remind_due(world.now())
    reminder = [i for i in world.service.outbox.due(world.now()) if i.kind == "reminder" and i.channel == "telegram"]
    assert reminder[0].payload["text"] == (f"Herinnering: zorgmelding {ref} (Utrecht, urgentie: graag deze week) "
                                           "wacht al 1 u 1 min en is nog niet opgepakt.")


def test_the_daily_digest_lists_open_tickets_once_a_day_within_office_hours(world: World) -> None:
    escalate(world, municipality="Amsterdam")
    ref = ref_of(world)
    assert world.service.digest_due(CLOCK) == 0  # Saturday: the office is closed
    world.clock[0] = MONDAY_10.astimezone(datetime.timezone.utc)
    assert world.service.digest_due(world.now()) == 1
    assert world.service.digest_due(world.now() + datetime.timedelta(hours=2)) == 0  # once a day
    world.deliver()
    digest = [m for m in world.smtp.messages if "Open zorgmeldingen" in str(m["Subject"])]
    assert len(digest) == 1 and digest[0]["To"] == CONTACT_MAIL
    body = digest[0].get_content()
    assert f"- {ref} · Amsterdam · graag deze week · nieuw · wacht 1 d 21 u" in body  # Saturday 13:00 to Monday 10:00
    assert f"- {ref} · Amsterdam · this week, please · new · waiting 1 d 21 h" in body


def test_closing_by_email_with_a_reason_tells_the_professional_the_reason(world: World) -> None:
    escalate(world, municipality="Amsterdam")
    world.deliver()
    ref, reply_to = ref_of(world), str(world.smtp.messages[0]["Reply-To"])
    assert run_inbound(world, [(reply_to, CONTACT_MAIL, "SLUITEN doorverwezen naar de wijkagent")]) == ["accepted"]
    assert world.service.tickets.get(ref).status == "closed"
    assert f"Je melding {ref} is gesloten door de gemeente. Reden: doorverwezen naar de wijkagent" in reporter_notices(world)


def test_an_acute_ticket_after_hours_goes_to_the_backup_at_once(tmp_path: Path, smtp: LocalSmtp) -> None:
    world = hours_world(tmp_path, smtp)
    register(world)
    sent = world.say("telegram:42", TextMessage("Utrecht", at=CLOCK), TextMessage(CONCERN, at=CLOCK),
                     ButtonPress("o:escalation:urgency:acute", at=CLOCK), TextMessage("geen", at=CLOCK),
                     ButtonPress("o:escalation:confirm:send", at=CLOCK))
    assert "meteen ook naar de vervanger (Teamleider OOV Utrecht)" in text_of(sent)
    ref = ref_of(world)
    backup = [i for i in world.service.outbox.due(world.now()) if i.kind == "backup"]
    assert [i.recipient for i in backup] == ["100000002"] and "SPOED" in backup[0].payload["text"]
    assert world.service.tickets.get(ref).backup_at
    claimed = world.say("telegram:100000002", ButtonPress(f"t:claim:{ref}", at=CLOCK))
    assert "opgepakt" in text_of(claimed)


def test_an_acute_ticket_after_hours_without_a_backup_points_to_112_and_the_police_at_once(tmp_path: Path,
                                                                                            smtp: LocalSmtp) -> None:
    world = hours_world(tmp_path, smtp)
    register(world)
    sent = text_of(world.say("telegram:42", TextMessage("Amsterdam", at=CLOCK), TextMessage(CONCERN, at=CLOCK),
                             ButtonPress("o:escalation:urgency:acute", at=CLOCK), TextMessage("geen", at=CLOCK),
                             ButtonPress("o:escalation:confirm:send", at=CLOCK)))
    assert "geen vervanger" in sent and "bel je 112" in sent and "0900 8844" in sent
    world.later(minutes=61)  # acute: real minutes count, not the Monday office hours
    assert world.service.remind_due(world.now()) == 1


def test_an_english_speaking_professional_reads_hours_thread_and_close_reason_in_english(world: World) -> None:
    world.say("telegram:42", Command("lang", "en", at=CLOCK))
    sent = text_of(escalate(world, municipality="Amsterdam"))
    assert "The contact is not available now (office hours: ma-vr 09:00-17:00)" in sent
    assert "from Mon 30-11 09:00" in sent and "In direct danger: call 112" in sent and "0900 8844" in sent
    ref = ref_of(world)
    world.deliver()
    reply_to = str(world.smtp.messages[0]["Reply-To"])
    run_inbound(world, [(reply_to, CONTACT_MAIL, "SLUITEN")])
    assert f"Your concern {ref} was closed by the municipality. Reason: no reason given" in reporter_notices(world)
    thread = text_of(world.say("telegram:42", ButtonPress(f"t:view:{ref}", at=CLOCK)))
    assert f"Concern {ref} · municipality of Amsterdam · closed" in thread
    assert "closed by the municipality: no reason given" in thread
