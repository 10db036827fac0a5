"""The direction of sharing: who gives information to whom. Two questions with the same words but the
roles turned round need different answers, so a question variant that says the opposite direction does
not count for a question."""

from __future__ import annotations

import pytest

from bot.content.model import Content
from bot.faq.ask import answer
from bot.faq.direction import Direction, DirectionReader
from bot.faq.matcher import FaqIndex, Target, Thresholds
from bot.faq.normalise import Analyzer

SYNONYMS = [("politie", "wijkagent", "police", "officer"), ("jongerenwerker", "youth worker"),
            ("school", "docent", "teacher"), ("gemeente", "municipality"), ("delen", "doorgeven", "share")]
PARTIES = [("politie",), ("jongerenwerker",), ("school",), ("gemeente",)]


def reader(lang: str) -> DirectionReader:
    return DirectionReader(Analyzer(lang, SYNONYMS), PARTIES)


@pytest.mark.parametrize(("text", "lang", "giver", "receiver"), [
    ("mag ik als jongerenwerker iets doorgeven aan de wijkagent?", "nl", "jongerenwerker", "politie"),
    ("wat mag ik als wijkagent doorgeven aan een jongerenwerker", "nl", "politie", "jongerenwerker"),
    ("as a youth worker can i share with the police", "en", "jongerenwerker", "politie"),
    ("de politie vraagt of iemand bij ons bekend is", "nl", None, "politie"),
    ("the police asked me for the pupil's file", "en", None, "politie"),
    ("may the police share information about a pupil with the school?", "en", "politie", "school"),
    ("mag de school informatie van de politie krijgen", "nl", "politie", "school"),
    ("ik kreeg een verzoek van de gemeente om informatie", "nl", None, "gemeente"),
    ("mag de gemeente ons als school vertellen wat er besproken is", "nl", "gemeente", "school"),
    ("wat mag ik de wijkagent vertellen", "nl", None, "politie"),
    # a role that only gets information is the receiver
    ("kan ik als jongerenwerker info krijgen van de school over een leerling", "nl", "school", "jongerenwerker"),
    ("als wijkagent wil ik bij de gemeente om gegevens vragen", "nl", "gemeente", "politie"),
    ("ik ben docent, mag ik het verslag opvragen bij de jongerenwerker?", "nl", "jongerenwerker", "school"),
    ("can i as a youth worker get the records from the police", "en", "politie", "jongerenwerker"),
])
def test_reads_who_gives_and_who_receives(text: str, lang: str, giver: str | None, receiver: str | None) -> None:
    assert reader(lang).read(text) == Direction(giver, receiver)


@pytest.mark.parametrize("text", [
    "hoe vraag ik als gemeente toestemming",  # a role, but nothing passed on
    "can i tell them whether he is known to the police",  # known to, not given to
    "mag ik met de jongerenwerker contact zoeken",  # contact, not a direction
])
def test_reads_no_direction_where_the_words_do_not_say_one(text: str) -> None:
    lang = "en" if text.startswith("can") else "nl"
    assert reader(lang).read(text) == Direction()


def test_opposite_directions_oppose_and_an_unknown_side_never_does() -> None:
    youth_to_police = Direction("jongerenwerker", "politie")
    assert youth_to_police.opposes(Direction("politie", "jongerenwerker"))
    assert youth_to_police.opposes(Direction(None, "jongerenwerker"))  # "aan de jongerenwerker"
    assert not youth_to_police.opposes(Direction("jongerenwerker", None))
    assert not youth_to_police.opposes(Direction())
    assert not Direction().opposes(Direction("politie", "jongerenwerker"))


def test_a_variant_asked_the_other_way_round_does_not_answer_the_question() -> None:
    targets = [
        Target("police_gives", {"nl": ["wat mag ik als wijkagent doorgeven aan een jongerenwerker"], "en": []}),
        Target("youth_worker_gives", {"nl": ["wat mag een jongerenwerker doorgeven aan de politie"], "en": []}),
    ]
    limits = Thresholds(answer=30, margin=2, suggest=20)
    asked = "wat mag ik als jongerenwerker doorgeven aan de wijkagent"
    ranked = FaqIndex(targets, SYNONYMS, limits, parties=PARTIES).ranked(asked, "nl")
    assert ranked[0][0] == "youth_worker_gives" and ranked[0][1] > ranked[1][1]
    same_words = FaqIndex(targets, SYNONYMS, limits).ranked(asked, "nl")  # without parties: a tie
    assert same_words[0][1] == same_words[1][1]


def test_the_shipped_content_answers_each_direction_with_its_own_entry(shipped_content: Content) -> None:
    assert answer(shipped_content, "Wat mag ik als wijkagent doorgeven aan een jongerenwerker?")["faq_id"] \
        == "wijkagent_wat_doorgeven"
    assert answer(shipped_content, "mag ik als jongerenwerker iets doorgeven aan de wijkagent?")["faq_id"] \
        != "wijkagent_wat_doorgeven"
