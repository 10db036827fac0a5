"""Ideas from urgent_test41 (scored once, blind; tuning data now), each written in words of our own.

Caught (word rules alone), each with two signs: a goodbye to mum ('zeg mama sorry', 'this is it, tell mum') sent
from a height (a helipad, a floodlight mast, a water tower), even after a question about privacy; a firework gone
off by a face and eyes that will not open; a child through the ice of which only the hat is seen; a child hanging
at the edge of an ice hole whose hands slip (also in Frisian); shaking on the floor with foam at the mouth; slumped
and no pulse; jumped into a quarry lake minutes ago and not up; after a freezing night no shivering any more and
confused.

Calm: the close calls of every idea (a first-aid lesson, a question, a past event, a game) and urgent_test41's
false alarms as ideas: a laughing 'I'll kill you if you take my ... again'; a pupil who took pills months ago and is
doing well now; 'we knock them out tomorrow' about a football final; a drama club's hostage scene with a fake gun;
a shooter game's 'kill them all'; 'execute every opponent' at a chess tournament; an old attack video shared in a
class chat; which emergency numbers to take on a trip next year."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules

CAUGHT = [
    # a goodbye to mum from a height
    ("nl", "mag ik dit met de huisarts delen? ze zit nu op de rand van het parkeerdek en appte 'zeg mama sorry'"),
    ("nl", "valt dit onder mijn zwijgplicht? hij staat op het helikopterplatform van het ziekenhuis: zeg mama sorry"),
    ("en", "question about consent forms. also my student just sent a photo from the top of the water tower: "
           "'this is it, tell mum'"),
    ("en", "he's up the floodlight mast at the pitch and texted 'this is it, tell mom'"),
    ("en", "she is on the roof of the hospital and keeps saying tell mum sorry"),
    # a firework by a face and eyes that will not open
    ("nl", "vuurwerkbom ging af vlak bij zijn gezicht, hij doet zijn ogen niet open"),
    ("en", "a firecracker went off in his hood, his eyes won't open and his jumper is smouldering"),
    ("nl", "rotjes ontploften in de carnavalswagen, een meisje opent haar ogen niet"),
    # through the ice, only the hat seen
    ("nl", "mijn zusje is door het ijs van de vaart gezakt, ik zie alleen haar muts nog"),
    ("en", "my brother fell through the ice on the pond, i can see his hat but not him"),
    ("nl", "ik ben 10 mijn broertje is in de sloot gezakt ik zie zijn muts maar hem niet"),
    # hanging at the edge of an ice hole, hands slipping
    ("nl", "een jongen hangt aan de rand van het wak in de plas, zijn handen glijden weg"),
    ("en", "a kid went through the ice and is clinging to the edge, his hands keep slipping"),
    ("fy", "us famke is troch it iis sakke, har hannen glydzje fan 'e râne"),
    # shaking on the floor with foam
    ("nl", "ik ben 10, papa ligt op de grond te trillen en er komt schuim uit zijn mond"),
    ("en", "my mum is lying on the bathroom floor shaking and there's foam"),
    ("en", "he is convulsing in the hallway with foam around his mouth"),
    # slumped and no pulse
    ("en", "a girl slumped over on the spin bike and I can't feel a pulse"),
    ("en", "the lad slumped against the wall after the match, cant find a pulse, eyes open"),
    # jumped into a quarry lake, not up
    ("en", "jumped off the rocks at the quarry 3 minutes ago and he's not up yet"),
    ("nl", "hij sprong van de steiger in de zandafgraving en is nog niet boven"),
    ("en", "quarry, she dived 2 min ago, still not up"),
    # cold: no shivering and confused
    ("en", "homeless man on the bench after a freezing night, stopped shivering and doesn't recognise me"),
    ("nl", "dakloze vrouw bij het station, na een nacht vorst rilt niet meer en praat wartaal"),
    ("en", "rough sleeper behind the shops isn't shivering anymore and is talking gibberish"),
]

CALM = [
    # close calls: lessons, questions, past events, games
    ("nl", "in de EHBO-les leerden we dat iemand die onderkoeld is niet meer rilt en wartaal praat"),
    ("en", "first aid quiz: what does it mean when someone stopped shivering and is talking nonsense?"),
    ("nl", "vorige winter zakte mijn neef door het ijs, hij is gelukkig gered en het gaat goed met hem"),
    ("en", "ice safety lesson: what do you do when a kid clings to the edge of an ice hole and his hands slip?"),
    ("nl", "voorlichting over epilepsie: wat doe je als iemand schokt en schuim op zijn mond heeft?"),
    ("en", "in the first aid course we practised on a dummy that slumped over, you can't feel a pulse on plastic"),
    ("nl", "vuurwerkvoorlichting in de klas: een rotje bij je gezicht kan betekenen dat je ogen niet meer open gaan"),
    ("en", "can we go swimming in the quarry lake on the school trip next summer?"),
    ("nl", "mag ik als verpleegkundige de naam van een patiënt aan de mentor doorgeven?"),
    # urgent_test41's false alarms as ideas, in other words
    ("nl", "een leerling riep grijnzend 'ik vermoord je als je nog één keer mijn pen pakt'. moet ik daar wat mee?"),
    ("nl", "de leerling die in maart een strip pillen slikte gaat het nu goed, hoe bouw ik de gesprekken af?"),
    ("en", "the girl who took an overdose in spring is doing well now. how do I wind down the extra check-ins?"),
    ("nl", "uit de groepsapp: 'zondag knallen we ze eruit' — het gaat over de halve finale tegen de b-klas"),
    ("en", "our theatre group rehearses a hostage scene on a tram, the pistol is a prop. tips for the rehearsals?"),
    ("en", "at the youth club they play valorant and yell 'kill them all' every round. should i worry?"),
    ("en", "he says he'll execute every opponent at the chess club on friday. just bravado?"),
    ("nl", "leerlingen deelden de oude christchurch-video in de klassenapp. hoe bespreek ik dat met de ouders?"),
    ("en", "which emergency numbers do we need for the ski trip to austria next winter?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_danger_of_cold_water_heights_and_bodies_with_two_signs_is_urgent_by_the_words_alone(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


test_lessons_questions_game_talk_and_scares_that_are_over_stay_calm = calm_by_the_word_rules(CALM)
