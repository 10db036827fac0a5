"""The escalation intake with places and doubts (issue 12 points 1 and 2): what the professional reads when they
type a town instead of a municipality, and when their concern holds a word that may be a name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.engine import ButtonPress, TextMessage, TextReply, Turn
from tests.conftest import CLOCK
from tests.smtp_server import LocalSmtp
from tests.test_escalation import CONCERN, World, make_world, register, text_of

USER = "telegram:42"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with LocalSmtp() as server:
        yield make_world(tmp_path, server)


def labels(turn: Turn) -> list[str]:
    return [b.label for r in turn.replies if isinstance(r, TextReply) for row in r.buttons for b in row]


def press(turn: Turn, label: str) -> ButtonPress:
    for reply in turn.replies:
        for row in reply.buttons if isinstance(reply, TextReply) else ():
            for button in row:
                if button.label == label:
                    return ButtonPress(button.id, at=CLOCK)
    raise AssertionError(f"no button {label!r} in {labels(turn)}")


def test_a_town_is_understood_as_its_municipality_and_said_so(world: World) -> None:
    register(world)
    turn = world.say(USER, TextMessage("Sneek", at=CLOCK))
    assert "Ik begrijp: gemeente Súdwest-Fryslân (Sneek)." in text_of(turn)
    assert turn.visited[-1] == "escalation:no_contact"  # no contact for Súdwest-Fryslân in the fixture


def test_a_municipality_without_a_contact_names_the_national_fallback_from_the_directory(world: World) -> None:
    register(world)
    turn = world.say(USER, TextMessage("den haag", at=CLOCK))
    said = text_of(turn)
    assert "Ik begrijp: gemeente 's-Gravenhage." in said
    assert "Landelijk advies, ook anoniem: Landelijk Steunpunt Extremisme (LSE), 088 20 80 080, info@hetlse.nl." in said
    assert turn.session.node is None


def test_a_typo_for_a_municipality_with_a_contact_is_understood_and_the_intake_goes_on(world: World) -> None:
    register(world)
    turn = world.say(USER, TextMessage("Amsterdm", at=CLOCK))
    assert text_of(turn).startswith("Ik begrijp: gemeente Amsterdam.")
    assert turn.session.answer("route") == "local"


def test_a_village_in_two_municipalities_offers_both_with_their_province(world: World) -> None:
    register(world)
    turn = world.say(USER, TextMessage("Velp", at=CLOCK))
    assert "Velp ligt in meer dan één gemeente." in text_of(turn)
    assert labels(turn)[:3] == ["Land van Cuijk (Noord-Brabant)", "Rheden (Gelderland)", "Geen van deze"]
    chosen = world.say(USER, press(turn, "Rheden (Gelderland)"))
    assert "Ik begrijp: gemeente Rheden." in text_of(chosen)


def test_an_unknown_place_is_refused_with_an_example_of_a_town(world: World) -> None:
    register(world)
    turn = world.say(USER, TextMessage("Xyzzyvoort", at=CLOCK))
    assert "De gemeente of woonplaats 'Xyzzyvoort' ken ik niet." in text_of(turn)


def test_a_word_that_may_be_a_name_is_asked_about_and_can_be_sent_as_typed(world: World) -> None:
    register(world)
    world.say(USER, TextMessage("Utrecht", at=CLOCK))
    concern = "Sinds september praat een leerling steeds over Krasniqi en wil hem helpen met geweld."
    asked = world.say(USER, TextMessage(concern, at=CLOCK))
    assert "Staat hier een naam of iets anders herleidbaars in? Ik twijfel over: 'Krasniqi'." in text_of(asked)
    sent_as_typed = world.say(USER, press(asked, "Nee, verstuur zo"))
    assert sent_as_typed.session.answer("concern") == concern


def test_a_word_that_may_be_a_name_can_be_rewritten(world: World) -> None:
    register(world)
    world.say(USER, TextMessage("Utrecht", at=CLOCK))
    asked = world.say(USER, TextMessage("Een leerling praat steeds over Krasniqi en wil hem helpen.", at=CLOCK))
    again = world.say(USER, press(asked, "Ja, ik pas het aan"))
    assert again.session.answer("concern") is None
    done = world.say(USER, TextMessage(CONCERN, at=CLOCK))
    assert done.session.answer("concern") == CONCERN


def test_a_name_without_a_cue_is_masked_before_sending(world: World) -> None:
    register(world)
    world.say(USER, TextMessage("Utrecht", at=CLOCK))
    asked = world.say(USER, TextMessage("Lisa van Dijk uit 3B woont op Kerkstraat 5 en deelt filmpjes van IS.",
                                        at=CLOCK))
    assert "[naam] uit [klas] woont op [adres] en deelt filmpjes van IS." in text_of(asked)
    masked = world.say(USER, press(asked, "Verstuur zo, gemaskeerd"))
    assert masked.session.answer("concern") == "[naam] uit [klas] woont op [adres] en deelt filmpjes van IS."


def test_when_nothing_matches_the_nearest_names_are_offered(world: World) -> None:
    register(world)
    turn = world.say(USER, TextMessage("Amsterdam-Zuidoost", at=CLOCK))
    assert "Bedoel je een van deze gemeenten?" in text_of(turn)
    assert labels(turn)[0] == "Amsterdam"
    chosen = world.say(USER, press(turn, "Amsterdam"))
    assert "Ik begrijp: gemeente Amsterdam." in text_of(chosen)
    assert chosen.session.answer("municipality") == "Amsterdam"
