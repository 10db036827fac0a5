"""Calm messages that raised 112 in reading review 34 and test55 (scored, tuning data now), with the dangers beside
them that must still alarm.

- The day a calm wish was said is no time for an act: "zei vandaag heel rustig dat hij er liever niet meer zou zijn"
  gets the 113 line without 112 (review 34, #1), as it did with "gisteren" or no day at all.
- "may i as an ambulance nurse pass on that i saw nazi flags and weapons at a patient's home?" asks about the rules,
  with the asker's role between "may i" and "pass on" (review 34).
- Where the writer now works is no time ("a youth care worker from Ghana now working in Almere"), and a wish to join
  an armed group abroad "once he turns eighteen" is a far age, no departure (test55 163).
- A photo of himself holding a rifle, shown to the writer, is material, not a weapon drawn (test55 167).
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules

THE_DAY_IT_WAS_SAID = [
    ("nl", "ik ben vrijwilliger op de kinderboerderij. een jongen van 17 die hier zn maatschappelijke stage doet zei "
           "vandaag heel rustig dat hij 'er eigenlijk liever niet meer zou zijn', en hij praat de laatste tijd alleen "
           "nog over 'omvolking' en filmpjes van een of andere nationalistische groep. mag ik zn ouders of zn school "
           "bellen?"),
    ("nl", "een bewoner vertelde vandaag rustig dat hij er liever niet meer zou zijn. bij wie meld ik dat?"),
    ("en", "a pupil told me today quite calmly that she would rather not be here anymore, whom do i tell?"),
]

# Told in one bare sentence, the reading by meaning still alarms on these (0.84, 0.88): the word rules no longer do
THE_DAY_IT_WAS_SAID_BARE = [
    ("nl", "mijn cliënt zei vandaag heel rustig dat hij er liever niet meer zou zijn"),
    ("en", "my client said today very calmly that he would rather not be here anymore"),
]

ASKED_ABOUT_THE_RULES_OR_FAR_OFF = [
    ("en", "may i as an ambulance nurse pass on that i saw nazi flags and weapons at a patient's home?"),
    ("en", "can i as a home carer pass on that there were weapons and extremist flags in the living room?"),
    ("en", "I'm a youth care worker from Ghana now working in Almere. A 16-year-old client told me he wants to join an "
           "armed group abroad once he turns eighteen. Am I bound by secrecy here, or must I tell someone?"),
    ("nl", "een jongen van 16 wil zich bij een gewapende groep in het buitenland aansluiten zodra hij 18 is. moet ik "
           "dat melden?"),
    ("en", "I'm a South African foreman training apprentices at a construction firm in Zwolle. One apprentice, 18, "
           "showed me a photo of himself holding a rifle in front of a militia flag. What should I do first?"),
    ("en", "a pupil showed me a picture of himself holding a hunting rifle at his uncle's farm, is that a signal?"),
]

DANGER_BESIDE_THEM = [
    ("nl", "hij zei vandaag heel rustig dat hij vanavond van de brug springt"),
    ("en", "she said today very calmly that she will jump off the bridge tonight"),
    ("en", "may i as a teacher pass on that a boy is stabbing a classmate in the hall right now?"),
    ("en", "I'm a youth worker now working in Almere. A boy of 17 leaves tonight to join an armed group in Syria."),
    ("en", "a boy of 16 wants to join an armed group abroad once he turns eighteen, he leaves tonight for Turkey"),
    ("en", "an apprentice showed me a photo of himself holding a rifle and said he will shoot the foreman tomorrow"),
    ("en", "he sent me a photo of himself holding a knife outside her house right now"),
]

test_a_calm_wish_told_on_the_day_it_was_said_gets_the_113_line_without_112 = the_113_line_without_112(
    THE_DAY_IT_WAS_SAID)
test_a_bare_calm_wish_told_on_the_day_it_was_said_raises_no_112_by_the_word_rules = calm_by_the_word_rules(
    THE_DAY_IT_WAS_SAID_BARE)
test_a_question_with_the_role_in_between_a_far_age_and_a_photo_of_a_rifle_stay_calm = calm_by_the_word_rules(
    ASKED_ABOUT_THE_RULES_OR_FAR_OFF)
test_a_time_for_the_act_a_stabbing_now_a_departure_tonight_and_a_threat_beside_them_are_urgent = (
    urgent_by_the_word_rules(DANGER_BESIDE_THEM))
