"""Ideas from urgent_test51 (scored once, blind; tuning data now) that BOTH readers missed (word rules and meaning),
each written in words and places of our own: short scenes without an alarm word, and two dangers told after a
question about the rules.

Caught (word rules alone): a child or a man under a tractor or a pulling sled, not moving; a man hitting someone
with a racket, a cue, a golf club or a hockey stick and going on hitting; someone going at a person with a tyre lever
or a wheel brace; smoke in a hall, the door stuck, old people or children inside; a forwarded message that a place
"goes up in the air" tonight, the stuff ready in a shed or cellar, "stay away" (after a question about keeping
notes); a child lying on the bottom of a pool's deep end for a minute, no lifeguard (after a records question).

Calm (a twin beside each): a film or a play, a sports commentary, a past event that is over, a first-aid course,
an evacuation drill, a balloon or fireworks going up, a diving exercise."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # under a tractor or a pulling sled, not moving
    ("nl", "ploegwedstrijd: jongetje onder de trekker, beweegt niet"),
    ("nl", "op de landbouwshow ligt een kind onder de tractor en beweegt niet meer"),
    ("en", "ploughing match: boy under the tractor, not moving"),
    ("en", "county fair truck pull, a child is under the sled and isn't moving"),
    # hitting someone with a racket, a cue, a club or a stick and going on
    ("nl", "squashbaan: man slaat tegenstander met zijn racket, blijft maar doorslaan"),
    ("nl", "golfbaan: jongen slaat andere jongen met een golfclub, blijft slaan"),
    ("nl", "hockeyveld: vader slaat de scheidsrechter met een stick en houdt niet op met slaan"),
    ("en", "tennis club: a man is hitting the coach with his racquet and keeps on hitting"),
    ("en", "snooker hall, guy hitting another guy with a cue, keeps hitting him"),
    # going at someone with a tyre lever or a wheel brace
    ("nl", "fietsenmaker: klant gaat met een bandenlichter op de monteur af"),
    ("nl", "bij de autosloperij gaat een man met een wielmoersleutel op de eigenaar af"),
    ("en", "bike shop: a customer is going at the mechanic with a tyre lever"),
    ("en", "tyre fitter, a driver is coming at the fitter with a wheel brace"),
    # smoke, the door stuck, old people or children inside
    ("nl", "kaartavond in het buurthuis: rook, deur zit klem, bejaarden binnen"),
    ("nl", "rook in het clubhuis van de scouting, de deur klemt en de welpen zitten nog binnen"),
    ("en", "church hall coffee morning: smoke, door jammed, elderly people inside"),
    ("en", "smoke in the scout hut, the door is stuck and the cubs are still inside"),
    # a place goes up in the air tonight, the stuff is ready, stay away (after a question about notes)
    ("nl", "mag ik dit in ons dossier bewaren? hij stuurde net: 'morgen tijdens de kermis gaat het stadhuis de lucht in, "
           "de spullen staan klaar in de schuur, blijf uit de buurt'"),
    ("nl", "vraagje over privacy: een deelnemer appt 'vanavond tijdens de dienst gaat de synagoge de lucht in, alles ligt "
           "klaar in de garage, kom niet'"),
    ("en", "how long may I keep chat logs? he just texted: 'tonight the synagogue goes sky high during the service, the "
           "stuff is ready in my shed, stay away'"),
    ("en", "data retention question: a lad messaged me 'tomorrow during the parade the town hall goes up in the air, my "
           "gear is ready in the basement, stay away'"),
    # a child on the bottom of the deep end for a minute, no lifeguard (after a records question)
    ("en", "question about the incident form: do we need a witness signature? also a boy from our group has been lying "
           "on the bottom of the hotel pool's deep end for a minute now and there's no lifeguard"),
    ("nl", "vraagje over de AVG: mogen we foto's van het kamp delen? we zijn bij het zwembad en een meisje van 10 ligt al "
           "een minuut op de bodem van het diepe, geen badmeester"),
    ("nl", "subtropisch zwembad: jongen ligt al een hele tijd op de bodem van het diepe bad"),
    # second round (probes of our own near the new lines)
    ('nl', 'hij slaat de bal weg en slaat dan de scheidsrechter met zijn racket, blijft maar slaan'),
    ('en', 'a guy is coming at my colleague with a wrench'),
    ('nl', 'hij dreigt nu de kassière met een bandenlichter'),
    ('nl', 'rook in de keuken, de deur klemt, oma zit binnen'),
    ('nl', 'er komt rook uit de garage en er bonkt iemand van binnen'),
    ('en', 'he texted: tomorrow the school goes sky high, the stuff is ready, stay away'),
    ('en', "a boy is lying on the bottom of the deep end, he's been there for a minute"),
]

CALM = [
    # a tractor: a film, a course, a past event
    ("nl", "in de speelfilm ligt een kind onder de trekker en beweegt niet, is dat te heftig voor groep 6?"),
    ("en", "last summer a boy slid under the tractor at the ploughing match, he was checked by the medics and is fine"),
    ("nl", "mijn zoon kruipt graag onder de tractor van opa om te kijken hoe die werkt, is dat gevaarlijk?"),
    # a racket, a cue: a match, a film, a ball
    ("nl", "commentaar bij de finale: hij slaat de bal met zijn racket en blijft slaan tot het matchpoint"),
    ("nl", "in de film slaat een man een ander met een keu en blijft doorslaan, mag dat in de klas?"),
    ("en", "my son keeps hitting the ball with his racquet against the garage door, the neighbours complain"),
    ("en", "in the snooker final he keeps hitting the cue ball too hard"),
    # a tyre lever: a DIY question, a past arrest
    ("nl", "hoe krijg ik met een bandenlichter de band van mijn fiets eraf?"),
    ("nl", "vorige week ging een klant met een bandenlichter op de monteur af, hij is opgepakt en niemand is gewond"),
    ("en", "how do I use a tyre lever without pinching the inner tube?"),
    # smoke and a stuck door: a drill, a play, a past fire
    ("nl", "ontruimingsoefening in het buurthuis: rookmachine aan, deur zit klem, ouderen binnen. hoe kan het volgende "
           "keer beter?"),
    ("en", "in the school play the hall fills with smoke, the door is stuck and the old people are inside"),
    ("nl", "vorige maand rook in het dorpshuis en de deur zat klem, iedereen is veilig naar buiten gekomen"),
    # going up in the air: fireworks, a balloon, a heist film
    ("nl", "vannacht gaat bij oud en nieuw het vuurwerk de lucht in, de spullen liggen klaar in de schuur"),
    ("nl", "morgen gaat de luchtballon vanaf het sportveld de lucht in, alle spullen liggen klaar"),
    ("en", "in the heist film the gang says 'tonight the casino goes sky high, the stuff is ready in the shed'"),
    ("en", "tonight the drones go up in the air over the town hall for the light show, all the stuff is ready"),
    # the bottom of the pool: a lifesaving lesson, a diving exercise
    ("nl", "bij de reddingsbrigade-les ligt een pop op de bodem van het diepe en oefenen de kinderen met ophalen"),
    ("en", "during the diving course the kids pick up rings lying on the bottom of the deep end"),
    ("en", "the lost goggles have been lying on the bottom of the deep end for a week, can the pool staff get them?"),
    # second round (probes of our own near the new lines)
    ('nl', 'de tennisleraar slaat met zijn racket naar de bal en blijft slaan tot iedereen het snapt'),
    ('en', 'the golfer keeps hitting the ball into the water with his club'),
    ('nl', 'mijn buurman gaat met een moersleutel op zijn oude auto af, de hele zaterdag'),
    ('nl', 'er komt rook uit de schoorsteen van het buurthuis, de deur klemt al weken, de ouderen binnen hebben het warm'),
    ('nl', 'vanavond gaat het vuurwerk de lucht in bij de haven, alles staat klaar, blijf wel uit de buurt van de pijlen'),
    ('en', "my daughter likes lying on the bottom of the pool's deep end for a few seconds, she's a good swimmer"),
]

test_under_a_tractor_a_racket_beating_a_tyre_lever_smoke_behind_a_stuck_door_a_blast_or_a_pool_bottom_is_urgent = (
    urgent_by_the_word_rules(CAUGHT))
test_a_film_a_match_a_diy_question_a_drill_fireworks_a_lesson_or_a_past_event_stays_calm = (
    calm_by_the_word_rules(CALM))
