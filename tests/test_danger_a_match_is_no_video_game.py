"""A fight after a match is no video game (the lead, thirty-fourth session).

The calm phrase ``game*`` talks a game down ("in the game you stamp on enemies"), but "after the game" or "the away
game" is a match: fans stamping on a boy after it are a fight now. The word group ``notcalm`` of faq/danger.yaml holds
such phrases; a calm word inside one does not count, and a video game told beside it still calms.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("en", "after the game fans are stamping on a boy, he has stopped moving"),
    ("en", "on the coach back from the away game two men are stamping on a young fan, he's stopped moving"),
    ("en", "outside the stadium after the home game a group is kicking a boy on the ground, he's not moving"),
    ("nl", "na de game stampen twee mannen op een jongen, hij beweegt niet meer"),
]

CALM = [
    ("en", "in the video game you stamp on enemies until they stop moving"),
    ("en", "after the game the boys played fortnite and stamped on each other in the game until one stopped moving"),
    ("en", "after the game we talked about the stabbing in the series, can i discuss that with the class?"),
    ("nl", "na de game speelt mijn zoon minecraft waarin hij huizen opblaast, moet ik me zorgen maken?"),
]

test_a_fight_after_a_match_is_urgent = urgent_by_the_word_rules(URGENT)
test_a_video_game_beside_a_match_stays_calm = calm_by_the_word_rules(CALM)
