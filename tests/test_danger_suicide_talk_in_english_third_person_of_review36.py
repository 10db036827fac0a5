"""A calm remark, told in English about someone else, that it would be better if they were not here (review 36).

The Dutch 'zei dat het beter zou zijn als ze er niet meer was' already got the 113 line without the 112 alarm; the
English 'better if she wasnt here anymore' (no apostrophe, as typed on a phone) and 'better if he wasn't around
anymore' got neither line. Both now get the 113 line, without 112: no reader may raise an alarm over a calm wish.
'Better if he wasnt around when the inspectors come' is about a visit, not about living, and gets neither.
"""

from __future__ import annotations

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, the_113_line_without_112

THIRD_PERSON_WISH = [
    ("en", "a girl of 16 told me she sometimes thinks it would be better if she wasnt here anymore"),
    ("en", "a boy (15) said calmly that it would be better if he wasn't around anymore"),
    ("en", "my client says it would be better for everyone if he wasnt around anymore, can I tell his GP?"),
    ("en", "she said quietly it'd be better if she wasnt there anymore. may i call her mother"),
]

ABOUT_A_VISIT = [
    ("en", "it would be better if he wasnt around when the inspectors come, can he stay home"),
]

test_a_calm_wish_told_of_someone_else_gets_the_113_line_without_112 = the_113_line_without_112(THIRD_PERSON_WISH)
test_being_away_for_a_visit_is_no_wish = calm_by_the_word_rules(ABOUT_A_VISIT)


def test_being_away_for_a_visit_gets_no_113_line(shipped_danger: DangerCheck) -> None:
    for _, text in ABOUT_A_VISIT:
        assert not shipped_danger.check(text).suicide_talk, text
