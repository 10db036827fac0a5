"""Ideas from reading review 29 (#21, #23), written in words of our own, each with urgent twins.

Calm (word rules alone): what a group's leaflets, posts or speakers call for ("een groep die oproept tot jihad tegen
het westen", "a group calling for jihad against the west") is their message, not a trip: a volunteer who asks whether
the leaflets may go to the municipality with a regular's details is no emergency. A departure, a target or a time told
in other words beside it still counts ("hij roept op tot jihad en vertrekt vanavond naar syrië").

113 without 112 (as the bot runs): a calm remark that someone would rather not wake up tomorrow or again. Beside a
danger now (pills taken, standing on a roof edge) it is urgent with the 113 line under 112. Dutch "liever niet meer
wakker" is not here: "niet meer wakker" is also a body that cannot be woken, and stays 112 with the 113 line.
"""

from __future__ import annotations

from tests.danger_rules import (calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules,
                                 urgent_with_the_113_line)

CALM = [
    ("nl", "bij het buurthuis lagen flyers van een groep die oproept tot 'heilige strijd tegen het westen'. de beheerder "
           "wil de naam van de man die ze neerlegde aan de gemeente geven. mag dat zomaar?"),
    ("nl", "een vrijwilliger van de kledingbank deelde posts van een beweging die oproept tot jihad. moeten we dat melden "
           "bij de gemeente en mogen we zijn gegevens doorsturen?"),
    ("en", "someone left stickers from a movement calling for jihad against the west in our library toilets. the "
           "manager wants to pass the cctv stills to the municipality. is that allowed?"),
    ("en", "a student's instagram follows imams who call for jihad against the west. can i raise this with the "
           "school's care coordinator without his consent?"),
]

URGENT = [
    ("nl", "hij roept op tot jihad en vertrekt vanavond naar syrië, zijn tas staat al klaar"),
    ("nl", "ze roept op tot geweld en zegt dat ze morgen de moskee in brand steekt"),
    ("en", "he keeps calling for jihad and is leaving for the airport right now to go fight in syria"),
    ("en", "a group calling for attacks on the synagogue tonight, one of them has petrol in his car"),
]

CALM_WISH = [
    ("en", "after training one of my players (15) said quietly he'd rather not wake up tomorrow. he wasn't upset. "
           "should i tell his parents?"),
    ("en", "my client told me very calmly that she would rather never wake up again. what can i do besides listening?"),
]

WISH_AND_DANGER_NOW = [
    ("en", "she said she'd rather not wake up tomorrow and has just swallowed all the pills in the cupboard"),
    ("en", "he'd rather not wake up again, he says, and he is standing on the edge of the roof right now"),
]

test_what_a_group_calls_for_is_no_trip_and_stays_calm = calm_by_the_word_rules(CALM)
test_a_departure_target_or_time_beside_the_call_stays_urgent = urgent_by_the_word_rules(URGENT)
test_rather_not_waking_up_told_calmly_gets_the_113_line_without_112 = the_113_line_without_112(CALM_WISH)
test_rather_not_waking_up_beside_a_danger_now_is_112_with_the_113_line = urgent_with_the_113_line(WISH_AND_DANGER_NOW)
