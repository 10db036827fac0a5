"""Ideas from reading audit R17, helper C48, the judged split test39 and DR29's open points (DR30), each written in
words of our own.

Caught (word rules alone): a veiled threat ('the school will learn', 'ze gaan het morgen wel merken', 'learn their
lesson') with a place and a day, written or posted, or beside an extremist sign (Atomwaffen, a swastika, the black
sun); a fresh intent to do an attack again soon after an old conviction; a pin, a clock and a harm as pictographs
(📍 🕒 💣 / 🔫 / 🧨 / 💥 / 🚗🔥); the affairs handled ('alles is afgehandeld', whose word is also calm) and off to the
tracks, the bridge or the water, or arranged with a goodbye.

Calm: a child playing at bombs or shooting ('speelt ... na', 'plays at'); praise for an attack elsewhere; a fire as
a precaution ('wie er binnen is bij brand', 'in case of fire'); money sent to a camp and a question on
terror financing; the fear that the youth authorities take a child away; 'take everyone out' at a laser, paintball
or nerf game; a taser the police show a class; a knife used on food; an old grenade picked up by the EOD; lessons,
tests and evaluations where someone 'will learn'. Every calm idea has CAUGHT messages where the same calm words
stand next to a danger now or soon: a calm word must never talk those down.

Known and left open: a game and 'take everyone out' more than six words apart in one sentence still alarm (the line
act + intent + day is read whatever else a message says); 'ze zullen het op school morgen wel merken' with no threat,
post or extremist sign beside it stays calm by the words alone."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [

    # a veiled threat ('they will learn', 'ze gaan het wel merken') with a place and a day, written or posted, or
    # beside an extremist sign
    ("nl", "een jongen van 15 die hakenkruizen op Instagram zet appte gisteren dat de school donderdag wel zal leren"),
    ("nl", "hij postte een swastika en schreef: de leraren gaan het morgen wel merken"),
    ("en", "he posted atomwaffen flags on telegram and said the teachers will learn their lesson on monday"),
    ("en", "after his nazi symbols on tiktok he wrote 'the mosque will learn tomorrow'"),
    ("nl", "ze zei dat de docenten morgen hun lesje wel gaan leren op schol"),
    ("en", "my student posts black sun images and wrote: the school will learn on friday"),
    ("nl", "die leraren zullen het vrijdag wel merken, schreef hij in de klassenapp"),
    ("nl", "hij appte dat ze meneer vandaag een lesje gaan leren"),
    ("en", "the staff will learn their lesson tonight, he wrote in the group chat"),
    # a fresh intent to do it again soon, told after an old conviction or plot
    ("en", "He was convicted last year of planning an attack and now says he will do it again tomorrow"),
    ("nl", "hij is veroordeeld voor het voorbereiden van een aanslag en zegt dat hij het morgen opnieuw gaat doen"),
    ("nl", "vorig jaar zat hij vast voor een aanslagplan, nu appt hij dat hij vrijdag weer toeslaat"),
    ("en", "she served time for an attack plot and posted that she will strike again tonight"),
    # a pin, a clock and a harm as pictographs
    ("xx", "📍station 🕐 17:30 💣"),
    ("xx", "📍 stadhuis 🕓 09:00 🔫"),
    ("xx", "📍school 🕒 8:15 🧨"),
    ("xx", "📍markt morgen 12u 💥"),
    ("xx", "📍plein 🕔 17:00 🚗🔥"),
    ("xx", "📍 station 🕐 17:30 🚙🔥"),
    # the affairs handled or arranged, then off to the tracks, the bridge or the water (with a goodbye)
    ("nl", "ik heb alles afgehandeld, nu ga ik naar de brug"),
    ("nl", "alles is geregeld, sorry voor alles, ik ga naar het water"),
    ("en", "everything is sorted, sorry for everything, going to the bridge now"),
    ("nl", "alles is afgehandeld en ze liep richting het water"),
    ("nl", "we hebben alles afgehandeld, sorry voor alles, ik ga naar het water"),
    # the calm words of this round next to a danger now or soon (same clause, the sentence before, the sentence after)
    ("nl", "een jongetje speelt bommen leggen na en nu ligt er een echte bom met draadjes naast hem in de zandbak"),
    ("en", "the kids were playing at bombs when they found a real pipe bomb in the shed, it is ticking now"),
    ("nl", "de kinderen spelen aanslagen na. er staat nu een man met een mes bij de ingang van de school"),
    ("nl", "er staat nu een man met een mes bij de ingang van de school. de kinderen spelen aanslagen na"),
    ("en", "the boy plays at shooting; his father is pointing a real rifle at the kids now"),
    ("nl", "een medewerker prees in de kantine een aanslag en zei dat hij het morgen hier ook gaat doen"),
    ("en", "an employee praised the attack in the canteen and says he will blow up the office tomorrow"),
    ("en", "he praised the attack in Hanau. he is standing in the canteen with a knife now, it's no joke"),
    ("nl", "hij staat nu met een mes in de kantine. hij prees vanochtend de aanslag"),
    ("nl", "een collega prees de aanslag en heeft nu een pistool op zijn collega gericht"),
    ("nl", "we willen weten wie er binnen is bij brand, en er is nu brand op de tweede verdieping, mensen zitten vast"),
    ("en", "in case of a fire we use a QR code. there is a fire now in the hall and kids are trapped inside"),
    ("nl", "er is nu brand in het buurthuis en er zitten nog kinderen binnen. mogen we bij brand de qr lijst delen?"),
    ("nl", "bij een calamiteit willen we lijsten. nu staat de keuken in brand en de deur zit op slot"),
    ("en", "he sends part of his uitkering to his brother in a camp in Syria and his brother flies to Syria tonight "
           "to join IS"),
    ("nl", "een cliënt stuurt geld naar zijn broer in een kamp. zijn zoon vertrekt vanavond naar Syrië om zich aan "
           "te sluiten bij IS"),
    ("en", "is this terror financing? his son leaves tonight for Syria to join the fighters"),
    ("nl", "zijn zoon vertrekt vanavond naar Syrië om zich aan te sluiten bij IS. is dit terrorismefinanciering?"),
    ("en", "will they take the boy away? he is standing in the schoolyard with a gun now"),
    ("en", "if I call, will they take my son away? he says he will stab his teacher tomorrow"),
    ("nl", "hij zegt dat hij morgen zijn juf neersteekt. gaan ze dan mijn zoon afpakken?"),
    ("nl", "ze willen het kind afpakken en de vader staat nu met een mes voor de deur"),
    ("en", "he took his dad's hunting rifle to lasertag and says he'll take everyone out at school tomorrow"),
    ("en", "we go paintballing on saturday and he says he'll take everyone out with his father's real pistol"),
    ("en", "he says he'll take everyone out at school tomorrow"),
    ("en", "lasertag tomorrow. he has a loaded gun in his bag and says he'll take everyone out at the mall"),
    ("nl", "morgen laat de politie een taser zien aan de klas, en een leerling zegt dat hij dan iedereen neerschiet"),
    ("nl", "de politie laat morgen een taser zien. een jongen staat nu met een mes in de klas"),
    ("en", "he will show the class his taser tomorrow and use it on the teacher"),
    ("nl", "opa sneed de kalkoen en nu steekt mijn oom met het grote mes op mijn tante in"),
    ("en", "he carved the turkey and is now pointing the knife at his wife, screaming he'll kill her"),
    ("nl", "ze sneed het brood. nu staat hij met het broodmes bij de kinderen en dreigt ze te doden"),
    ("nl", "hij staat nu met een mes bij de kinderen en dreigt ze te doden. oma snijdt het brood"),
    ("nl", "een oude granaat is opgehaald door de EOD. er ligt nog een bom onder de auto en die tikt"),
    ("en", "he plays at being a shooter and brought a real gun to school today, it is in his bag now"),
    ("nl", "hij speelt de aanslag na met een echt mes en staat nu in de klas"),
    ("en", "the boy played at bombs and now he has a knife at his sister's throat"),
    ("en", "he's playing at the park with his dad's loaded pistol right now, pointing it at kids"),
    ("nl", "een collega prees de aanslag in de kantine en zegt dat hij morgen de kantine opblaast"),
    ("en", "my colleague praised the attack and has a knife in his hand in the canteen right now"),
    ("en", "he sends money to his brother and has a bomb vest in his car today"),
    ("nl", "hij stuurt een deel van zijn uitkering naar zijn broer en zegt dat hij morgen het stadhuis opblaast"),
    ("en", "they want to take the boy away and he is threatening to jump off the roof now"),
    ("nl", "oma snijdt het brood en opa staat met een mes bij oma te dreigen dat hij haar doodsteekt"),
    ("en", "she cut the cake and then he stabbed her with the knife, she is bleeding now"),
    ("en", "the EOD picked up one grenade, and the man still has a second grenade and is pulling the pin now"),
    ("nl", "een oude granaat is opgehaald door de EOD, maar er ligt nog een bom in de kelder die tikt"),
    ("en", "the police will show the class a taser tomorrow and a pupil says he'll shoot the teacher tomorrow"),
    ("en", "lasertag tomorrow and he says he'll take everyone out with his real gun at school tomorrow"),
    ("en", "📍markt 🕒 12:00 🍓 and he says he'll stab people there tomorrow"),
    ("nl", "er is een kind bij de brand binnen, de vlammen komen uit het raam"),
    ("nl", "er is brand in de school en kinderen zitten vast, bij brand of ontruiming hebben we een lijst"),
    ("en", "in case of fire he says, and he is pouring petrol on the door now"),
    ("nl", "we willen weten wie er binnen is bij brand, en er is nu brand op de tweede verdieping, mensen zitten vast"),
    ("en", "in case of a fire we use a QR code. there is a fire now in the hall and kids are trapped inside"),
    ("nl", "er is nu brand in het buurthuis en er zitten nog kinderen binnen. mogen we bij brand de qr lijst delen?"),
    ("en", "the building is on fire now and people are inside. in case of fire, may we share the visitor list?"),
    ("nl", "in geval van brand hebben we een lijst, maar nu staat de keuken in brand en de deur zit op slot"),
]

CALM = [
    # the false alarms as ideas: a child playing; praise for an attack; money to a camp; a child taken into care; game
    # banter; a taser shown; a knife on food; an old grenade picked up
    ("nl", "mijn zoontje van 6 speelt op het schoolplein steeds aanslagen na met zijn vriendjes"),
    ("nl", "onze peuter speelde gisteren schieten met een pistool na in de poppenhoek"),
    ("en", "the kids in group 3 keep playing at bombs and shooting in the sandpit"),
    ("en", "pretend play with guns at the daycare: a boy of 5 keeps shooting everyone, should I report it?"),
    ("nl", "een collega prees vanochtend bij de koffieautomaat de aanslag in Solingen, het team voelt zich onveilig"),
    ("en", "a teacher praised the attack in Christchurch during the break and pupils feel unsafe"),
    ("nl", "in de kleedkamer verheerlijkte een speler de aanslag op de moskee, wat moet ik doen?"),
    ("en", "my colleague keeps praising attacks on jews in the staff room, what are my options"),
    ("nl", "mag de school een lijst bijhouden van wie er in het gebouw is bij brand of een ontruiming?"),
    ("en", "in case of a fire we want to know who is in the building: can we scan visitors' id cards?"),
    ("nl", "wij willen bij een calamiteit weten welke bewoners binnen zijn, mag dat volgens de AVG?"),
    ("nl", "bij ontruiming van de sporthal moeten we weten wie er binnen is, mogen we een aanwezigheidslijst maken?"),
    ("nl", "een cliënt in de bijstand stuurt geld naar zijn broer in een kamp in Syrië. moet ik dit melden als "
           "terrorismefinanciering?"),
    ("en", "a client on benefits sends money to her brother in al-Hol camp in Syria; is that terrorist financing "
           "and must I stop it?"),
    ("nl", "mijn klant maakt elke maand 200 euro over naar zijn neef in een kamp in Syrië. is dat financiering van "
           "terrorisme?"),
    ("en", "a father says his son of 16 watches ISIS videos. if I report it, will they take the boy away?"),
    ("nl", "een moeder vertelt dat haar dochter van 15 naar IS-filmpjes kijkt. als ik naar de gemeente ga, gaan ze "
           "dan haar kind afpakken?"),
    ("en", "if I go to the police about my nephew who follows al-Shabaab, will they take my son away too?"),
    ("nl", "we gaan zaterdag paintballen en hij roept dat hij iedereen gaat uitschakelen"),
    ("en", "for his birthday we go to laser tag tomorrow, he says he'll take them all out"),
    ("en", "he says he'll take everyone out at lasertag on friday lol"),
    ("nl", "volgende week laat een agent de leerlingen een taser zien tijdens de les"),
    ("en", "the police will show the class a taser tomorrow during the safety lesson"),
    ("nl", "oma snijdt het brood met het grote mes en mijn zoon vindt dat eng"),
    ("en", "dad carved the turkey with the big knife at christmas"),
    ("nl", "mijn moeder sneed de taart met een keukenmes"),
    ("en", "the EOD picked up an old grenade from the field this morning"),
    ("nl", "een oude granaat uit de oorlog is vanmiddag opgehaald door de EOD"),
    ("en", "a rusty shell was collected by the EOD at the building site"),
    ("nl", "mag de school een lijst bijhouden van wie er in het gebouw is bij brand of een ontruiming?"),
    ("en", "in case of a fire we want to know who is in the building: can we scan visitors' id cards?"),
    ("nl", "wij willen bij een calamiteit weten welke bewoners binnen zijn, mag dat volgens de AVG?"),
    # a fire as a precaution ('bij brand', 'in case of fire')
    ("nl", "mag de school een lijst bijhouden van wie er in het gebouw is bij brand of een ontruiming?"),
    ("en", "in case of a fire we want to know who is in the building: can we scan visitors' id cards?"),
    ("nl", "wij willen bij een calamiteit weten welke bewoners binnen zijn, mag dat volgens de AVG?"),
    ("nl", "mag de school een lijst bijhouden van wie er in het gebouw is bij brand of een ontruiming?"),
    ("en", "in case of a fire we want to know who is in the building: can we scan visitors' id cards?"),
    ("nl", "wij willen bij een calamiteit weten welke bewoners binnen zijn, mag dat volgens de AVG?"),
    ("en", "the gym wants a sign-in sheet so we know who is inside in the event of a fire. is that allowed under "
           "GDPR?"),
    # lessons, tests, evaluations, convictions, market pictographs and trips of everyday life
    ("nl", "op school leren de kinderen vrijdag over de Tweede Wereldoorlog"),
    ("en", "the pupils will learn fractions on friday in the maths lesson"),
    ("en", "the school will learn from this incident, the evaluation said"),
    ("nl", "vrijdag is er een toets op school, de leerlingen zullen het wel merken als ze niet leren"),
    ("nl", "in de les over Atomwaffen zullen de leerlingen morgen leren hoe je symbolen herkent"),
    ("en", "the teachers will learn about extremist symbols in a training on friday"),
    ("en", "He was sentenced for plotting an attack and the judge said he would never do it again"),
    ("nl", "hij werd veroordeeld voor een aanslag in 2019"),
    ("nl", "📍Vondelpark 🕒 14:00 🍦 gratis ijs"),
    ("nl", "📍markt 🕒 12:00 🍓 verse aardbeien"),
    ("nl", "📍 sporthal 🕒 19:00 🔥 spinning marathon"),
    ("nl", "de melding is afgehandeld, ik ga naar het spoor om de trein te halen"),
    ("nl", "alles is geregeld voor het uitje, we gaan naar de brug kijken"),
]


test_a_danger_now_or_soon_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_games_precautions_praise_and_questions_stay_calm = calm_by_the_word_rules(CALM)
