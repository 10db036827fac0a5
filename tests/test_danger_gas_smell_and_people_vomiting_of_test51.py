"""A gas smell with people vomiting is urgent also when Dutch says "geven over" after who is sick (helper DR60 left
"het ruikt naar gas en de kinderen geven over" missed, because the bare "geven over" is also "geven over het
algemeen"). The everyday phrases stay calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("nl", "het ruikt naar gas en de kinderen geven over"),
    ("nl", "de hele gang ruikt naar gas, de jongens geven allemaal over en zijn duizelig"),
    ("nl", "het ruikt hier naar gas, ze geven over en hebben hoofdpijn"),
]

CALM = [
    ("nl", "kinderen geven over het algemeen weinig om gas of licht"),
    ("nl", "de kinderen geven over het hoofd wat ze zien"),
    ("nl", "in de les over gaslekken leerden de kinderen wat je doet als het naar gas ruikt"),
]

test_a_gas_smell_with_people_vomiting_is_urgent = urgent_by_the_word_rules(URGENT)
test_everyday_geven_over_stays_calm = calm_by_the_word_rules(CALM)
