"""A breath that has stopped, told in the same sentence as a question about the file, and the questions of reading
review 33 (#22, #3) about whether one may or must pass something on.

"my son isn't breathing, may i share his file?" is an emergency: the question after the comma never talks down a
breath that has stopped (the danger policy), as it does not when the two stand in separate sentences. A breathing
exercise's instruction ("adem in, en nu niet ademen") stays calm; "hij kan nu niet ademen" does not.

"Am I allowed or even obliged to pass this on?" and "ben ik verplicht dit te melden?" are questions about the rules,
as "mag ik dit delen?" is: after a friend who collects weapons, with no plan, no target and no time, they stay calm,
while a gun carried into a school now stays urgent whatever is asked after it. A calm "he doesnt need to wake up
anymore" gets the 113 line without 112. Lips turning blue or a face going purple, told as happening, is 112 on
its own (DR64 found "his lips are turning blue" caught by neither reader); a film or a laugh last week is not. Left: with the apostrophe ("she doesn't need to wake up anymore") the words
also read as "doesn't wake up" (a phrase may skip two words), so it gets 112 with the 113 line: the cheaper error.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules

STOPPED_BREATH_WITH_A_QUESTION = [
    ("en", "my son isn't breathing, may i share his file?"),
    ("nl", "mijn zoon ademt niet, mag ik zijn dossier delen?"),
    ("en", "she stopped breathing, am i allowed to call her parents?"),
    ("nl", "hij ademt niet meer, ben ik verplicht dit te melden?"),
    ("nl", "hij kan nu niet ademen, mag ik zijn dossier delen?"),
    ("en", "he has a gun and is walking into the school now. am i allowed to call the police?"),
    ("nl", "hij staat nu met een mes in de aula, ben ik verplicht dit te melden?"),
]

ASKING_WHETHER_TO_PASS_IT_ON = [
    ("en", "phd researcher here, i interview young people (16-20) from far-right online scenes. one of them told me "
           "about a friend who collects weapons. my ethics board says everything is confidential. am i allowed or "
           "even obliged to pass this on, and to whom?"),
    ("en", "a friend of his collects weapons. am i obliged to pass this on?"),
    ("en", "a friend of his collects weapons. do i have to tell anyone?"),
    ("nl", "een vriend van hem verzamelt wapens. ben ik verplicht dit te melden?"),
    ("nl", "yoga: adem in, en nu niet ademen, tel tot vier"),
    ("nl", "we organiseren een ehbo-cursus voor de vrijwilligers. oefenen ze ook wat je doet als iemand stopt met ademen?"),
    ("en", "in the first aid course, do they practise what to do if someone stops breathing?"),
]

LIPS_TURNING_BLUE_NOW = [
    ("en", "his lips are turning blue"),
    ("en", "the baby's lips are turning blue, may i call his mother?"),
    ("nl", "zijn lippen worden blauw, wat moet ik doen?"),
    ("nl", "haar gezicht wordt paars, mag ik de ouders bellen?"),
]

BLUE_THAT_IS_NO_EMERGENCY = [
    ("en", "the sky is turning blue after the storm"),
    ("en", "in the film his lips are turning blue in the snow"),
    ("nl", "vorige week liep hij blauw aan van het lachen"),
]

CALM_WISH_NOT_TO_WAKE = [
    ("en", "vet assistant here. a boy of 17 said very calmly that he doesnt need to wake up anymore either. may i "
           "call his parents?"),
    ("en", "my client told me quietly she doesnt need to wake up anymore. what do i do with that?"),
]

test_a_stopped_breath_or_a_weapon_now_beside_a_question_is_urgent = urgent_by_the_word_rules(
    STOPPED_BREATH_WITH_A_QUESTION)
test_asking_whether_one_may_or_must_pass_it_on_stays_calm = calm_by_the_word_rules(ASKING_WHETHER_TO_PASS_IT_ON)
test_a_calm_wish_not_to_wake_up_gets_the_113_line_without_112 = the_113_line_without_112(CALM_WISH_NOT_TO_WAKE)
test_lips_turning_blue_or_a_face_going_purple_now_is_urgent = urgent_by_the_word_rules(LIPS_TURNING_BLUE_NOW)
test_a_sky_a_film_or_a_laugh_that_turns_blue_stays_calm = calm_by_the_word_rules(BLUE_THAT_IS_NO_EMERGENCY)
