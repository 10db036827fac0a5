"""A danger story typed where the escalation flow asks for the municipality gets 112 first, and the story is
not taken as the municipality: the question is asked again."""

from __future__ import annotations

import pytest

from bot.address import Address
from bot.content.model import Content
from bot.engine import Session, TextMessage, TextReply, handle
from bot.engine.emergency import DANGER_FLAG
from bot.engine.flow_runner import enter
from tests.conftest import CLOCK

EMERGENCY = {"nl": "🚨 Acuut gevaar? Bel nu 112.", "en": "🚨 Acute danger? Call 112 now."}


@pytest.mark.parametrize(("lang", "story"), [
    ("nl", "er staat nu een jongen met een mes voor de deur van het buurthuis in utrecht"),
    ("en", "a boy with a knife is at the door of the youth centre in utrecht right now"),
])
def test_danger_typed_at_the_municipality_question_is_not_taken_as_the_place(shipped_content: Content, lang: str,
                                                                             story: str) -> None:
    session = enter(shipped_content, Session(Address("test", "1"), lang=lang, role="jongerenwerker", registered=True),
                    "escalation:municipality", CLOCK.isoformat()).session
    assert session.node == "escalation:municipality"
    turn = handle(shipped_content, session, TextMessage(story, at=CLOCK))
    texts = [r.text for r in turn.replies if isinstance(r, TextReply)]
    assert texts and texts[0].startswith(EMERGENCY[lang])
    assert turn.session.node == "escalation:municipality"
    assert not any(story[:30] in text for text in texts)  # not answered with "no municipality '<the story>'"
    saved = dict(turn.session.answers)
    assert "municipality" not in saved and turn.session.pending == ()
    assert saved.get(DANGER_FLAG) == "yes"  # a concern sent from this flow is marked urgent
