"""A quiz night is a place, not a sign that nothing is happening. A bare "quizavond" / "quiz night" among the calm
words silenced a fire told at one (helper DR60's probe after urgent_test51: smoke, a door stuck and old people
inside at a quiz evening was calm by both readers). A quiz's questions and rounds about attacks or first aid stay
calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("nl", "we hebben een quizavond, er is rook, de deur zit klem en er zitten ouderen binnen"),
    ("nl", "tijdens de pubquiz brak brand uit in de keuken, er zitten nog mensen binnen"),
    ("en", "quiz night at the pub and the kitchen is on fire, people trapped upstairs"),
    ("nl", "quizavond in het dorpshuis: man zakt in elkaar, ademt niet meer"),
    ("en", "pub quiz tonight, a man just pulled a knife on the quizmaster"),
]

CALM = [
    ("nl", "de quizvraag was: wat doe je als het naar gas ruikt?"),
    ("nl", "ik organiseer een pubquiz over aanslagen in de geschiedenis, mag dat voor 15-jarigen?"),
    ("en", "quiz question: what do you do when someone collapses and is not breathing?"),
    ("nl", "quizavond: ronde over beroemde bomaanslagen, te heftig?"),
    ("en", "we are going to smash the quiz tonight"),
]

test_a_fire_or_a_collapse_at_a_quiz_night_is_urgent = urgent_by_the_word_rules(URGENT)
test_a_quiz_question_or_round_about_danger_stays_calm = calm_by_the_word_rules(CALM)
