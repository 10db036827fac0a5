"""A driving lesson is a real car on the road, not a lesson about a danger (reading review 35, #1): the English
message of a driving instructor whose learner says he will drive to the mosque to "hit them all after prayers" got
no 112 line, because the bare word "lesson" calmed it. A threat told as a joke about the exam, or a lesson about
safe driving, stays calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("en", "i'm a driving instructor. may i actually give a student's (18) data to the police if i think he's "
           "radicalising? asking now because he is sitting next to me in the lesson car right now saying that in a "
           "moment he'll drive his dad's car to the mosque on the market square to 'hit them all after prayers'. "
           "i've pulled over"),
    ("en", "my student in the driving lesson says he'll drive his dad's car to the mosque right now to hit them all"),
    ("en", "during the driving lesson right now my learner says he will drive into the crowd at the market in a "
           "moment"),
    ("nl", "ik ben rijinstructeur. mag ik gegevens van een leerling aan de politie geven? hij zit nu naast me tijdens "
           "de rijles en zegt dat hij zo meteen naar de moskee rijdt om ze allemaal te raken"),
]

CALM = [
    ("en", "my student failed his driving lesson and said he'll kill me lol, may i share his data with the driving "
           "school?"),
    ("nl", "tijdens de rijles zei hij dat hij de examinator wel kon vermoorden toen hij zakte, grapje natuurlijk"),
    ("en", "we had a lesson about the attack on the mosque in christchurch, may i discuss it with my class?"),
]

test_a_threat_told_from_a_driving_lesson_is_urgent = urgent_by_the_word_rules(URGENT)
test_a_joke_after_a_driving_lesson_and_a_lesson_about_an_attack_stay_calm = calm_by_the_word_rules(CALM)
