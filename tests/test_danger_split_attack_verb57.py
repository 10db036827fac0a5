"""An attack told with the Dutch separable verb split ('morgen valt hij de moskee aan'): the word rules knew
'aanvallen', 'aanvalt' and 'aan te vallen' but not the verb and its particle apart, so only the meaning model caught
an attack with a day and a place told that way (found by the lead in session 57). The split forms count only with the
attacker beside the verb; a bare 'valt ... aan' is left out because 'wat valt er aan te doen' and 'het valt me op dat
hij veel tijd aan ...' are everyday Dutch.
Left: a past told in the same clause before it ('vorig jaar was hij in turkije en morgen valt hij de moskee aan') still
calms the whole clause by the word rules, and the meaning model is held back there too; the calm-phrase mechanism reads
clauses, not the times inside them.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

SPLIT_ATTACK_WITH_A_TIME = [
    ('nl', 'morgen valt hij de moskee aan'),
    ('nl', 'een jongen uit mijn groep zegt: vanavond vallen ze met zijn vrienden de synagoge aan'),
    ('nl', 'ik ben wijkagent. volgens zijn broer valt hij morgenochtend de school aan met een mes'),
    ('nl', 'hij valt vanmiddag het azc aan, zegt hij in de groepsapp'),
    ('nl', 'zij vallen om acht uur vanavond het buurthuis aan'),
]

EVERYDAY_VALT_AAN = [
    ('nl', 'wat valt er aan te doen als een leerling morgen weer zo boos is?'),
    ('nl', 'het valt me op dat hij vandaag veel tijd aan zijn telefoon besteedt, moet ik dat melden?'),
    ('nl', 'valt hij onder de meldcode als ik morgen aan de ouders vertel wat ik zag?'),
    ('nl', 'in de les geschiedenis lazen we vandaag hoe Napoleon Rusland aanviel; valt dat onder burgerschap?'),
]

test_an_attack_told_with_the_split_verb_and_a_time_is_urgent = urgent_by_the_word_rules(SPLIT_ATTACK_WITH_A_TIME)
test_everyday_valt_aan_stays_calm = calm_by_the_word_rules(EVERYDAY_VALT_AAN)
