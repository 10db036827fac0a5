"""Acute danger told without the usual words: a call to clear a place because it goes bang at a set time; the driver
of a moving vehicle seized by the throat or the wheel grabbed; paradise or martyrdom in a goodbye with a letter left
or a passport taken. And what stays calm: a threat by someone now in custody, a farewell party for a move abroad for
work, a rapper's song pupils sing along to, pupils joking about a bomb after a fire alarm that was a malfunction, a
video that turned out to be an old advert, a report the police checked, a question what counts as an emergency."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CAUGHT = [
    # a warning to clear a place before it goes bang
    ("nl", "op het plein roept een jongen met een rugzak dat iedereen moet wegwezen, om twaalf uur gaat het ontploffen"),
    ("nl", "maak dat je wegkomt, schreeuwt hij in de aula, om half tien knalt het hier"),
    ("en", "a pupil in the canteen keeps yelling everyone get out before three, it's going to blow"),
    # the driver of a moving vehicle attacked, or the wheel grabbed
    ("nl", "een passagier heeft de buschauffeur in een wurggreep en we rijden nog op de snelweg"),
    ("nl", "een leerling probeert het stuur over te nemen en het busje slingert"),
    ("en", "a teenager grabbed the wheel of our minibus and we are swerving across the lanes"),
    ("en", "one of the lads has the coach driver by the throat, please help"),
    # paradise or martyrdom in a goodbye, with a letter left or a passport taken
    ("nl", "mijn dochter is weg, ze liet een brief achter over het paradijs en haar paspoort is weg"),
    ("en", "he left a note saying he seeks martyrdom and nobody can reach him"),
    ("nl", "dag mama schreef hij op een briefje, en hij heeft zijn paspoort meegenomen"),
    ("en", "my boy wrote goodbye mum, i will see you in jannah. he is not answering"),
    # custody does not hide a danger told after it; stuck in a lift is no custody
    ("nl", "de dader zit nu vast. zijn broer appt net dat hij morgen de school opblaast"),
    ("nl", "help, hij zit vast in de lift met een mes en dreigt nu iedereen te steken. kom snel"),
    # a malfunction told first does not calm a danger told after it
    ("nl", "het brandalarm bleek een storing. maar nu staat er een man met een mes in de hal"),
]

CALM = [
    # fireworks at new year, a driver who fell ill, a bus that sways on the motorway
    ("nl", "onze chauffeur werd vandaag ziek, wie rijdt de bus morgen?"),
    ("nl", "de bus slingert altijd zo op de snelweg, de chauffeur is nieuw, wat doe ik"),
    # paradise in a lesson or a holiday
    ("nl", "een leerling schreef een werkstuk over het paradijs in de islam, mag dat?"),
    ("en", "we go to paradise beach this summer, must i bring my pupil's passport?"),
    # a threat from someone now in custody, told the day after
    ("nl", "vorige week dreigde een leerling de conciërge te steken, hij is opgepakt. hoe vertel ik dat morgen aan"
           " het team?"),
    ("en", "yesterday he threatened to stab his coach, but he is in custody now. what do i tell the team tomorrow?"),
    # a farewell party for a move abroad for work or a charity
    ("nl", "zaterdag afscheidsetentje voor onze jongerenwerker die verhuist voor haar werk naar turkije, ideeën?"),
    ("en", "farewell party on saturday for our colleague who is moving to mosul to build wells for a charity, what gift?"),
    # a rapper's song pupils sing along to; jokes about a bomb after a fire alarm that was a malfunction
    ("nl", "een rapper rapt over bommen gooien en iedereen neerknallen, mijn groep zingt het mee in de pauze."
           " is het gewoon muziek?"),
    ("nl", "het brandalarm ging vanochtend af, bleek een storing. nu maken ze de hele dag grapjes over een bom"),
    # a video that turned out to be an old advert; a report the police checked, all fine
    ("nl", "er gaat een filmpje rond van een man met een jerrycan die 'tot straks' roept. het blijkt een oude"
           " reclame te zijn. hoe kalmeer ik de ouders?"),
    ("en", "Months ago a man bought a lot of fertiliser in our shop and we told the police. They checked. Everything"
           " is fine, how long do we keep the report?"),
    # a general question what counts as an emergency
    ("en", "how do i know what counts as an emergency and what does not?"),
    ("nl", "wanneer telt iets als een noodgeval en wanneer bel ik de wijkagent?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_a_warning_to_clear_out_a_driver_seized_or_a_goodbye_to_paradise_is_urgent(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_custody_a_move_for_work_a_song_a_false_alarm_or_a_question_what_counts_stay_calm(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)
