"""Under the 113 line, the entry on what a professional can do besides 113 is the first button.

Reading review 41 found that a calm remark about not wanting to live ("hij zou er liever niet meer zijn") got the
113 line and then buttons for unrelated entries (how a school reads a pupil's mail, writing facts down), while the
entry written for exactly this scene (``niet_meer_willen_leven_extreme_inhoud``) was reached only by its own
wording. ``suicide_talk_entry`` in faq/danger.yaml names it; when no answer is sure it is offered first, in the chat
and in ``helpdesk ask``. A sure answer to what was asked (may I tell his parents?) is kept.
"""

from __future__ import annotations

import pytest

from bot.address import Address
from bot.content.model import Content
from bot.engine import Session, TextMessage, TextReply, handle
from bot.engine.buttons import faq_button
from bot.faq.ask import answer
from bot.texts.engine import say
from tests.conftest import CLOCK

ENTRY = "niet_meer_willen_leven_extreme_inhoud"

NO_SURE_ANSWER = [
    ("nl", "een leerling zei dat hij er liever niet meer zou zijn en hij zit veel op extreme fora. wat kan ik doen?"),
    ("en", "a pupil told me he would rather not be here anymore and he reads extremist forums. what can i do?"),
    ("nl", "een jongen uit de inloop zei gisteren dat iedereen beter af is zonder hem. hoe pak ik dit aan?"),
    ("en", "a client of 19 said quietly that everyone would be better off without him. how do i handle this?"),
]


def buttons(content: Content, text: str, lang: str) -> list[str]:
    session = Session(Address("test", "1"), lang=lang, role="jongerenwerker")
    turn = handle(content, session, TextMessage(text, at=CLOCK))
    return [b for r in turn.replies if isinstance(r, TextReply) for b in r.button_ids()]


@pytest.mark.parametrize(("lang", "text"), NO_SURE_ANSWER)
def test_the_entry_is_the_first_button_under_the_113_line(shipped_content: Content, lang: str, text: str) -> None:
    assert shipped_content.danger is not None
    verdict = shipped_content.danger.check(text)
    assert verdict.suicide_talk and not verdict.urgent, (text, verdict.found)
    offered = [b for b in buttons(shipped_content, text, lang) if b.startswith("faq:")]
    assert offered and offered[0] == faq_button(ENTRY), offered


@pytest.mark.parametrize(("lang", "text"), NO_SURE_ANSWER)
def test_helpdesk_ask_lists_it_first_too(shipped_content: Content, lang: str, text: str) -> None:
    result = answer(shipped_content, text, lang, "jongerenwerker")
    assert result["answer"].startswith(say("emergency_suicide", lang))
    assert result["faq_id"] == ENTRY or result["suggestions"][:1] == [ENTRY], result


def test_the_setting_names_an_entry_that_exists(shipped_content: Content) -> None:
    assert shipped_content.danger is not None
    assert shipped_content.danger.rules.suicide_talk_entry == ENTRY and ENTRY in shipped_content.faq


def test_a_sure_answer_to_what_was_asked_is_kept(shipped_content: Content) -> None:
    text = "my client wants to kill himself. may i break confidentiality?"
    result = answer(shipped_content, text, "en", "zorg")
    assert result["answer"].startswith(say("emergency_suicide", "en"))
    assert result["faq_id"] is not None and result["faq_id"] != ENTRY, result


def test_a_calm_question_without_suicide_talk_gets_no_such_button(shipped_content: Content) -> None:
    offered = buttons(shipped_content, "mag ik zorgen over een leerling delen met de wijkagent?", "nl")
    assert faq_button(ENTRY) not in offered
