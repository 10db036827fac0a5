"""Three calm kinds of professional questions that got "Bel nu 112" first from the word rules (brief DR114, session 58).

- A child's threat for when he is grown up ('een jongen van 12 zegt dat hij later ongelovigen gaat straffen', test73
  #156): 'dat hij later', 'als hij groot is' is no time; with no means and no plan it is a worry. Dutch only: in
  English 'when he grows up' and 'that he will later' talked down a knife told now in the same comma-less clause
  (test52's twin; 'a boy says that he will later stab people and he has a knife out in the classroom now').
- A past modal, what others should have done ('ze hadden het werk moeten afmaken', said of history; reading review 53
  #2): a remark, not an act with a target. 'gaf vanochtend een rondleiding' is when the tour was given, no time of an act.
- Money, a will or a legacy that goes somewhere ('een testament waarin alles naar een stichting gaat die geld inzamelt
  voor strijders', reading review 53 #7): no person travelling to fight.
Each kind has urgent twins that must stay 112: a day, a weapon or a trip told beside it. A calm phrase calms its own
clause (faq/danger.yaml's header), so the twins tell the danger now in a sentence or a comma clause of its own. Left:
in one English clause with no comma ('... he will stab people and he has a knife out in the classroom now') any calm
phrase before it, an old one such as 'what does it mean when' too, talks the danger down.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

A_THREAT_FOR_WHEN_HE_IS_GROWN_UP = [
    ('nl', 'mijn leerling van 10 zegt dat hij later ongelovigen gaat straffen zoals zijn oom. moet ik dit melden?'),
    ('nl', 'een meisje van 11 zei dat ze later de kafirs gaat straffen, net als haar vader. wat moet ik hiermee?'),
    ('nl', "een jongen (13) zegt dat hij als hij groot is alle homo's gaat straffen. hoe ga ik het gesprek aan?"),
]
A_THREAT_WITH_A_DAY_OR_A_WEAPON = [
    ('nl', 'hij gaat vanavond ongelovigen straffen met een mes'),
    ('nl', 'een jongen zegt dat hij later vandaag ongelovigen gaat straffen met een mes'),
    ('nl', 'een jongen zegt dat hij later ongelovigen gaat straffen en hij heeft nu een mes bij zich in de klas'),
    ('en', 'a boy says that he will later today punish unbelievers with a knife'),
    ('en', 'my pupil says that he will later punish unbelievers, and right now he is waving a knife in the hall'),
    ('nl', 'een jongen zegt dat hij als hij groot is martelaar wil worden en hij heeft nu een mes in de klas'),
    ('en', 'a boy says that he will later stab people and he has a knife out in the classroom now'),
]

WHAT_OTHERS_SHOULD_HAVE_DONE = [
    ('nl', 'ik gaf vanochtend les aan een havo klas over srebrenica en een jongen zei dat ze het werk hadden moeten '
           'afmaken. mag ik dit in zijn dossier zetten?'),
    ('nl', 'een leerling in mijn klas zegt over de aanslag dat ze het hadden moeten afmaken. hoe ga ik het gesprek aan?'),
    ('nl', 'een deelnemer zei over de aanslag in het nieuws: die mannen hadden het karwei moeten afmaken. hoe reageer ik?'),
    ('en', 'a pupil in my class said they should have finished the job at that school. how do I talk to him?'),
    ('en', 'i gave a tour to a school class this morning and a boy said they should have finished them off. should i '
           'report it?'),
]
WHAT_HE_WILL_DO_HIMSELF = [
    ('nl', 'een leerling zegt dat ze het werk hadden moeten afmaken en dat hij het morgen zelf gaat afmaken met een mes'),
    ('nl', 'een leerling zegt dat ze het hadden moeten afmaken en hij staat nu met een mes in de aula'),
    ('en', 'a pupil said they should have finished the job and he will finish it tomorrow at school with a gun'),
    ('en', 'he said they should have finished the job and he is now standing in the hall with a gun'),
]

MONEY_THAT_GOES_SOMEWHERE = [
    ('nl', 'mijn cliënt schrijft een testament waarin alles naar een stichting gaat die strijders in syrie steunt. mag '
           'ik dit melden?'),
    ('nl', 'mijn buurman zegt dat zijn erfenis naar een stichting gaat die strijders in irak steunt. moet ik iets doen?'),
    ('nl', 'de opbrengst gaat naar een stichting die geld inzamelt voor strijders. mag ik dit melden?'),
    ('en', 'a client is writing a will in which everything goes to a foundation that raises money for fighters in '
           'syria. can I report it?'),
    ('en', 'the proceeds go to a foundation that collects money for fighters in syria. can i report it?'),
]
A_PERSON_WHO_LEAVES_TO_FIGHT = [
    ('nl', 'hij gaat morgen naar syrie om te vechten'),
    ('nl', 'een client laat een testament opstellen en vertrekt morgen naar syrie om te vechten'),
    ('nl', 'een client zegt dat alles naar een stichting gaat en hij staat nu met een mes bij de balie'),
    ('en', 'a client wrote a will and tomorrow he is flying to syria to join the fighters'),
]

test_a_threat_for_when_he_is_grown_up_is_calm = calm_by_the_word_rules(A_THREAT_FOR_WHEN_HE_IS_GROWN_UP)
test_a_threat_with_a_day_or_a_weapon_stays_urgent = urgent_by_the_word_rules(A_THREAT_WITH_A_DAY_OR_A_WEAPON)
test_what_others_should_have_done_is_calm = calm_by_the_word_rules(WHAT_OTHERS_SHOULD_HAVE_DONE)
test_what_he_will_do_himself_stays_urgent = urgent_by_the_word_rules(WHAT_HE_WILL_DO_HIMSELF)
test_money_that_goes_somewhere_is_calm = calm_by_the_word_rules(MONEY_THAT_GOES_SOMEWHERE)
test_a_person_who_leaves_to_fight_stays_urgent = urgent_by_the_word_rules(A_PERSON_WHO_LEAVES_TO_FIGHT)
