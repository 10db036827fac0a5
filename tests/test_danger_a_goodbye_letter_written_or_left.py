"""A goodbye letter written, left or found is 112 (the lead, thirty-fourth session, from helper DR54's note).

"Ze ziet het nut van leven niet meer en heeft een afscheidsbrief geschreven" got only the 113 line: the letter is a
word of both `selfharm` and `suicidetalk`, and no line paired them. The word group `noteleft` (written, left, found,
sent) with the letter makes a line of `urgent_unless_calm`: a lesson, last year, someone doing well now or a question
about the rules still talks it down. A letter for a retiring teacher or exchange students is no goodbye letter.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("nl", "ze ziet het nut van leven niet meer en heeft een afscheidsbrief geschreven"),
    ("nl", "mijn cliënt heeft een afscheidsbrief geschreven"),
    ("nl", "een leerling heeft een afscheidsbrief op zijn bed gelegd en is weg"),
    ("nl", "zijn moeder vond vanochtend een afscheidsbriefje in zijn kamer en hij neemt niet op"),
    ("en", "my client has written a goodbye letter to her kids"),
    ("en", "we found a suicide note in his room, he isn't answering his phone"),
    ("en", "i found a goodbye note from my student, what should i do"),
]

CALM = [
    ("nl", "in de les schreven we een afscheidsbrief aan groep 8"),
    ("nl", "een leerling schreef vorig jaar een afscheidsbrief, mag ik dat aan de nieuwe school doorgeven?"),
    ("nl", "onze collega die met pensioen gaat heeft een afscheidsbrief geschreven aan het team"),
    ("nl", "mag ik een afscheidsbrief die een leerling schreef aan de huisarts laten zien?"),
    ("nl", "wat doe je als een leerling een afscheidsbrief heeft geschreven?"),
    ("en", "he wrote a suicide note last year, he is doing well now"),
    ("en", "the farewell letter for our retiring head teacher is ready"),
    ("en", "we wrote goodbye letters to the exchange students"),
]

test_a_goodbye_letter_written_left_or_found_is_urgent = urgent_by_the_word_rules(URGENT)
test_a_lesson_last_year_a_retirement_or_a_question_stays_calm = calm_by_the_word_rules(CALM)
