"""Acute danger that a blind set found the word rules missing, and false alarms it found them raising.

Caught: arson under way (burning things through a letterbox, smoke in the stairwell, a door set alight now), a
car engine running in a closed garage or a hose on the exhaust (carbon monoxide), a cut arm that is still
bleeding, and someone on a bridge or a roof who wants it all to be over, also when the message opens with a
question about sharing or consent; a car driven at people, a shard or scissors held against a throat, someone on
the wrong side of the platform fence with a train coming. Calm: the same words with nothing happening (a fire
drill, a mechanic's workshop, exam stress, a barber's scissors), and a danger the police already settled or that
was dealt with, a report that turned out to be nothing, a worry with nothing concrete, a gun locked in a safe, a
general question for a team training, an evening for parents or a debate about an attack, a man with no means
to do what he says, and what a film, a poem, a ghost story or a class talk is about (the two words after "een
film over"). A denial or a calm phrase never talks down a danger happening now."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules

CAUGHT = [
    # arson under way
    ("nl", "een buurjongen duwt net brandende kranten door de brievenbus van nummer 12, ik sta ernaast"),
    ("en", "someone is pushing burning rags through our neighbour's letterbox right now"),
    ("nl", "de bewoner van 3 hoog steekt op dit moment de voordeur van zijn ex in brand, het trappenhuis staat vol rook"),
    ("en", "he poured petrol through the letterbox of the flat below and the family is inside"),
    # carbon monoxide: an engine running in a closed garage, a hose on the exhaust
    ("nl", "mijn cliënt zit in zijn auto in de gesloten garage en de motor draait"),
    ("en", "she is sitting in her car with the engine running and the garage door shut"),
    ("nl", "hij heeft een slang aan de uitlaat vastgemaakt en zit in de auto"),
    # a cut arm still bleeding, told inside a question about consent
    ("nl", "moet ik eerst de ouders bellen? ze heeft in haar arm gesneden en het bloedt nog steeds"),
    ("en", "do i need consent to call anyone? he cut his arm really deep and it keeps bleeding"),
    # on a bridge or a roof and wanting it to be over, told inside a question about sharing
    ("nl", "mag ik dit doorgeven? mijn pupil staat op de brug over het spoor en zegt dat hij wil dat het voorbij is"),
    ("en", "can i tell his mum? he is on the roof of the car park and says he wants it all to end"),
    # a warning to stay away, with a time
    ("en", "a pupil got a message: friday at the bike shed it happens, stay away if you're smart"),
    ("nl", "in de groepsapp: morgen in de pauze gaat het los, kom niet als je slim bent"),
    # joining a fighting group abroad, with the departure close (a probe, 30 Nov 2026)
    ("nl", "een patient van 19 wil zich aansluiten bij een strijdgroep in het buitenland en vertrekt binnenkort"),
    ("en", "my client wants to join a fighting group abroad and leaves this week"),
    # a car driven at people now
    ("nl", "bij de braderie rijdt een man met zijn auto op de mensen af"),
    ("nl", "een jongen is net met een scooter het schoolplein op gereden en er staan overal kinderen, nu"),
    ("en", "a guy in a car is driving straight at the kids at the fair"),
    # a sharp thing that is no knife held against a throat
    ("nl", "een bewoner drukt een glasscherf tegen de keel van de nachtdienst"),
    ("en", "my student has scissors against her throat right now in the toilets"),
    # on the wrong side of the platform fence or on the track with a train coming
    ("nl", "een meisje zit op de rand van het perron aan de andere kant van het hek, de trein komt zo"),
    ("en", "a boy climbed over the fence and is on the track, the train is coming"),
    # a day named as the day
    ("nl", "in de groepsapp schreef hij: vrijdag is de dag, dan zullen ze het zien"),
]

CALM = [
    # the same words with nothing happening
    ("nl", "bij de brandoefening leren we wat je doet bij rook in het trappenhuis"),
    ("en", "in the workshop the apprentices leave the engine running while they check the brakes"),
    ("en", "my pupil says she wants it to be over with the exams, she is so stressed"),
    # settled by the police, or nothing after all
    ("en", "a man waved a knife at the till, the police took the man away and everyone is safe now. what do i log?"),
    ("en", "the boy who threatened his teacher last week was suspended and the police spoke to him the same day"),
    ("nl", "hoe lang bewaren we een melding over een leerling die met geweld dreigde, als er niks aan de hand bleek?"),
    ("nl", "vorig jaar dreigbrieven rond het suikerfeest, dit jaar geen signalen. vanavond is het feest, wat regelen we?"),
    # a general question for a training, an evening or a debate about violence
    ("nl", "wat doe je als een leerling met een mes dreigt? algemene vraag voor de teamtraining"),
    ("nl", "voor de ouderavond over de aanslag in utrecht zoeken we een spreker, wie kan komen?"),
    ("nl", "op school is een debat over de vraag of je een tiran mag doden, is dat radicaliserend?"),
    # an illness speaking, with no means
    ("en", "a patient with dementia says he will blow up the ward, but he has no means to do anything. report it?"),
    # joining a fighting group as a lesson topic
    ("nl", "we bespreken in de les hoe jongeren zich bij een strijdgroep in het buitenland aansluiten"),
    # a hairdresser's scissors at a neck, a car attack in a history lesson
    ("nl", "bij het knippen houdt de kapper de schaar tegen zijn nek, mijn cliënt vindt dat eng"),
    ("nl", "hoe bespreek ik met kinderen de aanslag waarbij vorig jaar iemand met een auto de menigte in reed?"),
    # a ghost story or a class talk about an attack; a threat already dealt with; a gun in a safe; nothing concrete
    ("en", "tonight at scout camp the leaders tell a scary story about a kidnapping, is that ok for 10-year-olds?"),
    ("nl", "morgen gaan we naar een oorlogsmonument, hoe leid ik het klassengesprek over aanslagen daarna?"),
    ("en", "the threat to our mosque was dealt with by mid-May and the board wants to know how to move on now"),
    ("nl", "de jager bij onze zorgboerderij heeft een geweer, dat ligt in een kluis. mag een cliënt mee op pad?"),
    ("nl", "een meisje praat soms over uitreizen naar syrië, maar er is niets concreet. wat kan ik doen?"),
    ("nl", "afgelopen zaterdag is een schuur bij de sporthal in brand gestoken, de dader is de dag erna opgepakt"),
    ("nl", "wat is in het algemeen de procedure als een ouder dreigt met geweld? het is voor ons protocol"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_arson_fumes_bleeding_or_wanting_it_over_on_a_height_is_urgent_by_the_word_rules(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_the_same_words_with_nothing_happening_or_a_danger_already_settled_stay_calm(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)


def test_a_danger_settled_before_never_hides_one_happening_now(shipped_danger: DangerCheck) -> None:
    check = shipped_danger
    for text in ("de politie heeft met hem gesproken. maar nu staat hij weer met een mes voor de deur",
                 "everyone is safe now. wait, he is back and is pushing burning rags through the letterbox right now",
                 "algemene vraag: mijn leerling staat nu met een mes op het plein"):
        verdict = check.check(text, by_meaning=False)
        assert verdict.urgent, (text, verdict.found)


test_what_a_film_a_poem_or_an_evening_is_about_is_told_not_happening = calm_by_the_word_rules([
    ("nl", "morgenavond kijken we in de klas een film over een gijzeling, welke vragen stel ik daarna?"),
    ("en", "tonight the youth club shows a movie about a hostage siege, how do we lead the talk afterwards?"),
    ("nl", "een leerling schreef een gedicht over 'springen van de brug', het gaat over zijn bungeejump volgende week"),
    # an article after "about" is not one of the words the work is about
    ("en", "our drama group performs a piece about a school shooting on friday, should we warn parents?"),
    ("en", "in media class tomorrow we watch the film about the ship hostage taking, any tips?"),
])


def test_a_danger_told_a_few_words_after_a_film_or_poem_still_counts(shipped_danger: DangerCheck) -> None:
    check = shipped_danger
    for text in ("hij maakt een film over hoe hij morgen de school gaat opblazen",
                 "a documentary about the attack. he says tomorrow he will stab his teacher",
                 "she wrote a poem about her life and now she is on the roof and wants it to be over"):
        verdict = check.check(text, by_meaning=False)
        assert verdict.urgent, (text, verdict.found)


def test_a_calm_phrase_in_what_an_exhibition_is_about_still_calms(shipped_danger: DangerCheck) -> None:
    text = "de bibliotheek heeft een tentoonstelling over de tweede wereldoorlog met oude geweren in vitrines"
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent and verdict.calm, verdict.found
