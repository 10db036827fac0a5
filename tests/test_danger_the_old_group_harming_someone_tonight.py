"""A young person's old group that will harm him TONIGHT, or is waiting for him now, is acute danger; the fear that
it will harm him some day is not (test68 #210, 1-based, calmed by DR105 as a kind).

DR105's calm phrase "oude vrienden hem iets aandoen" allows a word in between, so "hij is bang dat zijn oude vrienden
hem vanavond iets aandoen" went calm with it. The old group beside harm and a time tonight, or beside waiting outside
now, is urgent whatever else the message says; without a time it stays calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_as_the_bot_runs, urgent_by_the_word_rules

TONIGHT_OR_NOW = [
    ("nl", "hij is bang dat zijn oude vrienden hem vanavond iets aandoen"),
    ("nl", "zijn oude vrienden staan nu voor de deur om hem iets aan te doen"),
    ("nl", "zijn oude vrienden wachten hem op bij school en willen hem in elkaar slaan"),
    ("en", "he is afraid his old friends will hurt him tonight"),
    ("en", "his old friends are outside now, they will hurt him"),
]

SOME_DAY_OR_OVER = [
    ("nl", "hij is bang dat zn oude vrienden hem iets aandoen. wat kan ik voor hem regelen?"),
    ("nl", "hij is nu bang dat zijn oude vrienden hem iets aandoen als hij stopt"),
    ("nl", "nu hij uit de groep is, is hij bang dat zn oude vrienden hem iets aandoen"),
    ("nl", "vorig jaar waren zijn oude vrienden boos, nu gaat het goed met hem"),
    ("nl", "zijn oude vrienden komen vanavond naar het buurthuis voor een potje voetbal"),
    ("en", "he is now afraid his old friends will hurt him"),
    ("en", "he is scared his old friends will beat him up if he quits"),
    ("en", "we discussed in class how old friends can hurt you when you leave a group"),
    ("en", "he said last year his old friends were outside his house and wanted to hurt him, it is over now"),
]

test_the_old_group_harming_him_tonight_or_now_alarms = urgent_by_the_word_rules(TONIGHT_OR_NOW)
test_the_old_group_harming_him_tonight_alarms_as_the_bot_runs = urgent_as_the_bot_runs(TONIGHT_OR_NOW[:2])
test_a_fear_for_some_day_or_a_harm_that_is_over_stays_calm = calm_by_the_word_rules(SOME_DAY_OR_OVER)
