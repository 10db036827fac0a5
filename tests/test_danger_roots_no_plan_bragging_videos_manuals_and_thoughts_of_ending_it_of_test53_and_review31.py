"""Ideas from test53's calm questions that the word rules misread (#4, #100, #112, #114, #156; scored, tuning data now)
and from reading review 31 (#4, #12, #23, #27), each written in words of our own, with urgent twins (brief DR61).

Calm (word rules alone): tree roots that break a shed, a terrace or a drive ('de wortels maken het terras kapot'); a
person broken ('ik maak je kapot' with a knife, a mosque 'kapotmaken' tonight) stays urgent. A thought of an attack
told without a plan, target or time, where 'morgen' is the day the professional passes it on ('bij wie leg ik dit
morgen neer'); a plan for tomorrow, or knowing where, stays urgent. Bragging about weapons on a bus or a train; a weapon
drawn now, or a school named with a time, stays urgent. A colleague's judgement found 'te snel' (no 'soon'). A pupil of
a youth detention centre going home months after a terrorist offence. Videos of attacks and bomb manuals seen or
shared, money collected for fighters in Syria, a note put in a client file, a remark about history ('too bad they
didn't finish the job'): material and opinions, not a plan. A video made before an attack tonight, a copy announced, a
bomb built, the stuff ready for tonight, a wish to go and fight (policy:
`tests/test_danger_wishes_to_fight_abroad_stay_urgent.py`), and finishing the job tomorrow stay urgent.

113 without 112 (as the bot runs): having thought of ending one's life, told calmly ('has thought about ending it
all', 'has been thinking about killing himself', 'heeft erover nagedacht er een eind aan te maken'), as the tests on
'liever dood' hold (`..._rather_dead_..._of_test52_and_review30.py`). With the means at hand, a time, a goodbye or an
edge it is urgent with the 113 line under 112.
"""

from __future__ import annotations

from tests.danger_rules import (calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules,
                                 urgent_with_the_113_line)

ROOTS_CALM = [
    ("nl", "een bewoner wil een beuk laten kappen omdat de wortels zijn terras kapotmaken. is daar een vergunning voor "
           "nodig?"),
    ("nl", "de wortels van die wilg kunnen de riolering kapotmaken, wie betaalt de schade?"),
    ("nl", "ik werk bij de omgevingsdienst. de wortels van een populier maken de oprit van de buren kapot. mag de "
           "gemeente die boom weghalen?"),
    ("en", "the roots of a chestnut tree are wrecking the neighbour's garage. does he need a felling permit?"),
]
ROOTS_URGENT = [
    ("nl", "hij wil die jongen vanavond kapotmaken, hij heeft een mes bij zich"),
    ("nl", "ik maak je kapot, zei hij, en hij pakte een mes uit zijn tas"),
    ("nl", "ze willen vannacht de moskee kapotmaken met molotovs"),
]

NO_PLAN_CALM = [
    ("nl", "ik werk bij de crisisdienst. een patiënt zegt dat hij aan een aanslag denkt maar nog geen plan heeft. meld "
           "ik dit morgen bij de politie?"),
    ("nl", "na een gesprek zei een cliënt dat hij soms aan een aanslag denkt maar geen plan heeft. bij wie leg ik het "
           "morgen neer?"),
    ("en", "as a crisis nurse I heard a man say he thinks about an attack but has no plan. he went home. who do I hand "
           "this to tomorrow, the police or the safety house?"),
]
PLAN_URGENT = [
    ("nl", "een man zei dat hij aan een aanslag denkt en dat hij morgen toeslaat. bij wie leg ik dit neer?"),
    ("nl", "hij zegt dat hij aan een aanslag denkt en heeft een plan voor morgen op het station"),
    ("nl", "een man zei dat hij aan een aanslag denkt, hij weet al waar. bij wie leg ik dit morgen neer?"),
    ("en", "he says he thinks about an attack and has a plan for tomorrow, he knows where"),
]

BRAGGING_CALM = [
    ("nl", "ik ben conducteur. een jongen in de trein schept steeds op over wapens en scheldt mensen uit. hoe meld ik "
           "dat zonder zijn naam?"),
    ("nl", "een buschauffeur hoort een scholier opscheppen over wapens. bij wie kan hij dat melden?"),
    ("en", "a tram driver says a teenager keeps bragging about weapons and insulting passengers. how can he report it "
           "without a name?"),
]
BRAGGING_URGENT = [
    ("nl", "een jongen in de bus schept op over wapens en haalt nu een mes tevoorschijn"),
    ("en", "a pupil on the bus was bragging about weapons and now he is pointing a knife at the driver"),
    ("nl", "een scholier schept op over zijn pistool en zegt dat hij morgen de school binnenloopt"),
]

TOO_QUICK_CALM = [
    ("nl", "mijn collega wil in het dossier zetten dat een meisje radicaliseert, maar dat vind ik te snel. hoe schrijf "
           "ik het feitelijk op?"),
    ("nl", "een leerling zegt vaak nare dingen over joden. mijn teamleider wil noteren dat hij radicaliseert, maar dat "
           "vind ik te snel. hoe leg ik het neutraal vast?"),
    ("en", "my colleague wants to write that a boy who often talks badly about jews is radicalising, but I think that "
           "is too quick. how do I write it factually?"),
]
SOON_URGENT = [
    ("nl", "hij praat negatief over joden en wil snel iets doen bij de synagoge"),
    ("nl", "hij zegt dat hij binnenkort de synagoge aanvalt"),
]

DETENTION_CALM = [
    ("nl", "ik werk in een jji. een meisje van 16 zit hier na een terroristisch misdrijf en gaat over een paar weken "
           "naar huis. wie zit er bij haar overleg?"),
    ("en", "I teach at a youth detention centre. a boy convicted of a terrorist offence goes home in a few months. who "
           "is at his case meeting?"),
    ("nl", "een jongen die voor een terroristisch misdrijf vastzat komt volgende maand vrij. wie begeleidt hem?"),
]

MATERIAL_CALM = [
    ("nl", "een cliënt zamelt geld in voor 'de broeders' in syrie en liet me filmpjes van aanslagen zien op telegram. "
           "mag ik dit melden?"),
    ("en", "a patient collects money for the brothers in syria. do i have a right to report or must i keep quiet?"),
    ("nl", "mijn patiënt kijkt video's van aanslagen en zegt dat het tussen ons blijft. heb ik meldrecht?"),
    ("en", "he watches footage of attacks on a telegram channel. can I break secrecy?"),
    ("en", "a girl (15) told me she was added to a chat that shares bomb manuals; she left. what do I write in her "
           "file?"),
    ("en", "a pupil was in a group where bomb-making manuals were shared, he left it and is scared. I want to put "
           "something in his file. what should I write?"),
    ("en", "I want to put something in our client system about a boy who saw bomb instructions online. what do I "
           "write?"),
    ("en", "at the holocaust exhibition a pupil said too bad hitler did not finish the job. can I email his teacher "
           "and the school?"),
    ("en", "on a tour of the memorial a boy shouted at the teacher 'shame they didn't finish the job'. may I tell his "
           "school?"),
]
MATERIAL_URGENT = [
    ("nl", "hij maakt een filmpje voor zijn aanslag vanavond"),
    ("en", "he is making a video before his attack tonight"),
    ("nl", "hij kijkt filmpjes van aanslagen en zegt dat hij morgen hetzelfde gaat doen op school"),
    ("en", "he watches videos of attacks and wants to go to syria to fight next week"),
    ("nl", "een cliënt zamelt geld in voor de broeders in syrie en wil zelf ook gaan vechten"),
    ("en", "he downloaded bomb manuals and has built a bomb in his room"),
    ("en", "he shares bomb manuals and has the stuff ready for tonight"),
    ("en", "someone put something in her drink at the party, she is barely conscious"),
    ("en", "he says he will finish the job tomorrow at the mosque"),
    ("en", "he stabbed him once and now he's going back to finish the job"),
]

THOUGHT_OF_ENDING_IT_CALM = [
    ("en", "a trainee (17) told me quietly that she has thought about ending it all. who can I talk to?"),
    ("en", "my nephew said very calmly he has been thinking about ending it all lately. what should I do?"),
    ("en", "a student told me calmly that he has thought about killing himself. can I tell his mentor?"),
    ("en", "she has been thinking about killing herself, she told me without any drama. who do I call for advice?"),
    ("en", "he said he's had thoughts of ending his life but he seemed calm. what now?"),
    ("nl", "een stagiaire vertelde me rustig dat ze erover heeft nagedacht er een eind aan te maken. met wie kan ik "
           "overleggen?"),
    ("nl", "mijn neef zei kalm dat hij er soms over nadenkt er een einde aan te maken. wat moet ik doen?"),
]
THOUGHT_OF_ENDING_IT_URGENT = [
    ("en", "he has thought about ending it all and has the pills ready on his desk"),
    ("en", "she's been thinking about killing herself and says she will do it tonight"),
    ("en", "he has thought about ending it all and said goodbye to his friends this evening"),
    ("en", "he's thinking about killing himself and is standing on the roof now"),
    ("nl", "hij heeft erover nagedacht er een eind aan te maken en heeft de pillen al klaarliggen"),
    ("nl", "ze denkt erover na er een eind aan te maken en wil het vannacht doen"),
    ("nl", "hij heeft erover nagedacht er een eind aan te maken en heeft vanavond afscheid genomen van zijn vrienden"),
    ("nl", "ze zei dat ze erover nadenkt er een eind aan te maken, ze staat nu op de brug"),
]

test_roots_no_plan_bragging_too_quick_detention_and_material_stay_calm = calm_by_the_word_rules(
    ROOTS_CALM + NO_PLAN_CALM + BRAGGING_CALM + TOO_QUICK_CALM + DETENTION_CALM + MATERIAL_CALM)
test_a_person_broken_a_plan_a_drawn_weapon_a_time_or_a_bomb_made_is_urgent = urgent_by_the_word_rules(
    ROOTS_URGENT + PLAN_URGENT + BRAGGING_URGENT + SOON_URGENT + MATERIAL_URGENT)
test_having_thought_of_ending_it_told_calmly_gets_the_113_line_without_112 = the_113_line_without_112(
    THOUGHT_OF_ENDING_IT_CALM)
test_having_thought_of_ending_it_with_means_a_time_a_goodbye_or_an_edge_is_112_with_the_113_line = (
    urgent_with_the_113_line(THOUGHT_OF_ENDING_IT_URGENT))
