"""A fire or smoke told now, beside someone still in the building, room or car, is 112 (the lead, fifty-sixth session).

kinds_check56, a blind set of short scenes by kind, kept fire with people still inside at 7 of 10 as the bot ran after
the session's other danger work ("Flat in Almere brandt, op de vierde verdieping staat een oma nog achter het raam").
The kind is two word groups of faq/danger.yaml, ``firenow56`` (a building, room or car burning, catching fire, black
smoke or smoke coming out of a room told now) and ``stillin56`` (someone still upstairs, in a room, at the window, on
the balcony, trapped, not coming out), in a line of urgent_unless_corrected: a past, a film or a what-if calms it. Bare
"brandt", "rook uit", "dikke rook" and "nog binnen" are left out on purpose: a barbecue, candles, a fireplace or
pancakes burn with everyone still inside, and a fire drill's smoke with a dummy "nog binnen" stays calm (test66).
Our own probes, written before the rule. Left: "the barbecue is burning outside and the kids are still inside" and "the
open fire is burning ... grandpa is still inside" were alarmed by older English lines before this change and still are.
"""

from __future__ import annotations

from tests.danger_rules import calm_as_the_bot_runs, calm_by_the_word_rules, urgent_as_the_bot_runs, urgent_by_the_word_rules

FIRE_WITH_PEOPLE_INSIDE = [
    ("nl", "het huis van de buren brandt en hun zoontje staat nog boven achter het raam"),
    ("nl", "onze keuken vat vlam, twee bewoners liggen nog in hun kamer"),
    ("nl", "zwarte rook uit het portiek, een oude man zit nog op de derde verdieping"),
    ("nl", "de schuur staat in brand en de jongens zitten er nog in"),
    ("nl", "dikke rook in de gang van het internaat, drie meiden kunnen er niet uit"),
    ("nl", "de auto brandt en de bestuurder zit nog vast achter het stuur"),
    ("nl", "in het buurthuis is de bank in de fik gegaan, er zitten nog kinderen boven"),
    ("nl", "bovenwoning brandt, moeder en baby nog binnen, ze komen niet naar buiten"),
    ("nl", "rook komt uit de slaapkamer van de groep, een cliënt is er nog in"),
    ("nl", "de caravan staat in lichterlaaie, opa is er nog in"),
    ("nl", "de flat brandt en op het balkon staat nog een vrouw met twee kinderen"),
    ("en", "the flat is on fire and a girl is still upstairs at the window"),
    ("en", "black smoke from the kitchen, two residents are still in their rooms"),
    ("en", "the shed caught fire and the boys are trapped inside"),
    ("en", "thick smoke in the hallway, an old man can't get out of his room"),
    ("en", "House of client is burning, his wife is still upstairs in bed"),
    ("en", "The car is on fire and the driver is still in it, stuck"),
    ("en", "Youth centre is in de fik, three boys still upstairs in the studio"),
    ("en", "Smoke comes out of the room, the client is still inside and not comes out"),
]

HARMLESS_FIRE_OR_OVER = [
    ("nl", "vorig jaar brandde het huis van de buren, hun zoontje stond boven achter het raam maar is gered"),
    ("nl", "bij de brandoefening vorige week bleven twee bewoners expres in hun kamer liggen"),
    ("nl", "de bbq brandt in de tuin en de kinderen zitten nog binnen tv te kijken"),
    ("nl", "de kaarsen branden en iedereen zit nog binnen voor het kerstdiner"),
    ("nl", "wat doen we als de keuken vlam vat en er nog bewoners in hun kamer liggen?"),
    ("nl", "in de film staat de schuur in brand en de jongens zitten er nog in"),
    ("nl", "de open haard brandt en opa zit nog binnen te lezen"),
    ("nl", "de pannenkoeken branden aan, de kinderen zitten nog boven te spelen"),
    ("en", "the flat was on fire last year and a girl was still upstairs, she got out fine"),
    ("en", "in the fire drill today two residents stayed in their rooms on purpose"),
]

test_a_fire_now_with_someone_still_inside_is_urgent = urgent_by_the_word_rules(FIRE_WITH_PEOPLE_INSIDE)
test_a_fire_now_with_someone_still_inside_is_urgent_as_the_bot_runs = urgent_as_the_bot_runs(FIRE_WITH_PEOPLE_INSIDE)
test_a_harmless_fire_a_past_fire_a_drill_or_a_film_stays_calm = calm_by_the_word_rules(HARMLESS_FIRE_OR_OVER)
test_a_harmless_fire_a_past_fire_a_drill_or_a_film_stays_calm_as_the_bot_runs = calm_as_the_bot_runs(HARMLESS_FIRE_OR_OVER)
