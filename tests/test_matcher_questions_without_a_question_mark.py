"""A story that asks its question without a "?" (typed on a phone) is answered, not read as a worry that asks nothing.

A story longer than fifteen words that names a worry and asks nothing gets the signalling guide, with the closest
entries as buttons, however well one entry scores. "als thuiszorgmedewerker zag ik ... bij wie meld ik dat" asked,
but had no question mark, so its own entry (99.7) was only a button. Over the tuning splits 28 such stories asked
without "?"; read as questions they gave 9 right answers and 4 wrong ones (two of them defensible) where they gave
none. A story that only tells a worry keeps the guide; a statement with the verb after "ik" ("de school waar ik
werk") asks nothing. A question opened by a preposition ("op grond van welk artikel ...", "vanaf welke leeftijd
...", "under which article ...") asks as much as one opened by its question word.
"""

from __future__ import annotations

import pytest

from bot.content.model import Content
from bot.faq.message import read_message

ASKED_WITHOUT_A_MARK = [
    "als thuiszorgmedewerker zag ik bij een cliënt extremistische spullen van de kleinzoon liggen. bij wie meld ik dat",
    "een buurtbewoner plakt stickers met nazi symbolen in de wijk. geef ik dat door aan de wijkagent of aan de gemeente",
    "mijn collega noemt in de teamapp namen van jongeren over wie we ons zorgen maken over radicalisering, is dat wel ok",
    "a boy in our club keeps sharing extremist memes and laughed it off when i asked, i'm worried what are my next steps",
    "we moeten als gemeente een casusoverleg radicalisering opzetten maar hebben nog geen convenant, waar begin ik",
    # a preposition before the question word (reading review 48: an entry at 97.5 was hidden behind the guide)
    "op grond van welk artikel mag de politie als partner in het casusoverleg radicalisering gegevens over een jongere aan de gemeente verstrekken",
    "vanaf welke leeftijd mag een jongere zelf beslissen of zijn gegevens over radicalisering door school met de gemeente worden gedeeld",
    "under which article of the police data act may officers pass information on a radicalising youngster to the municipality",
    "tot welke leeftijd valt een jongere onder de werkwijze voor het delen van zorgen over extremisme volgens de ess",
]

ONLY_A_WORRY = [
    "Sinds de zomer is Ahmed erg veranderd en praat hij over ongelovigen en haat, ik maak me zorgen.",
    "op de school waar ik werk is een jongen erg veranderd, hij praat over haat en ongelovigen en ik maak me zorgen",
    "toen ik hem gisteren sprak zei hij dat alle ongelovigen haat verdienen, ik maak me echt zorgen om hem",
    "op het plein bij de school waar ik werk praat een groep jongens steeds over haat tegen ongelovigen en ik maak me zorgen",
]


@pytest.mark.parametrize("text", ASKED_WITHOUT_A_MARK)
def test_a_question_without_a_mark_is_no_worry_that_asks_nothing(text: str) -> None:
    assert read_message(text).story and not read_message(text).worry


@pytest.mark.parametrize("text", ONLY_A_WORRY)
def test_a_worry_told_without_a_question_keeps_the_guide(text: str) -> None:
    assert read_message(text).worry


def test_the_home_carer_gets_the_entry_written_for_her(shipped_content: Content) -> None:
    match, _ = shipped_content.faq_index.match_asked(ASKED_WITHOUT_A_MARK[0], "nl", "zorg")
    assert (match.verdict, match.target) == ("answer", "werknemer_bij_klant_thuis_zorg"), match


def test_the_article_question_without_a_mark_gets_its_entry(shipped_content: Content) -> None:
    match, _ = shipped_content.faq_index.match_asked(ASKED_WITHOUT_A_MARK[5], "nl", "politie")
    assert (match.verdict, match.target) == ("answer", "politie_delen_gemeente_wpg"), match
