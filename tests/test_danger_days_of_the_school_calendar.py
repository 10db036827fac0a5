"""A day of the school or work calendar is no D-day (the lead, forty-fourth session): "morgen is de dag" is a line of
`urgent_when` (a day named with a time), and its phrase "is de dag" takes words in between, so "morgen is de open dag
van onze school, mag ik foto's op de website zetten?" and "morgen is de laatste dag voor de vakantie" raised 112.
These calendar days are figures now; "morgen is de dag" itself, and a threat told beside a calendar day, still alarm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CALENDAR_DAYS = [
    ("nl", "morgen is de open dag van onze school, mag ik foto's van leerlingen op de website zetten?"),
    ("nl", "zaterdag is de open dag van het jongerencentrum, wat mag ik over onze aanpak vertellen?"),
    ("nl", "morgen is de open dag van de moskee"),
    ("nl", "morgen is de laatste dag voor de vakantie, mag ik de leerlingen iets vertellen over de casus?"),
    ("nl", "vrijdag is de laatste dag van het schooljaar en dan gaat mijn leerling verhuizen"),
    ("nl", "morgen is de eerste dag van zijn stage bij de gemeente"),
    ("nl", "maandag is de eerste dag van de nieuwe mentor, moet ik het dossier overdragen?"),
    ("nl", "morgen is de dag van de leraar"),
]

D_DAYS = [
    ("nl", "morgen is de dag, dan gaat de school eraan"),
    ("nl", "dinsdag is de dag, zei hij, en hij liet een mes zien"),
    ("nl", "morgen is de open dag van school en hij zei dat hij dan iedereen neerschiet"),
    ("nl", "hij appte: morgen is de dag, dan pakken we ze allemaal bij de moskee"),
]

test_a_day_of_the_school_calendar_is_calm = calm_by_the_word_rules(CALENDAR_DAYS)
test_a_d_day_or_a_threat_beside_a_calendar_day_stays_urgent = urgent_by_the_word_rules(D_DAYS)
