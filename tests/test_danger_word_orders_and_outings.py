"""Word orders of a ramming plan, and outings with the team or the pupils (DR78, forty-fifth session).

- A place named first and a vehicle driven into it after ("morgen is de kerstmarkt op het plein en hij zei dat hij
  daar met een busje in rijdt") is the ramming plan of the DR73 lines ("met een busje inrijden op"): 112 with a time or
  a crowded place beside it. Driving there, around the neighbourhood or with the class to the Christmas market is calm.
- An outing with the team, the pupils or the class today or tomorrow to a town hall or a Christmas market ("morgen gaan
  we met het team naar het stadhuis voor de nieuwjaarsreceptie") is no plan against it, as a class trip to a place of
  worship (tests/test_danger_visits_and_kind_gestures_at_a_place_of_worship.py); a threat, a weapon or an act told
  beside it still alarms.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

DRIVEN_INTO_A_PLACE_NAMED_BEFORE = [
    ("nl", "morgen is de kerstmarkt op het plein en hij zei dat hij daar met een busje in rijdt"),
    ("nl", "vrijdag is de optocht. hij zegt dat hij er met de bestelbus in gaat rijden"),
    ("nl", "het festival is zaterdag en hij wil daar met zijn auto in rijden"),
    ("en", "the christmas market opens tomorrow and he said he will drive his van into it"),
]
DRIVING_THERE_OR_AROUND = [
    ("nl", "we rijden er morgen met een busje heen"),
    ("nl", "hij rijdt daar met een busje in de buurt rond"),
    ("nl", "morgen gaan we met de klas met een busje naar de kerstmarkt"),
    ("nl", "morgen is de markt en hij zei dat hij daar met een busje in de buurt rijdt"),
    ("nl", "de kerstmarkt is morgen, we rijden erheen met de bus van school"),
]

OUTINGS = [
    ("nl", "morgen gaan we met het team naar het stadhuis voor de nieuwjaarsreceptie"),
    ("nl", "vanmiddag gaan we met de leerlingen naar de kerstmarkt"),
    ("en", "tomorrow we are going with the team to the town hall for the new year's reception"),
    ("en", "today we go with the pupils to the christmas market"),
]
THREATS_BESIDE_AN_OUTING = [
    ("nl", "morgen gaan we met het team naar het stadhuis en hij zei dat hij daar de burgemeester neersteekt"),
    ("en", "tomorrow we go with the team to the town hall, and he says he will shoot the mayor there"),
    ("nl", "morgen gaan we met de leerlingen naar de kerstmarkt, een jongen heeft een mes bij zich en zegt dat hij "
           "iemand wat aandoet"),
]

test_a_vehicle_driven_into_a_place_named_before_is_urgent = urgent_by_the_word_rules(DRIVEN_INTO_A_PLACE_NAMED_BEFORE)
test_driving_there_or_around_is_calm = calm_by_the_word_rules(DRIVING_THERE_OR_AROUND)
test_an_outing_with_the_team_or_the_pupils_is_calm = calm_by_the_word_rules(OUTINGS)
test_a_threat_beside_an_outing_stays_urgent = urgent_by_the_word_rules(THREATS_BESIDE_AN_OUTING)
