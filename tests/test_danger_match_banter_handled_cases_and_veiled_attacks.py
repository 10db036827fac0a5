"""Ideas generalised from urgent_test27 (DR16, word rules alone), in other words, places and languages.

Calm: banter about a match (a team that will 'slaughter' the other side or 'shoot them to shreds'); what a podcast is
about; a staged or simulated incident in a drill; a threat letter received last week; a safety plan made after
thoughts of suicide; a remark already handled (the passport with the parents, the community officer spoken to, a
mentor now); a security-guard course that teaches disarming; a note or a policy about threats at work; a gun in a
locked case; a question whether a club needs a rule about a remark. Every calm idea has CAUGHT messages where the
same calm words stand next to a danger told now or soon in the same clause: a calm word must never talk those down.

Caught, the misses as ideas: acid thrown in a face; a screwdriver, a broken bottle or a glass edge at a throat or a
neck; a neck hold; a van with the engine running that will drive in; a thing that goes off if touched; 'the thing'
of a father loaded; a surprise under a seat, ready at an hour; a class-chat line with a room, a teacher 'first' and
'the rest'; torches and a building that must burn with everyone in it; 'will not live to tell' with an iron bar;
slang for stabbing or shooting ('m prikken', 'wet him up', 'leegtrekken', 'the ting'); a burning bottle; people
pushed to a platform edge; a bag left with 'none of you'; something dripped into drinks or sprayed with people
falling; barrels, wires and a phone with a building that 'won't exist'; a car driven into a group; 'took all of
them' with a thanks or no answer; 'say your goodbyes' from someone who will be at your school; 'the thing' with 'she
deserves it' or 'won't see christmas'; a stream promised when a place of worship is full; violence told with 'now'.
Their words in everyday use (a nurse's jab, a bike battery, a train conductor, a birthday treat) stay calm."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # the calm words of this round next to a danger now or soon, in the same clause
    ("nl", 'zondag gaan we ze slachten, hij staat nu met een mes in de kantine'),
    ("nl", 'we gaan ze slachten en hij heeft nu een pistool in zn tas bij de ingang van de school'),
    ("nl", 'zaterdag schieten we ze aan flarden en hij zwaait nu met een geweer op het plein'),
    ("nl", 'we schieten ze aan flarden zegt hij terwijl hij nu met een vuurwapen de aula in loopt'),
    ("en", "we're gonna slaughter them, he is standing in the hallway with a knife right now"),
    ("en", 'we will murder them on friday he says and he is pointing a gun at the kids now'),
    ("nl", 'gaan we ze afslachten zegt hij, en hij heeft morgen een bom bij zich op school'),
    ("nl", 'er staat nu beveiliging bij de deur en een man steekt nu de bewaker neer'),
    ("nl", 'er staat nu beveiliging bij de deur en de man zwaait nu met een mes in de hal'),
    ("en", 'security is now at the door and a man is shooting at people in the hall right now'),
    ("en", 'there is now security at the gate and a man with a knife is stabbing a guard right now'),
    ("nl", 'we hebben een veiligheidsplan gemaakt na suicidale gedachten en ze staat nu op het dak en wil springen'),
    ("nl", 'het veiligheidsplan na suicidale gedachten ligt er en hij heeft nu alle pillen ingenomen'),
    ("en", 'we made a safety plan after suicidal thoughts and she is on the roof now and wants to jump'),
    ("en", 'safety plan after a suicide attempt, he just took all of them and is not answering'),
    ("nl", 'ze luistert een podcast over een schietpartij en nu staat er een man met een geweer op het schoolplein'),
    ("nl", 'tijdens de podcast over een aanslag zegt hij dat hij morgen de school opblaast'),
    ("en", 'a podcast about a school shooting and right now a boy is in the hall with a gun'),
    ("nl", 'tijdens de oefening met een gespeelde gijzeling staat er nu een echte man met een mes in de hal'),
    ("en", 'staged exercise, but now a real man with a knife is stabbing people in the lobby'),
    ("en", 'a note about threats at work: a colleague is in the office with a knife right now'),
    ("en", 'hr writes a memo about threats, and a man is pointing a gun at the receptionist now'),
    ("nl", 'notitie over dreigingen: op dit moment staat er een man met een mes bij de balie'),
    ("nl", 'zn paspoort ligt bij de ouders en hij staat nu met een mes op het schoolplein'),
    ("nl", 'we hebben met ouders en wijkagent gesproken en nu staat hij met een mes in de klas'),
    ("nl", 'hij heeft nu een mentor en zegt dat hij morgen de school opblaast'),
    ("en", 'he now has a mentor and he is standing in the hallway with a knife right now'),
    ("en", 'his passport is with his parents and he says he will blow up the school tomorrow'),
    ("en", 'in a programme with a mentor and he is waving a knife at his classmates now'),
    ("en", 'can i close my file, he is standing at the gate with a gun right now'),
    ("nl", 'kan ik het dossier sluiten nu hij met een mes zwaait in de gang'),
    ("nl", 'dossier afsluiten? hij zegt dat hij morgen de moskee opblaast'),
    ("nl", 'oefening met de veiligheidsregio en een echte man staat nu met een mes in de hal'),
    ("nl", 'bij de crisisoefening schiet een man nu echt op mensen in het gemeentehuis'),
    ("en", 'during the hostage drill a real man is stabbing people in the lobby right now'),
    ("nl", 'bij de opleiding beveiliger staat nu een man met een mes die een cursist bedreigt'),
    ("nl", 'mijn zoon doet de opleiding tot beveiliger en een medecursist zegt dat hij morgen de school opblaast'),
    ("en", 'at the security guard course a man is pointing a gun at the teacher right now'),
    ("en", 'both laughing, then he pulled a knife and is stabbing his friend now'),
    ("nl", 'ze lachten allebei en nu staat hij met een mes bij zn keel'),
    ("en", 'they both laughed and he says he will blow up the school tomorrow'),
    ("en", 'the hunter took the rifle out of the rifle case and is pointing it at the kids now'),
    ("nl", 'hij heeft een jachtakte en richt het geweer nu op de kinderen'),
    ("nl", 'de jager haalt het geweer uit de geweerkoffer en schiet nu op mensen'),
    ("en", 'with a locked rifle case in his car he says he will shoot the teacher tomorrow'),
    ("nl", 'een true crime podcast, maar nu staat er een man met een geweer op het plein'),
    ("en", 'true crime fan and he says he will shoot up the school tomorrow'),
    ("nl", 'de imam kreeg vorige week een dreigbrief en nu staat er een man met een mes bij de deur van de moskee'),
    ("nl", 'vorige week een dreigbrief, en vandaag zegt een man dat hij morgen de moskee opblaast'),
    ("en", 'the imam got a threatening letter last week and a man is pointing a gun at him right now'),
    ("en", 'we received a threat letter last week and now a man is stabbing people at the entrance'),
    ("nl", 'de jager haalt het geweer uit de geweerkoffer en schiet nu op mensen'),
    ("en", 'the hunter opened the locked rifle case and is shooting at the parents now'),
    ("nl", 'in de geweerkoffer zit een geweer en hij zegt dat hij morgen de juf doodschiet'),
    ("en", 'he took the gun out of the gun case and is pointing it at the kids now'),
    ("en", 'do we need a rule about this now that a boy is stabbing his friend with a knife'),
    ("nl", 'moeten we een regel maken, hij staat nu met een mes bij de tafeltennistafel'),
    ("en", 'we need a rule about phones and right now a man with a gun is in the canteen'),
    ("nl", 'hebben we een regel over nodig? hij dreigt nu de trainer neer te steken met een mes'),
    ("nl", 'tijdens de oefening met een gespeelde gijzeling staat er nu een echte man met een mes in de hal'),
    ("en", 'simulated attack in the drill, and a real man is stabbing people at the entrance now'),
    ("nl", 'bij de gesimuleerde ontruiming loopt er nu een man met een pistool door de gang'),
    ("en", 'he keeps his rifle in a locked gun case and is shooting at the parents now'),
    ("nl", 'de jager heeft het geweer in een afgesloten geweerkoffer en richt het nu op de kinderen'),
    ("en", 'locked gun case in the car, but he took it out and is pointing the rifle at the teacher right now'),
    ("en", 'he has a locked rifle case in his car and says he will shoot the principal tomorrow'),
    # the misses of this round as ideas, in other words, places and languages, with typos and slang
    ("nl", 'bij de bushalte heeft een meisje een flesje en dreigt het zuur in het gezicht van haar ex te gooien'),
    ("nl", 'een man loopt door de kantine en wil zoutzuur in het gezicht van de kok gooien'),
    ("en", "a man in the shop says he will throw acid in the cashier's face, he has the bottle open"),
    ("en", 'guy outside the gym is about to throw acid at his ex girlfriends face'),
    ("nl", 'in de bus drukt een jongen een schroevendraaier tegen de keel van de chauffeur'),
    ("nl", 'op het schoolplein houdt een leerling een stuk glas tegen zn keel van een klasgenoot'),
    ("en", "at the bar a man is pressing a broken bottle to the bartender's throat"),
    ("en", "a patient holds a screwdriver to the nurse's throat in the corridor"),
    ("nl", 'in de kleedkamer houdt een jongen een jonger kind in een nekklem en het kind wordt blauw'),
    ("en", "a man has the security guard in a headlock on the platform and won't let go"),
    ("nl", 'voor de moskee staat een busje met draaiende motor en de man zegt dat hij er zo in rijdt als '
           'het gebed klaar is'),
    ("en", 'a van with the engine running is parked at the school gate and the driver says he will drive '
           'into them when the kids come out'),
    ("nl", 'in de aula zegt een jongen dat de doos in zijn tas afgaat als iemand hem aanraakt'),
    ("en", 'a girl on the bus says the thing in her bag goes off if anyone touches it'),
    ("nl", 'hij stuurde een foto, het ding van zijn vader is geladen en hij komt morgen naar school'),
    ("en", "he posted that his dad's thing is loaded and he is walking to the canteen at lunch"),
    ("nl", 'een man zegt in de moskee dat hij een verrassing onder de stoel van de imam heeft gelegd en '
           'dat het om 1 uur klaar is'),
    ("en", 'he told the caretaker there is a surprise under the stage for the mayor and it is ready at three'),
    ("nl", "in de groepsapp: 'vrijdag 10.30 lokaal 1.12, juf als eerste, de rest mag kiezen'"),
    ("en", "in the class chat: 'monday 9am classroom b3, mrs jansen first, then the rest'"),
    ("nl", "'morgen met fakkels naar het azc, dat ding moet branden met iedereen erin' staat in de groepsapp"),
    ("en", 'chat says: tomorrow night we bring torches to the refugee centre, it has to burn with everyone inside'),
    ("nl", 'de vader staat met een ijzeren staaf bij de school en roept dat wie hem tegenhoudt het niet navertelt'),
    ("en", 'he is at the door with a crowbar and yells that anyone who stops him wont live to tell'),
    ("nl", 'die jongen zei ik ga m nu prikken bij het station, ze staan al tegenover elkaar'),
    ("en", 'bro said he gonna wet him up after school today, he got the ting'),
    ("nl", 'hij zegt dat hij hem vanavond lek gaat steken bij de snackbar'),
    ("nl", 'ze zeggen dat er vannacht om 2 uur iemand wordt leeggetrokken bij de flat'),
    ("en", 'they said tonight someone is getting his clip emptied, they said they will empty the clip on him at 10'),
    ("nl", 'een man staat met een brandende fles bij de ingang van de kinderopvang'),
    ("en", 'a man is standing in the hallway of the daycare with a burning bottle, the toddlers are in the next room'),
    ("nl", 'op het perron duwt een man mensen naar de rand, de trein komt er zo aan'),
    ("en", 'a man is pushing people towards the edge of the platform and the train is coming'),
    ("nl", 'een man zet een tas onder zijn stoel in de raadszaal en zegt dat niemand van jullie nog stemt, '
           'hij loopt weg'),
    ("en", 'at the meeting a man left a bag under his seat and said none of you will see the vote, he is leaving now'),
    ("nl", 'iemand druppelt iets in de bidons van het team en zegt dat ze allemaal neergaan in de eerste helft'),
    ("en", 'someone dripped something into the water bottles at the gym and said they will all drop'),
    ("nl", 'in de disco spuit iemand iets en mensen vallen neer, hij spuit weer bij de uitgang'),
    ("en", 'on the train someone sprayed something and people are falling down coughing'),
    ("nl", 'in de garage van de buurjongen staan vaten met draden en een telefoon eraan vast, hij zegt dat '
           'het stadhuis morgen niet meer bestaat'),
    ("en", 'my cousin has barrels with wires and a phone taped to it and says the police station wont exist tomorrow'),
    ("nl", 'bij de kermis rijdt een auto in op de groep mensen bij de ingang'),
    ("en", 'a man is driving his car into the group of students at the bus stop right now'),
    ("en", 'a car is driving between the stalls at the market and not stopping, people are running'),
    ("nl", "mn vriendin appte 'ik heb ze allemaal ingenomen, bedankt voor het proberen' en ze reageert niet meer"),
    ("en", "my son texted 'i took all of them, thanks for trying dad' and his phone is off"),
    ("nl", "'over een half uur sta ik bij jouw werk, neem maar afscheid van je collega's' kreeg mn zus van haar ex"),
    ("en", "he texted her: i'll be at your school in an hour, say your goodbyes"),
    ("nl", 'de vader zegt dat hij het ding uit zijn auto haalt voor de juf en dat ze de kerst niet haalt'),
    ("en", 'my brother is driving to his ex now with the thing from the shed and says she deserves it'),
    ("nl", "screenshot: 'zondag 11 uur als de kerk vol zit, dan doe ik het, kijk mn stream'. het is nu zondag half 11"),
    ("en", "post in a group: 'when the church is full on sunday im doing it, watch my stream'"),
    ("nl", 'man met een hamer klimt nu over de balie van het gemeentehuis en schreeuwt naar de medewerker'),
    ("en", 'a man with a baseball bat is climbing over the counter at the post office and screams he will '
           'smash the clerk'),
    ("nl", 'die gast wil zuur in haar gezcht gooien bij de halte'),
    ("en", 'a man is holding a screwdiver to the drivers throat on the bus'),
    ("nl", 'hij heeft de leraar in een nekklemm in de gang en laat niet los'),
    ("nl", 'vader staat met een brandnde fles bij de creche'),
    ("nl", 'ik ga m nu priken achter de sporthal'),
    ("nl", 'wallah ze gaan m vanavond leegtrekke bij het pleintje'),
    ("en", 'bro gonna wet man up tonite outside the chippy, hes got the ting'),
    ("en", 'a guy puts a bag under his seat at the town council and says none of u will vote again'),
    ("en", 'some1 dripping stuff into the water bottles of the team, says they will all drop'),
    ("en", 'my gf texted i took all of them thank u for trying and shes not answering'),
]

CALM = [
    ("nl", "onze spelers riepen 'zaterdag gaan we ze slachten' over de bekerfinale, moet ik dat bespreken "
           'met het team'),
    ("nl", "bij basketbal zei de coach 'we schieten ze aan flarden' over de wedstrijd van zondag, een "
           'moeder vond het eng'),
    ("nl", 'mijn zoon luistert een podcast over een aanslag in noorwegen, hoe praat ik daarover'),
    ("en", 'my students listen to a podcast about a stabbing in a school, is that harmful for them'),
    ("nl", 'de brandweer houdt een oefening met een gesimuleerde aanslag op het station, wie informeert de buurt'),
    ("en", 'we hold a drill with a staged shooting at school next month, how do we tell parents'),
    ("nl", 'onze wethouder kreeg vorige week een dreigbrief, de politie doet onderzoek. hoe ondersteunen we haar'),
    ("nl", 'client met wie we een veiligheidsplan opstelden na suicidale gedachten komt morgen op gesprek, tips?'),
    ("en", 'we wrote a safety plan after suicidal thoughts with a student who returns next week, how to prepare'),
    ("nl", 'meisje wilde zich aansluiten bij een gewapende groep, we hebben met de wijkagent gesproken en '
           'ze heeft nu een mentor, wat nu?'),
    ("nl", 'mijn dochter doet de opleiding tot beveiliger en leert hoe je iemand met een mes ontwapent, is '
           'dat normaal'),
    ("en", "my colleague joked he'd blow up the coffee machine, we are writing a policy on threats at "
           'work, does this count?'),
    ("en", 'a neighbour is a hunter and keeps his rifle in a locked gun case in the car during the school '
           'run, is that allowed'),
    ("en", "two boys yelled 'i'll kill you' at each other during football, do we need a rule about this?"),
    ("nl", 'de huisarts gaat hem morgen prikken tegen griep, mag ik mee'),
    ("nl", 'ik ga hem morgen prikken zegt de verpleegkundige, hij is bang voor naalden'),
    ("nl", 'de telefoon is geladen en we gaan morgen met de klas naar school'),
    ("nl", 'de bus is geladen, morgen vertrekken we naar het museum'),
    ("nl", 'neem maar afscheid van oma, zegt de dokter, ze overlijdt waarschijnlijk vannacht'),
    ("nl", 'de conducteur duwt mensen de trein in, de volgende trein komt zo op perron 3'),
    ("nl", 'morgen mag juf als eerste kiezen, de rest mag kiezen daarna uit de traktatie'),
    ("nl", 'mensen rennen weg als de bus er aan komt en de chauffeur rijdt door, is dat gevaarlijk'),
    ("nl", 'de tuinman spuit iets op de planten en de bladeren vallen om'),
    ("en", 'the kids are running and a car is driving slowly through the car park, how do we make it safer'),
    ("nl", 'de kinderen zeggen dat niemand van jullie mag spieken, de tas staat onder de stoel'),
    ("nl", 'in de klas gaat de wekker af als iemand hem aanraakt, het is een spel'),
    ("nl", 'we hebben vaten en draden in de schuur voor het kerststuk, het oude buurthuis bestaat niet meer'),
    ("nl", 'ik heb ze allemaal ingenomen zei mijn dochter over haar vitamines, ze reageert niet op mijn '
           'appjes omdat ze slaapt'),
    ("nl", 'oma haalt de kerst niet, zegt de dokter'),
    # the words of this round's new ideas in everyday use: a neck hold in judo, a marathon, a board game
    ("nl", 'mag een beveiliger een nekklem gebruiken bij een winkeldief?'),
    ("nl", 'bij judo leren de kinderen een wurggreep, is dat veilig'),
    ("en", 'in wrestling class the boys practise a headlock, should i worry'),
    ("en", 'the marathon: people are running and a car is driving behind them as escort'),
    ("en", 'none of you will believe this, i left a bag on the bus'),
    ("nl", 'wie hem tegenhoudt bij monopoly navertelt het niet, zegt mijn zoon lachend'),
    ("en", "grandma won't see christmas, the doctor said, how do i tell the kids"),
    ("nl", 'de taart is klaar om 12 uur, een verrassing onder de boom voor oma'),
]


test_a_danger_now_or_soon_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_banter_podcasts_drills_and_handled_cases_stay_calm = calm_by_the_word_rules(CALM)
