"""Effects are types: each has one handler in the application layer's table, and a kind of its own."""

from __future__ import annotations

from pathlib import Path

from bot.address import Address
from bot.app import build_conversations
from bot.config import Settings
from bot.content.model import Content
from bot.engine import EFFECT_TYPES, ButtonPress, Session, handle
from bot.engine.effects import CreateTicket
from bot.storage.database import open_database
from tests.conftest import CLOCK, FIXTURES, ROOT


def test_every_effect_has_exactly_one_handler_and_a_kind_of_its_own(tmp_path: Path) -> None:
    settings = Settings(content_root=ROOT, db_path=tmp_path / "helpdesk.db", contacts_path=FIXTURES / "contacts.yaml")
    conversations = build_conversations(settings, open_database(settings.db_path))
    assert set(conversations.handlers) == set(EFFECT_TYPES)
    assert len({effect.kind for effect in EFFECT_TYPES}) == len(EFFECT_TYPES)


def test_each_answered_effect_has_an_outcome_type_of_its_own() -> None:
    answered = [effect for effect in EFFECT_TYPES if effect.outcome is not None]
    assert [effect.kind for effect in EFFECT_TYPES if effect.outcome is None] == ["log_unanswered", "log_feedback"]
    assert len({effect.outcome for effect in answered}) == len(answered) == 8
    assert all(effect.outcome is not None and effect.outcome.effect == effect.kind for effect in answered)


def test_effects_carry_the_same_plain_values_as_before(small_content: Content) -> None:
    turn = handle(small_content, Session(Address("telegram", "1"), role="docent"), ButtonPress("fb:up:acuut_gevaar", at=CLOCK))
    assert [(e.kind, e.data) for e in turn.effects] == [
        ("log_feedback", {"faq_id": "acuut_gevaar", "vote": "up", "lang": "nl", "role": "docent"})]
    ticket = CreateTicket(municipality="Utrecht", concern="c", urgency="soon", contact="", lang="nl", role="docent")
    assert ticket.data == {"municipality": "Utrecht", "concern": "c", "urgency": "soon", "contact": "", "lang": "nl",
                           "role": "docent"}
