"""Escalation without Telegram: the intake in the engine, tickets, the outbox against a real SMTP server on
127.0.0.1, e-mail replies through the inbound SMTP listener, permissions, reminders and restarts."""

from __future__ import annotations

import asyncio
import datetime
import smtplib
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest

from bot.address import Address
from bot.app import build_conversations
from bot.config import Settings, SmtpSettings
from bot.conversations import Conversations
from bot.engine import ButtonPress, Command, TextMessage, TextReply, Turn
from bot.storage.access import SqliteAccess
from bot.escalation.delivery import deliver_due, mail_sender
from bot.escalation.inbound import InboundMail, parse_reply
from bot.storage.outbox import OutboxItem
from bot.escalation.service import TicketService
from bot.storage.database import open_database
from tests.conftest import CLOCK, FIXTURES, ROOT
from tests.smtp_server import LocalSmtp, free_port

CONCERN = "Sinds september deelt een leerling filmpjes die geweld tegen ongelovigen goedpraten, ook in de klas."


@dataclass
class World:
    settings: Settings
    conversations: Conversations
    service: TicketService
    telegram: list[OutboxItem]
    smtp: LocalSmtp
    clock: list[datetime.datetime]

    def now(self) -> datetime.datetime:
        return self.clock[0]

    def later(self, **delta: float) -> None:
        self.clock[0] += datetime.timedelta(**delta)

    def say(self, user: str, *events: object) -> Turn:
        """``user`` as the database writes it (``"telegram:42"``)."""
        address = Address.parse(user)
        turn = Turn(self.conversations.session_for(address))
        for event in events:
            turn = self.conversations.handle(address, event)  # type: ignore[arg-type]
        return turn

    def deliver(self) -> int:
        async def record(item: OutboxItem) -> None:
            self.telegram.append(item)

        senders = {"telegram": record, "email": mail_sender(self.settings.smtp)}
        return asyncio.run(deliver_due(self.service.outbox, self.service, senders, self.now))


def make_world(tmp_path: Path, smtp: LocalSmtp) -> World:
    settings = Settings(content_root=ROOT, db_path=tmp_path / "helpdesk.db", contacts_path=FIXTURES / "contacts.yaml",
                        smtp=SmtpSettings(host="127.0.0.1", port=smtp.port, starttls=False, sender="bot@helpdesk.example.org"),
                        mail_reply_address="reply@helpdesk.example.org", claim_reminder_minutes=60)
    conversations = build_conversations(settings, open_database(settings.db_path))
    assert conversations.tickets is not None
    return World(settings, conversations, conversations.tickets, [], smtp, [CLOCK])


@pytest.fixture
def smtp() -> Iterator[LocalSmtp]:
    with LocalSmtp() as server:
        yield server


@pytest.fixture
def world(tmp_path: Path, smtp: LocalSmtp) -> World:
    return make_world(tmp_path, smtp)


def register(world: World, user: str = "telegram:42", role: str = "docent") -> None:
    code = SqliteAccess(open_database(world.settings.db_path)).create_invite("Het Lyceum", role, 1, 30, CLOCK).code
    world.say(user, Command("rol", role, at=CLOCK), ButtonPress("menu:contact", at=CLOCK), TextMessage(code, at=CLOCK))


def escalate(world: World, municipality: str = "Utrecht", user: str = "telegram:42") -> Turn:
    register(world, user)
    return world.say(user, TextMessage(municipality, at=CLOCK), TextMessage(CONCERN, at=CLOCK),
                     ButtonPress("o:escalation:urgency:soon", at=CLOCK), TextMessage("06-12345678", at=CLOCK),
                     ButtonPress("o:escalation:confirm:send", at=CLOCK))


def text_of(turn: Turn) -> str:
    return "\n".join(turn.texts())


# --- access and intake --------------------------------------------------------------------------------------

def test_unregistered_professional_is_asked_for_an_invite_code(world: World) -> None:
    turn = world.say("telegram:7", ButtonPress("menu:contact", at=CLOCK))
    assert "uitnodigingscode" in text_of(turn) and turn.session.node == "access:escalation"
    wrong = world.say("telegram:7", TextMessage("AAAA-BBBB-CCCC", at=CLOCK))
    assert "klopt niet" in text_of(wrong) and wrong.session.node == "access:escalation"


def test_valid_invite_code_registers_and_starts_the_intake(world: World) -> None:
    register(world)
    session = world.conversations.session_for(Address("telegram", "42"))
    assert session.registered and session.node == "escalation:municipality"


def test_intake_summary_shows_every_answer_before_sending(world: World) -> None:
    register(world)
    turn = world.say("telegram:42", TextMessage("utrecht", at=CLOCK), TextMessage(CONCERN, at=CLOCK),
                     ButtonPress("o:escalation:urgency:soon", at=CLOCK), TextMessage("ik@school.example.org", at=CLOCK))
    summary = text_of(turn)
    for expected in ("Gemeente: Utrecht", CONCERN, "Urgentie: graag deze week", "ik@school.example.org"):
        assert expected in summary
    assert turn.session.node == "escalation:confirm"


def test_concern_with_personal_data_is_explained_and_can_be_sent_masked(world: World) -> None:
    register(world)
    turn = world.say("telegram:42", TextMessage("Utrecht", at=CLOCK),
                     TextMessage("Hij heet Mohammed el Amrani, bel zijn moeder op 06-87654321; hij praat over aanslagen.", at=CLOCK))
    assert "persoonsgegevens" in text_of(turn) and turn.session.node == "escalation:concern"
    masked = world.say("telegram:42", ButtonPress("p:escalation:concern:0", at=CLOCK))
    assert masked.session.node == "escalation:urgency"
    saved = masked.session.answer("concern") or ""
    assert "06-87654321" not in saved and "[telefoonnummer]" in saved


def test_concern_with_personal_data_can_be_rewritten_instead(world: World) -> None:
    register(world)
    world.say("telegram:42", TextMessage("Utrecht", at=CLOCK), TextMessage("Zijn naam is Jan de Vries en hij dreigt.", at=CLOCK))
    again = world.say("telegram:42", ButtonPress("p:escalation:concern:1", at=CLOCK))
    assert again.session.node == "escalation:concern" and again.session.answer("concern") is None


def test_ambiguous_municipality_is_chosen_with_buttons(world: World) -> None:
    register(world)
    turn = world.say("telegram:42", TextMessage("Bergen", at=CLOCK))
    labels = [b.label for r in turn.replies if isinstance(r, TextReply) for row in r.buttons for b in row]
    assert "Bergen (L.)" in labels and "Bergen (NH.)" in labels


def test_municipality_without_a_contact_points_to_the_municipality_and_lse(world: World) -> None:
    register(world)
    turn = world.say("telegram:42", TextMessage("Groningen", at=CLOCK))
    assert "088 20 80 080" in text_of(turn) and turn.session.node is None


def test_sending_creates_a_ticket_and_queues_delivery_to_every_channel_of_the_contact(world: World) -> None:
    turn = escalate(world)
    assert "Verstuurd. Je referentie is" in text_of(turn) and turn.session.node is None
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    assert ref in text_of(turn)
    keys = [i.key for i in world.service.outbox.due(world.now())]
    assert keys == [f"{ref}:utrecht_oov:telegram:new", f"{ref}:utrecht_oov:email:new"]


# --- delivery -----------------------------------------------------------------------------------------------

def test_delivery_reaches_telegram_and_email_once_and_tells_the_reporter(world: World) -> None:
    escalate(world)
    ticket = world.service.tickets.for_reporter("telegram:42")[0]
    assert world.deliver() == 2
    assert world.deliver() == 1  # the "delivered" notice to the reporter
    assert world.deliver() == 0
    mail = world.smtp.messages
    assert len(mail) == 1 and mail[0]["Subject"].startswith(f"[{ticket.ref}]")
    assert mail[0]["Reply-To"].startswith(f"reply+{ticket.ref}.") and CONCERN in mail[0].get_content()
    assert "06-12345678" in mail[0].get_content()  # how the contact reaches the professional
    to_contact, to_reporter = world.telegram
    assert to_contact.recipient == "100000001" and CONCERN in to_contact.payload["text"]
    assert [b[1] for row in to_contact.payload["buttons"] for b in row] == \
        [f"t:claim:{ticket.ref}", f"t:reply:{ticket.ref}", f"t:close:{ticket.ref}"]
    assert to_reporter.recipient == "42" and "afgeleverd" in to_reporter.payload["text"]
    assert world.service.tickets.get(ticket.ref).status == "delivered"


def test_mail_server_down_then_up_delivers_exactly_once(world: World) -> None:
    escalate(world, municipality="Amsterdam")
    world.smtp.stop()
    assert world.deliver() == 0 and world.service.outbox.counts() == {"pending": 1}
    world.later(seconds=5)
    assert world.deliver() == 0  # backoff: not yet due
    world.smtp.start()
    world.later(seconds=30)
    assert world.deliver() == 1  # the e-mail; the notice to the reporter is queued for the next pass
    world.later(seconds=30)
    world.deliver()
    world.later(hours=2)
    world.deliver()
    assert len(world.smtp.messages) == 1


def test_restart_between_creating_and_delivering_loses_nothing(world: World, tmp_path: Path, smtp: LocalSmtp) -> None:
    escalate(world, municipality="Amsterdam")
    restarted = make_world(tmp_path, smtp)  # a new process: new connections to the same SQLite file
    assert restarted.deliver() >= 1
    assert len(smtp.messages) == 1


# --- contacts act -------------------------------------------------------------------------------------------

def test_contact_claims_on_telegram_and_the_reporter_is_told(world: World) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    turn = world.say("telegram:100000001", ButtonPress(f"t:claim:{ref}", at=CLOCK))
    assert f"Je hebt {ref} opgepakt" in text_of(turn)
    notices = [i for i in world.service.outbox.due(world.now()) if i.recipient == "42"]
    assert any("opgepakt door Adviseur radicalisering Utrecht" in i.payload["text"] for i in notices)


def test_second_contact_claiming_is_told_who_was_first(world: World) -> None:
    escalate(world, municipality="Nieuwegein")  # region: utrecht_oov is the contact
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    world.say("telegram:100000001", ButtonPress(f"t:claim:{ref}", at=CLOCK))
    second = world.service.act(Address("email", "oov@utrecht.example.org"), "claim", ref, world.now())
    assert (second.ok, second.detail, second.data["by"]) == (False, "taken", "Adviseur radicalisering Utrecht")


@pytest.mark.parametrize("intruder", ["telegram:999", "telegram:100000002", "telegram:42"])
def test_claim_by_someone_without_permission_is_refused(world: World, intruder: str) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    turn = world.say(intruder, ButtonPress(f"t:claim:{ref}", at=CLOCK))
    assert "mag je niet" in text_of(turn)
    assert world.service.tickets.get(ref).status == "new"


def test_forged_ticket_button_reveals_nothing_about_whether_the_ticket_exists(world: World) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    unknown = world.say("telegram:100000002", ButtonPress("t:claim:ZZZ-999", at=CLOCK))
    existing = world.say("telegram:100000002", ButtonPress(f"t:claim:{ref}", at=CLOCK))
    assert "mag je niet" in text_of(unknown)
    assert text_of(unknown).replace("ZZZ-999", "REF") == text_of(existing).replace(ref, "REF")


def test_contact_reply_reaches_the_reporter_who_answers_back_in_one_thread(world: World) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    world.say("telegram:100000001", ButtonPress(f"t:reply:{ref}", at=CLOCK))
    sent = world.say("telegram:100000001", TextMessage("Dank je. Kun je morgen om 10 uur bellen?", at=CLOCK))
    assert f"over {ref} is verstuurd" in text_of(sent)
    to_reporter = [i for i in world.service.outbox.due(world.now()) if i.kind == "to_reporter_message"]
    assert "Kun je morgen om 10 uur bellen?" in to_reporter[0].payload["text"]
    assert to_reporter[0].payload["buttons"] == [[[f"↩️ Antwoord op {ref}", f"t:answer:{ref}"]]]

    world.say("telegram:42", ButtonPress(f"t:answer:{ref}", at=CLOCK))
    world.say("telegram:42", TextMessage("Ja, dat kan.", at=CLOCK))
    back = [i for i in world.service.outbox.due(world.now()) if i.kind == "message" and i.channel == "telegram"]
    assert "Ja, dat kan." in back[0].payload["text"] and back[0].recipient == "100000001"
    assert [m["sender"] for m in world.service.tickets.messages(ref)] == ["contact:utrecht_oov", "reporter"]
    assert world.service.tickets.get(ref).status == "answered"


def test_status_lists_the_professionals_tickets(world: World) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    turn = world.say("telegram:42", Command("status", at=CLOCK))
    assert ref in text_of(turn) and "Utrecht" in text_of(turn) and "nieuw" in text_of(turn)


# --- e-mail replies -----------------------------------------------------------------------------------------

def reply_mail(to: str, sender: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, "Re: melding"
    message.set_content(body)
    return bytes(message)


def test_reply_parsing_keeps_the_new_text_and_drops_the_quote() -> None:
    raw = reply_mail("reply+ABC-DEF.0123456789abcdef@x.org", "a@b.org",
                     "Dank, ik pak dit op.\n\nOp 1 dec. 2026 schreef de bot:\n> Nieuwe zorgmelding")
    assert parse_reply("reply+ABC-DEF.0123456789abcdef@x.org", "a@b.org", raw).text == "Dank, ik pak dit op."
    assert parse_reply("other@x.org", "a@b.org", raw) is None
    claim = reply_mail("reply+ABC-DEF.0123456789abcdef@x.org", "a@b.org", "OPPAKKEN\n")
    assert parse_reply("reply+ABC-DEF.0123456789abcdef@x.org", "a@b.org", claim).action == "claim"


def run_inbound(world: World, send: list[tuple[str, str, str]]) -> list[str]:
    """Start the inbound listener, send the given (to, from, body) mails with smtplib, return the SMTP replies."""
    return run_inbound_raw(world, [(to, sender, reply_mail(to, sender, body)) for to, sender, body in send])


def run_inbound_raw(world: World, send: list[tuple[str, str, bytes]]) -> list[str]:
    """As run_inbound, with (to, envelope sender, raw message) triples."""
    port = free_port()
    results: list[str] = []

    async def scenario() -> None:
        server = InboundMail(world.service, "127.0.0.1", port, now=world.now)
        await server.start()
        for to, sender, raw in send:
            def deliver(to: str = to, sender: str = sender, raw: bytes = raw) -> str:
                with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
                    try:
                        client.sendmail(sender, [to], raw)
                        return "accepted"
                    except smtplib.SMTPException as exc:
                        return f"refused: {exc}"
            results.append(await asyncio.to_thread(deliver))
        await server.close()

    asyncio.run(scenario())
    return results


def amsterdam_ticket(world: World) -> tuple[str, str]:
    escalate(world, municipality="Amsterdam")
    world.deliver()
    return world.service.tickets.for_reporter("telegram:42")[0].ref, str(world.smtp.messages[0]["Reply-To"])


def to_reporter(world: World) -> list[str]:
    return [i.payload["text"] for i in world.service.outbox.due(world.now()) if i.recipient == "42"]


CONTACT_MAIL = "meldpunt@amsterdam.example.org"


def test_html_only_reply_reaches_the_reporter_as_text(world: World) -> None:
    ref, reply_to = amsterdam_ticket(world)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = CONTACT_MAIL, reply_to, "Re: melding"
    message.set_content("<html><body><p>We bellen de school <b>morgen</b> &amp; de wijkagent.</p>"
                        "<blockquote>Nieuwe zorgmelding</blockquote></body></html>", subtype="html")
    assert run_inbound_raw(world, [(reply_to, CONTACT_MAIL, bytes(message))]) == ["accepted"]
    assert any("We bellen de school morgen & de wijkagent." in t and "Nieuwe zorgmelding" not in t
               for t in to_reporter(world))


def test_text_after_the_claim_word_is_kept_as_the_answer(world: World) -> None:
    ref, reply_to = amsterdam_ticket(world)
    assert run_inbound(world, [(reply_to, CONTACT_MAIL, "OPPAKKEN ik bel vandaag.\nGroet, Anna")]) == ["accepted"]
    assert world.service.tickets.get(ref).claimed_by == "amsterdam_mail"
    assert [m["text"] for m in world.service.tickets.messages(ref)] == ["ik bel vandaag.\nGroet, Anna"]
    assert parse_reply(reply_to, CONTACT_MAIL, reply_mail(reply_to, CONTACT_MAIL, "SLUITEN")).text == ""


def test_a_reply_on_a_closed_ticket_is_answered_with_why_it_was_not_passed_on(world: World) -> None:
    ref, reply_to = amsterdam_ticket(world)
    run_inbound(world, [(reply_to, CONTACT_MAIL, "SLUITEN")])
    assert world.service.tickets.get(ref).status == "closed"
    assert run_inbound(world, [(reply_to, CONTACT_MAIL, "Nog een vraag: hoe gaat het nu?")]) == ["accepted"]
    notices = [i for i in world.service.outbox.due(world.now()) if i.recipient == CONTACT_MAIL and i.kind == "notice"]
    assert len(notices) == 1 and "al gesloten" in notices[0].payload["body"] and ref in notices[0].payload["body"]
    assert [m["text"] for m in world.service.tickets.messages(ref)] == []


def test_the_envelope_sender_counts_not_the_from_header(world: World) -> None:
    ref, reply_to = amsterdam_ticket(world)
    forged = reply_mail(reply_to, CONTACT_MAIL, "OPPAKKEN")  # From: says the contact, the envelope does not
    assert run_inbound_raw(world, [(reply_to, "someone@evil.example.org", forged)])[0].startswith("refused")
    assert world.service.tickets.get(ref).status == "delivered"


def test_an_unknown_charset_is_read_and_no_exception_text_reaches_the_sender(world: World) -> None:
    ref, reply_to = amsterdam_ticket(world)
    raw = (f"From: {CONTACT_MAIL}\r\nTo: {reply_to}\r\nSubject: Re\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=x-unknown-42\r\n\r\nWe pakken dit op.\r\n").encode()
    results = run_inbound_raw(world, [(reply_to, CONTACT_MAIL, raw)])
    assert results == ["accepted"] and any("We pakken dit op." in t for t in to_reporter(world))
    garbage = b"\xff\xfe" * 10
    results = run_inbound_raw(world, [(reply_to, CONTACT_MAIL, garbage)])
    assert all("Error" not in r and "Traceback" not in r for r in results)


def test_the_professionals_follow_up_is_masked_before_it_reaches_the_contact(world: World) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    world.say("telegram:100000001", ButtonPress(f"t:reply:{ref}", at=CLOCK))
    world.say("telegram:100000001", TextMessage("Wat is het BSN?", at=CLOCK))
    world.say("telegram:42", ButtonPress(f"t:answer:{ref}", at=CLOCK))
    world.say("telegram:42", TextMessage("Zijn BSN is 111222333, mail naar jan@example.org", at=CLOCK))
    back = [i for i in world.service.outbox.due(world.now()) if i.kind == "message"]
    assert back and all("111222333" not in str(i.payload) and "jan@example.org" not in str(i.payload) for i in back)


def test_email_contact_claims_and_replies_by_mail_and_the_reporter_sees_it(world: World) -> None:
    escalate(world, municipality="Amsterdam")
    world.deliver()
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    reply_to = world.smtp.messages[0]["Reply-To"]
    results = run_inbound(world, [(reply_to, "meldpunt@amsterdam.example.org", "OPPAKKEN"),
                                  (reply_to, "meldpunt@amsterdam.example.org", "We nemen contact op met de school.")])
    assert results == ["accepted", "accepted"]
    ticket = world.service.tickets.get(ref)
    assert (ticket.status, ticket.claimed_by) == ("answered", "amsterdam_mail")
    texts = [i.payload["text"] for i in world.service.outbox.due(world.now()) if i.recipient == "42"]
    assert any("We nemen contact op met de school." in t for t in texts)


def test_email_reply_from_another_sender_or_with_a_forged_token_is_refused(world: World) -> None:
    escalate(world, municipality="Amsterdam")
    world.deliver()
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    reply_to = world.smtp.messages[0]["Reply-To"]
    forged = f"reply+{ref}.0000000000000000@helpdesk.example.org"
    results = run_inbound(world, [(reply_to, "someone@evil.example.org", "OPPAKKEN"),
                                  (forged, "meldpunt@amsterdam.example.org", "OPPAKKEN")])
    assert all(r.startswith("refused") for r in results)
    assert world.service.tickets.get(ref).status == "delivered"


# --- reminders ------------------------------------------------------------------------------------------------

def test_unclaimed_ticket_gets_a_reminder_then_goes_to_the_backup(world: World) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    world.later(minutes=30)
    assert world.service.remind_due(world.now()) == 0
    world.later(minutes=31)
    assert world.service.remind_due(world.now()) == 1
    world.later(minutes=60)
    assert world.service.remind_due(world.now()) == 1
    assert world.service.remind_due(world.now()) == 0
    kinds = {(i.kind, i.recipient) for i in world.service.outbox.due(world.now())}
    assert ("reminder", "100000001") in kinds and ("backup", "100000002") in kinds
    backup_claims = world.say("telegram:100000002", ButtonPress(f"t:claim:{ref}", at=CLOCK))
    assert "opgepakt" in text_of(backup_claims)
