"""A suspicious object: a bag, case or parcel with wires sticking out, ticking, or called suspicious, is acute danger
(keep away, call 112). And what stays calm: a training question what to do with one, a bag that turned out to be
forgotten, wires in a pupil's own electronics project, a bag of files in a retention question, petrol for a
lawnmower or a moped."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CAUGHT = [
    ("nl", "er ligt een tas met draadjes eruit onder de trap bij de aula"),
    ("nl", "bij de bushalte voor het gemeentehuis staat een koffer die tikt, niemand weet van wie"),
    ("nl", "iemand heeft een verdacht pakketje bij de voordeur van de moskee gezet"),
    ("nl", "lln maken al de hele dag grappen over een bom. nu ligt er echt een rugzak met kabeltjes in de kantine"),
    ("en", "there's a backpack with wires sticking out under a seat in the sports hall"),
    ("en", "a suspicious package was just delivered to the reception, nobody ordered it"),
    ("en", "a parcel in the hallway is ticking and the kids are right next to it"),
]

CALM = [
    ("nl", "wat moet je doen bij een verdacht pakketje? we willen het personeel trainen"),
    ("nl", "gisteren stond er een verdachte tas in de hal, bleek een vergeten sporttas. hoe leggen we dat uit?"),
    ("nl", "mijn leerling bouwt een doos met draadjes en een arduino voor zijn techniekproject"),
    ("nl", "hoe lang mag ik een tas met dossiers bewaren na het afsluiten?"),
    ("en", "the suspicious bag at the station last week turned out to be a forgotten suitcase, how do we tell parents"),
    # petrol for a garden tool or a moped (a known false alarm until the eighth session)
    ("nl", "ik giet benzine in de grasmaaier, hoe bewaar ik de jerrycan veilig?"),
    ("nl", "mag een leerling benzine voor zijn brommer meenemen naar de fietsenstalling?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_a_bag_or_parcel_with_wires_ticking_or_called_suspicious_is_urgent(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_a_training_question_a_forgotten_bag_or_a_pupils_project_stays_calm(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)
