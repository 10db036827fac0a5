"""A negation ("niet", "nothing", "nerf") and the subject of a film or a case ("een les over", "oefencasus") reach
no further than their own sentence. They used to reach into the next one: "dit is geen oefencasus. het buurthuis
staat nu in brand" read "het buurthuis staat" as what the practice case was about, and "nerf. she is on the roof now"
read the roof as negated, so a danger told in the next sentence counted for nothing. Found by putting a danger told
now in its own sentence after each of the ~1,400 calm phrases, denials and figures of speech of faq/danger.yaml."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "dit is geen oefencasus. het buurthuis staat nu in brand en er zitten kinderen binnen"),
    ("nl", "het was een gewone les over. het buurthuis staat nu in brand"),
    ("nl", "er speelt nu niks. de school staat nu in brand en er zitten kinderen binnen"),
    ("en", "nerf. she is on the roof now and wants to jump"),
    ("en", "it turned out to be nothing. the youth centre is on fire now with kids inside"),
]

CALM = [
    ("nl", "we hebben een oefencasus over een school die in brand staat, wie belt wie?"),
    ("nl", "er is geen bom in de school, de politie heeft alles doorzocht"),
    ("en", "we watched a film about a school shooting in class"),
]


test_a_danger_in_the_next_sentence_counts = urgent_by_the_word_rules(CAUGHT)
test_within_its_sentence_it_still_calms = calm_by_the_word_rules(CALM)
