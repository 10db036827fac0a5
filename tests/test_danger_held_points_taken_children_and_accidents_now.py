"""Ideas generalised from urgent_test34 (word rules alone), DR25.

Calm: an overdose told after the fact with the client stable on the ward; team banter of a paintball or laser game
('they will wipe out the other team'); a class trip to an exhibition about past attacks; a training what-if whose
day is the training's; a bridge stood on months ago by someone doing well now; a test that 'killed me, ik ben
dood'; a year in a parent's home village; self-harm stopped long ago; a nightmare, calm now; first-aid procedure
questions; the new words in everyday use (a phone in a dryer, a golf club, a dog's toy, a ferry ramp, a forklift
course). Every calm word of this round has CAUGHT messages where it stands next to a danger told now, in the same
clause, the sentence before or the sentence after: it must never talk those down.

Caught, the misses as ideas: scissors, a screwdriver, a crowbar or a bolt gun at a throat, an eye or a temple; a
child shut in a dryer; stamping on someone's face; a fall on the neck with no feeling in the legs while someone
lifts him; a liquid that stings the eyes and someone collapsing; swallowed or drunk, clutching the throat, turning
grey; a car off its jack with someone under it; beating with pipes or rebar; a forklift used on a person; foam at
the mouth and convulsing; waiting with an iron bar or a bat 'till she comes out'; between a ferry ramp and the deck;
on the rails with a tram or train coming; 'drive or I squeeze harder' and gagging; a club or 'the stuff' in a
locker, waiting for a teacher, with the time now; a girl tied up whom the family will 'settle'; a bat on the
passenger seat on the way to an ex's; a wrist that keeps bleeding and dizziness; a child typing 'dad drunk, mum on
the floor'; a table or chair leg swung until an official bleeds; someone locked in with screaming and smashing; a
baby or toddler snatched; walking into the sea 'until it's quiet'; made to swallow with the nose held; poisoned food
'then we're rid of them'; fireworks taped round nails; 'pakken met wat er in zijn tas zit'; 'als hij naar buiten
komt is het klaar met hem'; 'ze gaan hem prikken als'; 'nobody will find you' tonight; a dog holding a child's arm;
chairs thrown at staff with 'ik maak je af'; held by the throat and pinned with lips going purple; a door kicked in
to take the baby; legs dangling off an outside window ledge; a farewell text behind a locked door.

Not done by the word rules: an emoji-only class-chat message ('🏫🚪 15:30 🥊🩸 @Noah 🤐, het is nu 15:20'):
the tokeniser drops emoji, and what is left cannot be told from a harmless reminder."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "bij de nagelstudio houdt een vrouw een kappersschaar tegen de keel van de eigenaresse en niemand "
           "durft iets"),
    ("en", "at the barber's a customer has the barber's scissors pressed to his throat and says nobody move"),
    ("nl", "in de snackbar houdt een jongen een schroevendraaier bij het oog van de kassière"),
    ("en", "a lad in the chippy is holding a screwdriver to the cashier's eye and wants the till"),
    ("nl", "op de kermis drukt een man een koevoet tegen de keel van een meisje en schreeuwt tegen haar"),
    ("en", "he has a crowbar against his brother's throat in the garden and is yelling"),
    ("nl", "in het abattoir houdt een medewerker het slachtpistool tegen de slaap van zijn collega"),
    ("en", "a worker has the captive bolt gun against his mate's temple in the slaughter hall"),
    ("nl", "mijn neefje is in de wasdroger geklommen en zijn zus heeft de deur dichtgedaan, hij draait en de deur "
           "gaat niet open"),
    ("en", "my little one crawled into the tumble dryer and his brother shut it, the door won't open and he's "
           "screaming"),
    ("nl", "nu op de ijsbaan: een jongen stampt op het gezicht van een ander kind"),
    ("en", "at the skate park a man is stomping on a boy's face right now"),
    ("nl", "bij turnen is een jongen op zijn nek gevallen, hij voelt zijn benen niet en de trainer wil hem "
           "overeind trekken"),
    ("en", "rugby: a lad landed on his head and can't feel his legs, his dad is trying to sit him up"),
    ("nl", "in de sporthal heeft iemand een fles leeggegooid, iedereen hoest, ogen branden en een meisje is "
           "flauwgevallen"),
    ("en", "someone sprayed something in the lecture hall, eyes burning and a student just collapsed"),
    ("nl", "hij slikte een zakje door en grijpt nu naar zijn keel, hij wordt lijkbleek"),
    ("en", "she swallowed a bag the police saw and is clutching her throat, going grey"),
    ("nl", "de auto is van de krik geschoten en mijn broer ligt eronder, hij zegt niks meer"),
    ("en", "the jack slipped and my dad is pinned under the car, he makes no sound"),
    ("nl", "drie jongens slaan een man met ijzeren pijpen terwijl hij op de grond ligt"),
    ("en", "they are beating a boy with lead pipes, he is lying on the ground"),
    ("nl", "de heftruckchauffeur rijdt expres op een uitzendkracht in en komt terug"),
    ("en", "a forklift driver is trying to run him over in the yard on purpose"),
    ("nl", "een jongen werkt de hele dag met gif in de kas en ligt nu met schuim op zijn mond te schokken"),
    ("en", "a farm worker is convulsing with foam at the mouth after spraying all day"),
    ("nl", "een man wacht met een ijzeren staaf bij de meidenkleedkamer tot ze eruit komt"),
    ("en", "a guy with a baseball bat is waiting outside the girls' changing room till she comes out"),
    ("en", "a kid is stuck between the loading ramp and the deck and the ramp is coming down"),
    ("nl", "een man duwde een jongen van het perron, hij ligt op het spoor en de trein komt eraan"),
    ("en", "someone pushed a man onto the tram tracks and the tram is coming"),
    ("en", "mijn oom rijdt taxi, ik hoor hem kokhalzen en iemand zegt 'rij of ik knijp harder'"),
    ("nl", "de klassenapp: 'ik heb mijn vaders golfclub in mijn kluisje, ik wacht om 4 uur bij de gymzaal op "
           "meneer Jansen'. het is nu kwart voor 4"),
    ("en", "the lads say Mr Smith will feel who's boss after lunch, Tom has the stuff in his locker, it's 12.50 "
           "now"),
    ("en", "haar broers hebben haar vastgebonden en zeggen dat ze haar vanavond komen regelen"),
    ("en", "her brothers tied her to a chair and said the family is coming to settle her tonight"),
    ("en", "he's livestreaming, taking his brother's car now to see his ex, the bat is on the passenger seat and "
           "he's pulling out"),
    ("nl", "ze houdt haar pols onder de kraan, het blijft maar bloeden en ze is duizelig"),
    ("en", "her wrist keeps bleeding under the tap and she feels dizzy, she's alone"),
    ("en", "a boy keeps typing in the game chat: dad drunk, mum on the floor, im hiding"),
    ("nl", "het kind typt steeds in de chat: papa dronken, mama ligt op de grond"),
    ("nl", "hij heeft de deur van de raadzaal op slot gedraaid en zwaait met een stoelpoot naar de burgemeester "
           "tot die bloedt"),
    ("en", "they locked her in the back room, we hear her screaming and things smashing"),
    ("nl", "een man rende net weg met de baby van mijn cliënte, hij is dronken"),
    ("en", "a man just snatched a toddler off his father's shoulders at the carnival and is running off with him, "
           "the dad is on the ground"),
    ("en", "she texted 'walking into the sea until it's quiet' and her phone is on the beach"),
    ("en", "hij dwingt haar pillen te slikken en houdt haar neus dicht"),
    ("en", "my mate's brother is forcing him to swallow pills and holding his nose"),
    ("nl", "de buurman goot iets uit een flesje zonder etiket in de soep voor het asielzoekersfeest, 'dan zijn we "
           "van ze af'"),
    ("en", "someone poured a vial into the soup at the refugee dinner, 'then we're rid of them'"),
    ("nl", "hij heeft vuurwerk getaped om een pot met spijkers en loopt nu naar de markt"),
    ("en", "he has fireworks taped round a jar of nails and is heading to the square tonight"),
    ("nl", "hij zit trouwens naast me en zegt dat hij straks iemand gaat pakken met wat er in zijn tas zit"),
    ("nl", "'als hij om 5 uur naar buiten komt is het klaar met hem', het is nu kwart voor 5"),
    ("nl", "ze wachten hem op bij zijn huis, ze gaan hem prikken als hij thuiskomt"),
    ("en", "voice note from her ex: I'm coming tonight, nobody will find you"),
    ("nl", "een pitbull heeft een meisje bij haar arm en laat niet los, ze is stil geworden"),
    ("en", "a rottweiler has a boy by the leg and won't let go"),
    ("en", "a man has a girl by the throat and pinned against the wall, her lips are going purple"),
    ("en", "my ex kicked the door in and says he's coming to take the baby, you'll never see her again"),
    ("nl", "de ex heeft de deur ingetrapt en zegt dat hij de baby komt halen"),
    ("en", "quick record-keeping question: she is sitting on the outside window ledge of the fourth floor as I "
           "type, legs dangling"),
    ("nl", "mag ik dit delen? hij zit buiten op de vensterbank op de derde verdieping met zijn benen buiten"),
    ("en", "my nephew texted 'tell mum it's not her fault', his door is locked and he won't answer"),
    ("en", "at the job centre a man is throwing chairs at the clerk and shouting he'll kill her"),
    ("nl", "in de bibliotheek smijt een man boeken naar de medewerker en roept: ik maak je af"),
]

NEXT_TO_A_DANGER = [
    # the calm words, asides and figures of this round next to a danger told now or soon
    ("en", "he's stable on the ward but the man in the next bed is holding a knife to the nurse's throat now"),
    ("en", "he's stable on the ward and his brother is stabbing the nurse right now"),
    ("en", "a man is stabbing people in the hall right now. she's stable on the ward"),
    ("en", "she's stable on the ward. her ex is in the corridor with a knife and says he'll kill her now"),
    ("nl", "hij ligt stabiel op de afdeling maar zijn vader staat nu met een mes in de gang"),
    ("nl", "stabiel op de afdeling. Nu staat er een man met een pistool bij de balie"),
    ("nl", "ze is gestopt met snijden maar vanavond staat ze op het dak en wil springen"),
    ("nl", "ze is gestopt met snijden, nu snijdt ze weer en het bloedt heel erg"),
    ("nl", "ze snijdt zich nu in haar polsen en het bloedt heel erg. ze was gestopt met snijden"),
    ("en", "she stopped cutting and now she is cutting her wrists and it won't stop bleeding"),
    ("en", "she stopped cutting. her dad is beating her with a hammer right now"),
    ("en", "it was a nightmare, he is holding a knife to his sister's throat now"),
    ("en", "it was a nightmare. his dad is now strangling him in the kitchen"),
    ("en", "his dad is strangling him in the kitchen right now. it was a nightmare for all of us"),
    ("nl", "het was een nachtmerrie, nu staat zijn vader met een mes in de keuken"),
    ("en", "we are at an exhibition about the war and a man is stabbing visitors right now"),
    ("en", "a man is shooting at people in the museum now. we came for an exhibition about ww2"),
    ("nl", "tentoonstelling over de aanslagen: er staat nu een man met een mes bij de kassa"),
    ("en", "he wants to live in his father's village in Syria to join IS and fight, he leaves tonight"),
    ("en", "he wants to go live in his father's village and blow himself up there next week"),
    ("nl", "hij wil wonen in het dorp van zijn vader om zich daar op te blazen, hij vertrekt morgen"),
    ("en", "the lads say they'll wipe out the other team and one of them has a real gun in his bag now"),
    ("en", "they'll wipe out the other team, he said, then pulled a knife on the ref right now"),
    ("en", "training next week, but right now a pupil is waving a knife in the hall"),
    ("en", "it's for the training next week. a pupil is threatening to stab his teacher now"),
    ("en", "training tomorrow: he says he will shoot the coach with his dad's gun"),
    ("nl", "die toets heeft me vermoord, ik ben dood. mijn vader slaat mijn moeder nu met een hamer"),
    ("en", "that test killed me i'm dead. my brother is stabbing my dad right now"),
    ("en", "he's calm now but he still has the knife at her throat"),
    ("en", "she's calm now, but her boyfriend is strangling her right now"),
    ("en", "he is calm now with a knife to his mother's throat"),
    ("nl", "in mei stond ze op de brug en nu staat ze er weer en wil springen"),
    ("nl", "in mei stond ze op de brug. Nu staat ze op het dak en wil springen"),
    ("nl", "ze staat nu op de brug en wil springen. in mei stond ze ook op de brug"),
    ("en", "last may she stood on the bridge. right now she is standing on the railing of the bridge about to "
           "jump"),
    ("nl", "wat doe je als iemand nu met een mes in de klas staat? er staat hier nu een jongen met een mes"),
    ("nl", "er wordt nu iemand neergestoken in de aula. wat doe je als iemand bloedt?"),
    ("en", "what do you do if someone is choking? my son is choking on a grape right now and turning blue"),
    ("en", "what do you do if someone has a gun? a man is pointing a gun at the kids in the playground now"),
    ("en", "a man is pointing a rifle at the kids right now. what do you do when someone does that"),
    ("nl", "een EHBO-vraag: mijn collega ligt nu te schokken met schuim op zijn mond en reageert niet"),
    ("en", "first aid question: my dad is on the floor not breathing right now and his lips are blue"),
    ("en", "ehbo vraag, snel: hij heeft net bleekmiddel gedronken en grijpt naar zijn keel"),
    ("en", "for our training next week: a pupil is waving a knife in the hall right now"),
    ("en", "he said it's for the training next week, then he pulled a gun on the teacher now"),
]

CALM = [
    ("nl", "de kinderen gooien met stoelen en roepen 'ik maak je af' bij het spelletje, is dat normaal gedrag?"),
    ("nl", "Vorige week gooide een man stoelen naar de assistente en riep dat hij haar afmaakt. Mag ik zijn naam "
           "delen met de politie?"),
    ("nl", "Mijn cliënt nam gisteravond een overdosis, ze is nu stabiel op de afdeling. Wat mag ik met de "
           "huisarts delen?"),
    ("en", "she took an overdose on sunday, she's stable on the ward and sees the psychiatrist tomorrow. can I "
           "tell her school?"),
    ("nl", "lasergamen met de jongens zaterdag, ze roepen al dat ze het andere team gaan inmaken. Toestemming van "
           "ouders nodig?"),
    ("en", "laser tag on friday with the youth club, the boys say they'll wipe out the other side. do I need a "
           "consent form?"),
    ("en", "we visit an exhibition on the Paris attacks next month with year 10, how do I prepare them?"),
    ("nl", "Volgende week gaan we met de klas naar een tentoonstelling over de aanslagen van 2016. Hoe bereid ik "
           "ze voor?"),
    ("en", "What if a student ever says he'll set fire to the gym, what do we do first? It's for the staff "
           "training tomorrow."),
    ("nl", "vorig jaar stond hij op de brug en wilde springen. Nu heeft hij een opleiding en een vriendin. Mag "
           "dat in het dossier?"),
    ("en", "last summer he stood on the bridge wanting to jump; now he is doing great. can I close his file?"),
    ("en", "dat proefwerk heeft me vermoord, ik ben dood. mag mijn mentor mijn cijfer doorgeven?"),
    ("en", "that maths exam killed me, i'm dead. can my parents see my grades?"),
    ("en", "She wants to live in her mother's village in Morocco for a year after her exams. Should I worry?"),
    ("nl", "Hij wil na zijn examen een jaar wonen in het dorp van zijn vader in Eritrea. Moet ik dat melden?"),
    ("nl", "ze liet haar oude littekens zien, ze is al een jaar gestopt met krassen. Noteren?"),
    ("en", "he showed me old scars, he stopped self-harming two years ago. Do I write that down?"),
    ("nl", "Een meisje op de groep werd gillend wakker dat iemand haar wurgde. Het was een nachtmerrie, ze is nu "
           "weer rustig. Moet ik het noteren?"),
    ("en", "A boy woke up shouting that someone was strangling him. It was only a nightmare and he's calm now. Do "
           "I report it?"),
    ("nl", "wat doe je als iemand een epileptische aanval heeft met schuim op de mond?"),
    ("en", "what do you do if someone lands on their neck and can't feel their legs?"),
    ("en", "My phone is stuck in the dryer and the door won't open, who do I call?"),
    ("nl", "De wasmachine gaat niet open en mijn jas zit erin"),
    ("en", "we are going to the golf club now, dad's golf club is in the car"),
    ("en", "the dog won't let go of his toy"),
    ("en", "He takes the tram to school; how do I talk about safety on the tracks with a class?"),
    ("en", "tomorrow the dad will come to take the baby home from the maternity ward, can I share the discharge "
           "letter?"),
    ("en", "The car fell off the jack last year, nobody was under it"),
    ("en", "Can I share with the school that the forklift course is next week?"),
    ("nl", "mijn moeder lag op de grond te lachen, papa was dronken op het feest"),
    ("nl", "Wat als een leerling ooit in de chat typt dat hij een knuppel in zijn kluisje heeft en op de juf "
           "wacht? Het is voor de staff training."),
    ("en", "We waited at the gym door for miss de vries with a cake in my locker"),
    ("en", "the fireworks show is tonight, can we bring a jar of screws for the DIY stand?"),
    ("en", "we took the ferry; the car ramp came down slowly and we drove off"),
    ("en", "the kids climbed into the ball pit and I shut the gate"),
    ("nl", "ik wacht bij de gymzaal op meneer de Vries, mijn gymtas ligt in mijn kluisje"),
]


test_the_new_ideas_are_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_the_new_calm_words_never_talk_down_a_danger_beside_them = urgent_by_the_word_rules(NEXT_TO_A_DANGER)
test_past_events_banter_what_ifs_and_everyday_words_stay_calm = calm_by_the_word_rules(CALM)
