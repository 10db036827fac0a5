"""Acute danger that a blind set found the word rules missing: someone at the edge of a height, a quoted threat
with a time and a place, a goodbye message just received.

Caught: someone standing at the edge of a roof or a balcony, on the railing of a gallery flat, or up there and
refusing to come down, also when the message opens with a question about consent; a threat quoted from a chat that
nobody will get out alive or that someone will be made to pay, with a time; a message announced as the last one,
with a goodbye wish ("don't be sad", a letter for the family). Calm: the same words with nothing happening (a
youth centre at the edge of town, a cat that will not come down, a last question for today, a bill to pay), a
procedure asked in general, a lab accident after which everyone is fine, a debate statement, a series overheard, a
dance routine named after a weapon, fertiliser for a vegetable garden. Those calm phrases never hide a danger told
in a later sentence or with a time."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules

CAUGHT = [
    # at the edge of a roof or balcony, on a railing, or up there refusing to come down
    ("nl", "een bewoner staat op het dak van de flat, helemaal aan de rand"),
    ("en", "my pupil is on the roof of the gym, standing right at the edge"),
    ("nl", "mag ik zijn moeder bellen zonder toestemming? hij zit op het balkon bij de rand en zegt niks meer"),
    ("en", "a client is on the balcony on the 9th floor and won't come down, what do i do?"),
    ("nl", "mijn cliënt staat op de reling van de galerij en zegt dat het zo voorbij is"),
    ("en", "she climbs onto the railing of the footbridge and keeps saying it'll be over soon"),
    ("nl", "moet ik de ouders eerst inlichten? een meisje zit op het dak van de sporthal en wil niet naar beneden"),
    # a threat quoted from a chat, with a time and a place
    ("nl", "hoe meld ik dit? in de groepsapp: 'vrijdag in de aula, niemand komt levend naar buiten'"),
    ("en", "how do i pass this on? in the class chat: 'monday at assembly, nobody gets out alive'"),
    ("en", "should i report this? someone posted 'tonight at the youth centre we make the coach pay'"),
    ("nl", "iemand zette in de teamapp: 'morgen bij de training gaan we hem laten boeten, neem je telefoon mee'"),
    # a goodbye message just received
    ("en", "is this worth passing on? a student just sent me 'this is my last message, don't cry for me'"),
    ("nl", "moet ik dit melden? een jongere appte net 'dit is mijn laatste bericht, wees niet verdrietig'"),
    ("nl", "ze stuurde: 'dit is mn laatste appje, de brief voor mama ligt op mijn bureau'"),
    # someone lying there bleeding while the attacker is still around (a meaning-only catch of urgent_test16)
    ("nl", "bij het winkelcentrum ligt een jongen te bloeden en de man met het mes loopt nog rond"),
    ("en", "a man is bleeding on the pavement outside the youth centre and the attacker is still around"),
]

CALM = [
    # the same words with nothing happening
    ("nl", "jongeren aan de rand van de samenleving zoeken vaak houvast, hoe bereik ik ze?"),
    ("en", "our youth centre is at the edge of town, next to the parking garage. any tips for outreach?"),
    ("nl", "de kat van een bewoner wil niet naar beneden uit de boom, wie bel ik?"),
    ("en", "how do we make parents pay for the school trip without shaming them?"),
    ("nl", "dit is mijn laatste vraag voor vandaag: hoe lang bewaar ik een signaal?"),
    ("en", "my student says don't be sad about the exam results, we can redo it"),
    ("nl", "een leerling schreef een brief voor mama voor moederdag, die hing in de klas"),
    # a procedure asked in general, an accident over, a debate statement, a series, a name, a vegetable garden
    ("nl", "hoe doe je in het algemeen een melding als een ouder dreigt met geweld tegen een docent?"),
    ("en", "in general how do i report it when a pupil threatens violence against a classmate?"),
    ("en", "a pupil spilled acid in the lab, we aired the room and everyone is fine. is there a form for this?"),
    ("nl", "de leerlingen willen debatteren over of je een aanslag mag plegen op een dictator, kan dat?"),
    ("nl", "twee meiden hadden het over een aanslag, maar het bleek een netflixserie te zijn"),
    ("en", "GUN is the name of the new dance routine at the club, a mum is upset about it"),
    ("nl", "een buurman had zakken kunstmest in de schuur, maar hij heeft een moestuin. registreren?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_an_edge_a_quoted_threat_with_a_time_or_a_last_goodbye_is_urgent_by_the_word_rules(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


test_the_same_words_with_nothing_happening_stay_calm = calm_by_the_word_rules(CALM)


def test_a_calm_series_or_garden_never_hides_a_danger_told_later_or_with_a_time(shipped_danger: DangerCheck) -> None:
    for text in ("het ging over een netflixserie. maar nu staat hij met een mes op het plein",
                 "everyone is fine. wait, he is back and has a knife right now",
                 "hij heeft een moestuin en zegt dat hij morgen de moskee opblaast"):
        verdict = shipped_danger.check(text, by_meaning=False)
        assert verdict.urgent, (text, verdict.found)
