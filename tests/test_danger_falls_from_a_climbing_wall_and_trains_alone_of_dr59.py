"""From helper DR59's probes: a child fallen from a climbing wall who does not respond is urgent (it was calm by both
readers); a fall that is over and a question about the rules stay calm. A train named alone (a trip to a father in
Germany) is no danger: the lead's group of trains and crowds must not make the meaning model less strict.
"""

from __future__ import annotations

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("nl", "een kind is van de klimwand gevallen en reageert niet"),
    ("nl", "er is een kind van de klimwand gevallen, hij reageert niet meer"),
    ("en", "she fell from the climbing wall and is not breathing"),
]

CALM = [
    ("nl", "vorig jaar is er een kind van de klimwand gevallen, het gaat nu weer goed. moeten we dat nog melden?"),
    ("nl", "mag een kind van 8 zonder ouder op de klimwand als het vorige week ook al van de klimwand gevallen is?"),
    ("en", "he fell from the climbing wall last month and is fine now, can he join again?"),
]


def test_a_train_alone_does_not_make_the_meaning_model_less_strict(shipped_danger: DangerCheck) -> None:
    assert not shipped_danger.check("he is travelling to his dad's in germany by train, leaves at 4").urgent


test_a_fall_from_a_climbing_wall_without_response_is_urgent = urgent_by_the_word_rules(URGENT)
test_a_fall_that_is_over_or_a_rules_question_stays_calm = calm_by_the_word_rules(CALM)
