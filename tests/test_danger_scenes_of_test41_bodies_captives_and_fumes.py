"""More ideas from urgent_test41 (scored once, blind; tuning data now), each written in words of our own.

Caught (word rules alone), two signs each: a fall on the head with vomiting or one pupil bigger; only one head seen
after a canoe turned over; swollen lips or eyes and wheezing (an allergy); a hand in a dough kneader and turning
grey; a sharp chemical smell from a locked room and a goodbye; clothes that caught fire and a grey face or no word
any more; dragging a girl to a door while she screams no; people in a container, knocking getting weaker; a man who
locked a compartment and touches her; red coming under a locked door; a crooked mouth and an arm that keeps
falling away; a screwdriver against a neck; cutting little girls this afternoon; charcoal or a barbecue indoors and
drowsy children; knives pulled out (in Turkish); blades and banging on a door; men kneeling on a chest and a boy
grey and still; a passport taken and 'they are taking me'; a van turning back after people are down; a gas stove
hissing; not breathing (in Arabic) and lying limp; stuck under a flipped boat; hanging upside down with a purple
face; lying face in a pond and not moving; married off tonight; a heavy roller on a leg that cannot be moved; photo
developer or drain cleaner drunk and drooling.

Calm: the close calls (a lesson, a question, a past event, a film or a game) of the same ideas."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules

CAUGHT = [
    ("nl", "jongen van de klimwand is op zijn hoofd gevallen en geeft nu steeds over"),
    ("en", "she fell on her head off the monkey bars, one pupil is bigger than the other"),
    ("nl", "kano omgeslagen op de rivier, we zien maar één hoofd boven water"),
    ("en", "rowing boat tipped over at the lake, we can only see one head"),
    ("nl", "meisje at een pinda, lippen helemaal dik en ze krijgt bijna geen lucht"),
    ("en", "after the cake his lips are swollen and he is wheezing, can hardly breathe"),
    ("nl", "de arm van de stagiair zit in de deegkneder en hij wordt grauw"),
    ("nl", "slaapkamer zit op slot, er komt een chemische lucht onder de deur door en ze appte 'bedankt voor alles'"),
    ("en", "sharp smell from his locked room and he just posted thanks for everything"),
    ("nl", "haar jurk vatte vlam aan een kaars, nu is ze grauw en zegt niks meer"),
    ("en", "his sleeve caught fire at the bonfire and now he is grey and limp"),
    ("nl", "twee mannen sleuren haar naar het busje, ze schreeuwt nee"),
    ("en", "they are dragging her to the car and she keeps screaming no"),
    ("nl", "op het bedrijventerrein wordt geklopt in een container, het kloppen wordt zwakker"),
    ("en", "knocking inside a container at the docks, people shouting"),
    ("nl", "in de coupé heeft een man de deur op slot gedaan en hij zit aan haar"),
    ("en", "a guy locked the door of the cabin and is touching her, she's texting me"),
    ("nl", "mijn broer zit op slot in de badkamer, er komt rood onder de deur door"),
    ("nl", "de opa aan de balie praat krom en zijn rechterarm valt steeds weg"),
    ("nl", "hij houdt een schroevendraaier tegen haar nek in de schuur"),
    ("en", "her ex is holding a screwdriver to her neck at the bike shop"),
    ("nl", "oma komt vanmiddag met een vrouw om mijn nichtjes te besnijden"),
    ("en", "the aunt is coming tonight to have the little girls cut, the daughters are 5 and 7"),
    ("nl", "ze hebben de bbq in de tent gezet, de kinderen zijn suf en de kleinste wordt niet wakker"),
    ("en", "charcoal burning in the flat with the windows shut, the kids are drowsy and dizzy"),
    ("tr", "bıçak çıkardı op het pleintje, hij zwaait ermee"),
    ("en", "three lads with blades banging on her door, she is inside with her kids"),
    ("en", "they are kneeling on his chest in the back room, he stopped screaming"),
    ("nl", "ze zitten met z'n drieën op zijn borst en hij is grauw en beweegt niet"),
    ("en", "they took my passport and are taking me to my uncle's village tonight"),
    ("nl", "ze hebben mijn paspoort meegenomen en brengen me vanavond naar het dorp"),
    ("en", "the van hit the march, people are down and it is turning back toward us"),
    ("en", "gas stove knob snapped off, loud hissing in the canteen"),
    ("nl", "het gasfornuis sist hard en de knop is eraf, iedereen heeft hoofdpijn"),
    ("ar", "mijn buurvrouw roept 'ma biyitnaffas', haar baby ligt slap op de bank"),
    ("en", "the raft flipped and she is stuck under it, we cant get her out"),
    ("en", "climbing rope snapped, he is hanging upside down and his face is going purple"),
    ("nl", "een man ligt met zijn gezicht in de vijver en beweegt niet"),
    ("en", "a toddler is lying with her face in the pond, not moving"),
    # a forced marriage tonight; a heavy roller on a leg that cannot be moved; photo developer or drain cleaner drunk
    ("nl", "haar broers willen haar vanavond uithuwelijken, ze zit nu in hun auto en wil niet"),
    ("en", "her uncles are taking her to the airport tonight to marry a man she has never met"),
    ("nl", "de zware wals is van de dijk gerold en ligt op zijn been, we krijgen die wals niet weg"),
    ("en", "a pallet of tiles fell on her leg at the yard and we can't get it off her leg"),
    ("nl", "in het fotolokaal heeft een meisje uit de fles met ontwikkelaar gedronken en ze kwijlt"),
    ("en", "he drank drain cleaner in the kitchen and is drooling"),
]

CALM = [
    ("nl", "vorige week op zijn hoofd gevallen en overgegeven, de dokter zei hersenschudding, nu gaat het goed"),
    ("en", "first aid course: what does it mean when one pupil is bigger than the other?"),
    ("nl", "in de les over allergie: bij een pinda-allergie worden de lippen dik en krijg je geen lucht"),
    ("nl", "kunnen we morgen met de kano's de rivier op? ik zie dat één kano lekt"),
    ("en", "film night: in the movie they drag her to the car while she screams no"),
    ("nl", "hoe praat ik met ouders over meisjesbesnijdenis? het speelt in mijn klas"),
    ("en", "who gives staff training on female genital cutting?"),
    ("nl", "mag je in een tent barbecueën? ik lees dat houtskool binnen gevaarlijk is"),
    ("en", "last year the kids got dizzy from a barbecue in the tent, how do I teach them about carbon monoxide?"),
    ("en", "escape room in a container: knock three times to open the door"),
    ("nl", "in de klas spelen we na hoe je een gaslek herkent: het sist en het ruikt"),
    ("en", "the boat flipped in the video game and the character is stuck under it"),
    ("nl", "mijn paspoort is verlopen, kan ik toch met de klas mee naar het dorp in frankrijk?"),
    ("nl", "voorlichting over uithuwelijken: hoe herken ik het als een leerling vanavond weg moet?"),
    ("nl", "de wals op de tennisbaan is kapot, we krijgen die wals niet weg van de baan"),
    ("en", "what should I do if a pupil drank drain cleaner? a question for our safety plan"),
    ("en", "in the first aid lesson he lay with his face in the grass, not moving, as the dummy patient"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_bodies_captives_and_fumes_with_two_signs_are_urgent_by_the_words_alone(shipped_danger: DangerCheck,
                                                                                lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


test_their_close_calls_stay_calm = calm_by_the_word_rules(CALM)
