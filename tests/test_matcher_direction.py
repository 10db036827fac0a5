"""The direction of sharing: who gives information to whom. Two questions with the same words but the
roles turned round need different answers, so a question variant that says the opposite direction does
not count for a question."""

from __future__ import annotations

import pytest

from bot.content.model import Content
from bot.faq.ask import answer
from bot.faq.direction import SOMEONE_ELSE, Direction, DirectionReader
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


@pytest.mark.parametrize(("text", "lang", "receiver"), [
    ("mag de club mijn telefoonnummer delen met de andere leden", "nl", SOMEONE_ELSE),
    ("can our club share the member list with a sponsor", "en", SOMEONE_ELSE),
    ("mag ik dit delen met toestemming van de jongere", "nl", None),  # consent, not a receiver
    ("am i allowed to tell them anything?", "en", None),  # "to tell": a verb, not a receiver
    ("mag ik de ledenlijst delen met de wijkagent", "nl", "politie"),  # a party: read as before
])
def test_a_message_that_gives_to_someone_who_is_no_party_says_so(text: str, lang: str, receiver: str | None) -> None:
    assert reader(lang).read(text).receiver == receiver


def test_someone_else_as_receiver_opposes_a_party_and_is_never_read_from_a_variant() -> None:
    to_members = reader("en").read("can our club share the member list with the other members")
    assert to_members.opposes(Direction(None, "gemeente")) and to_members.opposes(Direction("school", "politie"))
    assert not to_members.opposes(Direction("school", None)) and not to_members.opposes(Direction())
    words = Analyzer("en", SYNONYMS).joined("can our club share the member list with the other members").split()
    assert reader("en").read_words(words) == Direction()  # a variant names the parties it is about


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


def test_a_club_sharing_its_member_list_with_others_gets_no_answer_about_the_municipality_asking(
        shipped_content: Content) -> None:
    """A club's own privacy matter is off-topic; the entry for the municipality asking a club must not take it."""
    for question, lang in [("mag onze voetbalclub de ledenlijst met adressen delen met een sponsor?", "nl"),
                           ("can our club share members' phone numbers with the other members for carpooling?", "en")]:
        assert answer(shipped_content, question, lang)["faq_id"] != "gemeente_vraagt_sportclub_gegevens"


def test_the_shipped_content_answers_each_direction_with_its_own_entry(shipped_content: Content) -> None:
    assert answer(shipped_content, "Wat mag ik als wijkagent doorgeven aan een jongerenwerker?")["faq_id"] \
        == "wijkagent_wat_doorgeven"
    assert answer(shipped_content, "mag ik als jongerenwerker iets doorgeven aan de wijkagent?")["faq_id"] \
        != "wijkagent_wat_doorgeven"


def test_a_teacher_asking_what_the_police_may_tell_the_school_gets_that_entry(shipped_content: Content) -> None:
    # the entry on what the police may pass on to a school is a teacher's question too (its roles name both); as an
    # entry for the police alone, the teacher's role marked it down and the reverse direction won (test30, test31)
    found = answer(shipped_content, "mag de wijkagent info aan school geven", "nl", role="docent")
    assert found["faq_id"] == "politie_school_delen"
    found = answer(shipped_content, "mag ik als docent info over een leerling aan de wijkagent geven", "nl",
                   role="docent")
    assert found["faq_id"] != "politie_school_delen"


def test_a_party_typed_with_a_typo_still_sets_the_direction() -> None:
    # "wijkagnet inlichten over leerling": read without the typo, a teacher's question to the police had no
    # direction and got the police's entry on telling the school (test39)
    def repair(word: str) -> str | None:
        return {"wijkagnet": "wijkagent", "poltie": "politie"}.get(word)

    assert reader("nl").read("wijkagnet inlichten over leerling mag dat", repair) == Direction(None, "politie")
    assert reader("nl").read("mag ik de poltie inlichten", repair) == Direction(None, "politie")
    assert reader("nl").read("wijkagnet inlichten over leerling mag dat") == Direction()  # without a repair


def test_a_teacher_telling_a_misspelt_wijkagent_is_not_answered_with_what_the_police_may_tell(
        shipped_content: Content) -> None:
    found = answer(shipped_content, "wijkagnet inlichten over leerling mag dat", "nl", role="docent")
    assert found["faq_id"] != "politie_school_delen"
