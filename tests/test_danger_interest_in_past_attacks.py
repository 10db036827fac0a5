"""An interest in how attacks were carried out before, with no plan, is a signal to talk about, not a 112 call
(C90's probe for its entry on an interest in attacks); a target with a time or a weapon now still counts."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

INTEREST = [
    ("nl", "jongen zoekt online uit hoe eerdere aanslagen zijn uitgevoerd, hij zegt dat hij het gewoon interessant vindt. moet ik 112 bellen?"),
    ("nl", "een leerling leest alles over eerdere aanslagen en zegt dat hij het spannend vindt, wat moet ik daarmee"),
    ("nl", "mijn cliënt kijkt docu's over aanslagen uit het verleden en zegt dat hij wil snappen hoe dat kon"),
    ("en", "a boy looks up how previous attacks were carried out and says he finds it interesting, what should I do?"),
    ("en", "my pupil keeps reading about earlier attacks and says he wants to understand them"),
]
PLAN_OR_NOW = [
    ("nl", "hij bestudeert eerdere aanslagen en zegt dat hij morgen om 9 uur het station opblaast"),
    ("nl", "hij heeft eerdere aanslagen uitgezocht en staat nu met een mes bij de ingang van de school"),
    ("en", "he studies previous attacks and says he will blow up the station tomorrow at 9"),
]

test_an_interest_in_earlier_attacks_without_a_plan_is_calm = calm_by_the_word_rules(INTEREST)
test_a_target_with_a_time_or_a_weapon_now_stays_urgent = urgent_by_the_word_rules(PLAN_OR_NOW)
