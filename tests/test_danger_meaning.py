"""Acute danger read by meaning: it catches what no word rule foresaw, can only add an emergency, never reads a
message that is too short or whose writer denies danger, and is switched off with the FAQ matcher's semantic signal."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from bot.address import Address
from bot.content.model import Content
from bot.encoder import encode_one
from bot.engine import Session, TextMessage, handle, read_ahead
from bot.engine.replies import TextReply
from bot.safety import DangerCheck
from bot.safety.meaning import MEANING_FILE, DangerMeaning, load_meaning, meaning_setting
from tests.conftest import CLOCK

# Phrasings the word rules of faq/danger.yaml do not hold (checked below), each acute. When a rule comes to hold
# one (the scooter driven at the people did in the twenty-eighth session), it is replaced by another.
NOT_IN_THE_WORD_LISTS = [
    "er is een man in de bieb die zegt dat er iets in zijn rugzak zit dat om 3 uur afgaat, het is kwart voor drie",
    # DR97: "ligt op de grond ... gezicht is grijs" is a word rule now (a colour on a body beside lying)
    "mijn collega zit in het magazijn onderuitgezakt en zijn gezicht hangt aan een kant",
]
ORDINARY = [
    "Mag ik als docent zorgen over een leerling delen met de wijkagent?",
    "Wie nemen deel aan het casusoverleg?",
    "hoe lang mag de gemeente de gegevens van een jongere bewaren na het casusoverleg",
    "a pupil of mine watches extremist videos, should I report him or talk to him first?",
]


@pytest.fixture(scope="module")
def meaning() -> DangerMeaning:
    return load_meaning()


@pytest.fixture(scope="module")
def with_meaning(shipped_content: Content, meaning: DangerMeaning) -> Content:
    """The shipped content as the bot loads it by default: the danger check reads by meaning too."""
    assert shipped_content.danger is not None and shipped_content.danger.meaning == meaning
    return shipped_content


@pytest.mark.parametrize("text", NOT_IN_THE_WORD_LISTS)
def test_a_danger_the_word_rules_miss_is_read_by_meaning_and_gets_112_first(
        lexical_content: Content, with_meaning: Content, text: str) -> None:
    assert lexical_content.danger is not None and not lexical_content.danger.check(text).urgent
    verdict = with_meaning.danger.check(text)  # type: ignore[union-attr]
    assert verdict.urgent and any(f.startswith("meaning:") for f in verdict.found)
    turn = handle(with_meaning, Session(Address("test", "1")), TextMessage(text, at=CLOCK))
    first = turn.replies[0]
    assert isinstance(first, TextReply) and "112" in first.text.splitlines()[0]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_professional_questions_stay_calm(with_meaning: Content, text: str) -> None:
    assert not with_meaning.danger.check(text).urgent  # type: ignore[union-attr]


def test_meaning_reads_what_the_writer_tells_after_denying_acute_danger(with_meaning: Content,
                                                                       meaning: DangerMeaning) -> None:
    """A denial calms its own clause, not the danger told after it (until 1 Dec 2026 a denial anywhere kept the
    whole message from being read by meaning, and this message was calm)."""
    text = "er is geen acuut gevaar, maar " + NOT_IN_THE_WORD_LISTS[0]
    verdict = with_meaning.danger.check(text)  # type: ignore[union-attr]
    assert verdict.denied and verdict.urgent
    told_last = NOT_IN_THE_WORD_LISTS[0] + ". maar er is geen acuut gevaar, zegt de politie"
    assert meaning.probability(told_last) >= meaning.threshold  # read whole it would alarm
    assert not with_meaning.danger.check(told_last).urgent  # type: ignore[union-attr]


def test_a_message_of_one_or_two_words_is_left_to_the_word_rules(with_meaning: Content) -> None:
    always = DangerMeaning((0.0,) * 512, bias=10.0, threshold=0.5, sure=0.5)  # would call everything urgent
    check = DangerCheck(with_meaning.danger.rules, meaning=always)  # type: ignore[union-attr]
    assert not check.check("Amsterdam").urgent
    assert not check.check("ja graag").urgent
    assert check.check("ik ben docent").urgent  # three words: read by meaning (here: everything is urgent)


def test_a_time_or_a_trip_alone_needs_the_model_to_be_sure(with_meaning: Content) -> None:
    """'vertrekt vrijdag' sounds like a departure to a conflict zone; without a word of a danger group beyond the
    time and travel groups, the model must be surer than its threshold."""
    fairly = DangerMeaning((0.0,) * 512, bias=1.5, threshold=0.5, sure=0.9)  # about 0.82 for every message
    check = DangerCheck(with_meaning.danger.rules, meaning=fairly)  # type: ignore[union-attr]
    assert not check.check("hij is naar de winkel en vertrekt vrijdag").urgent
    assert check.check("ze heeft pillen in huis en vertrekt vrijdag").urgent  # "pillen": a danger group
    assert not with_meaning.danger.check("hij is naar de winkel en vertrekt vrijdag").urgent  # type: ignore[union-attr]


def test_meaning_can_only_add_an_emergency(lexical_content: Content) -> None:
    never = DangerMeaning((0.0,) * 512, bias=-10.0, threshold=0.5)
    check = DangerCheck(lexical_content.danger.rules, meaning=never)  # type: ignore[union-attr]
    assert check.check("hij staat nu met een mes bij de ingang van de school").urgent


def test_the_switch_off_and_a_broken_file_leave_the_word_rules_deciding(tmp_path: Path,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    assert meaning_setting({"HELPDESK_SEMANTIC": "off"}) is None
    assert meaning_setting({}) == load_meaning(MEANING_FILE)
    broken = tmp_path / "danger_meaning.json"
    broken.write_text(json.dumps({"weights": [0.1] * 10, "bias": 0, "threshold": 0.6}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert meaning_setting({}, broken) is None
    assert "word rules only" in caplog.text


def test_a_message_read_ahead_is_not_encoded_again_by_the_turn(with_meaning: Content) -> None:
    """The Telegram channel reads a message ahead in a worker thread; the turn on the event loop then reuses the
    sentence vector for both the danger check and the FAQ matcher."""
    text = "mag ik als sportcoach mijn zorgen over een lid van zeventien met de gemeente delen"
    before = encode_one.cache_info()
    read_ahead(with_meaning, TextMessage(text, at=CLOCK))
    ahead = encode_one.cache_info()
    handle(with_meaning, Session(Address("test", "1")), TextMessage(text, at=CLOCK))
    after = encode_one.cache_info()
    assert ahead.misses == before.misses + 1
    assert after.misses == ahead.misses and after.hits > ahead.hits


@pytest.mark.parametrize("text", [
    "niks concreets, maar hij rijdt nu met een busje met volle vaart richting de markt waar het druk is",
    "no threats so far, but he just sent me a photo of a rope tied to the banister saying goodbye",
])
def test_a_denial_does_not_silence_the_meaning_of_what_is_told_after_it(with_meaning: Content, text: str) -> None:
    """A denial calms its own clause; the reading by meaning still reads the clauses after it."""
    assert with_meaning.danger is not None
    assert not with_meaning.danger.check(text, by_meaning=False).urgent  # the words alone miss it
    assert with_meaning.danger.check(text).urgent


def test_a_denial_at_the_end_still_silences_the_meaning(with_meaning: Content) -> None:
    assert with_meaning.danger is not None
    assert not with_meaning.danger.check("hij heeft het over de strijd en vertrekt vrijdag, maar er is niks concreets").urgent


# A routine question first, then a scene happening now: the question weighs the whole message down for the model,
# so what is told after the first question mark is read on its own as well (urgent_test52's eight misses had this
# shape; these are phrasings of our own).
QUESTION_THEN_SCENE = [
    "do I need to fill in the accident form before or after I call someone? a kid at our climbing gym fell from "
    "the top, he's lying on the mat and not responding",
    "is it ok to mention a pupil's medical condition in the group chat? she's having a fit on the floor of the art "
    "room right now and it's been going on for five minutes",
]
QUESTION_THEN_CALM = [
    "mag ik de naam van deze leerling in het incidentformulier zetten? hij is vorige week van het klimrek gevallen "
    "maar het gaat alweer goed met hem",
    "kan ik het dossier van een cliënt delen met de huisartsenpost? ze heeft een paar jaar geleden een overdosis "
    "gehad en is nu stabiel",
    "do I need to fill in the accident form before or after the debrief? a kid fell from the climbing wall last "
    "month, he's fully recovered",
    "is it ok to mention a pupil's epilepsy in the group chat? she had a seizure in class last year and the parents "
    "want staff to know what to do",
    "is a note about someone's religion special category data? i wrote that he goes to church every sunday",
]


@pytest.mark.parametrize("text", QUESTION_THEN_SCENE)
def test_a_scene_told_after_a_routine_question_is_read_by_meaning_on_its_own(
        with_meaning: Content, meaning: DangerMeaning, text: str) -> None:
    assert with_meaning.danger is not None
    assert meaning.probability(text) < meaning.threshold  # the whole message alone would not raise it
    assert with_meaning.danger.check(text).urgent


@pytest.mark.parametrize("text", QUESTION_THEN_CALM)
def test_a_past_or_calm_story_after_a_routine_question_stays_calm(with_meaning: Content, text: str) -> None:
    assert with_meaning.danger is not None
    assert not with_meaning.danger.check(text).urgent
