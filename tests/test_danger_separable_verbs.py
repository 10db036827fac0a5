"""A Dutch separable verb keeps its object in between: "hij steekt nu mijn collega neer". A phrase's words may stand
at most two words apart, so "steekt neer" never found it, and neither reader caught "er steekt nu een man mensen
neer" (found by helper DR25 beside urgent_test34). ``steekt ... neer`` in faq/danger.yaml allows up to six words in
between, in the same sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.load import load_content
from bot.safety import DangerCheck
from bot.safety.detector import WIDE_GAP
from tests.conftest import FIXTURES

CAUGHT = [
    "hij steekt nu mijn collega neer in de gang",
    "er steekt nu een man mensen neer",
    "een man steekt op het plein een jongen neer",
    "hij steekt zijn vriendin neer, help",
    "ze steken bij de ingang van de school een leerling neer",
    "hij stak net de leraar neer",
    "hij schiet nu mijn collega neer",
    "er schiet een man mensen neer in de hal",
    "ze schieten bij het station mensen neer",
    "een man knalt in de kantine de conciërge neer",
    "twee jongens trappen achter de sporthal een jongen in elkaar",
    "hij slaat nu zijn vrouw met een stoel in elkaar",
    "hij schiet de beveiliger neer",
    "hij houdt de kinderen gevangen in de slaapkamer",
    "hij zit bovenop haar en slaat haar",
    "he just pushed her off the balcony",
    "he just set the house on fire",
    "ze sluiten de medewerkers op in de kantine",
    "een man sluit de kinderen op in de gymzaal en zegt dat niemand weg mag",
    "he is locking the staff in the storeroom",
    "they locked us in the classroom and one has a knife",
]

CALM = [
    "in de film steekt hij iedereen neer",
    "in de game schiet hij alle zombies neer",
    "de politie schoot vorige week een verdachte neer",
    "hij stak vorig jaar iemand neer, mag ik dat delen met de gemeente?",
    "hij riep 'ik schiet je neer' maar met een nerf gun op het sportveld, iedereen lachte",
    "we lezen in de les een boek waarin een soldaat een vijand neerschiet",
    "in de game schiet hij de bewaker neer en dan is het level klaar",
    "in het toneelstuk houdt de heks de kinderen gevangen",
    "we sluiten de fietsen op in de schuur",
    "in het spel sluiten we iedereen op in de kelder, het is een escape room",
    "we oefenen een lockdown: de docent sluit de klas op in het lokaal",
    "mag een school leerlingen opsluiten als straf?",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_a_separable_verb_with_its_object_in_between_is_urgent(shipped_danger: DangerCheck, text: str) -> None:
    assert shipped_danger.check(text, by_meaning=False).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_the_same_verbs_told_of_a_film_a_game_or_the_past_stay_calm(shipped_danger: DangerCheck, text: str) -> None:
    assert not shipped_danger.check(text).urgent, text


def test_the_wide_gap_has_a_limit_and_stays_in_one_sentence(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", root)
    (root / "faq" / "danger.yaml").write_text(
        "danger:\n  words:\n    act: [steekt ... neer]\n    now: [nu]\n  urgent_when:\n    - [act, now]\n")
    check = load_content(root).danger
    assert check is not None
    between = " ".join(["woord"] * WIDE_GAP)
    assert check.check(f"nu hij steekt {between} neer", by_meaning=False).urgent
    assert not check.check(f"nu hij steekt {between} nog neer", by_meaning=False).urgent
    assert not check.check("nu steekt hij de straat over. daarna ging hij neer", by_meaning=False).urgent
    assert str(check.rules.groups["act"][0]) == "steekt ... neer"



def test_fertiliser_in_a_compound_counts_and_a_school_garden_stays_calm(shipped_danger: DangerCheck) -> None:
    """A bomb of fertiliser grains and an alarm clock with wires fell just under the meaning reading's threshold
    after a retrain (0.69 of 0.70); the word rules now read "kunstmestkorrels" as fertiliser."""
    bomb = ("vanochtend liet hij me een zak kunstmestkorrels en een wekkertje met draadjes zien en zei dat het "
            "zaterdag op de markt knalt. nu is hij weg met de bestelbus")
    assert shipped_danger.check(bomb, by_meaning=False).urgent
    assert not shipped_danger.check("we hebben kunstmestkorrels gekocht voor de moestuin van school, mag dat in de "
                                    "schuur?").urgent
