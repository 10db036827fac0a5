"""The table of held-out splits scored once (bench/judged/scored_once.tsv) has a row for every one of them, and the
history script reads it: a split's one scoring is the only held-out figure it ever gives, so none may go missing."""

from __future__ import annotations

import re

from bench import held_out_history as history
from bench.judged_eval import HELD_OUT_SPLIT, TUNING_SPLITS, sign_test_p

FIRST = 7  # test7 was the first split held out for the decision model


def test_every_split_scored_once_since_the_decision_model_has_a_row_in_order() -> None:
    scored = [name.removesuffix(".yaml") for name in TUNING_SPLITS
              if (m := re.fullmatch(r"test(\d+)\.yaml", name)) and int(m.group(1)) >= FIRST]
    assert [row["split"] for row in history.read()] == scored
    assert HELD_OUT_SPLIT.removesuffix(".yaml") not in scored


def test_the_report_pools_the_sign_tests() -> None:
    rows = [{"split": "testA", "n": "10", "precision": "90", "wrong": "3", "offtopic_rejected": "100",
             "story_precision": "80", "short_precision": "95", "vs_lexical": "5:1", "vs_bm25": "3:0",
             "vs_token_set": "0:0"},
            {"split": "testB", "n": "12", "precision": "80", "wrong": "5", "offtopic_rejected": "90",
             "story_precision": "70", "short_precision": "85", "vs_lexical": "4:2", "vs_bm25": "2:1",
             "vs_token_set": "1:1"}]
    lines = history.report(rows)
    assert lines[0] == "2 held-out splits (testA to testB), 22 questions"
    assert "median 85.0 %; >= 90 % on 1" in lines[1]
    assert f"9:3  p = {sign_test_p(9, 3):.1g}" in lines[-3]
    assert "1:1  p = 1" in lines[-1]


def test_the_sign_test_is_exact_and_two_sided() -> None:
    assert sign_test_p(0, 0) == 1.0
    assert sign_test_p(5, 0) == 2 / 32
    assert sign_test_p(2, 2) == 1.0
