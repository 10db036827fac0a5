"""What DR57 and DR58 left in the danger rules (brief DR59), each written in words of our own.

113 without 112 (as the bot runs): a calm remark that someone wants to be dead ('ze zegt dat ze dood wil', 'hij zei
dat het beter is als hij dood is'), as 'liever dood' (DR58); 'would rather die than live here'. With the means, an
edge, a time, a weapon or another person wished dead ('dat hij zijn vader dood wil') it stays 112, with the 113 line.

Urgent (word rules alone): a plan behind the calm phrase 'punish the unbelievers' with a target or a vehicle ('at the
market on friday with a van'); 'liever dood dan in de cel' beside a bomb he carries (the custody words are
no all-clear there); a scaffolder hanging in his harness 20 metres up; a real fire that breaks out during a fire
drill ('brak er echt brand uit').

Calm (word rules alone): DIY with a hammer ('slaat met de hamer op de beitel', 'tentharingen met een hamer in de grond
geslagen'); a remark about punishing unbelievers with no target or time; a question about a fire drill or a
scaffolder's work.
"""

from __future__ import annotations

from tests.danger_rules import (calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules,
                                 urgent_with_the_113_line)

DEATH_WISH_CALM = [
    ("nl", "ze zegt dat ze dood wil"),
    ("nl", "mijn leerling zegt dat ze dood wil, hoe ga ik daarover in gesprek?"),
    ("nl", "hij zei dat het beter is als hij dood is"),
    ("nl", "een jongere vertelde me rustig dat hij dood wil, wat moet ik doen?"),
    ("nl", "ze zei gisteren in het mentoruur dat ze dood wilde. mag ik haar ouders inlichten?"),
    ("nl", "hij zegt dat hij dood wil. mag ik dit met de huisarts delen?"),
    ("en", "he would rather die than live here"),
    ("en", "my student told me calmly he would rather die than live here, what should I do?"),
]
DEATH_WISH_URGENT = [
    ("nl", "ze zegt dat ze dood wil en ze heeft pillen verzameld"),
    ("nl", "ze zegt dat ze dood wil, ze staat op de brug"),
    ("nl", "hij zei dat het beter is als hij dood is en hij heeft een touw gekocht"),
    ("nl", "ze zegt dat ze vanavond dood wil"),
    ("nl", "hij zegt dat hij dood wil, hij heeft een mes in zijn hand"),
    ("nl", "hij zegt dat hij dood wil en heeft een pistool thuis"),
    ("nl", "hij zegt dat hij dood wil, hij zit nu op de rails"),
    ("nl", "hij zegt dat hij dood wil en heeft een afscheidsbrief geschreven"),
    ("nl", "hij zegt dat hij zijn vader dood wil maken"),
    ("en", "he would rather die than live here and he has a rope in his room"),
    ("en", "he would rather die than live here, he is standing on the roof now"),
    ("en", "she'd rather die than live here, she has been saving up pills"),
]
THREAT_TO_ANOTHER = [
    ("nl", "hij zegt dat hij hem dood wil"),
    ("nl", "ze zegt dat ze hem dood wil hebben"),
]
CAUGHT = [
    ("en", "he will punish the unbelievers at the market on friday with a van"),
    ("en", "he will punish the unbelievers at the market"),
    ("en", "he says he will punish the unbelievers on friday with a van"),
    ("nl", "hij gaat de ongelovigen straffen op de markt op vrijdag met een busje"),
    ("nl", "liever dood dan in de cel, zegt hij, en hij heeft een bom in zijn tas"),
    ("nl", "hij zegt liever dood dan in de cel en hij heeft een bom in zijn tas"),
    ("nl", "een steigerbouwer hangt in zijn harnas op 20 meter hoogte"),
    ("nl", "een steigerbouwer bungelt aan zijn harnas op 20 meter hoogte"),
    ("en", "a scaffolder is hanging in his harness 20 metres high and can't get back up"),
    ("en", "a scaffolder is dangling by his harness 20 metres up"),
    ("nl", "tijdens de brandoefening brak er echt brand uit"),
    ("nl", "tijdens de brandoefening brak er echt brand uit in het lokaal van 2b"),
    ("nl", "er is brand uitgebroken in de gymzaal"),
    ("nl", "de keuken vloog in brand, iedereen rent naar buiten"),
    ("nl", "hij slaat met een hamer op het hoofd van zijn broer"),
    ("nl", "hij heeft de tentharingen in de grond geslagen en slaat nu zijn vriendin met de hamer"),
    ("en", "he is hitting his teacher with a hammer"),
]
CALM = [
    ("nl", "hij slaat met de hamer op de beitel"),
    ("nl", "we hebben de tentharingen met een hamer in de grond geslagen"),
    ("nl", "mijn zoon slaat met een hamer een spijker in de muur, mag dat op zijn leeftijd?"),
    ("nl", "op kamp sloegen de jongens de haringen in de grond met een hamer"),
    ("en", "we knocked the tent pegs into the ground with a hammer"),
    ("en", "my client said he will punish the unbelievers. what should I do with that?"),
    ("en", "he wants to punish the infidels one day"),
    ("en", "we go to the market on friday with a van"),
    ("nl", "hoe lang mag een steigerbouwer in zijn harnas hangen op 20 meter hoogte volgens de arbo-regels?"),
    ("nl", "mijn cliënt werkt als steigerbouwer op 20 meter hoogte, hij is radicaal aan het worden"),
    ("nl", "tijdens de brandoefening van vorig jaar brak er echt brand uit, hoe evalueren we dat?"),
    ("nl", "hoe vaak moet je een brandoefening houden?"),
    ("nl", "in het verhaal vloog de keuken in brand"),
    ("nl", "de klimmer hangt in zijn harnas aan de klimwand, 8 meter hoogte, hij lacht"),
    ("en", "he would rather die than eat broccoli"),
]

test_a_calm_wish_to_be_dead_gets_the_113_line_without_112 = the_113_line_without_112(DEATH_WISH_CALM)
test_a_wish_to_be_dead_with_means_an_edge_a_time_or_a_weapon_is_112_with_the_113_line = urgent_with_the_113_line(
    DEATH_WISH_URGENT)
test_another_person_wished_dead_stays_urgent = urgent_by_the_word_rules(THREAT_TO_ANOTHER)
test_a_punish_plan_a_custody_wish_a_harness_a_drill_fire_or_a_hammer_at_a_person_is_urgent = urgent_by_the_word_rules(
    CAUGHT)
test_diy_with_a_hammer_a_remark_or_a_question_stays_calm = calm_by_the_word_rules(CALM)
