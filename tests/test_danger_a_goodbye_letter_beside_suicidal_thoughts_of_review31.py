"""A goodbye letter written beside suicidal thoughts is 112 first. The bare calm words "gedachten" / "thoughts" (from
the early sets, for thoughts without a plan) talked down "ze heeft suïcidale gedachten en heeft een afscheidsbrief
geschreven" (helper DR61, after review 31). Without them, thoughts alone still get the 113 line and no alarm, and a
past crisis is calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("nl", "ze heeft suïcidale gedachten en heeft een afscheidsbrief geschreven"),
    ("nl", "hij heeft gedachten om er een eind aan te maken en heeft een afscheidsbrief geschreven"),
    ("en", "he has suicidal thoughts and wrote a goodbye letter last night"),
    ("en", "she has suicidal thoughts and has pills saved up"),
]

CALM = [
    ("nl", "ze heeft soms suïcidale gedachten, hoe praat ik daarover?"),
    ("en", "he has had dark thoughts for a while, should I tell his parents?"),
    ("nl", "ik heb gedachten over hoe ik het gesprek aanpak"),
    ("nl", "mn cliënt had vroeger suïcidale gedachten, nu is hij stabiel"),
    ("nl", "hij heeft gedachten over een aanslag maar geen plan, wat moet ik doen?"),
]

test_a_goodbye_letter_or_means_beside_suicidal_thoughts_is_urgent = urgent_by_the_word_rules(URGENT)
test_thoughts_alone_or_a_past_crisis_stay_calm = calm_by_the_word_rules(CALM)
