"""A striking weapon beaten on a door: "hij staat met een hamer voor de klasdeur te bonken" (urgent_test8).

The meaning model caught it until its retraining in the twenty-third session; the word rules never did, because a
hammer is everyday and counts only with someone hurt, held, threatened, now or a group on its way. A hammer, a bat
or a club with banging on a door is urgent; banging with a hammer in a shed, a repair and a lesson stay calm."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CAUGHT = [
    ("nl", "hij staat met een hamer voor de klasdeur van mevrouw de vries te bonken"),
    ("nl", "hij bonkt met een hamer op de deur van het lokaal"),
    ("nl", "ze beuken met knuppels op de voordeur en roepen dat hij naar buiten moet"),
    ("en", "he is banging on the classroom door with a hammer"),
    ("en", "a man is pounding on our front door with a baseball bat"),
]

CALM = [
    ("nl", "de buurman staat de hele dag met een hamer te bonken in zijn schuur"),
    ("nl", "de buurman bonkt met een hamer in de schuur"),
    ("nl", "de klusjesman heeft vorige week met een hamer op de deur geslagen om het slot te repareren"),
    ("nl", "hij stond vorig jaar met een hamer op de deur te bonken, hoe leg ik dat vast?"),
    ("nl", "in de les over geluid mochten de kinderen met een hamer op de deur bonken"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_a_club_beaten_on_a_door_is_urgent(shipped_danger: DangerCheck, lang: str, text: str) -> None:
    assert shipped_danger.check(text, by_meaning=False).urgent, text


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_a_hammer_in_a_shed_a_repair_or_a_lesson_stays_calm(shipped_danger: DangerCheck, lang: str,
                                                             text: str) -> None:
    assert not shipped_danger.check(text, by_meaning=False).urgent, text
