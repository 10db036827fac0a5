"""The two checks most danger test files make, on the word rules alone (faq/danger.yaml, no meaning model).

A test file lists its cases and names the two tests after the ideas it holds::

    test_a_drinking_game_that_goes_wrong_is_urgent = urgent_by_the_word_rules(CAUGHT)
    test_a_film_or_last_year_stays_calm = calm_by_the_word_rules(CALM)

Each case is ``(lang, text)``; a failure shows the word groups found. The meaning model is left out on purpose:
the word rules must carry every case themselves, the model is a second reader. A calm wish not to go on living is
checked as the bot runs, meaning model included, because no reader may raise 112 over it::

    test_a_calm_wish_gets_the_113_line_without_112 = the_113_line_without_112(CALM_WISH_TO_DIE)

A few cases are also spot-checked as the bot runs (``urgent_as_the_bot_runs``, ``calm_as_the_bot_runs``), where the
meaning model must not undo what the word rules decided.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.safety import DangerCheck

Cases = Sequence[tuple[str, str]]


def urgent_by_the_word_rules(cases: Cases) -> Callable[..., None]:
    @pytest.mark.parametrize(("lang", "text"), cases)
    def test(shipped_danger: DangerCheck, lang: str, text: str) -> None:
        verdict = shipped_danger.check(text, by_meaning=False)
        assert verdict.urgent, (lang, text, verdict.found)
    return test


def calm_by_the_word_rules(cases: Cases) -> Callable[..., None]:
    @pytest.mark.parametrize(("lang", "text"), cases)
    def test(shipped_danger: DangerCheck, lang: str, text: str) -> None:
        verdict = shipped_danger.check(text, by_meaning=False)
        assert not verdict.urgent, (lang, text, verdict.found)
    return test


def urgent_as_the_bot_runs(cases: Cases) -> Callable[..., None]:
    """Urgent as the bot runs, the meaning model included (a spot check beside the word rules' own)."""
    @pytest.mark.parametrize(("lang", "text"), cases)
    def test(shipped_danger: DangerCheck, lang: str, text: str) -> None:
        verdict = shipped_danger.check(text)
        assert verdict.urgent, (lang, text, verdict.found)
    return test


def calm_as_the_bot_runs(cases: Cases) -> Callable[..., None]:
    """Calm as the bot runs: no reader, the meaning model included, raises 112."""
    @pytest.mark.parametrize(("lang", "text"), cases)
    def test(shipped_danger: DangerCheck, lang: str, text: str) -> None:
        verdict = shipped_danger.check(text)
        assert not verdict.urgent, (lang, text, verdict.found)
    return test


def urgent_with_the_113_line(cases: Cases) -> Callable[..., None]:
    """A wish not to go on living beside a danger now: 112 first, with the 113 line under it, by the word rules."""
    @pytest.mark.parametrize(("lang", "text"), cases)
    def test(shipped_danger: DangerCheck, lang: str, text: str) -> None:
        verdict = shipped_danger.check(text, by_meaning=False)
        assert verdict.urgent and verdict.suicide, (lang, text, verdict.found)
    return test


def the_113_line_without_112(cases: Cases) -> Callable[..., None]:
    """A wish not to go on living, told calmly: the 113 line and no 112 alarm, as the bot runs."""
    @pytest.mark.parametrize(("lang", "text"), cases)
    def test(shipped_danger: DangerCheck, lang: str, text: str) -> None:
        verdict = shipped_danger.check(text)
        assert not verdict.urgent and verdict.suicide_talk, (lang, text, verdict.found)
    return test
