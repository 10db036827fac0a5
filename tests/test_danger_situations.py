"""Acute danger told as a situation rather than a threat, read by the word rules of the shipped faq/danger.yaml:
a goodbye told as thanks, instructions or gifts with a height or with being out of reach, standing over the
railing, gone with a passport or a ticket, an address with a routine and a date, a threat told to the person,
bats or a hammer with a group on its way or now, a leg over a balcony edge, forgiveness asked for what one is
about to do, the gas turned on, people held inside, a van to drive through a market. And the calm side: a game,
a shooting club or an old man's illness told with strong words, a toy gun, a first-aid course, pills as
prescribed, a play's rehearsal and a 'suppose' question stay calm. A last request to look after a pet with
the writer out of reach is urgent; a general procedure question, an outburst apologised for, a guest speaker
and a store the police cleared are calm."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import urgent_by_the_word_rules

SITUATIONS = [
    # a goodbye told as thanks or instructions, from a high place
    ("nl", "mijn cliënt appt vanaf het dak van zijn flat: bedankt voor alles, jij was de enige die luisterde"),
    ("en", "my nephew is at the top of the car park and wrote 'tell my mum i'm sorry'"),
    # a goodbye told as gifts, then out of reach
    ("nl", "onze pupil heeft gisteren zijn fiets en laptop weggegeven en is sinds vanochtend onvindbaar"),
    ("en", "she gave away her guitar and her clothes to friends and now she is not picking up"),
    # gone without a word, with the passport or a ticket gone
    ("en", "the boy from room 4 is missing since breakfast and his passport is gone from the drawer"),
    ("nl", "we missen haar sinds de lunch, in haar kamer lag een treinkaartje naar parijs"),
    # standing over the railing
    ("nl", "er staat een meisje aan de verkeerde kant van de reling op de brug over de snelweg"),
    ("en", "a lad is on the wrong side of the railing of the footbridge, 6th floor car park"),
    # an address with a routine and a date
    ("nl", "op zijn laptop stond het woonadres van de wethouder, de tijden dat ze gaat hardlopen en 'zaterdag'"),
    ("en", "a pupil's notebook has the head's home address, her daily routine and 'thursday' circled"),
    # a threat told to the person, with a day
    ("nl", "de docent kreeg een anoniem bericht: jij bent de volgende, morgen na school"),
    ("en", "our youth worker got a DM saying 'you're next, see you friday'"),
    # bats or a hammer: a group on its way, or now
    ("en", "twenty lads with baseball bats are heading to the mosque from the roundabout"),
    ("nl", "een man slaat op dit moment met een hamer om zich heen op het schoolplein"),
    # pills taken a moment ago, said in few words
    ("nl", "mijn dochter heeft net al haar slaappillen ingenomen"),
    ("en", "he just swallowed the whole box of paracetamol"),
    # acid, carried to where someone is
    ("nl", "haar ex loopt met zuur rond bij haar werk"),
    # a leg or both legs over the edge of a balcony
    ("nl", "mijn pupil zit op de rand van het balkon op de vijfde verdieping met één been buiten"),
    ("en", "a girl is sitting on the balcony of the fourth floor with her legs over the edge"),
    # asking forgiveness for what one is about to do, then out of reach
    ("nl", "hij appte 'vergeef me voor wat ik ga doen' en sindsdien is hij onbereikbaar"),
    ("en", "my student texted 'forgive me for what i am about to do' and now she is not picking up"),
    # a will sent to family, then not opening the door
    ("nl", "mijn cliënt heeft haar zus vanavond haar testament geappt en doet de deur niet open"),
    # a goodbye by gifts, high up without a rope
    ("en", "my nephew is at the top of the climbing wall without a rope and gave away his games this morning"),
    # gone since the morning and the passport no longer in its place
    ("nl", "ze is weg sinds vanochtend en haar paspoort ligt niet meer in de la"),
    # the gas turned on on purpose
    ("nl", "onze bewoner heeft de gaskraan opengedraaid in zijn appartement en reageert niet op de bel"),
    ("en", "a tenant says he has turned on the gas in his flat and wants the whole block to feel it"),
    # a cord round the neck behind a door nobody may pass
    ("en", "our client tied a cable around his neck and says nobody is allowed in"),
    # people held inside
    ("nl", "een man houdt mensen vast in de supermarkt en roept dat niemand naar buiten mag"),
    # a van to drive through a market
    ("nl", "een jongen met een busje zegt dat hij morgen op de markt gewoon doorrijdt"),
    # a hammer at the classroom door
    ("en", "a man with a hammer is standing outside the classroom door"),
    # an address looked up to silence someone for good
    ("nl", "hij heeft het adres van de journaliste opgezocht en wil haar voorgoed stil maken"),
    # attack plans told as one compound word
    ("nl", "een cliënt van de reclassering vertelt dat zijn neef aanslagplannen heeft"),
    # a last request to look after a pet or belongings, and the writer cannot get hold of her or him
    ("nl", "mijn pupil appte 'zorg goed voor mijn hond, bedankt voor alles' en ik krijg hem niet te pakken"),
    ("en", "a client texted 'thanks for everything, look after my cat' and i can't get hold of her"),
    ("nl", "hij stuurde 'zorg jij voor mijn spullen' en is sinds vanmiddag niet te bereiken"),
]

CALM_STORIES = [
    # a game
    ("nl", "tijdens de escape room riep een jongen dat hij ons allemaal ging neerschieten, dat hoorde bij het spel"),
    # an illness, known to the doctor
    ("en", "an old man with dementia on our ward keeps saying he'll stab the cleaners; he is bedbound and his doctor knows"),
    # a shooting club
    ("nl", "bij de schietvereniging wil een nieuw lid een tweede geweer kopen, moet ik daar iets mee?"),
    # praise for attacks that happened, told in class: a worry to share, and "wat moet ik nu doen" is no time
    ("nl", "een leerling zei in de klas dat hij de aanslagen in parijs goed vond. wat moet ik nu doen?"),
    ("en", "a student praised the attack in the news in front of the whole class. what do i do now?"),
    # money sent to a group abroad: possibly financing, a worry to pass on, not a departure
    ("nl", "een cliënt van de schuldhulp stuurt elke maand geld naar een stichting in syrie, moet ik dat melden?"),
    # pupils cheering an attack that happened, online
    ("nl", "na de aanslag van vorige week juichen een paar leerlingen het toe in hun groepsapp, wat doe ik daarmee?"),
    # a stabbing that is over: parents ask what the school knew
    ("nl", "na de steekpartij op het plein willen ouders weten of wij de jongen kenden, wat mag ik zeggen?"),
]


HANDLED_OR_PRETEND = [
    # a toy that looked like a weapon, already taken in
    ("en", "the gun on his desk turned out to be a water pistol from the party decorations, his mentor took it"),
    # a first-aid course and pills taken as prescribed
    ("nl", "bij de ehbo-cursus oefenen we wat je doet als iemand pillen heeft geslikt"),
    ("en", "she took her pills this morning as prescribed and is doing well"),
    # a line from a play at rehearsal, and a question asked as 'suppose'
    ("nl", "bij de toneelrepetitie roept een leerling dat hij iedereen gaat neerschieten, dat staat zo in het script"),
    ("nl", "stel dat een jongere zegt dat hij iemand wil neersteken, wie bel ik dan?"),
]

GENERAL_OR_OVER = [
    # a general procedure question, with nothing happening
    ("nl", "wat is de procedure bij een leerling die dreigt met geweld tegen een docent?"),
    ("en", "what are the rules if a pupil threatens to attack a teacher, who reports it?"),
    # an outburst after a match, made up for since
    ("en", "a boy yelled he would burn the gym down after the match; he apologised the next morning and all is fine"),
    ("nl", "na de wedstrijd riep hij dat hij de kantine in de fik zou steken, hij heeft zijn excuses aangeboden"),
    # a guest speaker on attacks and weapons, and a store of petrol the police already cleared
    ("nl", "een gastspreker vertelt bij ons over aanslagen en wapens, hoe bereid ik de klas voor?"),
    ("en", "the police and fire brigade cleared it out: he had petrol and fireworks in his shed"),
]


test_a_danger_told_as_a_situation_is_urgent_by_the_word_rules_alone = urgent_by_the_word_rules(SITUATIONS)


@pytest.mark.parametrize(("lang", "text"), CALM_STORIES)
def test_a_game_an_illness_or_a_sport_told_with_strong_words_stays_calm(shipped_danger: DangerCheck, lang: str,
                                                                       text: str) -> None:
    verdict = shipped_danger.check(text)
    assert not verdict.urgent, (lang, text, verdict.found)


def test_a_goodbye_told_as_thanks_is_not_urgent_on_its_own(shipped_danger: DangerCheck) -> None:
    assert not shipped_danger.check("bedankt voor alles dit jaar, tot na de zomer!", by_meaning=False).urgent
    assert not shipped_danger.check("thank you for everything this year, my pupils loved the trip",
                                             by_meaning=False).urgent


@pytest.mark.parametrize(("lang", "text"), HANDLED_OR_PRETEND)
def test_a_toy_a_course_a_prescription_a_play_or_a_suppose_question_is_calm_by_the_word_rules(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)


def test_a_request_to_look_after_a_pet_is_not_urgent_on_its_own(shipped_danger: DangerCheck) -> None:
    assert not shipped_danger.check("zorg goed voor mijn kat als ik op vakantie ben, maandag ben ik terug",
                                             by_meaning=False).urgent
    assert not shipped_danger.check("can you take care of my kids during the meeting, thanks for everything",
                                             by_meaning=False).urgent


@pytest.mark.parametrize(("lang", "text"), GENERAL_OR_OVER)
def test_a_general_procedure_question_or_an_incident_that_is_over_is_calm_by_the_word_rules(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)


# A day named as past is no time to come; the same day named plainly, or a real time beside it, still is.
PAST_DAYS = [
    ("nl", "afgelopen zaterdag"), ("nl", "vorige week donderdag"), ("nl", "vorig weekend zondag"),
    ("en", "last saturday"), ("en", "this past thursday"), ("en", "previous monday"),
]


@pytest.mark.parametrize(("lang", "day"), PAST_DAYS)
def test_a_day_named_as_past_is_not_read_as_a_time_to_come(shipped_danger: DangerCheck, lang: str, day: str) -> None:
    verdict = shipped_danger.check(f"{day} was het bijna klaar met de collecte", by_meaning=False)
    assert "soon" not in verdict.groups, (lang, day, verdict.found)


def test_a_day_followed_by_jl_is_past_but_the_bare_day_is_still_a_time_to_come(shipped_danger: DangerCheck) -> None:
    check = shipped_danger
    assert "soon" not in check.check("op woensdag 3 april jl. was de collecte", by_meaning=False).groups
    assert "soon" in check.check("op woensdag 3 april is de collecte", by_meaning=False).groups


def test_a_knife_threat_on_a_past_friday_handled_by_the_police_is_calm(shipped_danger: DangerCheck) -> None:
    text = "afgelopen vrijdag dreigde een jongen met een mes, de politie heeft hem meegenomen. hoe praat ik met de klas?"
    assert not shipped_danger.check(text, by_meaning=False).urgent


def test_a_past_day_never_hides_a_time_to_come_said_beside_it(shipped_danger: DangerCheck) -> None:
    check = shipped_danger
    for text in ("afgelopen vrijdag zei hij dat hij morgen met een mes naar school komt",
                 "last friday he said he'll bring a knife to school tomorrow",
                 "vorige week dreigde hij, en hij zei vrijdag komt hij met een mes"):
        verdict = check.check(text, by_meaning=False)
        assert verdict.urgent and "soon" in verdict.groups, (text, verdict.found)


# Professionals' ordinary questions that carry danger words: asked in advance, about the rules for sharing or
# confidentiality, about an anonymous tip, about records, about a view on an attack long past, or about an
# incident the police have already been to. None tells of a danger happening now or soon.
ORDINARY_QUESTIONS = [
    ("nl", "wie bel ik als een leerling ooit dreigt met geweld tegen een docent?"),
    ("en", "who should i call if a pupil threatens violence against a teacher?"),
    ("nl", "een cliënt vertelt over wapens die hij zou willen kopen. is dat een conflict van plichten voor mij?"),
    ("en", "a patient spoke about an attack he wants to plan; may i break medical confidentiality for that?"),
    ("nl", "bij de wijkpost kwam een anonieme melding binnen over iemand die naar syrie wil uitreizen, wat nu?"),
    ("en", "we got an anonymous tip about a young man planning an attack; who handles that?"),
    ("nl", "de bibliotheek ziet in de zoekgeschiedenis dat iemand zocht op bommen maken, mogen we dat bewaren?"),
    ("en", "what goes in the file when a pupil has made threats against a teacher?"),
    ("nl", "een leerling vindt dat de aanslag in parijs verdiend was. moet ik dit melden?"),
    ("en", "a student keeps saying the attack on the concert was deserved. is that a signal?"),
    ("nl", "een jongen liet mij een foto van een pistool zien. mag ik dat zomaar delen met de wijkagent?"),
    ("en", "a tenant showed us a gun in his flat. can we share his name with the police?"),
    ("nl", "de politie is geweest voor het dreigement met een mes op het plein. wat zeg ik tegen de klas?"),
    ("en", "a boy threatened a classmate with a knife; that was yesterday. how do i talk to the class?"),
    ("nl", "ik heb een meisje beloofd niks te zeggen over haar broer die wil gaan vechten in syrie. kan dat?"),
    ("en", "a pupil made me promise not to tell that his cousin wants to fight abroad. now what?"),
    ("nl", "een jongen van 13 zegt dat hij een bom gaat maken. ik denk dat het grootspraak is, melden?"),
    ("en", "a girl draws guns and flags all day. is that a signal or just a phase?"),
    ("nl", "iemand zoekt op onze computers steeds naar wapens en aanslagen, wat doen we daarmee?"),
    ("en", "a visitor borrows books about explosives every week. should the library do anything?"),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY_QUESTIONS)
def test_an_ordinary_professional_question_with_danger_words_is_calm_by_the_word_rules(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)


def test_a_calm_question_with_a_danger_happening_now_or_soon_stays_urgent(shipped_danger: DangerCheck) -> None:
    check = shipped_danger
    for text in ("mag ik dit delen? hij staat nu met een mes op het plein",
                 "can we share this with the police? he says he'll bomb the mosque tomorrow",
                 "wie bel ik als een leerling morgen met een pistool naar school komt?",
                 "that was yesterday, but he is threatening them with a knife right now"):
        verdict = check.check(text, by_meaning=False)
        assert verdict.urgent, (text, verdict.found)


@pytest.mark.parametrize("lang, text", [
    ("nl", "mag ik dit delen met de politie? hij zegt dat hij zijn docent gaat vermoorden"),
    ("nl", "beroepsgeheim doorbreken? mijn cliënt zegt dat hij zijn ex gaat vermoorden"),
    ("en", "can we share this with the police? he says he is going to stab his ex"),
])
def test_a_threat_told_after_a_question_about_sharing_is_urgent(shipped_danger: DangerCheck, lang: str,
                                                                text: str) -> None:
    """A calm phrase calms its own sentence: "mag ik dit delen?" is a question about sharing, and the threat in
    the next sentence still gets 112 first."""
    assert shipped_danger.check(text, by_meaning=False).urgent


@pytest.mark.parametrize("lang, text", [
    ("nl", "mag een school een mes in beslag nemen"),
    ("nl", "er ligt een pistool op tafel! sorry, het is een waterpistool van de sportdag. moet ik dit melden?"),
])
def test_a_question_about_a_weapon_or_a_danger_taken_back_later_stays_calm(shipped_danger: DangerCheck, lang: str,
                                                                            text: str) -> None:
    assert not shipped_danger.check(text, by_meaning=False).urgent
