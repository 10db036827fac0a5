"""A pictograph is a word to the danger check: "hij staat met een 🔪 bij de ingang" reads like "met een mes".

Before, the tokeniser dropped every emoji, so a threat told in pictographs reached neither reader. A pictograph in
``faq/danger.yaml`` counts for its group like any word; skin tones and the emoji variation selector are no words.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from bot.safety.detector import words

CAUGHT = [
    ("nl", "hij staat nu met een 🔪 bij de ingang van de school"),
    ("nl", "er loopt nu een man met een 🔫 over het schoolplein"),
    ("en", "he is outside the gym with a 🔫 right now"),
    ("en", "a boy is in the canteen with a 🔪 and is threatening the others now"),
    ("nl", "hij zegt dat hij morgen met een 🪓 naar school komt"),
]

CALM = [
    ("nl", "de film was 🔪🔪 spannend"),
    ("nl", "haha die toets 💣 ik ga dood"),
    ("nl", "een leerling zette 💣💥 onder een foto van zijn rapport 😂"),
    ("nl", "kookclub vandaag 🔪🥕 we maakten soep"),
    ("en", "that horror film was 🔪🩸 so good"),
    ("nl", "mag ik een screenshot met een 🔫 emoji delen met de gemeente?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_a_weapon_told_as_a_pictograph_is_urgent(shipped_danger: DangerCheck, lang: str, text: str) -> None:
    assert shipped_danger.check(text, by_meaning=False).urgent, text


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_a_pictograph_in_everyday_use_stays_calm(shipped_danger: DangerCheck, lang: str, text: str) -> None:
    assert not shipped_danger.check(text).urgent, text


def test_a_pictograph_is_one_word_and_skin_tones_are_none() -> None:
    assert [typed for _, typed in words("kom 👋🏽 nu🔪!")] == ["kom", "👋", "nu", "🔪"]
    assert [typed for _, typed in words("⚰️ om 10")] == ["⚰", "om", "10"]
