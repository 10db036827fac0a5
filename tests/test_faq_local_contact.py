"""An answer about whom to contact at the municipality names what this bot knows of the town the question names.

"meldpunt radicalisering utrecht" gets the general entry (ask for the meldpunt or the OOV officer) and under it
whether "📞 Gemeente" reaches a contact for Utrecht, a regional one, or nobody (then the national advice line). Only
entries marked ``local_contact: true`` get the line, only for one town, and the same in the chat as in
``helpdesk ask``. The contacts are the test directory (tests/fixtures/contacts.yaml): Utrecht, Houten and Amsterdam
have their own contact, Nieuwegein a regional one, Leeuwarden none.
"""

from __future__ import annotations

import pytest

from bot.address import Address
from bot.content.load import load_content
from bot.content.model import Content
from bot.engine import Session, TextMessage, handle
from bot.faq.ask import answer
from tests.conftest import CLOCK, FIXTURES, ROOT

LOCAL_NL = "in deze bot een contactpersoon ingesteld"
LOCAL_EN = "This bot has a contact person for"
NONE_NL = "in deze bot geen contactpersoon ingesteld"


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(ROOT, FIXTURES / "contacts.yaml")


def _flagged(content: Content, faq_id: str | None) -> bool:
    return faq_id is not None and content.faq[faq_id].local_contact


@pytest.mark.parametrize("question", ["meldpunt radicalisering utrecht",
                                      "wie is het aanspreekpunt radicalisering in Utrecht?"])
def test_a_town_with_its_own_contact_is_named_under_the_answer(content: Content, question: str) -> None:
    result = answer(content, question)
    assert _flagged(content, result["faq_id"])
    assert f"Voor Utrecht is {LOCAL_NL}" in result["answer"]
    assert result["answer"].index(LOCAL_NL) < result["answer"].index("Bronnen:")  # above the sources


def test_a_town_in_a_region_names_the_regional_contact(content: Content) -> None:
    result = answer(content, "meldpunt radicalisering nieuwegein")
    assert _flagged(content, result["faq_id"])
    assert "naar de contactpersoon van Zorg- en Veiligheidshuis (test)" in result["answer"]


def test_a_former_municipality_says_where_it_belongs_now(content: Content) -> None:
    result = answer(content, "wie is het aanspreekpunt radicalisering in Weesp?")
    assert _flagged(content, result["faq_id"])
    assert "Ik begrijp: gemeente Amsterdam. Weesp hoort sinds 2022 bij Amsterdam." in result["answer"]
    assert f"Voor Amsterdam is {LOCAL_NL}" in result["answer"]


def test_a_town_without_a_contact_points_to_the_national_advice_line(content: Content) -> None:
    result = answer(content, "meldpunt radicalisering leeuwarden")
    assert _flagged(content, result["faq_id"])
    assert f"Voor gemeente Leeuwarden is {NONE_NL}" in result["answer"]
    assert "088 20 80 080" in result["answer"]


def test_the_line_is_in_the_language_of_the_answer(content: Content) -> None:
    result = answer(content, "who is the contact person for radicalisation in utrecht", lang="en")
    assert _flagged(content, result["faq_id"])
    assert f"{LOCAL_EN} Utrecht" in result["answer"]


@pytest.mark.parametrize("question", [
    "wie is het aanspreekpunt radicalisering bij de gemeente?",  # no town
    # two towns: where the young person lives and where the asker works; no guess between them
    "ik werk als jongerenwerker in Utrecht maar de jongen woont in Leeuwarden, waar meld ik mijn zorgen over "
    "radicalisering?",
])
def test_no_line_without_one_town(content: Content, question: str) -> None:
    text = answer(content, question)["answer"]
    assert LOCAL_NL not in text and NONE_NL not in text


def test_an_entry_not_marked_gets_no_line(content: Content) -> None:
    result = answer(content, "mag ik als docent in Utrecht zonder toestemming van de ouders zorgen delen met de "
                             "gemeente?", role="docent")
    assert result["faq_id"] is not None and not _flagged(content, result["faq_id"])
    assert LOCAL_NL not in result["answer"]


def test_the_chat_says_the_same(content: Content) -> None:
    turn = handle(content, Session(Address("test", "1"), lang="nl", role="docent"),
                  TextMessage("meldpunt radicalisering utrecht", at=CLOCK))
    assert any(f"Voor Utrecht is {LOCAL_NL}" in reply.text for reply in turn.replies)
