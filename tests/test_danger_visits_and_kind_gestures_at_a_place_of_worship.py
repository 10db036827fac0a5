"""A visit or a kind gesture at a place of worship, today or tomorrow, is no plan against it (the lead, forty-fourth
session, after a probe of DR75's letterbox rules): "vanavond gaan we met de klas naar de moskee" raised 112 through the
line of a plan with a time and a symbolic target ("gaan" + "vanavond" + "moskee"), which must stay for real plans
("zondag tijdens de dienst gaat hij naar de kerk om die mensen een lesje te leren"). A class trip, an open day, a guided
tour or a thank-you now calm it; a threat, a weapon or an act told beside the visit is a line of its own and still
raises 112.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

VISITS_AND_KIND_GESTURES = [
    ("nl", "vanavond gaan we met de klas naar de moskee"),
    ("nl", "morgen gaan we met mijn klas naar de synagoge, moet ik de ouders om toestemming vragen?"),
    ("nl", "vanmiddag gaan we met de klas naar de kerk op de hoek voor het project over geloven"),
    ("nl", "morgen gaan de jongeren van het buurthuis een bedankkaart brengen bij de moskee"),
    ("nl", "vanavond gaan we bloemen brengen bij de synagoge om ze te bedanken voor de hulp na de brand"),
    ("nl", "morgen gaan we met de jongerengroep naar de open dag van de moskee"),
    ("en", "tomorrow we go with the class to the mosque for the open day"),
    ("en", "tonight the youth club is going to the synagogue to thank them for the dinner"),
    ("en", "tomorrow we are going on a guided tour of the cathedral with my class"),
]

THREATS_BESIDE_A_VISIT = [
    ("nl", "morgen gaan we met de klas naar de synagoge en hij zei dat hij de rabbijn dan neersteekt"),
    ("nl", "vanavond gaan we met de klas naar de moskee, een jongen heeft een mes bij zich en zegt dat hij de imam wat "
           "aandoet"),
    ("nl", "morgen is de open dag van de moskee en hij zei dat hij daar een bom neerlegt"),
    ("en", "tomorrow we go with the class to the mosque and he says he will shoot the imam there"),
    ("en", "tonight we drop a thank-you card through the mosque's letterbox, and he said he will burn the place down "
           "after"),
]

test_a_visit_or_a_kind_gesture_at_a_place_of_worship_is_calm = calm_by_the_word_rules(VISITS_AND_KIND_GESTURES)
test_a_threat_told_beside_a_visit_stays_urgent = urgent_by_the_word_rules(THREATS_BESIDE_A_VISIT)
