"""Typing inside a flow step picks that step's own options and never restarts the flow; Back goes one step
back; the sharing table gives outcomes that follow every answer (run on the shipped content)."""

from __future__ import annotations

import pytest

from bot.address import Address
from bot.content.model import Content
from bot.content.paths import walk
from bot.content.schema import ROLES
from bot.engine import ButtonPress, DocumentReply, Session, TextMessage, TextReply, Turn
from bot.engine.events import Event
from bot.engine.record import shown_text
from tests.conftest import CLOCK
from tests.test_engine import run


def say(text: str) -> TextMessage:
    return TextMessage(text, at=CLOCK)


def press(data: str) -> ButtonPress:
    return ButtonPress(data, at=CLOCK)


def said(turn: Turn) -> str:
    return "\n".join(turn.texts())


def buttons(turn: Turn) -> list[str]:
    return [b for r in turn.replies if isinstance(r, TextReply) for b in r.button_ids()]


DOCENT = Session(Address("test", "typing"), role="docent")
TO_WHAT = (press("menu:sharing"), press("o:sharing:danger:no"), press("o:sharing:with_whom:school"))


def test_typed_weet_ik_niet_where_the_step_has_no_such_option_keeps_the_flow_and_its_answers(
        shipped_content: Content) -> None:
    turn = run(shipped_content, DOCENT, *TO_WHAT, say("weet ik niet"))
    assert turn.session.node == "sharing:what"
    assert turn.session.answer("with_whom") == "school"
    assert "o:sharing:what:personal" in buttons(turn)


@pytest.mark.parametrize("typed", ["weet ik niet", "Geen idee", "i dont know", "I don't know!"])
def test_typed_i_dont_know_picks_the_option_that_means_unknown(shipped_content: Content, typed: str) -> None:
    turn = run(shipped_content, DOCENT, *TO_WHAT, press("o:sharing:what:personal"),
               press("o:sharing:consent:given"), press("o:sharing:age:age_16_17"), say(typed))
    assert turn.session.answer("covenant") == "unknown"
    assert turn.session.node == "sharing:after"


@pytest.mark.parametrize("typed", ["ouders", "De ouders", "OUDERS.", "parents", "moeder"])
def test_typed_word_or_synonym_picks_the_option(shipped_content: Content, typed: str) -> None:
    turn = run(shipped_content, DOCENT, press("menu:sharing"), press("o:sharing:danger:no"), say(typed))
    assert turn.session.answer("with_whom") == "parents"
    assert turn.session.node == "sharing:what"


@pytest.mark.parametrize("typed", ["²", "٢", "0", "99", "-1"])
def test_only_ascii_numbers_in_range_pick_an_option(shipped_content: Content, typed: str) -> None:
    turn = run(shipped_content, DOCENT, *TO_WHAT, say(typed))
    assert turn.session.node == "sharing:what" and turn.session.answer("what") is None


def test_a_typed_number_picks_that_option(shipped_content: Content) -> None:
    turn = run(shipped_content, DOCENT, *TO_WHAT, say("3"))
    assert turn.session.answer("what") == "special"


def test_typing_the_flows_own_trigger_inside_it_does_not_restart_it(shipped_content: Content) -> None:
    turn = run(shipped_content, DOCENT, *TO_WHAT, say("mag ik dit delen"))
    assert turn.session.node == "sharing:what"
    assert turn.session.answer("with_whom") == "school"


def test_back_is_offered_from_the_second_step_on(shipped_content: Content) -> None:
    first = run(shipped_content, DOCENT, press("menu:sharing"))
    second = run(shipped_content, first.session, press("o:sharing:danger:no"))
    assert "menu:back" not in buttons(first)
    assert "menu:back" in buttons(second)


@pytest.mark.parametrize("back", [press("menu:back"), say("terug"), say("Back")])
def test_back_asks_the_previous_step_again_and_forgets_its_answer(shipped_content: Content, back: Event) -> None:
    turn = run(shipped_content, DOCENT, *TO_WHAT, back)
    assert turn.session.node == "sharing:with_whom"
    assert turn.session.answer("with_whom") is None
    assert turn.session.answer("danger") == "no"
    assert "o:sharing:with_whom:parents" in buttons(turn)


def test_back_at_the_first_step_says_so_and_stays(shipped_content: Content) -> None:
    turn = run(shipped_content, DOCENT, press("menu:sharing"), say("terug"))
    assert turn.session.node == "sharing:danger"
    assert "eerste vraag" in said(turn)


def test_back_from_after_the_record_returns_to_the_last_question(shipped_content: Content) -> None:
    turn = run(shipped_content, DOCENT, press("menu:sharing"), press("o:sharing:danger:no"),
               press("o:sharing:with_whom:parents"), press("o:sharing:what:personal"),
               press("o:sharing:consent:refused"), press("o:sharing:age:age_18_23"), press("menu:back"))
    assert turn.session.node == "sharing:age"
    assert all(step.node != "sharing:o_adult" for step in turn.session.trail)


def test_the_police_are_never_asked_about_secrecy_or_consent(shipped_content: Content) -> None:
    asked = {key for step in walk(shipped_content.flows["sharing"], "politie") for key in step.facts}
    assert "secrecy" not in asked and "consent" not in asked and "with_whom" in asked


@pytest.mark.parametrize("role", ["docent", "zorg", "jongerenwerker", "politie"])
def test_the_secrecy_question_is_only_asked_where_the_role_does_not_tell(shipped_content: Content, role: str) -> None:
    assert all("secrecy" not in step.facts for step in walk(shipped_content.flows["sharing"], role))


def _outcomes(content: Content, role: str | None) -> list[tuple[dict[str, str | None], str, str]]:
    """Every outcome of the sharing flow for ``role``: the answers, the outcome node and its Dutch text."""
    flow = content.flows["sharing"]
    found = []
    for step in walk(flow, role):
        node = flow.nodes[step.node]
        if getattr(node, "outcome", False):
            facts = dict(step.facts)
            session = Session(Address("test", "all"), role=role, answers=tuple((k, v) for k, v in facts.items()
                                                                    if k != "role" and v is not None))
            found.append((facts, node.local, shown_text(node, session)))  # type: ignore[arg-type]
    return found


@pytest.mark.parametrize("role", [*ROLES, None])
def test_no_yes_without_consent_for_identifying_data_outside_the_organisation(shipped_content: Content,
                                                                            role: str | None) -> None:
    """Except a talk with the parents of a child under 12: they are the ones who give consent."""
    for facts, _, text in _outcomes(shipped_content, role):
        under_12_parents = facts.get("with_whom") == "parents" and facts.get("age") == "under_12"
        if (facts.get("consent") in ("refused", "impossible", "not_asked") and not under_12_parents
                and facts.get("what") in ("personal", "special", "criminal")):
            assert not text.startswith("Uitkomst: ja"), facts


@pytest.mark.parametrize("role", [*ROLES, None])
def test_outcomes_list_only_the_notes_for_the_answers_given(shipped_content: Content, role: str | None) -> None:
    others = {"refused": "De toestemming is geweigerd", "impossible": "Toestemming vragen is niet mogelijk",
              "not_asked": "Vraag eerst gerichte toestemming", "given": "Toestemming is gegeven"}
    for facts, _, text in _outcomes(shipped_content, role):
        for value, note in others.items():
            if facts.get("consent") != value:
                assert note not in text, (facts, note)


def test_parents_of_an_adult_get_nothing_without_the_young_persons_consent(shipped_content: Content) -> None:
    for role in (*ROLES, None):
        for facts, outcome, text in _outcomes(shipped_content, role):
            if facts.get("with_whom") == "parents" and facts.get("age") == "age_18_23":
                assert "geen recht op" in text, (role, facts, outcome)
                assert not text.startswith("Uitkomst: ja")


def test_a_teacher_with_a_covenant_but_no_consent_is_sent_to_the_fg_not_told_yes(shipped_content: Content) -> None:
    for facts, outcome, text in _outcomes(shipped_content, "docent"):
        if facts.get("covenant") == "yes" and facts.get("consent") in ("refused", "impossible"):
            assert outcome in ("o_check", "o_criminal") and "FG" in text and "convenant" in text


def test_the_decision_record_holds_the_outcome_with_its_notes(shipped_content: Content) -> None:
    turn = run(shipped_content, DOCENT, press("menu:sharing"), press("o:sharing:danger:no"),
               press("o:sharing:with_whom:municipality"), press("o:sharing:what:special"),
               press("o:sharing:consent:impossible"), press("o:sharing:age:age_12_15"),
               press("o:sharing:covenant:yes"))
    record = next(r.content for r in turn.replies if isinstance(r, DocumentReply))
    assert "Leeftijd van de jongere: **12 tot 16 jaar**" in record
    assert "Toestemming vragen is niet mogelijk" in record and "De toestemming is geweigerd" not in record
    assert "art. 9 AVG" in record
    assert "eur-lex.europa.eu" in record and "nvo.nl" in record  # the sources of the notes shown
