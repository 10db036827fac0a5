"""Ideas generalised from urgent_test37 (word rules alone), each written in words of our own.

Calm: banter about beating the other side at a match, a final or a tournament ('ze', 'them'; a danger to 'hem'
at the match still counts); a taser the police demonstrate; chess talk ('your king ... dead'); an old bomb the EOD
took away with the street open again; a court that sentenced someone today for planning an attack; a message that
opens with the training a case is for. Every calm idea has CAUGHT messages where the same calm words stand next to
a danger now or soon: a calm word must never talk those down.

Caught, the misses as ideas (two signs each: the event and a sign of danger now): under water too long by a boat
or weir; everything arranged and off to the bridge; the stuff to a house of worship when all are there, faces
covered; an attack video with 'he would do it better'; a masked robber with something sharp; a blow or a fall on
the head with blood or fluid and no response; 'zelf afmaken' behind a locked door; a skull bottle drunk or poured
into the coffee; a cry for help then silence; a child taken from a pushchair and run off with; hanging now; 'doe ik
het in de ...' with 'dan zien ze wel'; taped rockets with a lit cigarette; 'then no one has her' by the water;
things dropped from a bridge onto traffic; knocking from a closed trailer; 'the sea calls me'; run over and under
the wheel; a spade raised; 📍 ⛽ 🔥; 'wants to fly' on a balcony rail. Their words in everyday use, procedure
questions, courses, what-ifs and past events stay calm.

Known and left open: "we're going to lasertag on Saturday and he'll 'take everyone out'" still alarms (the day of
a game as a figure silenced a hunting rifle taken to the game); a denial is read without its negation, so a bomb
the EOD 'has not yet taken away' is kept urgent by its own line (explosive + 'nog niet')."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # under water too long by a boat or weir; everything arranged and off to the bridge; the stuff to a house of
    # worship when all are there, faces covered; an attack video with a copy intent
    ("nl", "bij de stuw is een kano omgeslagen, een meisje kwam boven maar haar vriendin ligt al een minuut onder "
           "water"),
    ("en", "the kayak flipped at the dam, one kid came up, the other has been underwater for over a minute"),
    ("nl", "kano gekapseisd bij de sluis en de jongen is al een hele tijd onder, we zien hem niet meer"),
    ("en", "our raft tipped over in the rapids and tom has been under for a minute now"),
    ("nl", "mijn cliënt zei net 'ik heb alles geregeld, ik ga nu naar de brug' en liep de deur uit richting de "
           "Erasmusbrug"),
    ("en", "he just signed his will, said 'everything is sorted now, I'm off to the bridge' and walked towards it"),
    ("nl", "na het gesprek zei ze 'alles is geregeld, nu ga ik naar de brug' en ze loopt nu die kant op"),
    ("en", "she told me 'it's all arranged, after this I'm going to the bridge' and headed that way"),
    ("nl", "in de groepsapp staat 'neem de spullen mee naar de synagoge om 12 uur als ze allemaal aan het eten "
           "zijn, gezicht bedekken'. het is nu kwart voor twaalf"),
    ("en", "the last message says 'bring the stuff to the mosque at friday prayer when they're all inside, cover "
           "your face', prayer starts in 20 min"),
    ("nl", "laatste bericht in de chat: 'breng het spul naar de kerk om 10 als iedereen zit, bivakmuts op'. het is "
           "nu 9.45"),
    ("nl", "hij stuurde me de video van de aanslag en zegt dat hij het beter zou doen"),
    ("en", "he sent me the video of the attack and says he'd do it better"),
    ("nl", "ze deelde het filmpje van de aanslag in christchurch en zei dat zij het ook gaat doen"),
    ("en", "he keeps sending the attack video and says he will do the same at our school"),
    ("nl", "hij appte me beelden van de aanslag en zei: ik doe het beter"),
    # the misses as ideas: a masked robber with something sharp; a blow or fall on the head with blood or fluid
    # and no response; 'zelf afmaken' with a locked door; a skull bottle drunk or poured in; a cry for help then
    # silence; a child taken from a pushchair; hanging now; 'doe ik het in de ...' with 'dan zien ze wel'; taped
    # rockets and a lit cigarette; 'then no one has her' by the water; things dropped from a bridge onto traffic;
    # knocking from a closed trailer; 'the sea calls me'; run over and under the wheel; a spade raised; 📍 ⛽ 🔥;
    # 'wants to fly' on a rail; vomit by someone who will not wake up
    ("en", "a guy in a balaclava is holding something sharp to the cashier at the snack bar and yelling for the money"),
    ("nl", "in de supermarkt staat een gemaskerde man met een stanleymes bij de kassa en eist het geld"),
    ("nl", "hij sloeg net een fles op het hoofd van een jongen, die beweegt niet meer en er komt bloed uit zijn oor"),
    ("en", "a kid got hit on the head with a brick, he's not moving and blood is coming from his ears"),
    ("en", "her daughter said she'd end it herself today with the morphine pump and has now locked the door, she "
           "doesn't answer"),
    ("nl", "de zoon zei dat hij het vandaag zelf gaat afmaken met de pomp en heeft zich in de kamer opgesloten"),
    ("en", "my neighbour drank from the bottle with the skull on it, he's throwing up and shaking all over"),
    ("nl", "hij heeft onkruidverdelger gedronken en ligt nu te braken en te trillen"),
    ("en", "on camp a leader took a 12 year old girl into his tent and zipped it shut, she screamed for help and "
           "now it's quiet"),
    ("nl", "de begeleider heeft een meisje mee zijn kamer in genomen en de deur op slot gedaan, ze gilde om hulp en "
           "nu hoor ik niks meer"),
    ("en", "a boy fell off the climbing wall onto his head, he isn't responding and clear fluid is coming out of "
           "his nose"),
    ("nl", "ze viel van het klimrek op haar hoofd en reageert niet meer, er komt bloed uit haar oor"),
    ("nl", "hij slaat haar hoofd steeds tegen de muur en ze is nu slap"),
    ("en", "her boyfriend is banging her head against the table, she has gone limp"),
    ("en", "a man is holding a razor to the shopkeeper's throat right now"),
    ("nl", "hij houdt een scheermes tegen de keel van de kassière"),
    ("nl", "een man pakte net een peuter uit de kinderwagen en rent ermee naar de parkeergarage, het is niet zijn "
           "kind"),
    ("en", "someone grabbed a baby from the pram and ran off toward the car park"),
    ("en", "someone poured something from a bottle with a skull on it into the soup pot, we serve lunch to 50 "
           "people in 15 minutes"),
    ("nl", "iemand deed iets uit een flesje met een doodskop in de thee voor de bewoners, we schenken zo in"),
    ("nl", "hij heeft een laken om zijn nek geknoopt aan het stapelbed en hangt nu"),
    ("en", "a girl tied a belt round her neck to the door handle and she's hanging, we can't untie it"),
    ("en", "they pushed the girl into the boot of the car and drove off"),
    ("nl", "hij duwde haar in de kofferbak en start nu de auto"),
    ("en", "he texted me 'tonight I'll put it in the punch, then they'll see who's laughing', he's at the drinks "
           "table now"),
    ("nl", "hij appte 'straks doe ik het in de soep, dan zien ze wel', hij staat nu bij de soeppan"),
    ("en", "a boy with a bag of taped-together fireworks and a lit cigarette is walking into the crowded market "
           "saying 'watch what happens'"),
    ("nl", "hij loopt met een tas vol vuurwerkbommen en een aansteker naar het volle plein"),
    ("en", "her ex took their son and is walking to the water, he texted 'then no one has him anymore'"),
    ("nl", "vader loopt met zijn dochtertje naar de haven en appte 'dan heeft niemand haar meer'"),
    ("nl", "jongens gooien stoeptegels van het viaduct op de auto's, een raakte net een voorruit"),
    ("en", "kids are throwing rocks off the overpass onto cars right now"),
    ("en", "i can hear banging and people shouting for water from inside a locked lorry trailer, it's really hot"),
    ("nl", "er wordt gebonkt vanuit een afgesloten container en iemand roept om water"),
    ("en", "she sent a voice note 'the sea is calling me, goodbye' and is walking into the waves"),
    ("nl", "hij zei 'het water roept me, doei' en loopt de rivier in"),
    ("en", "the tractor reversed over a boy, he's under the wheel and not talking"),
    ("nl", "de heftruck reed over zijn been, hij ligt eronder en reageert niet"),
    ("en", "a worker is coming at the foreman with a shovel raised over his head, yelling he'll kill him"),
    ("nl", "hij rent met een schep boven zijn hoofd op de conciërge af en schreeuwt dat hij hem doodmaakt"),
    ("en", "his story says 📍mosque 🕒 now 🔥⛽ and he has his dad's van"),
    ("nl", "mijn zoon zit op de reling van het balkon op de tiende en zegt dat hij wil vliegen"),
    ("en", "my daugter is standing on the rail of the balcny saying she wants to fly"),
    ("nl", "papa wordt niet wakker en er ligt overal spuug en pillen"),
    ("en", "my mum won't wake up and there's sick on her and little bags of powder"),
    # the calm words of this round next to a danger now or soon (same clause, the sentence before, the sentence after)
    ("nl", "we gaan ze afmaken op het veld en hij heeft nu een mes in zijn tas bij de kantine"),
    ("nl", "hij staat nu met een mes bij de kantine. we gaan ze zondag afmaken op het veld"),
    ("nl", "we gaan ze zondag afmaken bij de derby. zijn broer neemt een pistool mee naar de wedstrijd en wil de "
           "scheids neerschieten"),
    ("nl", "na de wedstrijd gaat hij de supporters van de tegenpartij neersteken met zijn mes"),
    ("nl", "hij zegt dat hij morgen bij de finale een bom laat ontploffen op de tribune"),
    ("en", "we will destroy them in the final, and right now a man is waving a knife at the fans outside"),
    ("en", "a fan is stabbing people at the stadium gate right now. we will kill them in the match haha"),
    ("en", "we'll crush them at the game tomorrow. his brother says he'll bring a gun to the game and shoot the "
           "referee"),
    ("nl", "de uitwedstrijd is morgen, hij gaat de scheidsrechter doodsteken met het mes van zijn vader"),
    ("en", "at the match tonight he will blow himself up in the stands"),
    ("nl", "zaterdag gaan we lasergamen en hij neemt het jachtgeweer van zijn vader mee om iedereen neer te schieten"),
    ("nl", "paintball morgen, maar hij heeft een echt pistool in zijn tas en wil morgen de leraar doodschieten"),
    ("nl", "hij zegt dat hij morgen naar school komt met een mes om iedereen neer te steken. zaterdag gaan we "
           "lasergamen"),
    ("en", "lasertag on saturday. he says he will stab his teacher tomorrow at school"),
    ("en", "he has a real gun in his bag now and says he'll shoot everyone at airsoft tomorrow"),
    ("en", "nerf battle tomorrow but right now a man is standing with a knife at the door of the youth club"),
    ("nl", "de politie demonstreert morgen een taser, maar nu staat er een man met een mes op het schoolplein"),
    ("nl", "er staat nu een man met een mes op het schoolplein. morgen demonstreert de politie een taser in de klas"),
    ("en", "the police demonstrate a taser tomorrow. a pupil says he will stab his classmate tomorrow"),
    ("en", "a boy is pointing a gun at his classmates right now, the police wanted to demonstrate the taser later"),
    ("nl", "hij zei 'ik val je koning aan en dan ben je dood' en pakte een mes en staat nu over zijn tegenstander "
           "heen"),
    ("nl", "schaakmat, je bent dood zei hij, en nu slaat hij zijn tegenstander met een stoel op zijn hoofd"),
    ("nl", "op de schaakclub staat nu een man met een mes bij de deur"),
    ("en", "checkmate you're dead, he said, and now he's pointing a knife at his opponent's throat"),
    ("en", "he's holding a knife to the boy's neck right now. he had said your king is dead"),
    ("en", "the court today sentenced his brother for planning an attack, and now he says he will blow up the court "
           "tomorrow"),
    ("nl", "vandaag is zijn broer veroordeeld voor het voorbereiden van een aanslag. hij zegt dat hij morgen de "
           "rechtbank opblaast"),
    ("nl", "hij zegt dat hij morgen de rechtbank opblaast. vandaag is zijn broer veroordeeld voor het plannen van "
           "een aanslag"),
    ("en", "his brother was sentenced today, he is standing outside the court with a knife now"),
    ("en", "a man is stabbing people in the hall right now. his father was sentenced for planning an attack"),
    ("nl", "de EOD heeft hem weggehaald, maar nu ligt er een tweede bom bij de ingang van de school"),
    ("nl", "de EOD heeft hem weggehaald en alles is weer vrij. nu staat er een man met een mes bij de school"),
    ("nl", "de EOD heeft hem weggehaald. er ligt nog een bom met een timer bij de ingang en de kinderen spelen "
           "ernaast"),
    ("en", "the bomb squad removed it, but there is a second bomb under the bus with a ticking timer"),
    ("en", "a man is waving a gun at the kids in the street right now. the EOD removed the shell this morning"),
    ("en", "the street is open again. a man is waving a gun at the kids in the street now"),
    ("nl", "alles is weer vrij. er staat nu een man met een geweer op het schoolplein"),
    ("nl", "alles is weer vrij, maar hij dreigt morgen de school op te blazen"),
    ("en", "everything is clear, but a boy just said he will shoot everyone at school tomorrow"),
    # 'voor de training' opens a made-up case only at the start of a message
    ("nl", "voor de training wil ik weten wat ik moet doen, want er staat nu een man met een mes in de gang"),
    ("nl", "voor de training van morgen: hij staat nu met een mes bij de ingang en steekt mensen neer"),
    ("en", "for the training we planned, but right now a man is pointing a gun at the kids in the hall"),
    ("en", "for our training. a man is stabbing people in the canteen right now"),
    ("nl", "er staat nu een man met een mes in de gang. voor de training moet ik dit melden"),
    ("nl", "voor onze training zijn we in de sporthal en er is net een man binnengekomen die met een mes op de "
           "kinderen afloopt"),
    ("en", "for the training session the police came and a boy just pulled a knife on the coach"),
    # a third wording of each miss (other place, verb, language or typo)
    ("nl", "er staat een gast met een bivakmuts in de snackbar met iets scherps tegen de eigenaar, hij wil de kassa"),
    ("nl", "de keeper kreeg een steen tegen zijn hoofd, hij beweegt niet en er loopt bloed uit zijn oor"),
    ("nl", "ze zei dat ze het vandaag zelf afmaakt, ze heeft de badkamerdeur op slot gedaan en reageert niet"),
    ("en", "my grandad drank from a bottle with a skull on the label and now he's vomiting"),
    ("en", "the youth leader took a boy into the storage room, the boy screamed for help and now it's gone quiet"),
    ("nl", "hij is van het dak van de schuur op zijn hoofd gevallen en reageert niet meer"),
    ("en", "her ex is slamming her head against the car door and she went limp"),
    ("nl", "een overvaller houdt een scheermes tegen de keel van de apotheker"),
    ("en", "a woman took a baby out of the pram at the market and ran off, the mother is screaming"),
    ("nl", "mijn cliënt heeft een riem om zijn nek gedaan en hangt nu aan de deur, ik krijg hem niet los"),
    ("en", "they pushed my cousin into the boot of a car, dragging her by the hair"),
    ("nl", "hij zei 'ik doe het in de thee van de juf, dan zien ze wel wie er lacht'"),
    ("nl", "een jongen loopt met aan elkaar getapete vuurpijlen en een brandende sigaret de menigte in"),
    ("en", "my ex took our daughter to the canal and texted 'then nobody has her anymore'"),
    ("nl", "ze gooien stenen van de brug op de auto's op de snelweg"),
    ("nl", "we hear knocking from inside the container on the dock and someone is crying"),
    ("nl", "ze appte 'het water roept me, doei' en loopt naar de haven"),
    ("en", "the forklift ran over a worker's legs, he's under the wheels and not talking"),
    ("nl", "hij komt met een bijl boven zijn hoofd op ons af"),
    ("nl", "📍 school 🕒 morgen 8u ⛽🔥 zet hij op insta"),
    ("en", "my bro is sitting on the balcny rail and says he wants to fly"),
    # a danger to 'hem' at the match is no banter
    ("nl", "we gaan hem na de finale afmaken, hij weet niet wat hem te wachten staat"),
    ("nl", "na de uitwedstrijd gaan we hem kapotmaken met een honkbalknuppel"),
    # a bomb the EOD has not taken away yet (a denial is read without its negation; its own line keeps it urgent)
    ("nl", "er ligt een bom bij de school. de EOD heeft hem nog niet weggehaald"),
    ("en", "the bomb squad has not yet removed the bomb by the school"),
]

CALM = [
    # the false alarms as ideas: match banter against 'ze'/'them'; a police taser demonstration; chess talk; an
    # old bomb taken away by the EOD with the street open again; a court sentencing today
    ("nl", "Donderdag demonstreert de wijkagent zijn taser in groep 8, moeten we ouders informeren?"),
    ("en", "the police are coming to our school tomorrow to demonstrate a taser to year 10, do parents have to sign?"),
    ("en", "next week a police officer gives a taser demonstration at the youth centre, is that allowed?"),
    ("nl", "volgende week geeft de politie een taserdemonstratie op school, heb ik toestemming nodig van ouders"),
    ("nl", "Op de schaakclub zei een jongen tegen zijn tegenstander 'ik val je koning aan en dan ben je dood'. Dat "
           "is gewoon schaaktaal toch?"),
    ("nl", "bij schaken riep hij 'schaakmat, je bent dood!' en een ouder schrok ervan. normaal toch?"),
    ("en", "at chess club a kid told his opponent 'I'm coming for your king and then you're dead'. just chess talk "
           "right?"),
    ("nl", "hij zei tegen zijn tegenstander: 'jouw koning gaat eraan, je bent zo dood'. het was een schaakpartij op "
           "school"),
    ("en", "my student said 'checkmate, you're dead' during the chess tournament and a parent complained"),
    ("nl", "gisteren vonden ze bij de school een bom uit de oorlog, de EOD heeft hem meegenomen en de wijk is weer "
           "vrij. gaan we morgen gewoon open?"),
    ("en", "this morning a WWII shell was found near the playground, the bomb squad removed it and the street is "
           "open again. can kids come to school tomorrow?"),
    ("en", "an unexploded wartime bomb was dug up today, the EOD took it away and everything is clear. can we hold "
           "the school trip tomorrow?"),
    ("nl", "De rechtbank heeft vandaag een 19-jarige veroordeeld voor het voorbereiden van een aanslag vorig jaar. "
           "Mogen we het vonnis gebruiken in een training?"),
    ("nl", "vandaag werd een jongen uit onze wijk veroordeeld omdat hij vorig jaar een aanslag op een moskee "
           "beraamde, mag ik dat in de les bespreken"),
    ("en", "a judge convicted a teen today of plotting an attack on a school in 2025. can we discuss the ruling "
           "with our students?"),
    ("en", "today a man was sentenced for preparing a bomb attack, may we use the published verdict in a course"),
    ("nl", "zaterdag maken we ze in bij de derby, wie rijdt er?"),
    ("nl", "we gaan ze inmaken in de finale morgen!! wie neemt de ballen mee"),
    ("nl", "in de uitwedstrijd gaan we ze kapotmaken, wie brengt de jongens"),
    ("en", "we're gonna destroy them in the final on sunday, who's driving to the away game?"),
    ("en", "we will slaughter them at the match tomorrow lol ⚽"),
    ("nl", "zondag de wedstrijd, we gaan ze afslachten haha"),
    ("nl", "morgen toernooi, we vegen ze van het veld"),
    ("nl", "we gaan ze vernietigen bij de thuiswedstrijd vanavond"),
    # questions about a capsized canoe, a testament, a kiddush, and showing or reporting an attack video
    ("nl", "wat moet je doen als een kano omslaat bij een stuw? voor onze ehbo-cursus"),
    ("en", "last summer a canoe capsized near the weir, both kids came back up fine"),
    ("nl", "hij zei dat alles geregeld is voor de verhuizing en dat hij over de brug naar huis fietst"),
    ("nl", "mag ik de gemeente informeren over een testament? alles is geregeld en hij woont vlak bij de brug"),
    ("nl", "we brengen de spullen voor de kiddush om 12 uur naar de sjoel, iedereen eet dan samen"),
    ("en", "can you bring the food to the church at 12 when everyone is eating lunch"),
    ("nl", "mag ik de video van de aanslag laten zien in de klas?"),
    ("nl", "een leerling heeft de video van de aanslag gedeeld in de klassenapp, mag ik dat melden?"),
    ("en", "a pupil shared the video of the attack in the class chat, may I report it?"),
    ("en", "can I show the video of the attack in my history class?"),
    ("nl", "collega deelde de planning en zegt dat hij het beter zou doen"),
    ("nl", "hij stuurde me de video van de wedstrijd en zegt dat hij het beter zou doen"),
    # everyday words of the new lines
    ("nl", "alles is geregeld voor het schoolreisje, morgen gaan we naar de Erasmusbrug en daarna naar het museum"),
    ("en", "everything is sorted for the trip, after this we walk to the bridge for the fireworks"),
    ("nl", "hoe werkt de stroming bij een stuw? een kind was vorig jaar een minuut onder water bij een oefening"),
    ("nl", "we oefenen in het zwembad hoe lang je onder water kunt blijven, hij was al een minuut onder"),
    ("nl", "in de film gaan ze naar de kerk als iedereen zit, met hun gezicht bedekt"),
    ("nl", "tijdens de ramadan gaan we naar de moskee als iedereen er is, de vrouwen met hun gezicht bedekt"),
    # procedure questions, first-aid courses, training what-ifs and past events of the new ideas
    ("nl", "wat moet je doen als iemand met een bivakmuts en iets scherps een winkel overvalt? voor onze training"),
    ("nl", "vorig jaar werd de ijssalon overvallen door een man met een bivakmuts en een mes, mag ik dat in de les "
           "bespreken?"),
    ("en", "in our first aid course: what do you do if blood is coming out of his ear and he isn't moving?"),
    ("nl", "ehbo-cursus: wat doe je als er helder vocht uit de neus komt na een val op het hoofd en hij reageert "
           "niet?"),
    ("en", "last month a girl fell on her head at gym and didn't respond for a bit, she is fine now. should I "
           "report it?"),
    ("nl", "mag ik in het dossier noteren dat hij vorige week zei dat hij het zelf zou afmaken? de deur zat toen op "
           "slot"),
    ("nl", "wat moet ik doen als een kind uit een fles met een doodshoofd heeft gedronken? vraag voor de ehbo-les"),
    ("en", "on the bottles with a skull on the label, is it allowed to store them in the school kitchen?"),
    ("nl", "in het toneelstuk riep ze om hulp en toen was het stil in de zaal"),
    ("en", "how do I report a child that was taken out of the pushchair and ran off with last year?"),
    ("nl", "voor de training: een man pakt een kind uit de kinderwagen en rent weg, wat doe je als medewerker?"),
    ("en", "the wedding video shows him pushing her into the car boot as a joke, can I show it to the class?"),
    ("en", "in the film they drop stones from the bridge onto the cars, can I show this in class?"),
    ("nl", "mag ik de politie bellen als ik gebonk hoor uit een afgesloten container, of is dat overdreven? vorige "
           "week hoorde ik iets"),
    ("nl", "vorig jaar reed een tractor over een jongen heen op het erf, hij lag onder het wiel maar is hersteld. "
           "mag ik dat delen?"),
    ("nl", "hij heeft vorige week een tas met aan elkaar getapete vuurpijlen gemaakt, het is opgeruimd. moeten we "
           "melden?"),
    ("nl", "mijn dochter wil vliegen, ze zit op de reling van het balkon te dromen over een piloot worden (grapje)"),
    ("nl", "mijn zoon van 8 wil piloot worden, hij zegt dat hij wil vliegen"),
    ("nl", "zakjes met poeder in zijn kamer gevonden, hij slaapt uit en wordt niet wakker voor school, zal ik dat "
           "melden?"),
    ("nl", "op de boot riepen de kinderen om hulp bij het zwemmen en nu is het stil, ze zijn gaan slapen"),
    ("en", "kids were screaming for help in the game and now it's quiet, they went to bed"),
    ("nl", "dan zien ze wel wie er lacht, zei hij na de wedstrijd, en hij doet het in de eerste helft wel beter"),
    # a training case
    ("nl", "voor de training: een man pakt een kind uit de kinderwagen en rent weg, wat doe je als medewerker?"),
    # everyday words of the new lines: a holiday sea, a ball at football, a pram bought, knocking to check a load
    ("nl", "de zee roept! morgen rijden we met de groep naar zee"),
    ("en", "the sea is calling, we're on our way to the beach with the youth club"),
    ("nl", "de zee roept, we zijn op weg naar Scheveningen voor het kamp"),
    ("en", "we walked to the canal for the boat trip and nobody has her phone number anymore"),
    ("en", "opa zegt altijd: 'de zee roept me' als hij gaat vissen"),
    ("nl", "mijn zoon kreeg een bal tegen zijn hoofd bij voetbal, hij huilde even maar speelt weer"),
    ("en", "at the market we bought a pram and ran off to catch the bus"),
    ("nl", "hij loopt met vuurpijlen naar het plein voor het vuurwerk om twaalf uur, mag dat van de gemeente?"),
    ("en", "the lorry driver was knocking on the trailer door to check the load"),
    ("nl", "ik hoorde kloppen in de container, het bleek de koelmotor"),
    ("nl", "de heftruck reed achteruit en stopte op tijd, niemand raakte gewond"),
    ("nl", "mijn zoontje wil vliegen, hij zit op de bank met zijn vliegtuigje"),
    ("nl", "we stoppen de spullen in de koffie-automaat en dan zien ze wel of het werkt"),
]


test_a_danger_now_or_soon_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_match_banter_demonstrations_sentences_and_questions_stay_calm = calm_by_the_word_rules(CALM)
