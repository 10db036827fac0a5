"""A building or a place on fire, told in the present, is an emergency on its own (112 is the fire brigade too):
"het huis staat in brand", "er is brand in de school", "the flat is on fire and the kids are inside". Calm: the
news, equipment and drills named after fire, spicy food."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "het huis van de buren staat in brand"),
    ("nl", "er is brand in de gymzaal"),
    ("nl", "er woedt brand in het jongerencentrum"),
    ("en", "the flat across the street is on fire and my neighbour's kids are in there"),
    ("en", "the whole place is on fire and people are inside"),
    ("en", "there is a fire in the boys' toilets"),
]

CALM = [
    ("en", "the fire extinguisher in the canteen needs its yearly check"),
    ("en", "the fire alarm in the school goes off every week, should i report that to the caretaker?"),
    ("nl", "mijn mond staat in brand van die pepers"),
    ("nl", "de kerk staat in brand, zag ik op het nieuws van vanochtend in frankrijk"),
]


test_a_fire_told_now_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_fire_words_without_a_fire_stay_calm = calm_by_the_word_rules(CALM)
