"""The bare word "gegaan" counted as a calm word (a danger that is over), so "hij is met een mes naar school gegaan en
wil de leraar steken" and "jongen door het ijs gegaan, ik zie hem niet meer" got no 112 line at all (found at the end
of the forty-first session). It is no calm word now. A question whether one may talk something over ("mag ik daar
... over praten?", "mag ik ... bespreken") is a question about the rules; it calms its own sentence, not a danger told
beside it.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("nl", "hij is met een mes naar school gegaan en wil de leraar steken"),
    ("nl", "jongen door het ijs gegaan, ik zie hem niet meer"),
    ("nl", "mag ik erover praten? hij wil morgen de school opblazen"),
    ("nl", "mag ik dit bespreken? hij staat nu met een mes in de gang"),
    ("nl", "mag ik met de mentor bespreken dat hij vanavond naar syrie vertrekt?"),
]

CALM = [
    ("nl", "jeugdleider in onze kerk. een jongen van 17 is bij een groep gegaan die abortusklinieken wil stoppen, "
           "desnoods met geweld. de dominee wil het binnen de kerk houden. mag ik daar buiten hem om over praten?"),
    ("nl", "het gesprek met de ouders is goed gegaan, mag ik het verslag met de mentor bespreken?"),
]

test_a_knife_taken_to_school_and_a_boy_through_the_ice_are_urgent_whatever_gegaan = urgent_by_the_word_rules(URGENT)
test_asking_whether_one_may_talk_it_over_stays_calm = calm_by_the_word_rules(CALM)
