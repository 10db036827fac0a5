"""Two danger findings of reading review 32 (bench/reading_review32.md, #24 and #4), in words of our own.

A van or truck aimed at a crowd or a target on a named day ("is going to hit the pride march on saturday with a van",
"gaat zaterdag met een busje de pride raken") is a plan with a target and a time: 112 first, also when the writer
only passes it on and asks whether it is gossip. Going to the pride by van, driving along in a parade or a delivery
to the market stays calm.

A young person who says calmly that she will not be there after the summer and gives her things away shows a sign of
suicide without acute danger: the reply opens with the 113 line, and no 112 alarm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules

VEHICLE_AIMED_AT_A_CROWD = [
    ("en", "my cousin is going to hit the pride march on saturday with a van"),
    ("en", "a customer at the pharmacy said his cousin is going to hit the pride march on saturday with a van and "
           "laughed. is this just gossip or do i tell someone?"),
    ("nl", "zn neef gaat zaterdag met een busje de pride raken"),
    ("nl", "een klant zei dat zijn neef zaterdag met een busje de pride gaat raken en lachte erbij. is dat geklets of "
           "moet ik het melden?"),
    ("nl", "hij zegt dat hij morgen met de bestelbus de optocht gaat rammen"),
    ("en", "he says he will ram the parade tomorrow with his van"),
]

GOING_ALONG_CALM = [
    ("nl", "we gaan zaterdag met een busje naar de pride"),
    ("nl", "we gaan met de bus naar de pride"),
    ("en", "we're going to hit the pride march on saturday with a van full of friends"),
    ("nl", "zaterdag gaan we met een busje vol vrienden de pride raken"),
    ("nl", "zaterdag rijden we met een vrachtwagen met de optocht mee"),
    ("nl", "de wielerronde komt zaterdag door het dorp, raakt de vrachtwagen van de organisatie dan de markt?"),
]

QUIET_GOODBYE = [
    ("nl", "heb een nagelstudio. een vaste klant van 16 zei vandaag heel rustig tijdens het lakken dat ze 'er na de "
           "zomer toch niet meer is' en dat ze haar spullen al weggeeft. mag ik haar moeder bellen?"),
    ("en", "a client of 16 said very calmly she wont be here anymore after the summer and is giving her things away. "
           "may i call her mother?"),
    ("nl", "mijn leerling zei rustig dat hij er volgende maand toch niet meer is en hij geeft al zijn spullen weg aan "
           "vrienden. wat moet ik doen?"),
    ("en", "my pupil calmly said he won't be around much longer and he gives his games away to friends"),
]

test_a_van_aimed_at_a_crowd_on_a_named_day_is_urgent = urgent_by_the_word_rules(VEHICLE_AIMED_AT_A_CROWD)
test_going_to_the_pride_by_van_or_driving_along_stays_calm = calm_by_the_word_rules(GOING_ALONG_CALM)
test_a_quiet_goodbye_with_things_given_away_gets_the_113_line_without_112 = the_113_line_without_112(QUIET_GOODBYE)
