"""A town named in a question is read as "the municipality" by the FAQ match (bot.faq.place_names): a professional
who types where she works gets the answer she would get for "in mijn gemeente", and the escalation and the danger
check still read the town as typed."""

from __future__ import annotations

import pytest

from bot.content.model import Content
from bot.faq.ask import answer
from bot.faq.place_names import PlaceNames

NAMES = (frozenset({"zwolle", "s hertogenbosch", "den bosch", "kampen", "hoogzandwijk", "centrum", "bergen op zoom", "the hague"}),
         frozenset({"zwolle", "s hertogenbosch", "den bosch", "kampen", "bergen op zoom", "the hague"}))


def places() -> PlaceNames:
    return PlaceNames(lambda: NAMES)


@pytest.mark.parametrize(("text", "lang", "read"), [
    ("waar meld ik zorgen in den bosch?", "nl", "waar meld ik zorgen in gemeente?"),
    ("waar meld ik zorgen in 's-Hertogenbosch?", "nl", "waar meld ik zorgen in gemeente?"),
    ("wie is de contactpersoon in Bergen op Zoom", "nl", "wie is de contactpersoon in gemeente"),
    ("ik werk bij Hoogzandwijk", "nl", "ik werk bij gemeente"),
    ("where do i report concerns in zwolle", "en", "where do i report concerns in municipality"),
    ("de gemeente Zwolle vraagt om namen", "nl", "de gemeente  vraagt om namen"),
    ("jongere uit Kampen", "nl", "jongere uit gemeente"),
    ("where do i report concerns in the Hague", "en", "where do i report concerns in municipality"),
    # a search-like fragment: a town that closes it needs no word of place
    ("meldpunt radicalisering zwolle", "nl", "meldpunt radicalisering gemeente"),
    ("radicalisering melden bergen op zoom", "nl", "radicalisering melden gemeente"),
    ("report concerns zwolle", "en", "report concerns municipality"),
])
def test_a_town_after_a_word_of_place_is_read_as_the_municipality(text: str, lang: str, read: str) -> None:
    assert places().generalise(text, lang) == read


@pytest.mark.parametrize("text", [
    "vrouwen in kampen in syrië",  # a municipality that is an ordinary word, written small: the word
    "wonen in het centrum",  # a district that is an ordinary word
    "zwolle is mijn gemeente",  # no word of place before it
    "zwolle meldpunt radicalisering",  # a fragment: only a town that closes it
    "waar meld ik het zwolle",  # a sentence with a pronoun, not a search
    "mag ik dit delen met de wijkagent?",
])
def test_ordinary_words_and_names_without_a_word_of_place_are_left_alone(text: str) -> None:
    assert places().generalise(text, "nl") == text


def test_the_names_are_read_only_when_a_word_of_place_is_there() -> None:
    read: list[int] = []

    def counted() -> tuple[frozenset[str], frozenset[str]]:
        read.append(1)
        return NAMES

    names = PlaceNames(counted)
    names.generalise("mag ik dit delen?", "nl")
    names.generalise("wanneer mag je zonder toestemming delen", "nl")  # a fragment with a pronoun is a sentence
    assert read == []
    names.generalise("waar meld ik dit in zwolle?", "nl")
    names.generalise("en in kampen?", "nl")
    assert read == [1]


@pytest.mark.parametrize(("question", "lang", "entry"), [
    ("wie is de contactpersoon radicalisering in zwolle", "nl", "contactpersoon_gemeente"),
    ("wie is de contactpersoon radicalisering bij de gemeente Utrecht", "nl", "contactpersoon_gemeente"),
    ("where do i report concerns in rotterdam", "en", "melden_hoe"),
    ("report concerns in the hague", "en", "melden_hoe"),
    ("radicalisering melden heerhugowaard", "nl", "melden_hoe"),
    ("meldpunt radicalisering zoetermeer", "nl", "contactpersoon_gemeente"),
    ("who is the contact person for radicalisation in the hague", "en", "contactpersoon_gemeente"),
])
def test_a_question_naming_a_town_gets_the_answer_for_any_municipality(
        shipped_content: Content, question: str, lang: str, entry: str) -> None:
    assert answer(shipped_content, question, lang)["faq_id"] == entry


def test_the_danger_check_still_reads_the_town_as_typed(shipped_content: Content) -> None:
    result = answer(shipped_content, "er staat nu een man met een mes in de hal van het stadhuis in Zwolle", "nl")
    assert result["urgent"]


def test_a_word_of_place_before_an_article_does_not_read_the_names() -> None:
    def never() -> tuple[frozenset[str], frozenset[str]]:
        raise AssertionError("the names were read")

    assert PlaceNames(never).generalise("mag ik dit in het casusoverleg of at the meeting zeggen?", "nl") == \
        "mag ik dit in het casusoverleg of at the meeting zeggen?"
