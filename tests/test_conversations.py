"""The conversation transcripts in tests/conversations/ (written by content maintainers) all pass, and
together they visit every node of the guided flows for every role that can reach it."""

from __future__ import annotations

import pytest

from bot.content.model import Content
from bot.transcripts import Outcome, coverage, run_transcripts
from tests.conftest import ROOT

FOLDER = ROOT / "tests" / "conversations"
GUIDED = ("signalling", "sharing")


@pytest.fixture(scope="module")
def outcomes(shipped_content: Content) -> list[Outcome]:
    return run_transcripts(shipped_content, FOLDER)


def test_there_are_transcripts_for_both_guided_flows(outcomes: list[Outcome]) -> None:
    names = {o.path.rsplit("/", 1)[-1].split("_", 1)[0] for o in outcomes}
    assert {"signalling", "sharing"} <= names


def test_every_transcript_passes(outcomes: list[Outcome]) -> None:
    failures = [f"{p.render()}  [{o.name}, role {o.role}]" for o in outcomes for p in o.failures]
    assert failures == []


def test_transcripts_visit_every_node_of_the_guided_flows_for_every_role(shipped_content: Content,
                                                                         outcomes: list[Outcome]) -> None:
    report = coverage(shipped_content, outcomes, GUIDED)
    print(f"node coverage of the guided flows per role: {report.percent:.1f}% "
          f"({len(report.reachable) - len(report.missing)}/{len(report.reachable)})")
    assert report.missing == []
