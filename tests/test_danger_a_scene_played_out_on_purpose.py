"""A scene played out on purpose and told in the past by those who played it is calm (kinds_check51's fire drill);
a real danger told after it still counts."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

PLAYED = [
    ("nl", "Bij de brandoefening deden we alsof een leerling zn trui vlam vatte."),
    ("nl", "op de ehbo-avond speelden we na dat een meisje niet meer ademde"),
    ("nl", "we deden alsof een kleuter door een man werd meegenomen, zo oefenden de juffen het protocol"),
    ("en", "in the drill we pretended a boy was on fire"),
    ("en", "we pretended that a girl went under in the pool for the lifeguard exam"),
]
REAL_AFTER_IT = [
    ("nl", "we deden alsof hij flauwviel maar nu ligt hij echt stil en ademt niet"),
    ("nl", "we deden alsof er niks was, maar nu staat er een man met een mes in de gang"),
    ("en", "we pretended it was a drill. now a boy is really on fire in the gym"),
]

test_a_scene_played_out_on_purpose_is_calm = calm_by_the_word_rules(PLAYED)
test_a_real_danger_told_after_it_stays_urgent = urgent_by_the_word_rules(REAL_AFTER_IT)
