"""Photos are shot, not people (the lead, forty-fourth session, probing the rules with a teacher's ordinary week):
"morgen schieten we foto's voor het jaarboek, mogen die online?" raised 112 (a shooting word and a time). Shooting
photos is a figure now; a shot at a person told beside it still raises 112.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

PHOTOS = [
    ("nl", "morgen schieten we foto's voor het jaarboek, mogen die online?"),
    ("nl", "vanmiddag schiet de fotograaf foto's van de klas, moet ik de ouders om toestemming vragen?"),
    ("nl", "morgen gaan we foto's schieten bij het buurthuis voor de nieuwe website"),
    ("en", "tomorrow the photographer will shoot photos of the class for the yearbook"),
]

SHOTS_AT_PEOPLE = [
    ("nl", "morgen schieten we foto's en daarna schiet ik de leraar neer"),
    ("nl", "morgen schiet hij de leraar neer"),
    ("en", "tomorrow he will shoot the teacher"),
]

test_photos_shot_for_the_yearbook_are_calm = calm_by_the_word_rules(PHOTOS)
test_a_shot_at_a_person_stays_urgent = urgent_by_the_word_rules(SHOTS_AT_PEOPLE)
