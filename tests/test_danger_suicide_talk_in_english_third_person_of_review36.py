"""A calm remark, told in English about someone else, that it would be better if they were not here (review 36).

The Dutch 'zei dat het beter zou zijn als ze er niet meer was' already got the 113 line without the 112 alarm; the
English 'better if she wasnt here anymore' (no apostrophe, as typed on a phone) and 'better if he wasn't around
anymore' got neither line, and 'but hasnt mentioned plans' was read as a plan. Both now get the 113 line, without 112: no reader may raise an alarm over a calm wish.
'Better if he wasnt around when the inspectors come' is about a visit, not about living, and gets neither.
"""

from __future__ import annotations

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules

THIRD_PERSON_WISH = [
    ("en", "a girl of 16 told me she sometimes thinks it would be better if she wasnt here anymore"),
    ("en", "a boy (15) said calmly that it would be better if he wasn't around anymore"),
    ("en", "my client says it would be better for everyone if he wasnt around anymore, can I tell his GP?"),
    ("en", "she said quietly it'd be better if she wasnt there anymore. may i call her mother"),
]

# review 36, the English twin of #15: 'hasnt mentioned plans' says there is no plan (it had read 'plans' as intent)
NO_PLANS_MENTIONED = [
    ("en", "a 16-year-old in my care said very calmly today 'sometimes i think it would be better if i just wasnt "
           "here'. she also follows lots of accounts about 'hijrah' and marrying a fighter but hasnt mentioned plans"),
]

# ... but a departure tonight or a weapon now, told after it, still counts
NO_PLANS_BUT_DANGER_NOW = [
    ("en", "she follows accounts about marrying a fighter but hasnt mentioned plans. she leaves tonight for syria "
           "with a ticket"),
    ("en", "he hasn't mentioned any plans but he has a gun in his bag at school right now"),
]

ABOUT_A_VISIT = [
    ("en", "it would be better if he wasnt around when the inspectors come, can he stay home"),
]

test_a_calm_wish_told_of_someone_else_gets_the_113_line_without_112 = the_113_line_without_112(THIRD_PERSON_WISH)
test_no_plans_mentioned_gets_the_113_line_without_112 = the_113_line_without_112(NO_PLANS_MENTIONED)
test_a_danger_told_after_no_plans_stays_urgent = urgent_by_the_word_rules(NO_PLANS_BUT_DANGER_NOW)
test_being_away_for_a_visit_is_no_wish = calm_by_the_word_rules(ABOUT_A_VISIT)


def test_being_away_for_a_visit_gets_no_113_line(shipped_danger: DangerCheck) -> None:
    for _, text in ABOUT_A_VISIT:
        assert not shipped_danger.check(text).suicide_talk, text
