"""Words of violence that describe no danger happening: a song, a meme or videos about war, children's play with a
stick as a gun, a question what the Quran says, an incident the police already dealt with or where nobody got hurt.

Calm: those messages, in Dutch and English. Caught: the same calm words next to a danger told in a later sentence
or with a time to come: a calm phrase never hides it."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CAUGHT = [
    # a calm phrase before a danger told in its own sentence, or a danger with a time to come
    ("nl", "hij schreef een nummer over zijn wijk. nu staat hij met een mes bij de ingang"),
    ("en", "nobody got hurt earlier. but he is back and has a knife right now"),
    ("nl", "ze spelen gijzelaartje, maar een jongen zegt dat hij morgen met een echt pistool naar school komt"),
    ("en", "he shared a meme, then said he will bring a gun to school tomorrow"),
    ("nl", "de politie heeft het afgehandeld, maar vanavond wil hij de moskee in brand steken"),
    ("en", "the police dealt with it, but tonight he wants to shoot his teacher"),
    # earlier today is past, a later "today" is not
    ("en", "earlier today he waved a knife in the canteen and said he will come back with it today"),
    ("nl", "eerder vandaag liet hij een mes zien en hij zei dat hij vanavond terugkomt om het te gebruiken"),
    # taken away by the police, but another danger happening now
    ("nl", "de politie heeft hem meegenomen, maar zijn broer staat nu met een mes bij de ingang"),
    # a goodbye dividing belongings, with no answer or a life without point; a car to drive on through a market
    ("nl", "mijn zoon appte wie zijn spullen moet krijgen en nu reageert hij niet meer"),
    ("nl", "ze schreef wie haar spullen moet krijgen, ze zegt al weken dat haar leven geen zin heeft"),
    ("en", "my client texted me who should get my things and has stopped answering since"),
    ("nl", "hij stuurde: 'morgen op de markt neem ik de auto en rij door tot het stopt'. wat nu?"),
]

CALM = [
    # a song, a meme or videos about war or weapons
    ("nl", "een leerling maakt een rap over de oorlog in zijn land, met geweerschoten als geluidseffect. mag dat?"),
    ("en", "a pupil wrote a song about the war, with gunshots as a sound effect. parents complain, what now?"),
    ("nl", "in de klasapp gaat een meme rond met een bom erop. is dat een signaal?"),
    ("en", "the kids keep sharing the 'gonna blow up' meme. is that something to report?"),
    ("nl", "mijn dochter kijkt filmpjes over oorlog en wapens, verder gaat het goed. moet ik iets doen?"),
    # a question what the Quran says
    ("nl", "een leerling vroeg wat de koran zegt over jihad en aanslagen. mag ik dat gesprek voeren?"),
    # children's play
    ("nl", "kleuters spelen politie en boefje, eentje gebruikt een stok als geweer. ingrijpen?"),
    ("en", "the boys play cops and robbers with a stick as a gun at break. should I step in?"),
    # already dealt with, nobody hurt
    ("en", "the police took the boy with the knife home, nobody got hurt. what goes in the log?"),
    ("en", "A man threatened a bus driver last week. The police dealt with it. Should I mention it to the team?"),
    ("nl", "er was een vechtpartij met een mes bij de sporthal, niemand raakte gewond. welk formulier?"),
    # told after the fact: earlier today
    ("en", "earlier today a man waved a photo of a gun in the shop, it turned out to be a game. do I file this?"),
    ("nl", "eerder vandaag stond er een man met een mes bij de bieb, de politie heeft hem meegenomen. wat nu?"),
    # the words of "the police took him" carry nothing along
    ("nl", "vanmiddag liep er een man met een mes over straat, de politie heeft hem meegenomen. wie bel ik?"),
    ("en", "this morning a man with a knife shouted in the street, police took him away. who supports my staff?"),
    # dividing belongings for a move; a car trip to the market
    ("nl", "oma verhuist naar een verpleeghuis en de kleinkinderen bespreken wie haar spullen krijgen"),
    ("nl", "morgen neem ik de auto naar de markt, wie rijdt er mee voor de kerstinkopen?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_a_calm_phrase_never_hides_a_danger_told_later_or_with_a_time(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_a_work_about_war_childrens_play_or_a_settled_incident_stays_calm(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)


def test_a_phrase_never_reads_across_a_sentence_end(shipped_danger: DangerCheck) -> None:
    across = shipped_danger.check("he showed a knife to a classmate. please write this down. Yesterday afternoon he "
                                  "apologised to her", by_meaning=False)
    within = shipped_danger.check("he showed a knife to a classmate and this afternoon he wants to come back",
                                  by_meaning=False)
    assert "soon" not in across.groups, across.found
    assert "soon" in within.groups and within.urgent, within.found
