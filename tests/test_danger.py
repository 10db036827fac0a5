"""Acute danger in typed text: 112 first on every path (a question, a typed answer inside a flow, the concern
for the municipality), and never for knowledge questions, negations or past events."""

from __future__ import annotations

import pytest

from bot.address import Address
from bot.content.model import Content
from bot.engine import ButtonPress, Command, Session, TextMessage, TextReply, Turn, handle
from bot.faq.ask import answer
from bot.safety import DangerCheck, DangerRules
from bot.safety.rules import Phrase, WordPattern
from tests.conftest import CLOCK
from tests.test_engine import run

URGENT = [
    # the phrasings from the issue that got no emergency answer
    "Een leerling vertelde me vandaag dat hij naar Syrië wil om te vechten. Wat moet ik nu doen?",
    "hij zegt dat hij een bom maakt",
    "een meisje wil naar het kalifaat vertrekken, ze heeft al een ticket",
    "he is leaving tonight to join ISIS",
    "a pupil threatened to shoot classmates tomorrow",
    "Ik denk dat hij een aanslag voorbereidt",
    "ik maak me zorgen over een leerling die naar Syrië wil om te vechten",
    # typos, slang, no capitals
    "hij wil morgen een aansalg plegen op het staion",
    "jongen heeft een mes bij zich en dreigt de docent neer te steken",
    "er is geen direct gevaar denk ik, maar hij heeft vanavond een wapen en wil wraak",
    "she is about to leave for a conflict zone to marry a fighter",
    "spoed: hij dreigt de moskee in brand te steken",
]
CALM = [
    "Er is geen direct gevaar, maar ik maak me wel zorgen over een leerling",
    "no immediate danger, but a student keeps saying extreme things",
    "wat is het verschil tussen radicalisering en terrorisme",
    "hoe praat ik met de klas over een aanslag in het nieuws",
    "wat is uitreizen precies",
    "mag ik informatie delen over een leerling die naar Syrië is geweest en terug is",
    "Mijn fiets is gestolen",
    "welke rol heeft de burgemeester bij terrorismebestrijding",
    "mag een school een mes in beslag nemen",
    "Is religie een signaal van radicalisering?",
]


def first_text(turn: Turn) -> str:
    return next(r.text for r in turn.replies if isinstance(r, TextReply))


@pytest.mark.parametrize("text", URGENT)
def test_typed_danger_is_recognised(shipped_content: Content, text: str) -> None:
    assert shipped_content.danger is not None
    assert shipped_content.danger.check(text).urgent, shipped_content.danger.check(text)


@pytest.mark.parametrize("text", CALM)
def test_knowledge_questions_negations_and_past_events_are_calm(shipped_content: Content, text: str) -> None:
    assert shipped_content.danger is not None
    assert not shipped_content.danger.check(text).urgent, shipped_content.danger.check(text).found


def test_capital_is_only_matches_the_group_not_the_dutch_verb(shipped_content: Content) -> None:
    assert shipped_content.danger is not None
    assert shipped_content.danger.check("hij wil zich aansluiten bij IS en vertrekt vrijdag").urgent
    assert not shipped_content.danger.check("hij is naar de winkel en vertrekt vrijdag").urgent


def test_a_typo_never_makes_a_calm_phrase_of_an_emergency(shipped_content: Content) -> None:
    """'namen' is one letter from the calm word 'gamen': calm phrases are read exactly."""
    assert shipped_content.danger is not None
    assert shipped_content.danger.check("hij laat in de app een pistool zien en noemt namen van leerlingen").urgent


def test_faq_question_gets_the_emergency_reply_first_then_the_answer(shipped_content: Content) -> None:
    turn = handle(shipped_content, Session(Address("test", "1"), role="docent"),
                  TextMessage("een leerling zegt dat hij morgen een aanslag op school gaat plegen", at=CLOCK))
    first = turn.replies[0]
    assert isinstance(first, TextReply) and first.text.startswith("🚨 Acuut gevaar? Bel nu 112.")
    assert "0900 8844" in first.text
    assert first.button_ids() == ["danger:steps", "danger:contact"]
    assert len(turn.replies) >= 2  # the FAQ answer that also fits follows


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_danger_without_a_fitting_answer_gets_the_emergency_reply_alone_not_a_no_answer_after_it(
        shipped_content: Content, lang: str) -> None:
    text = "my client told me her brother is planning something at a synagogue this weekend. what do i do"
    turn = handle(shipped_content, Session(Address("test", "1"), lang=lang), TextMessage(text, at=CLOCK))
    assert first_text(turn).startswith(("🚨 Acuut gevaar? Bel nu 112.", "🚨 Acute danger? Call 112 now."))
    assert not any("no reliable answer" in t or "geen betrouwbaar antwoord" in t for t in turn.texts())
    assert answer(shipped_content, text, lang)["answer"].count("112") == 1
    assert " ".join(turn.texts()).count("112") == 1  # suggestions after it do not repeat "Bel 112."


def test_a_story_of_danger_nothing_answers_gets_the_emergency_reply_alone(shipped_content: Content) -> None:
    text = ("Ik sta bij de kapper op de hoek en een klant houdt een schaar tegen de keel van de kapster. Ze durft niet "
            "te bewegen en wij staan buiten met de jongeren. Mag ik dit later delen met de gemeente?")
    turn = handle(shipped_content, Session(Address("test", "1")), TextMessage(text, at=CLOCK))
    assert first_text(turn).startswith("🚨 Acuut gevaar? Bel nu 112.")
    assert not any("Ik vind geen antwoord" in t or "geen betrouwbaar antwoord" in t for t in turn.texts())


def test_english_session_gets_the_english_emergency_reply(shipped_content: Content) -> None:
    turn = handle(shipped_content, Session(Address("test", "1"), lang="en"), TextMessage("he says he will stab his teacher", at=CLOCK))
    assert first_text(turn).startswith("🚨 Acute danger? Call 112 now.")


def test_the_steps_button_leads_to_the_signalling_steps_for_the_role(shipped_content: Content) -> None:
    turn = handle(shipped_content, Session(Address("test", "1"), role="docent"), ButtonPress("danger:steps", at=CLOCK))
    text = "\n".join(turn.texts())
    assert "Wat je nu kunt doen" in text and "signalling:r_teacher" in turn.visited


def test_typed_answer_inside_a_flow_step_gets_the_emergency_reply_and_the_step_stays(shipped_content: Content) -> None:
    session = run(shipped_content, Session(Address("test", "1"), role="jongerenwerker"),
                  ButtonPress("menu:sharing", at=CLOCK)).session
    step = session.node
    turn = handle(shipped_content, session, TextMessage("hij staat nu voor de deur met een mes", at=CLOCK))
    assert first_text(turn).startswith("🚨 Acuut gevaar? Bel nu 112.")
    assert turn.session.node is not None and turn.session.flow == "sharing"
    assert step is not None


def test_calm_question_gets_no_emergency_reply(shipped_content: Content) -> None:
    turn = handle(shipped_content, Session(Address("test", "1")), TextMessage("wat is het verschil tussen radicalisering en terrorisme",
                                                                  at=CLOCK))
    assert "Bel nu 112" not in first_text(turn)


def test_no_answer_and_did_you_mean_end_with_the_112_line(shipped_content: Content) -> None:
    nothing = handle(shipped_content, Session(Address("test", "1")), TextMessage("wat is een goed recept voor appeltaart", at=CLOCK))
    assert first_text(nothing).rstrip().endswith("Acuut gevaar? Bel 112.")
    english = handle(shipped_content, Session(Address("test", "1"), lang="en"), TextMessage("best apple pie recipe", at=CLOCK))
    assert first_text(english).rstrip().endswith("Acute danger? Call 112.")


def test_a_story_of_a_worry_offers_the_signalling_guide(shipped_content: Content) -> None:
    turn = handle(shipped_content, Session(Address("test", "1"), role="jongerenwerker"),
                  TextMessage("ik maak me zorgen over een jongen uit de wijk, hij trekt zich terug en zit alleen nog "
                              "maar online, wat kan ik doen", at=CLOCK))
    ids = [b for r in turn.replies if isinstance(r, TextReply) for b in r.button_ids()]
    assert "menu:signalling" in ids and "Bel nu 112" not in "\n".join(turn.texts())


def test_the_help_command_is_not_checked_but_a_typed_command_argument_is_harmless(shipped_content: Content) -> None:
    turn = handle(shipped_content, Session(Address("test", "1")), Command("help", at=CLOCK))
    assert "Bel nu 112" not in "\n".join(turn.texts())


def test_helpdesk_ask_reports_urgent_and_puts_112_in_the_first_lines(shipped_content: Content) -> None:
    urgent = answer(shipped_content, "he booked a flight to Turkey to join a jihadist group", "en")
    calm = answer(shipped_content, "wat is uitreizen precies", "nl")
    assert urgent["urgent"] is True and "112" in urgent["answer"][:60]
    assert calm["urgent"] is False


def test_helpdesk_ask_checks_the_end_of_a_long_message_for_danger_as_the_chat_does(shipped_content: Content) -> None:
    story = "Ik werk als jongerenwerker in de wijk en wil iets vragen over het delen van zorgen. " * 14
    result = answer(shipped_content, story + "Update: hij staat nu met een mes bij de ingang.", "nl")
    assert len(story) > 1000 and result["urgent"] is True
    assert "112" in result["answer"][:300]


def _one_line_rules(*phrases: str) -> DangerCheck:
    """Word rules with one group per phrase and one line that needs them all (``...`` marks a wide place)."""
    groups = {}
    for number, text in enumerate(phrases):
        parts = text.replace(" ... ", " ...").split(" ")
        words = tuple(WordPattern(part.lstrip(".")) for part in parts)
        wide = frozenset(i for i, part in enumerate(parts) if part.startswith("..."))
        groups[f"g{number}"] = (Phrase(words, wide=wide),)
    return DangerCheck(DangerRules(groups=groups, urgent_when=(frozenset(groups),)))


def test_a_phrase_tries_a_later_place_of_a_word_that_stands_twice() -> None:
    """'schiet ... op mensen': the first 'op' ('op de parkeerplaats') is too far from 'mensen', the second is not."""
    check = _one_line_rules("schiet ... op mensen", "nu")
    assert check.check("nu schiet hij op de parkeerplaats op mensen", by_meaning=False).urgent
    assert check.check("nu schiet hij op mensen", by_meaning=False).urgent
    assert not check.check("nu schiet hij op de parkeerplaats", by_meaning=False).urgent
    assert not check.check("nu schiet hij op de parkeerplaats vanaf de overkant van de straat naar mensen",
                           by_meaning=False).urgent


def test_a_later_place_is_never_sought_in_the_next_sentence() -> None:
    check = _one_line_rules("schiet ... op mensen", "nu")
    assert not check.check("nu schiet hij op de parkeerplaats. op mensen let niemand", by_meaning=False).urgent
    assert not check.check("hij schiet op doelen. nu op mensen letten", by_meaning=False).urgent
