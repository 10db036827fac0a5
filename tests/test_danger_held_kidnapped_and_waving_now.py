"""Three scenes of danger now that no rule read (found by helper DR68 while probing): someone waving scissors about
in a classroom told as "staat met een schaar te zwaaien", a kidnapped brother with a demand of no police, and a
colleague held in an office with the same demand. Their words alone are everyday ("de kinderen staan met vlaggetjes
te zwaaien", "hij houdt zich vast in de bocht", a film about a kidnapped child), so they count only beside a blade
or weapon, a demand or a threat, or a time.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("nl", "nu staat hij met een schaar in de klas te zwaaien"),
    ("nl", "er loopt een man met een mes te zwaaien op het plein"),
    ("nl", "mag ik dit delen? er staat een jongen met een mes te zwaaien in de aula"),
    ("nl", "ze hebben mijn broer ontvoerd en willen geen politie, anders maken ze hem af"),
    ("nl", "mijn dochter is net ontvoerd door haar vader, wat moet ik nu doen"),
    ("en", "a man just abducted a girl from the playground now"),
    ("nl", "de man houdt mijn collega vast in het kantoor en wil geen politie, anders doet hij haar iets"),
]

CALM = [
    ("nl", "de kinderen staan met vlaggetjes te zwaaien"),
    ("nl", "hij houdt zich vast in de bocht, wat een rit"),
    ("nl", "we lazen in de les een boek over een ontvoerd meisje"),
    ("nl", "vorig jaar werd zijn broer ontvoerd in syrie, hij praat er nog veel over. wat nu?"),
]

test_waving_a_blade_a_kidnapping_and_a_hostage_demand_told_now_are_urgent = urgent_by_the_word_rules(URGENT)
test_waving_flags_holding_on_and_a_story_about_a_kidnapping_stay_calm = calm_by_the_word_rules(CALM)
