"""Gaps found by reading (R16, DR28's open points and test38's one alarm on a judged question), with neighbours.

Caught: a threat to "af te maken" someone, the split infinitive of "afmaken" ("dreigt een klasgenoot 'af te maken'"),
which the English "threatens to kill a classmate" already was; "als hij haar niet krijgt, krijgt niemand haar" with a
danger now, whose "niet" negated the rest of the phrase. Calm: photos or notices hung up in a shop or on a
wall ("de eigenaar wil foto's van ze bij de kassa ophangen"), while a person hanging himself next to such words
stays urgent."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CAUGHT = [
    ("nl", 'Een jongen van 15 dreigt een klasgenoot "af te maken" na een ruzie. Bel ik eerst de ouders of de politie?'),
    ("nl", "mijn leerling dreigt zijn ex af te maken als hij haar ziet"),
    ("nl", "hij dreigt de buurjongen af te maken, wat moet ik doen"),
    ("nl", "als hij haar niet krijgt, krijgt niemand haar. hij staat nu voor haar deur"),
    ("nl", "als ik haar niet mag hebben krijgt niemand haar, ik sta nu bij haar huis"),
    ("nl", "hij zei: als ik haar niet krijg, krijgt niemand haar. hij heeft een mes"),
    # hanging oneself stays urgent beside the calm words about things hung up
    ("nl", "hij hangt foto's van haar op en wil zich ophangen"),
    ("nl", "hij wil foto's van zichzelf posten en zich dan ophangen vanavond"),
    ("nl", "ze wil zich ophangen, ze heeft al foto's aan de muur opgehangen als afscheid"),
    ("nl", "hij wil zich ophangen aan de muur in de gang"),
]

CALM = [
    ("nl", "ik ben wijkagent. de eigenaar van de supermarkt wil foto's van de hangjongeren bij de kassa ophangen. "
           "mag dat zomaar?"),
    ("nl", "mogen we foto's van de winkeldieven in de winkel ophangen?"),
    ("nl", "de school wil een lijst met namen op het prikbord ophangen, mag dat van de avg?"),
    ("nl", "ik heb geen tijd om mijn werk af te maken"),
    ("nl", "hij dreigt zijn opleiding niet af te maken"),
    ("nl", "als ik dat kaartje niet krijg krijgt niemand het"),
    ("nl", "als hij de baan niet krijgt, krijgt niemand hem, zegt hij lachend"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_a_threat_to_finish_someone_off_or_to_hang_oneself_is_urgent(shipped_danger: DangerCheck, lang: str,
                                                                       text: str) -> None:
    assert shipped_danger.check(text, by_meaning=False).urgent, text


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_things_hung_up_and_work_to_finish_stay_calm(shipped_danger: DangerCheck, lang: str, text: str) -> None:
    assert not shipped_danger.check(text, by_meaning=False).urgent, text
