"""bench/blind_time_models.py: decision models scored on the evidence held-out splits had when they were scored."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from bench.blind_time import tally
from bench.blind_time_models import FIRST, LEAD, LEXICAL, Model, answer, load_evidence, shipped_model, smooth_rule
from bot.faq.decision import FEATURES, RULE
from bot.faq.matcher import FAQ_THRESHOLDS
from bot.faq.thresholds import Thresholds

LEVELS = Thresholds(answer=74.0, margin=2.0, suggest=15.0, low_margin=5.0, story_answer=72.0, story_margin=30.0)
# a model whose probability is the lexical score alone: 0.9 -> about 99 %, 0.1 -> about 1 %
WEIGHTS = [0.0] * len(FEATURES)
WEIGHTS[FEATURES.index("bias")] = -4.0
WEIGHTS[LEXICAL] = 10.0


def evidence(*lexical: float, rule: bool = False) -> np.ndarray:
    x = np.zeros((len(lexical), len(FEATURES)))
    x[:, 0] = 1.0
    for k, score in enumerate(lexical):
        x[k, LEXICAL] = score
    x[0, FIRST] = 1.0
    x[0, LEAD] = lexical[0] - (lexical[1] if len(lexical) > 1 else 0.0)
    x[0, RULE] = float(rule)
    return x


def row(got: str | None, x: np.ndarray, ids: list[str], **checks: Any) -> dict[str, Any]:
    return {"got": got, "candidates": [chr(ord("a") + k) for k in range(len(x))], "x": x, "ids": ids, "off": False,
            "off_topic_check": False, "vague": False, "story": False, "worry": False, **checks}


MODEL = Model(WEIGHTS, LEVELS, 50.0)


def test_the_whole_message_is_answered_above_the_level_with_a_lead() -> None:
    assert MODEL.whole(row(None, evidence(0.9, 0.2), ["a"])) == "a"  # 99.3 % against 11.9 %
    assert MODEL.whole(row(None, evidence(0.5, 0.2), ["a"])) is None  # 73.1 %: under the level of 74
    assert MODEL.whole(row(None, evidence(0.9, 0.895), ["a"])) is None  # no lead of 2 points


def test_a_check_that_held_an_answer_back_holds_it_back_for_every_model() -> None:
    assert MODEL.whole(row(None, evidence(0.9, 0.2), ["a"], off_topic_check=True)) is None
    assert MODEL.whole(row(None, evidence(0.9, 0.2), ["a"], vague=True)) is None


def test_an_answer_given_another_way_stands_unless_the_model_answers_the_whole_message() -> None:
    strict = Model(WEIGHTS, Thresholds(99.9, 2.0, 15.0, 5.0, 99.9, 30.0), 101.0)
    clause = row("c", evidence(0.3, 0.2, 0.1), ["c"])  # the whole message got no answer: one of its clauses did
    assert answer(clause, strict, MODEL) == "c"
    assert answer(row("c", evidence(0.9, 0.2, 0.1), ["c"]), MODEL, MODEL) == "a"  # the model answers the whole
    assert answer(row("a", evidence(0.9, 0.2), ["a"]), strict, MODEL) is None  # given whole: a stricter model withholds


def test_the_smooth_rule_is_half_at_the_level_and_whole_well_above() -> None:
    at = evidence(FAQ_THRESHOLDS.answer / 100, FAQ_THRESHOLDS.answer / 100 - FAQ_THRESHOLDS.margin / 100)
    above = evidence(0.95, 0.2)
    below = evidence(0.3, 0.2)
    ramp = smooth_rule(6.0)
    assert ramp(at)[0, RULE] == pytest.approx(0.25)  # half for the level times half for the margin
    assert ramp(above)[0, RULE] == 1.0
    assert ramp(below)[0, RULE] == 0.0
    assert ramp(above)[1, RULE] == 0.0  # only the lexical first candidate carries the rule


def test_counts_separate_off_topic_answers() -> None:
    rows = [row(None, evidence(0.9), ["a"]), row(None, evidence(0.9), ["b"]),
            {**row(None, evidence(0.9), []), "off": True}]
    assert tally(rows, ["a", "a", "a"]) == {"right": 1, "wrong": 1, "answerable": 2, "off_answered": 1,
                                             "off_rejected": 0}


def test_the_shipped_model_gives_the_recorded_answers() -> None:
    recorded = load_evidence()
    if not recorded:
        pytest.skip("no evidence recorded here: python bench/blind_time.py record")
    shipped = shipped_model()
    for split, rows in recorded.items():
        answered_whole = [r for r in rows if r["got"] is None or shipped.whole(r) == r["got"]]
        assert len(answered_whole) >= 0.97 * len(rows), split
        assert all(shipped.whole(r) is None for r in rows if r["got"] is None), split
