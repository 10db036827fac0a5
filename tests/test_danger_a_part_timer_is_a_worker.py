"""A part-timer is a worker, not a timer on a device (helper DR68 found "my 16-year-old part-timer is great" raising
the 112 line: "timer" counts as a weapon part). A bomb with a timer still alarms, also when a part-timer tells of it.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CALM = [
    ("en", "my 16-year-old part-timer is great, may i give him a reference?"),
    ("nl", "onze parttimer van 17 is top, mag ik een referentie geven?"),
]

URGENT = [
    ("en", "there is a bomb with a timer under the stage right now"),
    ("en", "our part-timer says there is a bomb with a timer in the canteen right now"),
]

test_a_part_timer_at_work_stays_calm = calm_by_the_word_rules(CALM)
test_a_bomb_with_a_timer_stays_urgent_beside_a_part_timer = urgent_by_the_word_rules(URGENT)
