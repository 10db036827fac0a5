"""The pure engine: onboarding, commands, every node kind, roles, languages, and input that must not break it."""

from __future__ import annotations

import random

import pytest

from bot.address import Address
from bot.content.model import Content
from bot.engine import (
    ButtonPress,
    Command,
    DocumentReply,
    Resume,
    Session,
    Start,
    TextMessage,
    TextReply,
    Turn,
    Unsupported,
    handle,
)
from bot.engine.effects import LogFeedback, LogUnanswered
from bot.engine.events import Event
from tests.conftest import CLOCK


def run(content: Content, session: Session, *events: Event) -> Turn:
    turn = Turn(session)
    for event in events:
        turn = handle(content, turn.session, event)
    return turn


def said(turn: Turn) -> str:
    return "\n".join(turn.texts())


def buttons(turn: Turn) -> list[str]:
    return [b for r in turn.replies if isinstance(r, TextReply) for b in r.button_ids()]


MENU = ["menu:signalling", "menu:sharing", "menu:ask", "menu:contact"]
DOCENT = Session(Address("test", "1"), role="docent")


# --- onboarding -------------------------------------------------------------------------------------------

def test_start_welcomes_and_asks_language_then_role_then_shows_menu(small_content: Content) -> None:
    first = handle(small_content, Session(Address("test", "1")), Start(at=CLOCK))
    assert "Welkom" in said(first) and buttons(first) == ["lang:nl", "lang:en"]
    assert first.session.node == "onboarding:language"

    second = handle(small_content, first.session, ButtonPress("lang:en", at=CLOCK))
    assert "What is your role?" in said(second)
    assert buttons(second) == [f"role:{r}" for r in ("jongerenwerker", "docent", "politie", "zorg", "gemeente", "anders")]

    third = handle(small_content, second.session, ButtonPress("role:zorg", at=CLOCK))
    assert third.session == Session(Address("test", "1"), lang="en", role="zorg", turns=3)
    assert buttons(third) == MENU and "Role: Care" in said(third)


def test_onboarding_accepts_typed_numbers_and_names(small_content: Content) -> None:
    turn = run(small_content, Session(Address("test", "1")), Start(at=CLOCK), TextMessage("2", at=CLOCK), TextMessage("Teacher / education", at=CLOCK))
    assert (turn.session.lang, turn.session.role, turn.session.node) == ("en", "docent", None)


def test_question_during_onboarding_is_answered_and_onboarding_continues(small_content: Content) -> None:
    turn = run(small_content, Session(Address("test", "1")), Start(at=CLOCK), TextMessage("heb ik toestemming nodig om te delen", at=CLOCK))
    assert "toestemming" in said(turn) and buttons(turn)[-2:] == ["lang:nl", "lang:en"]
    assert turn.session.node == "onboarding:language"


def test_start_for_a_known_user_shows_the_menu_and_leaves_any_flow(small_content: Content) -> None:
    turn = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), Start(at=CLOCK))
    assert turn.session.node is None and buttons(turn) == MENU


# --- commands ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["menu", "cancel"])
def test_menu_and_cancel_leave_the_flow(small_content: Content, name: str) -> None:
    turn = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), Command(name, at=CLOCK))
    assert turn.session.node is None and turn.session.answers == () and buttons(turn) == MENU


def test_help_inside_a_flow_explains_and_shows_the_step_again(small_content: Content) -> None:
    turn = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), Command("help", at=CLOCK))
    assert "/menu" in said(turn) and "Is er acuut gevaar?" in said(turn)
    assert turn.session.node == "signalling:danger"


@pytest.mark.parametrize("name", ["taal", "lang"])
def test_language_command_with_argument_switches_language(small_content: Content, name: str) -> None:
    turn = handle(small_content, DOCENT, Command(name, "en", at=CLOCK))
    assert turn.session.lang == "en" and "I will speak English" in said(turn)


@pytest.mark.parametrize(("name", "expected"), [("taal", ["lang:nl", "lang:en"]), ("rol", None), ("role", None)])
def test_language_and_role_commands_without_argument_offer_buttons(small_content: Content, name: str, expected) -> None:
    turn = handle(small_content, DOCENT, Command(name, at=CLOCK))
    ids = buttons(turn)
    assert ids == expected if expected else all(i.startswith("role:") for i in ids) and len(ids) == 6


@pytest.mark.parametrize("name", ["rol", "role"])
def test_role_command_with_argument_sets_role_and_keeps_the_flow_step(small_content: Content, name: str) -> None:
    turn = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), Command(name, "politie", at=CLOCK))
    assert turn.session.role == "politie" and turn.session.node == "signalling:danger"
    assert "o:signalling:danger:police" in buttons(turn)


def test_unknown_command_is_named_and_help_offered(small_content: Content) -> None:
    turn = handle(small_content, DOCENT, Command("foo<b>", at=CLOCK))
    assert "/foob" in said(turn) and "/help" in said(turn)


# --- node kinds -------------------------------------------------------------------------------------------

def test_choice_shows_options_with_short_ids_and_the_nav_row(small_content: Content) -> None:
    turn = handle(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK))
    assert buttons(turn) == ["o:signalling:danger:yes", "o:signalling:danger:no", "menu:home", "menu:contact"]
    assert turn.visited == ("signalling:danger",)


def test_option_for_one_role_is_hidden_from_others(small_content: Content) -> None:
    police = handle(small_content, Session(Address("test", "t"), role="politie"), ButtonPress("menu:signalling", at=CLOCK))
    assert "o:signalling:danger:police" in buttons(police)
    forged = handle(small_content, DOCENT.at("signalling:danger"), ButtonPress("o:signalling:danger:police", at=CLOCK))
    assert "do not know that button" in said(forged).replace("ken ik niet", "do not know that button")


def test_end_node_shows_sources_and_returns_to_the_menu(small_content: Content) -> None:
    turn = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), ButtonPress("o:signalling:danger:yes", at=CLOCK))
    assert "Bel nu 112." in said(turn) and "Bronnen:\n- JEP — https://www.platformjep.nl/x" in said(turn)
    assert turn.session.node is None and buttons(turn) == MENU


def test_branch_on_role_sends_teachers_past_their_own_message(small_content: Content) -> None:
    teacher = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), ButtonPress("o:signalling:danger:no", at=CLOCK))
    other = run(small_content, Session(Address("test", "t"), role="zorg"), ButtonPress("menu:signalling", at=CLOCK),
                ButtonPress("o:signalling:danger:no", at=CLOCK))
    assert "vertrouwensinspecteur" in said(teacher) and "vertrouwensinspecteur" not in said(other)
    assert teacher.session.node == other.session.node == "signalling:seen"


def test_question_saves_typed_answer_then_faq_node_shows_the_answer(small_content: Content) -> None:
    turn = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), ButtonPress("o:signalling:danger:no", at=CLOCK),
               TextMessage("  Hij praat over ongelovigen  ", at=CLOCK))
    assert turn.session.answer("seen") == "Hij praat over ongelovigen"
    assert "Vraag in de regel eerst toestemming." in said(turn) and turn.session.node == "signalling:outcome"


def test_question_with_empty_answer_asks_again(small_content: Content) -> None:
    at_question = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), ButtonPress("o:signalling:danger:no", at=CLOCK))
    turn = handle(small_content, at_question.session, TextMessage("   ", at=CLOCK))
    assert turn.session.node == "signalling:seen" and "Wat heb je gezien?" in said(turn)


def walk_to_record(content: Content, session: Session) -> Turn:
    return run(content, session, ButtonPress("menu:signalling", at=CLOCK), ButtonPress("o:signalling:danger:no", at=CLOCK),
               TextMessage("Ahmed (06-12345678) zegt rare dingen", at=CLOCK), ButtonPress("o:signalling:outcome:record", at=CLOCK))


def test_document_node_hands_out_a_dated_record_without_typed_details(small_content: Content) -> None:
    turn = walk_to_record(small_content, DOCENT)
    documents = [r for r in turn.replies if isinstance(r, DocumentReply)]
    assert [d.filename for d in documents] == ["afwegingsverslag-2026-11-28.md"]
    record = documents[0].content
    for expected in ("# Afwegingsverslag", "Datum: 2026-11-28 12:00", "Rol: Docent / onderwijs", "Acuut gevaar: **Nee**",
                     "## Uitkomst", "Conclusie", "Omdat het nodig is.", "geen naam of andere gegevens van de jongere",
                     "(eigen antwoord, niet opgenomen)"):
        assert expected in record
    assert "Ahmed" not in record and "06-12345678" not in record
    assert turn.session.node is None


def test_record_in_english_is_in_english(small_content: Content) -> None:
    record = next(r for r in walk_to_record(small_content, DOCENT.replace(lang="en")).replies if isinstance(r, DocumentReply))
    assert "Acute danger: **No**" in record.content and "Date: 2026-11-28" in record.content


def test_handoff_moves_to_the_escalation_flow(small_content: Content) -> None:
    turn = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), ButtonPress("o:signalling:danger:no", at=CLOCK),
               TextMessage("iets", at=CLOCK), ButtonPress("o:signalling:outcome:contact", at=CLOCK))
    assert "Ik breng je naar de gemeente." in said(turn) and "Dit is escalation." in said(turn)
    assert turn.visited[-1] == "escalation:only"


# --- buttons that do not fit ------------------------------------------------------------------------------

def test_stale_button_shows_where_the_user_is_and_changes_nothing(small_content: Content) -> None:
    moved_on = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), ButtonPress("o:signalling:danger:no", at=CLOCK))
    turn = handle(small_content, moved_on.session, ButtonPress("o:signalling:danger:yes", at=CLOCK))
    assert said(turn).startswith("Die knop hoort bij een eerder bericht.") and "Wat heb je gezien?" in said(turn)
    assert turn.session.node == "signalling:seen" and turn.session.answers == moved_on.session.answers


@pytest.mark.parametrize("data", ["", "zzz", "o:signalling:nope:x", "o:nope:danger:yes", "faq:bestaat_niet", "fb:up:nope",
                                  "role:koning", "lang:de", "x" * 200, "o:signalling:danger", "menu:"])
def test_forged_or_unknown_button_gets_the_menu(small_content: Content, data: str) -> None:
    turn = handle(small_content, DOCENT, ButtonPress(data, at=CLOCK))
    assert turn.replies and buttons(turn)[-4:] == MENU


@pytest.mark.parametrize("index", ["²", "①", "٣"])
def test_forged_pick_with_an_odd_digit_at_a_waiting_question_never_raises(small_content: Content, index: str) -> None:
    waiting = DOCENT.at("signalling:seen").replace(pending=("eerste", "tweede", "derde", "vierde"))
    turn = handle(small_content, waiting, ButtonPress(f"p:signalling:seen:{index}", at=CLOCK))
    assert turn.replies and buttons(turn)[-4:] == MENU


# --- FAQ through the engine -------------------------------------------------------------------------------

def test_typed_question_gets_the_answer_sources_and_feedback_buttons(small_content: Content) -> None:
    turn = handle(small_content, DOCENT, TextMessage("wat doe ik bij acuut gevaar", at=CLOCK))
    emergency, reply = turn.replies  # "acuut gevaar" puts the emergency reply first (tests/test_danger.py)
    assert isinstance(emergency, TextReply) and emergency.text.startswith("🚨 Acuut gevaar? Bel nu 112.")
    assert isinstance(reply, TextReply) and reply.text.startswith("Bel 112 of de politie.") and "Bronnen:" in reply.text
    assert reply.button_ids() == ["faq:toestemming_nodig", "fb:up:acuut_gevaar", "fb:down:acuut_gevaar", "menu:home",
                                  "menu:contact"]
    assert turn.session.last_faq == "acuut_gevaar"


def test_question_inside_a_flow_is_answered_and_the_step_shown_again(small_content: Content) -> None:
    turn = run(small_content, DOCENT, ButtonPress("menu:signalling", at=CLOCK), TextMessage("heb ik toestemming nodig om te delen", at=CLOCK))
    assert "toestemming" in said(turn) and "Je was hier gebleven:" in said(turn) and "Is er acuut gevaar?" in said(turn)
    assert turn.session.node == "signalling:danger"


def test_trigger_phrase_starts_its_flow(small_content: Content) -> None:
    turn = handle(small_content, DOCENT, TextMessage("Ik maak me zorgen over een jongere", at=CLOCK))
    assert turn.session.node == "signalling:danger"


def test_off_topic_question_gets_an_honest_no_answer_and_is_logged_masked(small_content: Content) -> None:
    turn = handle(small_content, DOCENT, TextMessage("Mijn fiets is gestolen, bel me op 0612345678", at=CLOCK))
    assert "geen betrouwbaar antwoord" in said(turn)
    assert buttons(turn) == ["menu:signalling", "menu:sharing", "menu:home", "menu:contact"]
    assert turn.effects == (LogUnanswered(text="Mijn fiets is gestolen, bel me op [telefoonnummer]", lang="nl",
                                          role="docent", verdict="none", score=turn.effects[0].data["score"]),)


def test_a_story_nothing_answers_is_not_asked_to_tell_its_story(small_content: Content) -> None:
    text = ("We houden zaterdag een buurtfeest in het park en er komen ongeveer honderd gasten. De bakker is die dag "
            "dicht. Hoeveel appeltaarten moet ik zelf bakken?")
    turn = handle(small_content, DOCENT, TextMessage(text, at=CLOCK))
    assert "Ik vind geen antwoord dat zeker bij deze situatie past" in said(turn)
    assert "Vertel in een paar zinnen" not in said(turn)
    assert buttons(turn) == ["menu:signalling", "menu:sharing", "menu:home", "menu:contact"]
    english = handle(small_content, DOCENT.replace(lang="en"), TextMessage(
        "We are having a street party in the park on Saturday with about a hundred guests. The baker is closed that "
        "day. How many apple pies should I bake myself?", at=CLOCK))
    assert "I cannot find an answer that surely fits this situation" in said(english)


def test_feedback_buttons_yield_effects_and_thumbs_down_offers_a_way_on(small_content: Content) -> None:
    up = handle(small_content, DOCENT, ButtonPress("fb:up:acuut_gevaar", at=CLOCK))
    down = handle(small_content, DOCENT, ButtonPress("fb:down:acuut_gevaar", at=CLOCK))
    assert up.effects[0] == LogFeedback(faq_id="acuut_gevaar", vote="up", lang="nl", role="docent")
    assert down.effects[0].data["vote"] == "down" and buttons(down) == ["fbn:rephrase", "fbn:contact"]
    assert handle(small_content, DOCENT, ButtonPress("fbn:contact", at=CLOCK)).visited == ("escalation:only",)


# --- languages and odd input ------------------------------------------------------------------------------

def test_the_same_step_in_english_uses_english_texts(small_content: Content) -> None:
    turn = handle(small_content, DOCENT.replace(lang="en"), ButtonPress("menu:signalling", at=CLOCK))
    assert said(turn) == "Is there acute danger?"


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "edited", "group", "other"])
def test_unsupported_input_gets_a_clear_answer_and_changes_nothing(small_content: Content, kind: str) -> None:
    session = DOCENT.at("signalling:danger")
    turn = handle(small_content, session, Unsupported(kind, at=CLOCK))
    assert turn.texts() and turn.session == session.replace(turns=1)


def test_resume_shows_the_step_the_user_was_at(small_content: Content) -> None:
    turn = handle(small_content, DOCENT.at("signalling:danger"), Resume(at=CLOCK))
    assert "Is er acuut gevaar?" in said(turn)


@pytest.mark.parametrize("text", ["", " ", "\x00\x01\x02", "\u200b", "a" * 10_000, "🙂" * 3000, "<b>hoi</b>", "1", "99",
                                  "/", "\n\n\n", "ﷺ" * 10])
def test_garbage_text_never_raises_and_always_answers(small_content: Content, text: str) -> None:
    for session in (Session(Address("test", "t")), DOCENT, DOCENT.at("signalling:danger"), DOCENT.at("signalling:seen"), DOCENT.at("x:y")):
        turn = handle(small_content, session, TextMessage(text, at=CLOCK))
        assert turn.replies and all(r.text.strip() for r in turn.replies if isinstance(r, TextReply))


def test_very_long_text_is_read_in_part_with_a_note(small_content: Content) -> None:
    turn = handle(small_content, DOCENT, TextMessage("wat doe ik bij acuut gevaar " + "bla " * 2000, at=CLOCK))
    assert "erg lang" in said(turn)


def test_random_event_sequences_never_raise(small_content: Content) -> None:
    rng = random.Random(20261128)
    pool: list[Event] = [Start(at=CLOCK), Resume(at=CLOCK), Command("menu", at=CLOCK), Command("taal", "en", at=CLOCK),
                         TextMessage("toestemming", at=CLOCK), TextMessage("2", at=CLOCK), Unsupported("sticker", at=CLOCK)]
    for _ in range(300):
        session = Session(Address("test", "fuzz"))
        for _ in range(12):
            ids = [b.id for r in handle(small_content, session, Resume(at=CLOCK)).replies
                   if isinstance(r, TextReply) for row in r.buttons for b in row]
            event = rng.choice(pool + [ButtonPress(i, at=CLOCK) for i in ids])
            turn = handle(small_content, session, event)
            assert turn.replies or isinstance(event, Resume)
            session = turn.session
