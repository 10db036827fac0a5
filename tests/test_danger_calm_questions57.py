"""The calm side of danger in FAQ questions (brief DR112, session 57): a professional's question that mentions a wish to
travel or fight, a threat word or a weapon with no danger now got "Bel nu 112" first, which costs trust and pushes the
real answer down. Made calm as kinds, each in three or more wordings of our own, Dutch and English, each with an urgent
twin that must stay urgent: a trip with no trip planned yet; a chat shown to the asker; a wish told before by
someone now back home; a statement with no sign of a plan; a shooting gallery, counted keystrokes, an interrogation
('verhoorden', no typo of 'vermoorden'), the asker's own wish ('ik wil geen gedoe') or what a superior asks of the asker
('the purser wants me to write a report') read as an act or an intent.
A calm phrase calms its own clause (faq/danger.yaml's header): the twins tell the danger in a sentence or a ', maar'
clause of its own, as a danger told after a calm phrase still counts.
And one miss of reading review 52: a threat to blow up or set fire to the building one is in, shouted or made now in
the present tense ('een bezoeker roept dat hij het gebouw opblaast'), after a role opener, is 112 by the word rules; a
past, a film or a what-if question keeps it calm.
Left: 'huisarts hier, patient wil in syrie vechten' (test71 #37; a wish with no time and no means, which `[act, intent]`
reads as urgent: only a line that wants a time or means would tell it apart), a rumour passed on (test71 #194: a
phrase like 'no idea if it's true' would also calm an attack told with a time in its clause) and videos shown (test72
#135: 'laat een filmpje zien van een pijpbom in zn schuur' is urgent in urgent_test2, so 'filmpje zien van' cannot calm), a
small child's far future (review 51 #8: 'when he grows up' would calm 'he has a knife out in the classroom now' in its clause) and
'now he is back' in English (it also reads 'now he's going back to finish the job').
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

NO_TRIP_PLANNED_YET = [
    ('nl', 'ik ben mentor. een leerling vertelt dat haar neef wil dat ze met hem naar irak gaat, er is nog geen reis '
           'gepland. wat kan ik doen?'),
    ('nl', 'ik ben jeugdarts. een moeder zegt dat haar zoon naar syrie wil, er is nog niets geboekt. mag ik dit met de '
           'school bespreken?'),
    ('en', "i'm a youth worker. a girl says her boyfriend wants her to move to syria with him, no trip planned yet. what "
           'can i do?'),
    ('en', "i'm a school nurse. a pupil says his uncle wants to take him to the front in syria, nothing booked yet. who "
           'do i tell?'),
]
A_TRIP_WITH_A_TIME_OR_A_BAG = [
    ('nl', 'ik ben mentor. er is nog geen reis gepland voor haar zus, maar haar neef neemt haar morgen mee naar irak.'),
    ('nl', 'ik ben jeugdarts. er is nog niets geboekt, maar zijn tas staat ingepakt klaar en hij wil naar syrie.'),
    ('en', "i'm a youth worker. a girl says her boyfriend is taking her to syria tonight, no trip planned for her sister."),
    ('en', "i'm a school nurse. nothing booked yet for his brother. he flies to syria tomorrow to join the fight."),
]

A_CHAT_SHOWN = [
    ('nl', 'ik ben jongerenwerker. een jongen liet me een chat zien over een neef die naar het front gaat. wat moet ik doen?'),
    ('nl', 'ik ben kapper. een klant liet me een chat zien over een broeder die naar het front gaat. kan ik dit anoniem '
           'doorgeven?'),
    ('en', 'a pupil showed me a chat about a cousin going to the front. should i report this?'),
    ('en', 'a customer showed me a chat about the next brother going to the front. should i do something?'),
]
A_CHAT_SHOWN_WITH_A_DANGER_OF_ITS_OWN = [
    ('nl', "een leerling liet me een chat zien over het front. morgen steekt hij de school in brand, zegt hij."),
    ('nl', 'een klant liet me een chat zien over een broeder die naar het front gaat. hij vertrekt morgen met een ticket.'),
    ('en', 'a pupil showed me a chat about the front. he says he will set the school on fire tomorrow.'),
    ('en', 'a customer showed me a chat about the front. he is flying to syria tonight, his ticket is booked.'),
]

A_WISH_TOLD_BEFORE_NOW_BACK_HOME = [
    ('nl', 'ik ben wijkagent. een jongen zei vorig jaar dat hij wilde vechten in syrie. nu is hij terug. wat moet ik '
           'hiermee?'),
    ('nl', 'onze cliënt zei ooit dat hij wilde strijden. hij is nu weer terug bij zijn ouders. wie kan helpen?'),
    ('en', 'a young man once said he wanted to fight in syria. he is back home now. what should we do?'),
    ('en', 'my client said years ago she wanted to fight for the caliphate. she is back home now. can i share this?'),
]
BACK_HOME_AND_A_DANGER_NOW = [
    ('nl', 'een jongen zei dat hij wilde vechten in syrie. nu is hij terug en hij zwaait nu met een mes in de gang.'),
    ('nl', 'onze cliënt zei ooit dat hij wilde strijden. nu is hij terug. hij gaat morgen de moskee aanvallen.'),
    ('en', 'a young man once said he wanted to fight. he is back home now. he is waving a knife in the hall right now.'),
    ('en', 'my client said she wanted to fight. she is back home now. tonight she attacks the synagogue with a knife, she says.'),
]

NO_SIGN_OF_A_PLAN = [
    ('nl', 'ik ben psychiater. een patient zegt dat hij ongelovigen moet straffen. ik zie geen aanwijzing dat hij iets van '
           'plan is. mag ik dit delen?'),
    ('nl', 'een cliënte met wanen zegt dat ze gestuurd is om zondaars te straffen. er zijn geen aanwijzingen dat ze iets '
           'van plan is. wat nu?'),
    ('en', "i'm a psychiatrist. a psychotic patient says god wants him to punish unbelievers. no sign he plans anything. "
           'may i share this?'),
    ('en', 'a client in psychosis says he was chosen to punish sinners. there is no indication that he means to act. who '
           'do i inform?'),
]
NO_SIGN_YET_A_PLAN_WITH_A_TIME = [
    ('nl', 'een patient zegt dat hij vanavond ongelovigen gaat straffen met het mes dat hij bij zich heeft.'),
    ('nl', 'geen aanwijzing dat hij iets van plan is, maar hij heeft morgen een aanslag op het station gepland.'),
    ('en', 'my client says he will kill his neighbour tonight with the knife he has, no sign he plans anything else.'),
    ('en', 'a psychotic patient says he will punish unbelievers tonight and he has a knife with him.'),
]

A_BUSINESS_A_DOCUMENT_OR_THE_ASKERS_OWN_WISH = [
    ('nl', 'ik heb een schiettent op de jaarmarkt. een jongen met een runenjas komt elke avond. waar meld ik dit? ik wil '
           'geen gedoe'),
    ('nl', 'de werkgever telt mijn toetsaanslagen en maakt elk uur een screenshot. mag dat?'),
    ('nl', 'ik ben rechercheur. de jongen die we verhoorden wil uit de groep stappen. kan hij naar exithulp?'),
    ('nl', 'een passagier las urenlang een pdf over aanslagen. de purser wil dat ik een verslag schrijf. wat zet ik erin?'),
    ('en', 'a passenger was reading a pdf about bomb attacks. the captain wants me to write a report. what goes in it?'),
    ('en', 'a visitor kept reading about terror attacks in the library. my manager wants me to write down what i saw.'),
]
THE_SAME_WITH_A_DANGER_NOW = [
    ('nl', 'ik heb een schiettent en een man richt nu een echt pistool op de bezoekers'),
    ('nl', 'hij telt mijn toetsaanslagen en plant morgen een aanslag op het station'),
    ('nl', 'ik ben rechercheur. de man die we verhoorden zegt dat hij vanavond zijn vrouw gaat vermoorden.'),
    ('nl', 'ik wil geen gedoe, maar een man staat nu met een mes voor de deur'),
    ('en', 'a passenger was reading a pdf about bomb attacks and says he will blow up the plane now'),
    ('en', 'my manager wants me to write a report, but a man is pointing a gun at the cashier right now'),
]

A_THREAT_TO_A_BUILDING_SHOUTED_NOW = [
    ('nl', 'ik ben conciërge. een man in de hal roept dat hij de school opblaast'),
    ('nl', 'ik ben baliemedewerker. een boze man schreeuwt bij de balie dat hij het stadhuis opblaast. mag ik de politie '
           'bellen?'),
    ('nl', 'ik werk in een buurthuis. een bezoeker dreigt nu het gebouw in brand te steken'),
    ('en', "i'm a receptionist. a visitor is shouting he will blow up the building"),
    ('en', 'i work at the front desk and a man threatens to set fire to the building, what do i do'),
    ('en', "i'm a shop assistant. a customer yells that he will burn down the shop"),
]
A_THREAT_TO_A_BUILDING_PAST_OR_IN_A_FILM = [
    ('nl', 'vorige week riep een leerling dat hij de school opblaast. moet ik dat melden?'),
    ('nl', 'in de film roept een man dat hij het gebouw opblaast. mag ik die in de les laten zien?'),
    ('nl', 'ik ben conciërge. een man riep vorig jaar dat hij de school in brand zou steken. staat dat nog in zijn dossier?'),
    ('en', 'last week a pupil shouted he would blow up the school. should i report it?'),
    ('en', 'in the film a man shouts he will blow up the building. can i show it in class?'),
    ('en', 'a year ago a visitor yelled he would burn down the shop. may i keep that on file?'),
]

THE_ITEMS = [
    # bench/judged/test72.yaml 117, 129, 135, 137, 143 (scored, tuning data)
    ('nl', "ik ben slb'er op een hogeschool in groningen. een studente vertelt dat haar vriend haar onder druk zet om naar "
           'syrie te verhuizen, er is nog geen reis gepland. zij wil niet dat ik het doorvertel. wat kan ik dan nog doen?'),
    ('nl', 'ik ben psychiater en een patient met een psychose zegt dat god hem heeft uitgekozen om ongelovigen te straffen. '
           'ik zie geen aanwijzing dat hij echt iets van plan is. mag ik mijn zorgen in het casusoverleg delen zonder zijn '
           'diagnose te noemen?'),
    ('nl', 'ik zit in het sociaal wijkteam in enschede. de oudste zoon van een gezin dat we begeleiden was vorig jaar '
           "maanden in turkije 'voor studie', maar eerder zei hij dat hij wilde strijden. nu is hij terug. wat moet ik "
           'hiermee?'),
    ('nl', "ik heb een telefoonwinkel in arnhem. een jonge klant liet per ongeluk een chat zien over 'de volgende broeder "
           "die naar het front gaat'. ik ken zijn familie goed. moet ik hier iets mee en kan dat anoniem?"),
    # bench/judged/test71.yaml 11, 166
    ('nl', 'ik werk thuis voor een callcenter en de werkgever heeft software geinstalleerd die elke vijf minuten een '
           'screenshot maakt en mijn toetsaanslagen telt. collegas vinden het normaal. is zoiets zomaar toegestaan?'),
    ('nl', 'ik ben rechercheur. een jongen die we verhoorden zei dat hij uit de beweging wil stappen maar niet weet hoe. '
           'kan ik hem doorverwijzen naar exithulp terwijl zijn zaak nog loopt?'),
    # bench/reading_review52.md #9, #21 and their short probes
    ('nl', "ik sta met een schiettent op de kermis. een jongen (17) komt al een week elke avond schieten en zegt lachend "
           "dat hij 'oefent voor het echte werk'. hij heeft een jas met runetekens. waar kan ik dit kwijt, politie of "
           'gemeente? ik wil geen gedoe'),
    ('nl', 'ik heb een schiettent. ik wil geen gedoe'),
    ('en', "im cabin crew for a dutch airline. on a flight to istanbul a passenger (21) was reading a pdf about 'lone wolf' "
           'attacks for hours and prayed loudly in the aisle. the purser wants me to write a report for the company. what '
           'should i put in it and what not?'),
    ('en', "a passenger was reading a pdf about 'lone wolf' attacks for hours. the purser wants me to write a report."),
]
THE_MISS_OF_REVIEW_52 = [
    ('nl', 'ik ben docent. een bezoeker roept dat hij het gebouw opblaast'),
    ('nl', 'ik ben verzorgende in een verpleeghuis. een bezoeker roept nu dat hij het gebouw opblaast'),
    ('nl', 'een bezoeker roept dat hij het gebouw opblaast'),
]

test_no_trip_planned_yet_is_calm = calm_by_the_word_rules(NO_TRIP_PLANNED_YET)
test_a_trip_with_a_time_or_a_bag_stays_urgent = urgent_by_the_word_rules(A_TRIP_WITH_A_TIME_OR_A_BAG)
test_a_chat_shown_is_calm = calm_by_the_word_rules(A_CHAT_SHOWN)
test_a_chat_shown_with_a_danger_of_its_own_stays_urgent = urgent_by_the_word_rules(A_CHAT_SHOWN_WITH_A_DANGER_OF_ITS_OWN)
test_a_wish_told_before_now_back_home_is_calm = calm_by_the_word_rules(A_WISH_TOLD_BEFORE_NOW_BACK_HOME)
test_back_home_and_a_danger_now_stays_urgent = urgent_by_the_word_rules(BACK_HOME_AND_A_DANGER_NOW)
test_no_sign_of_a_plan_is_calm = calm_by_the_word_rules(NO_SIGN_OF_A_PLAN)
test_a_plan_with_a_time_stays_urgent = urgent_by_the_word_rules(NO_SIGN_YET_A_PLAN_WITH_A_TIME)
test_a_business_a_document_or_the_askers_wish_is_calm = calm_by_the_word_rules(A_BUSINESS_A_DOCUMENT_OR_THE_ASKERS_OWN_WISH)
test_the_same_with_a_danger_now_stays_urgent = urgent_by_the_word_rules(THE_SAME_WITH_A_DANGER_NOW)
test_a_threat_to_a_building_shouted_now_is_urgent = urgent_by_the_word_rules(A_THREAT_TO_A_BUILDING_SHOUTED_NOW)
test_a_threat_to_a_building_past_or_in_a_film_is_calm = calm_by_the_word_rules(A_THREAT_TO_A_BUILDING_PAST_OR_IN_A_FILM)
test_the_items_are_calm = calm_by_the_word_rules(THE_ITEMS)
test_the_miss_of_review_52_is_urgent = urgent_by_the_word_rules(THE_MISS_OF_REVIEW_52)
