"""What a film or documentary is about counts for no group ('een docu over een pijpbom'), unless the message points
back to it as the teller's own: 'dat hij er morgen zelf een meeneemt', 'he will bring one himself tomorrow' make
the pipe bomb his, with a time (a leftover of helper DR69 on urgent_test55). The film alone, or a plan to make a film
or a school project about it, stays calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

BROUGHT_BACK = [
    ("nl", "hij zei na de docu over de pijpbom dat hij er morgen zelf een meeneemt"),
    ("en", "after the documentary about the pipe bomb he said he will bring one himself tomorrow"),
    ("nl", "na de film over de aanslag met de pijpbom zei een leerling dat hij er vanavond een meeneemt naar de moskee"),
    ("en", "we watched a documentary about a nail bomb and he said he will make one himself for friday"),
]

THE_FILM_ALONE = [
    ("nl", "we keken in het buurthuis een docu over een pijpbom bij een herdenking in de jaren tachtig, daarna vroeg "
           "een jongen of hij morgen mee mag naar de veteranendag in den haag"),
    ("en", "after the documentary about the pipe bomb he asked if he can make a school project about it"),
    ("nl", "na de docu over de pijpbom wil hij er een spreekbeurt over houden"),
]

test_a_film_subject_brought_back_as_his_own_with_a_time_is_urgent = urgent_by_the_word_rules(BROUGHT_BACK)
test_the_film_alone_stays_calm = calm_by_the_word_rules(THE_FILM_ALONE)
