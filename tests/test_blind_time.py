"""bench/blind_time.py: what other answer levels would have done to the answers recorded at scoring time."""

from __future__ import annotations

from typing import Any

from bench.blind_time import RECORDED_BEFORE, load_records, outcome, utility


def row(got: str | None, first: list[tuple[str, float]], ids: list[str], story: bool = False, rule: bool = False,
        off: bool = False, off_topic_check: bool = False, levels: tuple[float, float, float] = RECORDED_BEFORE
        ) -> dict[str, Any]:
    return {"levels": levels, "got": got, "first": [list(pair) for pair in first], "ids": ids, "story": story, "rule_answers": rule,
            "off": off, "off_topic_check": off_topic_check, "vague": False, "p1": first[0][1] if first else 0.0,
            "p2": first[1][1] if len(first) > 1 else 0.0, "candidate": first[0][0] if first else None}


def test_the_shipped_levels_keep_every_answer_as_it_was_given() -> None:
    rows = [row("a", [("a", 80.0), ("b", 5.0)], ["a"]), row("b", [("b", 75.0)], ["c"]),
            row("c", [("c", 60.0)], ["c"], rule=True),  # confirmed: a short question the lexical rule answers
            row("d", [("e", 40.0)], ["d"]),  # given another way (one of two questions), below every level
            row(None, [("x", 50.0)], ["x"])]
    assert outcome(rows) == {"right": 3, "wrong": 1, "answerable": 5, "off_answered": 0, "off_rejected": 0}


def test_a_higher_level_takes_answers_away_but_never_adds_one() -> None:
    rows = [row("a", [("a", 80.0)], ["a"]), row("b", [("b", 90.0)], ["c"]), row("c", [("c", 60.0)], ["c"], rule=True),
            row(None, [("x", 70.0)], ["x"])]
    assert outcome(rows, (85.0, 85.0, 70.0)) == {"right": 0, "wrong": 1, "answerable": 4, "off_answered": 0,
                                                 "off_rejected": 0}


def test_levels_are_weighed_against_the_levels_each_answer_was_given_at() -> None:
    # answered at 78 (a split recorded after the levels were raised): a level of 76 takes nothing away, 80 does
    rows = [row("a", [("a", 79.0)], ["a"], levels=(78.0, 76.0, 80.0)), row("b", [("b", 77.0)], ["b"], story=True,
                                                                          levels=(78.0, 76.0, 80.0))]
    assert outcome(rows, (76.0, 74.0, 74.0))["right"] == 2
    assert outcome(rows, (80.0, 78.0, 80.0))["right"] == 0


def test_the_lead_rule_answers_a_candidate_far_ahead_unless_a_check_holds_it_back() -> None:
    lead = ((60.0, 40.0), (101.0, 0.0))  # short questions only
    rows = [row(None, [("a", 65.0), ("b", 10.0)], ["a"]), row(None, [("a", 65.0), ("b", 30.0)], ["a"]),
            row(None, [("a", 65.0), ("b", 10.0)], ["a"], story=True),
            row(None, [("a", 65.0), ("b", 10.0)], [], off=True, off_topic_check=True)]
    assert outcome(rows, None, lead) == {"right": 1, "wrong": 0, "answerable": 3, "off_answered": 0,
                                            "off_rejected": 1}


def test_utility_charges_wrong_and_off_topic_answers_at_the_cost() -> None:
    assert utility({"right": 10, "wrong": 2, "off_answered": 1}, 3.0) == 1.0


def test_the_committed_records_match_their_splits() -> None:
    for split, rows in load_records().items():  # zip(strict=True) inside: one answer per question
        assert rows, split
        assert all(r["got"] is None or isinstance(r["got"], str) for r in rows)
