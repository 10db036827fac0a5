"""A question about the passport measure or a travel ban is about a procedure (faq: paspoort_uitreis_maatregel),
not a departure: calm. A departure with a time, or someone at the airport now, stays urgent whatever the question
asks about the passport."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CALM = [
    ("en", "can a passport be cancelled to stop someone joining isis"),
    ("en", "who decides on a travel ban for a young man who might join a terrorist group?"),
    ("nl", "paspoort vervallen verklaren als iemand zich bij een terreurgroep wil aansluiten, hoe gaat dat?"),
    ("nl", "wie vraagt een uitreisverbod aan voor iemand die naar een strijdgroep wil?"),
]

CAUGHT = [
    ("nl", "hij vertrekt vanavond naar syrie om te vechten, kan de politie zijn paspoort nog intrekken?"),
    ("en", "he is leaving for syria tonight to fight, can his passport be cancelled?"),
    ("nl", "hij staat nu op schiphol om bij IS te gaan vechten, kan zijn paspoort ongeldig worden gemaakt?"),
]


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_a_question_about_the_passport_measure_is_calm(shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_a_departure_now_or_tonight_stays_urgent(shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)
