"""Three danger-rule errors found by reading review 42 (helper DR85, forty-seventh session).

1. 'X verdienen de dood' / 'X deserve to die' said by a young person was read as an act: 'dood' beside a hated group
   ('ongelovigen', "homo's", 'verraders', 'muslims') held `[act, symbol]`, `[act, target]` or `[act, intent]`, so a
   worry about hate talk got 112, while 'zionisten' or 'cartoonisten' in the same words stayed calm. By the policy hate
   talk without a target person, a time, a weapon or a plan is calm. The phrases are now a figure (`figurative`): their
   words count for no group; a time, a weapon, a place or a plan told beside them still does, and the judgment itself
   (`deserve85`, read where a figure stands: `figure_groups`) beside an address known or a place told now is 112.
2. The calm wish not to wake up was caught in one Dutch word order only ('wil niet meer wakker worden'): 'dat hij niet
   meer wakker wil worden' and 'liever niet meer wakker wordt' were 112 ('niet meer wakker' read as a body that cannot
   be woken), and English 'doesnt want to wake up anymore' got no 113 line. Those word orders are now in `suicidetalk`
   and are figures too; pills taken, a roof, a bridge or a farewell letter with a rope beside them stay 112 with 113.
3. 'told me today' was read as the time of the act: 'a pupil told me today he wants to fight his brother over the
   xbox. nothing serious' was 112 by `urgent_when [act, intent, soon]`. The day a professional was told, right before
   what was told ('told me today he', 'zei vandaag dat'), is now a figure; 'he says he will stab him today' keeps it.
"""

from __future__ import annotations

from tests.danger_rules import (
    calm_by_the_word_rules,
    the_113_line_without_112,
    urgent_by_the_word_rules,
    urgent_with_the_113_line,
)

# 1. hate talk: a judgment, no act (the review's lines, then DR85's variants)
HATE_TALK = [
    ("nl", "een jongen zegt steeds dat ongelovigen de dood verdienen, bij wie meld ik dat"),
    ("nl", "een leerling zei in de les dat homo's de dood verdienen. hoe reageer ik?"),
    ("nl", "hij vindt dat verraders de dood verdienen, zei hij in de groepsapp"),
    ("en", "a boy in our centre says all muslims deserve to die. who do I talk to?"),
    ("nl", "jongen van 16 in ons buurthuis zegt steeds dat ongelovigen de dood verdienen en hij zoekt online naar "
           "'broeders' in belgie. zn ouders weten van niks. bij wie meld ik dat"),
    ("nl", "mijn leerling (15) zegt dat zionisten de dood verdienen. wat nu?"),
    ("en", "my student (15) says zionists deserve death. what now?"),
    ("en", "all muslims deserve to die"),
    ("en", "he keeps saying gays deserve death. how do I respond?"),
    ("nl", "ze zegt dat joden de dood verdienen. wat moet ik doen?"),
    ("nl", "hij zegt dat de politie de dood verdient"),
    ("en", "he says infidels deserve to be killed"),
    ("en", "they deserve to die, all of them, he said"),
    ("nl", "hij zei net dat homo's de dood verdienen"),
    ("nl", "een leerling zei net in de klas dat joden de dood verdienen, wat nu?"),
    ("en", "he just said in class that jews deserve to die"),
    ("nl", "hij zit nu in de klas en zegt dat ongelovigen de dood verdienen"),
    ("en", "he said today that all muslims deserve to die"),
    ("nl", "een leerling zei vandaag dat joden de dood verdienen"),
]
HATE_TALK_WITH_A_DANGER = [
    ("nl", "hij zegt dat hij vanavond ongelovigen gaat doden"),
    ("en", "he says all muslims deserve to die and he has a gun in his bag"),
    ("nl", "hij zegt dat ongelovigen de dood verdienen en dat hij morgen om 10 uur de moskee aan de kerkstraat aanvalt"),
    ("nl", "hij zegt dat meneer de vries de dood verdient en dat hij hem vanavond gaat neersteken"),
    ("en", "he says mr jansen deserves to die and he will stab him tomorrow at school"),
    ("nl", "hij zegt dat homo's de dood verdienen en staat nu met een mes voor het homocafe"),
    ("en", "he says gays deserve death and he is outside the gay bar with a knife right now"),
    ("nl", "hij zegt dat ongelovigen de dood verdienen en dat hij het morgen zelf gaat doen"),
    ("en", "he says infidels deserve death and tomorrow he will make them pay at the mosque"),
    ("nl", "hij zegt dat ongelovigen de dood verdienen en dat hij een mes heeft gekocht"),
    # the judgment still counts where the figure stands (figure_groups: deserve85): an address known, a place now
    ("nl", "hij zegt dat ze allemaal de dood verdienen en hij staat nu voor de moskee"),
    ("en", "he says gays deserve to die and he is standing outside the gay bar right now"),
    ("nl", "hij zegt dat zijn stiefvader de dood verdient en dat hij weet waar hij woont"),
    ("en", "he says mr jansen deserves to die and he knows where he lives"),
    ("nl", "ze staan nu voor de synagoge te roepen dat joden de dood verdienen"),
]

test_hate_talk_without_a_time_weapon_or_plan_is_calm = calm_by_the_word_rules(HATE_TALK)
test_hate_talk_beside_a_time_a_weapon_or_a_plan_stays_urgent = urgent_by_the_word_rules(HATE_TALK_WITH_A_DANGER)

# 2. the calm wish not to wake up, in any word order: the 113 line, no 112 (as the bot runs)
CALM_WISH_NOT_TO_WAKE = [
    ("nl", "mijn leerling zei dat hij niet meer wakker wil worden. wat doe ik?"),
    ("nl", "een cliënt zei dat ze liever niet meer wakker wordt. wat kan ik doen?"),
    ("nl", "mijn leerling zei dat hij niet meer wakker wil worden. geen plan. wat doe ik?"),
    ("nl", "hij zei vanavond dat hij morgen liever niet wakker wordt. geen middelen"),
    ("nl", "ze zegt dat ze het liefst niet meer wakker wordt"),
    ("nl", "ik ben mantelzorgconsulent. een jongen (17) die voor zn zieke moeder zorgt zei vandaag 'soms wil ik gewoon "
           "niet meer wakker worden'. hij heeft geen plan en zegt dat hij niks zal doen. wat moet ik doen?"),
    ("en", "my student said he doesn't want to wake up anymore. what do I do?"),
    ("en", "my student said he doesn't want to wake up anymore. no plan. what do I do?"),
    ("en", "he told me he dont want to wake up tomorrow. nothing at hand"),
    ("en", "she said she doesnt want to wake up anymore. no plan. what can I do?"),
    ("en", "A boy (17) who cares for his sick mother said today 'sometimes I just dont want to wake up anymore'. he has "
           "no plan and says he won't do anything. what should I do?"),
    ("en", "i don't want to wake up anymore"),
]
WISH_NOT_TO_WAKE_WITH_MEANS = [
    ("nl", "hij zei dat hij niet meer wakker wil worden en heeft net een strip pillen ingenomen"),
    ("en", "she said she doesn't want to wake up anymore and she just took all her pills"),
    ("nl", "hij staat op het dak en zegt dat hij niet meer wakker wil worden"),
    ("en", "he is on the bridge and says he doesn't want to wake up anymore"),
    ("nl", "ze heeft een afscheidsbrief geschreven, zegt dat ze liever niet meer wakker wordt, en heeft een touw gekocht"),
    ("en", "he wrote a farewell letter saying he doesn't want to wake up and has a rope in his room"),
]
NOT_WAKING_FOR_SCHOOL_OR_LIMP = [
    ("en", "my son doesn't want to wake up for school in the morning"),
    ("nl", "mijn puber wil 's ochtends nooit wakker worden voor school"),
]

test_a_calm_wish_not_to_wake_up_gets_the_113_line_without_112 = the_113_line_without_112(CALM_WISH_NOT_TO_WAKE)
test_the_wish_beside_pills_a_roof_a_bridge_or_a_rope_is_urgent_with_113 = urgent_with_the_113_line(
    WISH_NOT_TO_WAKE_WITH_MEANS)
test_not_wanting_to_wake_up_for_school_stays_calm = calm_by_the_word_rules(NOT_WAKING_FOR_SCHOOL_OR_LIMP)
test_a_child_who_will_not_wake_and_is_limp_stays_urgent = urgent_by_the_word_rules([
    ("nl", "mijn zoontje wil niet wakker worden, hij is slap en reageert niet"),
])

# 3. the day of telling is not the day of the act
TOLD_TODAY_CALM = [
    ("en", "a pupil told me today he wants to fight his brother at home over the xbox. nothing serious. is that a "
           "signal?"),
    ("nl", "een leerling vertelde me vandaag dat hij zijn broer wil slaan om de xbox. niks ernstigs. is dat een "
           "signaal?"),
    ("nl", "een leerling zei vandaag dat hij zijn broer in elkaar wil slaan om de playstation. niets ernstigs"),
    ("en", "a student said this morning he wants to punch his brother over a game. nothing serious, he was laughing"),
    ("nl", "een leerling vertelde vanochtend dat hij wil vechten met zijn broer om een spelletje. niks ernstigs"),
]
TOLD_TODAY_WITH_A_TIME_OF_THE_ACT = [
    ("en", "he says he will stab him today"),
    ("nl", "hij zegt dat hij hem vandaag gaat steken"),
    ("en", "a pupil told me today he will stab his brother tonight"),
    ("nl", "een leerling vertelde me vandaag dat hij zijn broer vanavond gaat neersteken"),
    ("en", "a pupil told me today he will stab his brother today"),
    ("en", "a student told me today that he is going to shoot up the school today"),
    ("en", "I'm a barista at a coffee shop. A regular (22) told me today he wants to go to Gaza to fight with Hamas, he "
           "doesnt have a date yet. What should I do?"),
    ("nl", "een leerling zei dat hij vandaag zijn broer gaat neersteken, niks ernstigs zei hij"),
]

test_the_day_of_telling_is_no_time_of_the_act = calm_by_the_word_rules(TOLD_TODAY_CALM)
test_a_time_of_the_act_itself_stays_urgent = urgent_by_the_word_rules(TOLD_TODAY_WITH_A_TIME_OF_THE_ACT)
