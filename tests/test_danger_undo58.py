"""An alarm by meaning alone is held back when a later clause undoes the danger (bot/safety/undone.py, UC58): a
close call that keeps an urgent scene's words ("fell backwards off his chair and hit his head") and undoes it in
one clause ("got up straight away ... is doing his maths again") stays calm. An undo told BEFORE the danger keeps
the danger, and the word rules are never overruled. The wordings are new (not from any set)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest

from bot.content.model import Content
from bot.safety import DangerCheck
from bot.safety.meaning import DangerMeaning, load_meaning
from bot.safety.undone import Undone, clauses, load_undone
from tests.conftest import ROOT

UNDONE_LATER = [
    "Teacher in Breda: a pupil fell backwards off his chair and hit his head on the radiator. He got up straight "
    "away, laughed about it and is doing his maths again.",
    "Jongerenwerker in Leiden: een jongen stond bij de brug over het kanaal en keek naar het water. Hij wachtte op "
    "zijn vriendin, ze zijn samen naar de bioscoop gegaan.",
]
UNDO_BEFORE_THE_DANGER = [
    "Vorige week viel hij nog van de trap en was alles goed, maar nu ligt hij onderaan de keldertrap en ademt niet",
    "Gisteren was ze nog vrolijk, maar nu ligt ze op de badkamervloer en reageert niet meer",
    "He was fine this morning and laughing, but now he is lying on the kitchen floor grey and not breathing",
    "It went well all week, but now he is standing on the railing of the bridge and says goodbye",
]
ZEROS = (0.0,) * 513
ALWAYS_UNDONE = Undone(ZEROS, ZEROS, undo_from=0.0, danger_from=1.1, told_from=1.1)  # every later clause undoes


@pytest.fixture(scope="module")
def meaning() -> DangerMeaning:
    return load_meaning()


@pytest.mark.parametrize("text", UNDONE_LATER)
def test_a_close_call_undone_in_a_later_clause_stays_calm(shipped_content: Content, lexical_content: Content,
                                                          meaning: DangerMeaning, text: str) -> None:
    assert lexical_content.danger is not None and not lexical_content.danger.check(text).urgent
    assert shipped_content.danger is not None and shipped_content.danger.meaning == meaning
    without = DangerCheck(shipped_content.danger.rules, meaning=dataclasses.replace(meaning, undone=None))
    assert without.check(text).urgent  # the whole message alone sounds urgent
    assert not shipped_content.danger.check(text).urgent


@pytest.mark.parametrize("text", UNDO_BEFORE_THE_DANGER)
def test_an_undo_told_before_the_danger_keeps_it_urgent(shipped_content: Content, meaning: DangerMeaning,
                                                        text: str) -> None:
    assert not meaning.held_back(text)
    assert shipped_content.danger is not None and shipped_content.danger.check(text).urgent


def test_the_word_rules_are_never_overruled(lexical_content: Content) -> None:
    """Even a clause reading that finds every later clause an undo only holds back an alarm by meaning alone."""
    assert lexical_content.danger is not None
    holding = DangerMeaning((0.0,) * 512, bias=10.0, threshold=0.5, sure=0.5, undone=ALWAYS_UNDONE)
    check = DangerCheck(lexical_content.danger.rules, meaning=holding)
    for text in ("hij staat nu met een mes bij de ingang van de school, de leerlingen zijn nog binnen",
                 "mijn collega ligt op de grond en ademt niet, ik ben nu bij hem"):
        verdict = check.check(text)
        assert verdict.urgent and not any(found.startswith("meaning:") for found in verdict.found)
    ordinary = "mag ik als docent mijn zorgen delen met de wijkagent, de ouders weten ervan"
    assert not check.check(ordinary).urgent  # by meaning alone (everything is urgent to it), held back
    assert check.check("mag ik als docent mijn zorgen delen met de wijkagent").urgent  # one clause: nothing later


def test_clauses_are_cut_at_punctuation_and_at_a_turn_in_the_story() -> None:
    # "maar" alone is cut off as a clause of one word; a clause of at least two words is kept
    assert clauses("hij viel, maar nu ligt hij stil. wat doe ik") == ["hij viel", "nu ligt hij stil", "wat doe ik"]
    assert clauses("she fell but got up - now she laughs") == ["she fell", "but got up", "now she laughs"]


def test_the_clause_reading_loads_with_the_meaning_model_and_not_when_it_is_off(meaning: DangerMeaning) -> None:
    assert meaning.undone == load_undone()
    probe = ("import json, sys; from pathlib import Path; from bot.content.load import load_content; "
             "c = load_content(Path(sys.argv[1])); c.danger.check('hij viel, maar nu lacht hij weer'); "
             "print(json.dumps([c.danger.meaning is None, 'bot.safety.undone' in sys.modules, 'numpy' in sys.modules]))")
    env = {**os.environ, "HELPDESK_SEMANTIC": "off"}
    seen = subprocess.run([sys.executable, "-c", probe, str(ROOT)], capture_output=True, text=True, env=env,
                          check=True, cwd=ROOT).stdout
    assert json.loads(seen) == [True, False, False]
