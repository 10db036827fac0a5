"""Acute danger told without the usual words: fuel poured out along the doors or exits of a room full of people, or
fuel and a lighter there; "ik ben er morgen niet meer" and then out of reach; a plea for forgiveness or "going to
god" from someone gone with the phone off; belongings handed on ("heb ik niet meer nodig") with a message for one's
mother, and not come home."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CAUGHT = [
    # fuel poured or sprinkled along doors or exits, or fuel and a lighter there
    ("nl", "er staat een man bij de nooduitgangen van de sporthal benzine uit een jerrycan te gieten"),
    ("en", "someone is splashing petrol along the doors of the youth centre and the disco is packed"),
    ("en", "a boy with a jerrycan of fuel and a lighter is standing by the entrance of the prayer room"),
    ("nl", "hij sprenkelt iets uit een jerrycan langs de deuren van de volle zaal"),
    # not there any more from tomorrow, then offline or out of reach
    ("nl", "een cliënt appte: ik ben er straks niet meer. sindsdien gaat hij offline en neemt hij niet op"),
    ("en", "my student wrote 'i won't be here tomorrow' and her phone is off now"),
    # a plea for forgiveness or 'going to god', from someone gone with the phone off
    ("nl", "zoon is sinds vannacht weg, briefje op tafel: vergeef mij papa. zijn telefoon staat uit"),
    ("nl", "ze schreef ik ga naar de hemel en nu neemt ze niet op"),
    ("en", "my brother texted 'i'm going to god' and nobody knows where he is"),
    # belongings handed on with a message for one's mother, and not come home
    ("nl", "hij gaf zijn fiets weg, heb ik niet meer nodig zei hij, en hij is vannacht niet thuis gekomen"),
    ("nl", "zeg mijn moeder dat ik het goed bedoelde, zei ze, en daarna is ze niet naar huis gekomen"),
    ("en", "he gave me his headphones, you can keep my stuff he said, and he hasn't come home since"),
    # what a film or memorial is about does not hide a danger told after it
    ("nl", "na de film over de aanslag in parijs zei hij dat hij morgen de moskee opblaast"),
    ("nl", "bij de herdenking van de aanslag in utrecht staat nu een man met een mes te zwaaien"),
    # a supposed case or a past season still urgent with a danger happening now
    ("nl", "stel je voor: hij staat nu met een mes bij de ingang en dreigt iedereen neer te steken"),
]

CALM = [
    # fuel, doors and pouring in ordinary use
    ("nl", "we gieten limonade bij de ingang van de volle zaal op het eindfeest, hoeveel vrijwilligers zijn nodig?"),
    ("en", "we are pouring drinks at the door for the fuel bank fundraiser, any tips?"),
    # not there tomorrow as a holiday; forgiveness and heaven in a lesson; a loan, no one missing
    ("nl", "ik ben er morgen niet, wie neemt mijn groep over?"),
    ("nl", "een leerling vroeg in de les of je naar de hemel gaat als je vergeven wordt, hoe antwoord ik?"),
    ("nl", "hij gaf zijn oude laptop aan een klasgenoot, heb ik niet meer nodig, is dat goed?"),
    # a film or a memorial of an attack, with a day to go there
    ("nl", "de klas wil vrijdag naar de documentaire over de aanslag op charlie hebdo, hoe bereid ik dat voor?"),
    ("en", "on sunday there is a memorial of the attack in manchester, can i take my youth group?"),
    # a training or protocol question about what volunteers might ever find; a case made up for a protocol
    ("en", "for our steward training: what do marshals do if they ever find a knife in a bag at the gate?"),
    ("nl", "stel iemand dreigt op school met een aanslag, wie belt de politie? vraag voor ons protocol"),
    # a farewell party for someone who leaves to study abroad; drill lyrics as a music style
    ("nl", "morgen is het afscheidsfeestje van mijn collega, ze vertrekt naar marokko voor haar studie"),
    ("nl", "mijn leerlingen schrijven drillteksten over schieten, hoe praat ik daarover?"),
    # an attempt long ago, now well; a toddler's game; a threat from last year or last summer, dealt with
    ("nl", "cliënt heeft drie jaar geleden een overdosis genomen met pillen, nu gaat het prima. wat noteer ik?"),
    ("nl", "mijn kleuter speelde vandaag bom ontploffen met lego, is dat normaal?"),
    ("nl", "een bewoner dreigde vorig jaar de boel in brand te steken, is toen opgenomen en woont nu begeleid."
           " wat mogen we de buren vertellen?"),
    ("en", "last summer a boy said he would shoot everyone here, we called the police. he is back in the group now,"
           " how do i rebuild trust?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_fuel_poured_at_the_doors_or_a_goodbye_with_someone_gone_is_urgent(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_the_same_words_in_ordinary_use_a_question_about_the_past_or_a_remembrance_stay_calm(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)
