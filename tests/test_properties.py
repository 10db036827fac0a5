"""Property-based tests (hypothesis): random sequences of events from two users (text, buttons just shown,
stale and forged buttons, commands, odd unicode) over the shipped content and a small fixture never raise
from the engine, and never show one user what the other typed. bench/soak.py --fuzz runs 100,000."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.address import Address
from bot.content.model import Content
from bot.engine import Session, Turn, handle
from tests.event_fuzz import SECRET_OF, buttons_of, random_event


def run_events(content: Content, rng: random.Random, count: int) -> None:
    sessions = {user: Session(Address.parse(user)) for user in SECRET_OF}
    shown: dict[str, list[str]] = {user: [] for user in SECRET_OF}
    seen: dict[str, list[str]] = {user: [] for user in SECRET_OF}
    for _ in range(count):
        user = rng.choice(list(SECRET_OF))
        event = random_event(rng, user, shown[user], seen[user])
        turn: Turn = handle(content, sessions[user], event)
        sessions[user] = turn.session
        shown[user] = buttons_of(turn)
        seen[user] = (seen[user] + shown[user])[-50:]
        others = [secret for who, secret in SECRET_OF.items() if who != user]
        text = "\n".join(turn.texts())
        assert not any(secret in text for secret in others), (event, text[:200])


@pytest.mark.parametrize("which", ["shipped", "small"])
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rng=st.randoms(use_true_random=False), count=st.integers(min_value=1, max_value=40))
def test_random_events_never_raise_and_never_cross_users(which: str, rng: random.Random, count: int,
                                                          shipped_content: Content, small_content: Content) -> None:
    run_events(shipped_content if which == "shipped" else small_content, rng, count)
