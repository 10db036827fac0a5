"""Stories of two to four sentences (issue 10): scored by how much evidence they hold for an entry (BM25F
over its variants, answer and tags), not by how much of the story the entry explains."""

from __future__ import annotations

import pytest

from bot.content.model import Content
from bot.faq.ask import answer
from bot.faq.language_index import LanguageIndex, Target
from bot.faq.message import read_message
from bot.faq.normalise import Analyzer
from bot.faq.story_score import bm25, scaled

TARGETS = [
    Target("datalek", {"nl": ["wat moet ik doen bij een datalek", "verslag naar het verkeerde adres gestuurd"]},
           {"nl": "Een datalek meld je binnen 72 uur bij de Autoriteit Persoonsgegevens."}),
    Target("bewaren", {"nl": ["hoe lang mag ik gegevens bewaren", "bewaartermijn van een dossier"]},
           {"nl": "Niet langer dan nodig."}),
]


def _story_bm25(index: LanguageIndex, text: str, target: int) -> float:
    known = [q for q in index.query_terms(read_message(text)) if q.confidence > 0]
    return bm25(index, target, known, index.uses([q.term for q in known], [target]))


def test_a_story_does_not_lose_evidence_for_its_entry_by_telling_more() -> None:
    index = LanguageIndex("nl", TARGETS, ())
    question = "Ik heb een verslag naar het verkeerde adres gestuurd, is dat een datalek?"
    longer = ("Gisteren was het een drukke dag op kantoor en de printer deed het weer eens niet. "
              "Ik heb een verslag naar het verkeerde adres gestuurd, is dat een datalek?")
    assert read_message(longer).story
    assert _story_bm25(index, longer, 0) >= _story_bm25(index, question, 0) > 0
    assert _story_bm25(index, longer, 1) == 0.0


def test_the_story_score_saturates_on_the_matchers_scale() -> None:
    assert (scaled(0.0), round(scaled(4.0)), round(scaled(1000.0))) == (0.0, 50, 100)


def test_term_counts_per_field_are_kept_for_every_entry() -> None:
    index = LanguageIndex("nl", TARGETS, ())
    term = index.analyzer.stem("datalek")
    assert (index.counts(term, 0), index.counts(term, 1)) == ((1, 1), (0, 0))
    assert list(index.variants_length) == [len(index.analyzer.words(" ".join(TARGETS[0].variants["nl"]))),
                                           len(index.analyzer.words(" ".join(TARGETS[1].variants["nl"])))]


def test_english_contractions_are_not_read_as_rare_words() -> None:
    assert Analyzer("en").words("I haven't told anyone, he's 15 and doesn't want me to") == ["told", "anyone", "15",
                                                                                            "want"]


def test_a_bare_question_after_a_story_lets_the_story_weigh_fully() -> None:
    message = read_message("Een jongere laat me een foto zien van een wapen en zegt dat hij iets gaat doen. Wat nu?")
    assert [weight for _, weight in message.parts] == [1.0, 1.0]
    asked = read_message("Een leerling kijkt filmpjes van IS. Zijn ouders weten van niets. Mag ik de ouders inlichten?")
    assert [weight for _, weight in asked.parts] == [0.6, 0.6, 1.0]


@pytest.mark.parametrize(("story", "lang", "role", "expected"), [
    ("We hebben vorige week een verslag van het casusoverleg per ongeluk naar de verkeerde persoon gemaild. Het ging "
     "om een jongere met zorgen over radicalisering. Is dat een datalek en wat moeten we doen?", "nl", None,
     "datalek_wat_nu"),
    ("Ik werk al een paar jaar als jongerenwerker in een buurthuis. Een jongen vertelde me gisteren in vertrouwen dat "
     "hij contact heeft met een groep die geweld verheerlijkt. Mag ik dit delen met de gemeente zonder zijn "
     "toestemming?", "nl", "jongerenwerker", "jongerenwerker_delen_zonder_toestemming"),
    ("Mijn collega is vrijwilliger bij de voetbalclub en trainer van de onder 17. Een van de jongens maakt steeds "
     "nazigroeten op het veld. Mag hij als vrijwilliger zijn zorgen delen met de gemeente?", "nl", None,
     "positie_vrijwilligers_en_trainers"),
    ("I'm a youth worker and I've known this boy for years. He hasn't been himself lately and he's talking about "
     "the kuffar. How long may the information I write down about him be kept?", "en", "jongerenwerker",
     "bewaartermijn"),
])
def test_a_story_that_ends_in_a_question_gets_the_entry_that_answers_it(shipped_content: Content, story: str,
                                                                        lang: str, role: str | None,
                                                                        expected: str) -> None:
    assert read_message(story).story
    assert answer(shipped_content, story, lang, role)["faq_id"] == expected
