"""Ideas generalised from urgent_test31 (word rules alone), in other words, places and languages than the set.

Caught, the misses as ideas, each with two signs (the event and a sign of danger now): beaten and bleeding from
the head, half responsive; a goodbye view from the top of a crane; a needle held at a neck; in the bath with a
plugged-in hairdryer behind a locked door; a head held under water while the person thrashes; a capsized boat and
nobody coming up; a fire or smoke with exits chained or doors that will not open; collapsed after sport, vomiting
and not responding; caught on live power and twitching; pushed overboard or going under between boat and quay;
buried in a caved-in trench; days without food or drink and now confused; a drunk driver speeding off with
children; a baby shaken and now silent; things given away with a thank-you or 'won't need them'; a plan to come
soon with others to finish someone off, even inside a question about the rules; a vow to silence someone forever
told now; thrown into a car boot; a child hitting-and-silent scene in a child's words; a child in a car with 'ik
maak hem dood'; slang 'komen met ijzer' tonight; bleeding badly and pale; something sharp at a face; something
burning through a window with people inside; held by the hair with nobody let out; stamping on a head; a crowd
crush with someone going limp; voices that say to push someone in front of a train; a baby held out of a
window; a hammer or knife heading for someone; 'rijden we erin' at a market.

Calm: the same words in a first-aid course, a procedure or safety question, a past event that is over; a boss
who 'will murder me' over a deadline; blowing up the printer; a what-if for a training day ('if a pupil ever
tells me they're about to ...'); a threat told as past with the person picked up by the police, admitted to a
clinic or sentenced today; finishing homework. The calm words of this round stand next to a danger now in CAUGHT:
they must never talk it down."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", 'op het schoolplein slaat een vader zijn dochter met een stok, ze bloedt uit haar hoofd en reageert '
           'nauwelijks'),
    ("en", 'my neighbour is beating his son with a belt, the boy is bleeding from his head and barely responding'),
    ("nl", 'hij heeft hem met een fles geslagen en nu bloed hij uit zn hoofd, reageert amper'),
    ("nl", "meisje van 16 staat bovenin de hijskraan bij het station en appt 'mijn laatste uitzicht'"),
    ("en", 'my client climbed up the crane at the building site and posted a photo captioned last view'),
    ("nl", 'in de supermarkt houdt een man een injectienaald tegen de hals van de caissiere'),
    ("en", "a man at the front desk has a used needle at the receptionist's neck and won't let anyone out"),
    ("nl", 'mijn zus ligt in het bad met de haardroger aan en de stekker in het stopcontact en ze wil niet opendoen, '
           'deur op slot'),
    ("en", 'my flatmate is in the bathtub with a hair dryer plugged in and she locked the door and says go away'),
    ("nl", 'op de zorgboerderij houdt een begeleider het hoofd van een jongen onder water in de trog, hij spartelt'),
    ("en", 'the lifeguard is holding a kid under water and the kid is thrashing'),
    ("nl", 'de kano is omgeslagen op de plas en mijn leerling komt niet meer boven'),
    ("en", "our canoe capsized in the lake and my student hasn't come up"),
    ("nl", 'brand in de gymzaal en de nooduitgang zit met een ketting dicht, de zaal zit vol rook'),
    ("en", "there's a fire in the club, the fire exit is chained shut and the room is full of smoke"),
    ("nl", 'de kantine zit vol rook en de deuren gaan niet open'),
    ("en", "someone set the stage curtains alight and the doors won't open from the inside"),
    ("nl", 'voetbaltraining: jongen van 14 in elkaar gezakt na een kopbal, hij braakt en reageert niet'),
    ("en", 'a boy collapsed at boxing practice, he is throwing up and not responding'),
    ("nl", 'een kind hangt aan de draad van de stroomkast en schokt'),
    ("en", 'a worker touched the power line and is lying there twitching'),
    ("nl", 'op de pont duwt een dronken man mensen overboord'),
    ("en", 'a man on the ferry is pushing people overboard'),
    ("nl", 'een jongen ligt tussen de boot en de kade en gaat kopje onder'),
    ("nl", 'de greppel is ingestort en er ligt een kind onder het zand'),
    ("en", 'the trench caved in and a boy is buried, you can only see his hand'),
    ("nl", 'ze heeft al dagen niks gegeten en praat wartaal, herkent me niet meer'),
    ("en", "she has not eaten or drunk for four days for the fasting ritual and now she doesn't recognise me and "
           "can't stand up"),
    ("nl", 'hij is stomdronken weggescheurd met drie kinderen op de achterbank'),
    ("en", "he's drunk and just sped off with the kids in the car"),
    ("nl", 'de buurman schudt zijn baby door elkaar en nu huilt ze niet meer'),
    ("en", 'the man upstairs is shaking the baby and now it went quiet'),
    ("nl", "ze heeft haar laptop en haar kleren weggegeven en appte 'bedankt voor alles'"),
    ("en", 'he gave away his games and wrote thanks for everything, it ends tonight'),
    ("nl", 'mag ik de school bellen? een leerling appte dat hij vanavond met zijn broers komt om Sem af te maken'),
    ("en", 'can I share this? a boy texted he is coming tonight with his cousins to finish him off'),
    ("nl", 'hoe noteer ik dat een jongen zojuist zei dat hij zijn stiefvader nu voor altijd stil gaat maken?'),
    ("en", "how do I record that my client just said he'll silence her forever, he left a minute ago"),
    ("nl", 'ze hebben mij in de kofferbak gestopt en we rijden ergens heen'),
    ("en", "my son texted that they locked him in the trunk and now he doesn't pick up"),
    ("nl", 'papa slaat mama hoofd tegen muur, mama praat niet meer'),
    ("nl", 'mijn ex heeft mijn dochter in zijn auto en zegt ik maak haar dood, ze rijden nu weg'),
    ("nl", 'ze komen vanavond met een strap naar zijn huis'),
    ("en", 'they know where he lives, coming strapped tonight'),
    ("nl", 'er ligt een vrouw bij de bushalte, ze bloedt heel erg uit haar arm en wordt lijkbleek'),
    ("en", 'a man at the bus stop is bleeding heavily from his leg and going pale'),
    ("nl", 'een man houdt een kapotte fles tegen het gezicht van de buschauffeur'),
    ("en", 'someone is holding a shard of glass to her face in the metro'),
    ("nl", 'ze gooiden een brandende fles door het raam van de synagoge, er zitten nog mensen binnen'),
    ("en", 'they threw something burning through the window of the church, people still inside'),
    ("nl", 'bij het loket houdt een man een vrouw aan haar haren vast en roept niemand gaat weg'),
    ("en", 'a man is holding a nurse by her hair and says nobody leaves'),
    ("nl", 'een man ligt op straat en een ander trapt op zijn hoofd'),
    ("en", 'one guy keeps stomping on his head in the parking lot'),
    ("nl", 'bij de ingang van het concert wordt iedereen geplet en een jongen wordt slap'),
    ("en", 'crowd crush at the stadium gate, a boy went limp'),
    ("nl", 'mijn client zegt dat de stemmen zeggen dat hij iemand voor de trein moet duwen, over vijf minuten'),
    ("en", 'the voices are telling him to push someone in front of the train'),
    ("nl", 'de zuster houdt de baby uit het raam en zegt dat ze hem laat vallen'),
    ("en", 'my neighbour is holding his toddler out of the window on the 5th floor'),
    ("nl", 'mijn ex loopt met een hamer op haar af in de rechtbank'),
    ("en", 'a man with a knife is heading for her table at the cafe'),
    ("nl", 'in de groepsapp: morgen om 12 bij de kerstmarkt op het plein rijden we erin met een bestelbus'),
    ("en", 'she gave away her cat and her phone and texted thank you for everything'),
    ("nl", 'hij komt over een uur met zijn vrienden om Daan af te maken, mag ik de politie bellen?'),
    ("nl", "ze heeft haar kleren en haar kat weggegeven en stuurde me 'bedankt voor alles'"),
    ("nl", 'mijn leerling heeft al haar spullen weggegeven en zegt dat ze het niet meer nodig heeft'),
    ("en", "he gave away his phone and his headphones and said he won't need them anymore"),
    # the same ideas with typos, slang and other places
    ("nl", 'vader slaat zn zoontje met een stok, hij bloed uit zn hooft en reageert bijna niet'),
    ("en", 'guy hit his kid with a bat, kid is bleedin from his head n barely responsive'),
    ("nl", "ze zit bovenop de zendmast en stuurt 'laatste uitzicht x'"),
    ("nl", 'hij zit in de hijskraan en appt mijn laatste zonsondergang'),
    ("nl", 'man heeft een spuit tegen de nek van de kassameisje, niemand mag weg'),
    ("en", 'guy got a needle to the cashiers neck, not letting anyone out'),
    ("nl", 'mn huisgenoot zit in bad met de föhn in het stopcontact, ze roept ga weg'),
    ("nl", 'ze duwen zijn hoofd onder water in de sloot en hij spartelt'),
    ("en", "they're holding his head underwater in the pool and he is flailing"),
    ("nl", 'de boot is gekapseisd en mn zoon is niet boven gekomen'),
    ("en", 'our boat flipped over and my daughter has not come up'),
    ("nl", 'er is brand in de kelder van de disco en de nooduitgang is met kettingen dicht, alles vol rook'),
    ("en", 'fire in the basement, exits are padlocked and its full of smoke'),
    ("nl", 'hij is na de wedstrijd in elkaar gezakt en reageert niet meer, spuugt'),
    ("en", 'he collapsed after the match, not responding and throwing up'),
    ("nl", 'jongen hangt aan de hoogspanningskabel en schokt'),
    ("en", 'my colleague got electrocuted and is lying on the ground not moving'),
    ("nl", 'een gast duwt mensen overboord op de partyboot'),
    ("nl", 'het zand is ingestort en mijn neefje is bedolven'),
    ("en", 'the sand caved in on the kids, one is buried'),
    ("nl", 'ze eet en drinkt niet meer sinds vier dagen en praat onzin, kan niet staan'),
    ("nl", "hij is straalbezopen weggescheurd met z'n broertjes op de achterbank"),
    ("en", "he's hammered and sped off with the kids in the back"),
    ("nl", 'die gast schudt de baby heen en weer en nu is het stil'),
    ("en", 'she is shaking the baby hard and now it stopped crying'),
    ("nl", 'ze heeft haar telefoon weggegeven en zegt vanavond is het klaar'),
    ("nl", 'jongen appte net dat hij over 10 min met zn boys komt om hem af te maken'),
    ("en", "my client just said he's going to her place now to shut her up for good"),
    ("nl", 'help ze hebben me in de kofferbak gegooid'),
    ("en", 'someone threw my brother in the trunk and they are driving off'),
    ("nl", 'mama slaat papa hoofd op de vloer, papa zegt niks meer'),
    ("en", 'he has my daughter in his car and says i kill her'),
    ("nl", 'ze komen vanavond met een blaffer naar zijn osso'),
    ("nl", 'ze bloedt heel erg en wordt helemaal wit, zegt niks meer'),
    ("en", "he's bleeding heavily and going grey, not saying anything"),
    ("nl", 'een man duwt een glasscherf tegen het gezicht van de conducteur'),
    ("en", 'they threw a burning bottle through the window of the mosque, people still inside'),
    ("nl", "man houdt een meisje aan d'r haren vast, niemand mag weg"),
    ("nl", 'twee gasten trappen op zijn hoofd en hij beweegt niet'),
    ("en", 'they keep stomping on his head'),
    ("nl", 'bij de ingang wordt iedereen platgedrukt, een meisje werd slap'),
    ("nl", 'de stemmen zeggen dat hij iemand voor de metro moet duwen'),
    ("nl", 'hij houdt de baby uit het raam en zegt hij laat hem vallen'),
    ("en", 'her ex walked in with a knife and is heading for her'),
    # the calm words of this round next to a danger now or soon
    ("nl", 'hij komt vanavond zijn werkstuk afmaken en neemt een pistool mee om de docent neer te schieten'),
    ("en", 'he will finish off the homework and then he is going to stab his teacher tomorrow'),
    ("nl", 'mijn baas vermoordt me, hij staat nu met een mes over me heen'),
    ("en", 'my boss is going to kill me, he is pointing a gun at me right now'),
    ("nl", 'de printer opblazen zei hij, en nu staat hij met een bom in de aula'),
    ("en", "what if a young person ever tells me they're about to leave? right now a boy is standing on the roof and "
           'wants to jump'),
    ("nl", 'de politie heeft hem opgehaald, maar zijn broer staat nu met een mes voor de school'),
    ("en", 'she is now in a clinic but her boyfriend is at the door with a gun right now'),
    ("nl", 'de man die vandaag veroordeeld is, zijn broer dreigt nu de rechtbank op te blazen'),
    ("nl", 'het kind woont bij oma, maar vader staat nu met een mes voor de deur van oma'),
    ("nl", "ze heeft vorige maand gedreigd te springen en nu zit ze op de brug met haar benen over de reling"),
    ("en", "he threatened last year to kill his ex and right now he is at her door with a knife"),
    ("nl", "Hij zegt dat hij morgen de rechtbank opblaast. Zijn broer is vandaag veroordeeld."),
    ("en", "He says he will shoot the judge tomorrow. His brother was sentenced today."),
    ("nl", "Hij zegt dat hij morgen de school opblaast. Zijn moeder is opgenomen in een kliniek."),
    ("nl", "de politie heeft hem opgehaald, maar zijn broer staat nu met een mes voor de school"),
]

CALM = [
    ("nl", 'hoe zet je iemand in de stabiele zijligging als hij uit zijn hoofd bloedt? voor de ehbo cursus'),
    ("nl", 'vorig jaar werd een jongen op camping geslagen en bloedde uit zijn hoofd, hij is nu weer beter. hoe praat '
           'ik erover'),
    ("en", 'what should I do if someone is bleeding from the head and barely responding? asking for our first aid '
           'course'),
    ("nl", 'mijn zoon maakte een foto van de bouwkraan naast de school, mag hij die op insta zetten'),
    ("en", 'the crane operator showed the class the view from the top of the crane'),
    ("nl", 'de diabetische leerling heeft een naald voor insuline, mag hij die bij zich houden'),
    ("nl", 'hoe kan ik de kinderen leren dat een fohn niet bij het bad hoort'),
    ("nl", 'is het gevaarlijk om een haardroger in de badkamer te gebruiken'),
    ("nl", 'bij zwemles oefenen de kinderen onder water te blijven, een jongen spartelt altijd, tips?'),
    ("nl", 'wat moet ik doen als een kano omslaat tijdens het schoolkamp? voor ons veiligheidsplan'),
    ("nl", 'mogen nooduitgangen tijdens een voorstelling op slot? voor de brandweerkeuring'),
    ("en", "last year there was a fire at the theatre and the doors wouldn't open, everyone got out. how do we talk "
           'about it'),
    ("nl", 'vorige week is een leerling na de gymles in elkaar gezakt, hij is weer helemaal beter. moet ik dit melden'),
    ("nl", 'wat te doen bij een elektrisch ongeval? voor de bhv cursus'),
    ("en", 'the electrician fixed the fuse box at school today'),
    ("nl", 'vroeger werd een man overboord geduwd in die film, mogen we die kijken met de klas'),
    ("nl", 'tijdens de ramadan eet en drinkt ze overdag niks, hoe houd ik daar rekening mee bij gym'),
    ("en", 'our pupils fast during ramadan, not eating or drinking during the day, tips for the sports day?'),
    ("nl", 'hoe bespreek ik met ouders wat shaken baby syndroom is'),
    ("en", 'my student gave away his old bike to a classmate, so sweet'),
    ("nl", 'ze heeft haar oude kleren weggegeven aan de kledingbank, wat lief'),
    ("nl", 'hij moet vanavond zijn werkstuk nog afmaken met zijn neef'),
    ("nl", 'ik heb mijn tas in de kofferbak gegooid en rijd naar school'),
    ("nl", 'mijn baas vermoordt me als ik te laat ben met het rapport'),
    ("en", 'my boss is gonna kill me, I missed the deadline again'),
    ("nl", 'de stagiair zei dat hij de printer ging opblazen als die weer vastliep, grapje natuurlijk'),
    ("en", "what if a pupil ever tells me they're about to travel to join a militia? for our training day"),
    ("nl", 'hij is vorige maand opgepakt na een dreiging met een aanslag; de politie heeft hem opgehaald en hij is '
           'opgenomen in een kliniek. mag ik de school informeren?'),
    ("en", 'a dad threatened last year to jump off the bridge with his son; he is now in a clinic and the child lives '
           'with his mother. can I tell the school?'),
    ("nl", 'de man die in juni een gijzeling pleegde bij de bank is vandaag veroordeeld. mag ik dit in de klas '
           'bespreken?'),
    ("nl", 'hij zei vorig jaar dat de stemmen hem vertelden iemand voor de trein te duwen, nu gaat het beter'),
    ("nl", 'bij ehbo leren we wat je doet als iemand heel erg bloedt en bleek wordt'),
    ("nl", 'de kinderen hebben op de kermis een ketting gekocht'),
    ("nl", 'we gaan met de klas naar de rechtbank, mogen ze een hamer meenemen voor het project'),
    ("nl", 'we gaven de oude schoolboeken weg, die zijn niet meer nodig'),
    ("nl", "vorig jaar dreigde een vader met zijn zoon van het dak te springen; hij is nu in behandeling. mag ik de "
           "mentor inlichten?"),
    ("en", "a pupil threatened last week to bomb the school, the police picked him up that afternoon. can I tell the "
           "class?"),
    # the words of this round's lines in everyday use
    ("nl", 'wat moet je doen bij een kind dat uit zijn hoofd bloedt na een val? ehbo vraag'),
    ("nl", 'de bouwkraan naast school gaat morgen weg, de kinderen maakten een laatste foto'),
    ("nl", 'hoe voer ik een gesprek met een leerling die bang is voor naalden bij de prik'),
    ("nl", 'wat doe je als een kano omslaat? we gaan op kamp'),
    ("nl", 'we organiseren een ontruimingsoefening, de nooduitgang zat vorig jaar op slot, wie controleert dat'),
    ("nl", 'een leerling viel flauw bij gym en gaf over, hij is nu weer thuis en alles is goed'),
    ("nl", 'wat zijn de regels rond werken aan de stroomkast voor stagiairs'),
    ("nl", 'mijn zoon werd zeeziek op de boot en gaf over, wat moet ik doen'),
    ("nl", 'ze vasten, eten en drinken niet overdag, hoe houd ik daar rekening mee'),
    ("nl", 'mijn oom was dronken op het feest, hoe praat ik daar met mijn kinderen over'),
    ("nl", 'hoe vertel ik ouders over shaken baby syndroom'),
    ("nl", 'mag ik een leerling met zijn vrienden laten afmaken wat ze begonnen zijn'),
    ("nl", 'we hebben de tassen in de kofferbak gegooid en rijden naar het kamp'),
    ("nl", 'mijn baas gaat me vermoorden als ik weer te laat ben'),
    ("nl", 'de kinderen duwen elkaar in het zwembad onder water, hoe stop ik dat'),
    ("nl", 'op het festival was het druk en duwen, hoe bereid ik jongeren voor'),
    ("nl", 'bij de ehbo cursus leren we wat je doet als iemand onder stroom heeft gestaan'),
    ("nl", 'hij houdt zijn hoofd boven water bij zwemles'),
    ("nl", 'mijn dochter wil in de hijskraan klimmen bij de open dag, mag dat'),
    ("nl", 'ze hebben hun oude spullen weggegeven aan de kringloop'),
]


test_a_scene_told_as_it_happens_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_courses_questions_idioms_and_handled_threats_stay_calm = calm_by_the_word_rules(CALM)
