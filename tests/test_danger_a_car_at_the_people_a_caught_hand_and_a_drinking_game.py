"""Three gaps helpers DR39 and DR40 noted in the word rules (twenty-eighth session).

- A car driven at the people with the car and a place in between ("hij rijdt nu met zijn auto op de mensen bij de
  markt in") matched no line; in English it did. With a vehicle word it is urgent now; told as a film, a lesson or
  last year it stays calm.
- "zit vast" was read as custody, a denial, whose words count for no group: "de hand van mijn zoontje zit vast in de
  roltrap" was calm. Custody is now told of a person ("hij zit vast", "de dader zit vast", "zit nu vast"), and a
  hand, a foot or hair caught in an escalator is urgent whatever question stands beside it.
- "game*" calms a message as a video game and also calmed a drinking game with a young person who breathes very
  slowly or does not respond (alcohol poisoning). A drinking game is no game for the calm words.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "hij rijdt nu met zijn auto op de mensen bij de markt in"),
    ("nl", "help een man rijdt met een bestelbus op het publiek in bij de kermis"),
    ("nl", "er rijdt een jongen met zijn scooter in op de mensen bij de snackbar"),
    ("nl", "de hand van mijn zoontje zit vast in de roltrap en hij bloedt"),
    ("nl", "zijn voet zit vast in de roltrap van het winkelcentrum, mag ik de beveiliging om hulp vragen?"),
    ("nl", "zijn arm zit vast in de machine en hij bloedt heel erg"),
    ("en", "after the drinking game he is breathing very slowly and not responding"),
    ("nl", "na het drankspel ademt hij heel langzaam en reageert hij niet meer"),
    ("nl", "na dat zuipspel is ze niet wakker te krijgen"),
    ("en", "beer pong all night and now she won't wake up"),
]

CALM = [
    ("nl", "in de film rijdt een man met een vrachtwagen op de mensen in, mag ik die in de klas laten zien?"),
    ("nl", "de auto reed vorig jaar op de mensen in bij de optocht, hoe bespreek ik dat in de klas"),
    ("nl", "ik rijd met de auto langs en let op de mensen in de wijk"),
    ("nl", "vorig jaar zat zijn veter vast in de roltrap, hoe leg ik dat uit in de les"),
    ("nl", "gisteren dreigde hij met een mes op school, maar hij zit vast"),
    ("nl", "de man die dreigde met een mes zit vast, mag ik dit delen met de school?"),
    ("nl", "de jongen die met een bom dreigde zit vast sinds gisteren, wat vertel ik de klas?"),
    ("nl", "gisteren bedreigde hij zijn leraar met een mes maar hij zit nu vast, hoe meld ik dit achteraf?"),
    ("nl", "we spelen een drankspel op het feest, mag dat op school?"),
    ("nl", "na een drinking game gisteren reageerde hij niet op mijn appjes, moet ik me zorgen maken over "
           "radicalisering?"),
]


test_the_danger_is_read = urgent_by_the_word_rules(CAUGHT)
test_a_film_a_past_event_or_custody_stays_calm = calm_by_the_word_rules(CALM)
