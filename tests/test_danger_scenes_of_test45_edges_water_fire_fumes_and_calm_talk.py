"""Ideas from urgent_test45 (scored once, blind; tuning data now), each written in words of our own.

Caught (word rules alone), each with two signs: standing on a roof or bridge edge with the shoes taken off, after a
question about sharing; pupils left in a cave with the water rising; a man under a ride-on mower, not moving or the
engine still running; charcoal burning indoors (a coffee pot, a disposable barbecue in a closed tent) with people
drowsy or not waking; a toddler pulled from a rain barrel, limp or the chest not moving; e-liquid or a dishwasher
pod swallowed, with vomiting, drowsiness, a blistering mouth or noisy breathing; girls to be cut this afternoon;
struck by lightning and lying still or not breathing; driving on laughing gas near children; a hood, a headscarf or
a sleeve on fire; a firework bang and a hand gone; an ex who locked a shop door, scissors in his hand; two through
natural ice and tiring; fallen off a paddle board, came up once, gone from sight; hanging by a hood, the face dark
or no longer kicking; a picture from a car-park roof with 'see you on the other side', after a question about
consent; a hissing gas bottle with the owner on the floor; a fit over five minutes at a funeral service with purple
lips; a swollen face and wheezing after peanuts (with Turkish words); a runaway walking between motorway lanes; boys
on a freight wagon under the overhead wires; a bouncy castle blown into a canal with a child under it (Frisian and
Dutch); wedged in a hatch and getting no air; a power tool's cut bleeding through towels and going pale; a fall off
a climbing-park platform, lying still or not answering; a child's text that mum is not breathing (Ukrainian and
Russian); a car in a flooded underpass with water to the windows; lying still at a substation; a scald from a pot of
hot water with the skin coming off.

Calm: the close calls of every idea (a lesson, a question, a past event, a game) and urgent_test45's false alarms as
ideas: a chess move that makes the king 'dead'; a trip to family abroad next summer; a test that was 'an attack on my
brain'; a joke about jumping off the roof the pupil laughed at himself, and a talk after; a threatening letter whose
case the police closed; a client who wants to join the police one day and once had a caution for a fight."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # on an edge with the shoes taken off, after a question about sharing
    ("nl", "mag ik zijn naam aan de leerplichtambtenaar geven? hij zit nu op de rand van het flatdak en heeft zijn schoenen uitgetrokken"),
    ("nl", "vraagje over privacy: mag ik zijn moeder bellen? hij staat op de rand van de parkeergarage, zijn schoenen heeft hij al uitgedaan"),
    ("en", "can I share this with his GP? he's standing on the edge of the multi-storey now and has taken his shoes off"),
    # left in a cave, the water rising
    ("nl", "twee kinderen van de scouting zitten nog in de grot en het water stijgt snel, we kunnen er niet bij"),
    ("nl", "in de mergelgrot zijn drie leerlingen achtergebleven, het water komt omhoog en ze roepen om hulp"),
    ("en", "two kids are still in the cave and the water is rising fast, we can't get to them"),
    # under a ride-on mower, not moving, the engine running
    ("nl", "mijn opa ligt onder de zitmaaier in de sloot, hij beweegt niet"),
    ("nl", "de tuinman ligt onder zijn zitmaaier en de motor draait nog, hij reageert niet"),
    ("en", "the groundsman is under the ride-on mower at the bottom of the bank and he isn't moving"),
    # charcoal indoors, drowsy or not waking
    ("nl", "bij de koffieceremonie staat een houtskoolpot in de woonkamer, de kinderen zijn suf en oma is weggezakt"),
    ("nl", "ze hebben een wegwerpbarbecue mee in de tent genomen en ik krijg ze niet wakker"),
    ("en", "they took a disposable barbecue into the tent for warmth and now I can't wake them"),
    ("en", "charcoal burner in the flat for the coffee, the kids are drowsy and mum has a pounding headache"),
    # a toddler from a rain barrel, limp, the chest not moving
    ("nl", "kleuter uit de regenton gehaald, hij is slap en blauw"),
    ("nl", "ons kindje lag in de regenton, ik zie haar borst niet bewegen"),
    ("en", "pulled my toddler out of the water butt, he's limp and blue"),
    # e-liquid or a dishwasher pod swallowed, sick, drowsy, a blistering mouth, noisy breath
    ("nl", "mijn zoontje heeft e-liquid van zijn zus gedronken, hij braakt en valt steeds weg"),
    ("nl", "peuter heeft op een vaatwastablet gekauwd, haar mond zit vol blaren en ze ademt raar"),
    ("en", "my 3 year old drank from his dad's vape liquid bottle, he's vomiting and very drowsy"),
    ("en", "she chewed a laundry pod, her lips are blistering and her breathing sounds noisy"),
    # girls to be cut this afternoon
    ("nl", "een vader zegt dat zijn dochters vanmiddag bij een tante gudniin krijgen"),
    ("en", "the woman who does the gudniin is coming this afternoon for the girls"),
    # struck by lightning, lying still, not breathing
    ("nl", "een wandelaar is door de bliksem getroffen en ligt stil in het gras"),
    ("en", "my brother was struck by lightning on the golf course and he's not breathing"),
    ("en", "lightning hit the linesman, he is lying still"),
    # laughing gas at the wheel near children
    ("nl", "een jongen rijdt nu met lachgas achter het stuur rondjes bij het speelplein"),
    ("en", "a lad on nitrous is driving at full speed round the car park while the kids come out"),
    # a hood, a headscarf or a sleeve on fire
    ("nl", "bij het kampvuur vatte zijn capuchon vlam en hij rent weg"),
    ("nl", "tijdens de wake vloog haar hoofddoek in brand door een kaars"),
    ("en", "her headscarf is on fire from the tealights"),
    ("en", "the lad's hood is on fire and he's running off"),
    # a firework bang, a hand gone
    ("nl", "harde knal bij het vuurwerk, zijn hand is weg"),
    ("en", "a cobra went off in his hand, his hand is gone"),
    # an ex locked a shop door, scissors in his hand
    ("nl", "haar ex heeft de deur op slot gedaan in de kapsalon en staat met een knipschaar voor haar"),
    ("en", "her ex locked the door of the bakery, he's holding a pair of scissors and she's behind the till"),
    # through natural ice, tiring
    ("nl", "een kind is door het ijs gezakt op de sloot en wordt moe"),
    ("en", "two boys went through the ice on the lake, they're clinging on but getting tired"),
    # fallen off a paddle board, came up once, gone from sight
    ("nl", "hij viel van zijn sup, kwam een keer boven en nu zie ik hem niet meer"),
    ("en", "my friend fell off his paddleboard without a life jacket and I can't see him anymore"),
    # hanging by a hood, face dark, no longer kicking
    ("nl", "een kind hangt aan zijn capuchon aan het klimrek en schopt niet meer"),
    ("nl", "meisje hangt met haar capuchon aan de glijbaan, haar gezicht wordt donker"),
    ("en", "a boy is caught on a branch by his hood, his face is dark and he stopped kicking"),
    # a car-park roof and 'see you on the other side', after a question about consent
    ("nl", "mag ik zonder toestemming zijn berichten doorsturen? hij stuurde net een foto vanaf het dak van de parkeergarage: 'zie je aan de andere kant'"),
    ("en", "is it ok to share his snap without consent? he's on the edge of the roof and wrote 'see you on the other side'"),
    # a hissing gas bottle, the owner on the floor
    ("nl", "in de snackkar sist de gasfles en de kok ligt op de vloer"),
    ("en", "the gas bottle is hissing in the kitchen and the cook has collapsed"),
    # a fit over five minutes at a funeral service, purple lips
    ("nl", "tijdens de rouwdienst schokt een oom al meer dan vijf minuten en hij reageert niet"),
    ("en", "at the funeral service my aunt has been fitting for more than five minutes"),
    # a swollen face and wheezing after peanuts
    ("nl", "na de pindakoek is zijn gezicht dik en hij hapt naar adem"),
    ("en", "after the peanut sweets her face is swollen and she's wheezing, dede says 'nefes alamıyor'"),
    # walking between the lanes of a motorway
    ("nl", "een cliënt is uit de auto gesprongen en loopt nu tussen de rijstroken van de snelweg"),
    ("en", "our runaway jumped out of the taxi and is walking between the lanes, lorries honking"),
    # a freight wagon under the overhead wires
    ("nl", "twee jongens staan bovenop een goederenwagon vlak onder de bovenleiding"),
    ("en", "kids climbed onto a freight wagon in the yard, they're right under the overhead wires"),
    # a bouncy castle blown into a canal, a child under it
    ("nl", "het springkussen is weggewaaid met kinderen erin en ligt in de vaart, er zit een kind onder"),
    ("fy", "it springkussen is fuortwaaid en leit yn 'e sleat, der sit in bern ûnder"),
    ("en", "the bouncy castle blew away with kids inside, it's upside down on the car park"),
    # wedged in a hatch, no air
    ("nl", "een leerling zit klem in het luik van de zolder en krijgt geen lucht"),
    ("en", "a kid is wedged in the hatch of the play ship and can hardly breathe"),
    ("nl", "in het scheepvaartmuseum zit een jongen klem in het luik en zijn gezicht wordt paars"),
    # a power tool's cut bleeding through towels, going pale
    ("nl", "mijn collega schoot uit met de slijptol, het bloed loopt door de handdoek en hij wordt lijkbleek"),
    ("en", "the chainsaw caught his leg, blood is soaking through the towels and he's going grey"),
    # a fall off a climbing-park platform
    ("nl", "in het klimbos is een jongen van een platform gevallen, hij ligt stil"),
    ("en", "a girl fell off the platform at the high ropes course and she isn't answering"),
    # a child's text that mum is not breathing
    ("uk", "сусідський хлопчик написав мені 'мама не дихає', двері зачинені"),
    ("nl", "mijn buurjongetje appt 'mama ademt niet' en ik hoor hem huilen"),
    ("en", "a kid next door messaged 'my mum isn't breathing'"),
    # a car in a flooded underpass, water to the windows
    ("nl", "een auto staat vast in de tunnel onder het spoor, het water staat tot aan de ramen en ze kloppen op het raam"),
    ("en", "a car is stuck in the flooded underpass with the water up to the windows and people inside"),
    # lying still at a substation
    ("nl", "een jongen ligt naast het transformatorhuisje en beweegt niet"),
    ("en", "one of them is lying by the substation fence, not moving"),
    # a scald from a pot of hot water, the skin coming off
    ("nl", "mijn dochtertje is in een pan met heet water gevallen, de huid komt los van haar benen"),
    ("en", "a boy tipped the pot of hot soup over himself and the skin is coming off his arm"),
]

CALM = [
    # shoes off on a terrace; a talk about an edge long ago
    ("nl", "op het dakterras van het hotel doen de gasten hun schoenen uit voor het zwembad, mag dat?"),
    ("en", "last year he stood on a roof edge with his shoes off, he's doing well now; may I close his file?"),
    # a cave trip planned, a lesson about rising water
    ("nl", "volgende week gaan we met de klas naar de grotten van valkenburg, hoe regel ik de toestemming?"),
    ("en", "in the first aid course we talked about caves where the water is rising"),
    # a mower, a barbecue, charcoal: questions and lessons
    ("nl", "mijn buurman ligt onder zijn zitmaaier om het mes te vervangen"),
    ("nl", "mag je een wegwerpbarbecue mee de tent in nemen? nee, leg ik de jongeren uit"),
    ("en", "at art class we draw with charcoal and some kids are drowsy after lunch"),
    # a rain barrel, e-liquid, a pod: prevention
    ("nl", "hoe maak ik onze regenton veilig voor peuters?"),
    ("nl", "hoe bewaar je vaatwastabletten en e-liquid buiten bereik van kinderen?"),
    ("en", "is e-liquid dangerous for toddlers? asking for a parent evening"),
    # a cutting talked about, not planned
    ("nl", "we geven vanmiddag voorlichting aan moeders over gudniin en wat het met meisjes doet"),
    # lightning in a lesson or long ago
    ("nl", "wat doe je als iemand door de bliksem getroffen is? vraag voor de ehbo-les"),
    ("en", "in the storm the match was stopped because of lightning"),
    # laughing gas talked about
    ("nl", "hoe praat ik met jongeren over lachgas in het verkeer?"),
    ("en", "last year a lad on nitrous drove his car into a tree, can we use that in a lesson?"),
    # clothes on fire in a lesson or long ago
    ("nl", "vorig jaar vatte haar hoofddoek vlam bij een kaars, sindsdien gebruiken we ledlichtjes"),
    ("en", "fire safety lesson: what do you do if your hood is on fire? stop, drop and roll"),
    # fireworks, an ex, scissors: talk and a game
    ("nl", "een harde knal bij het vuurwerk vorig jaar, het is goed afgelopen"),
    ("nl", "haar ex heeft de deur op slot gedaan toen hij vertrok, zij knipt nu met een schaar de bloemen"),
    # ice, a board, a hood, a car park: a lesson, a game, a film
    ("nl", "in de les: wat doe je als iemand door het ijs zakt en moe wordt?"),
    ("en", "he fell off his paddleboard, laughed and swam back to the shore"),
    ("nl", "zijn jas hangt met de capuchon aan de kapstok"),
    ("en", "the band's last song was 'see you on the other side', the kids loved it"),
    # gas, a fit, peanuts: questions and a past scare
    ("nl", "de gasfles van de foodtruck sist even als je hem aansluit, is dat normaal?"),
    ("en", "at the funeral service she had a fit last year, what should we prepare this time?"),
    ("nl", "hij is allergisch voor pinda's, mag ik zijn epipen op school bewaren?"),
    # a motorway, a wagon, a bouncy castle, a hatch, a grinder, a platform
    ("nl", "hoe leer je kinderen dat je nooit tussen de rijstroken van de snelweg mag lopen?"),
    ("en", "railway safety week: never climb onto a freight wagon, the overhead wires can kill"),
    ("nl", "het springkussen is weggewaaid maar er zat niemand in, alles is opgeruimd"),
    ("en", "the attic hatch is stuck, can the caretaker look at it?"),
    ("nl", "in het museum mochten de kinderen door het luik van de onderzeeboot kruipen, een bleef even klem zitten maar lachte"),
    ("nl", "in de werkplaats leren we veilig werken met de slijptol"),
    ("en", "the climbing park asks if kids can unclip on the platform, what is your advice?"),
    # a mum, a flood, a substation, hot water
    ("nl", "in de ehbo-les oefenen we: 'mama ademt niet', wat doe je?"),
    ("en", "after the storm the underpass was flooded, the council closed it"),
    ("nl", "we gaan met de klas kijken bij het transformatorhuisje in de wijk, mag dat?"),
    ("en", "how hot should the water be in the wedding-hall kitchen urn?"),
    # everyday words the new lines share with their scenes: shoes off at a door or a gym bench, 'see you on the other
    # side' after an exam, a firm that went under, an ex's party, a mother's asthma, a tractor being repaired
    ("en", "at the mosque door he took his shoes off and went in"),
    ("nl", "bij de gymles heeft hij zijn schoenen uitgedaan, hij zit op de rand van de bank"),
    ("en", "he took the exam and wrote 'see you on the other side' to his mates"),
    ("en", "the company went under and I can't see him anymore at the club"),
    ("en", "her ex is holding a party, the door is locked, bring a knife for the cake"),
    ("en", "my mum isn't breathing well lately, she has asthma, can I take leave?"),
    ("nl", "de tuinman ligt onder de tractor om hem te repareren, de motor draait"),
    ("nl", "vanmiddag is de besnijdenis van mijn zoon, zijn zusjes komen ook kijken"),
    ("nl", "hij hangt aan de ringen in de gymzaal, zijn gezicht wordt donker van inspanning"),
    ("en", "the rain was soaking through my coat and I went pale from the cold"),
    ("en", "my phone was struck by lightning and now he's not answering my calls"),
    ("nl", "de kinderen waren gisteren in de grot, het water stijgt daar soms"),
    # urgent_test45's false alarms, as ideas in our own words
    ("nl", "bij het schaken zei mijn dochter 'ik neem zijn dame en dan is hij dood', te agressief?"),
    ("en", "at chess club my son said 'I kill his king and he's dead', another dad frowned, fair?"),
    ("nl", "komende zomer wil een leerling naar zijn oom in syrië, zijn ouders twijfelen over zijn ideeën"),
    ("en", "next summer a pupil wants to go to his grandparents in afghanistan, what do I need to know?"),
    ("nl", "'die les was een aanslag op mijn oren' zei een leerling, kan dat?"),
    ("en", "a pupil said the exam was 'an assault on my brain', the teacher was offended"),
    ("nl", "na de les zei een jongen 'als dit nog lang duurt spring ik van het dak' en moest er zelf om lachen. ik heb hem even apart genomen, hij is vrolijk"),
    ("en", "a boy joked 'one more carol and I jump off the roof' and laughed at it himself, I took him aside and he's fine"),
    ("nl", "de dreigbrief aan de synagoge is onderzocht en de zaak is gesloten, mogen we de kopie bewaren?"),
    ("en", "the threatening email to the church was looked into and the police closed the case. do we keep it?"),
    ("en", "my client wants to join the police one day, he got a caution for a fight when he was 14. a problem?"),
    ("nl", "mijn cliënt wil later bij de politie werken maar kreeg op zijn 15e een waarschuwing voor een vechtpartij"),
]

test_urgent_test45_scenes_in_our_words_are_urgent = urgent_by_the_word_rules(CAUGHT)
test_their_close_calls_and_test45_false_alarms_stay_calm = calm_by_the_word_rules(CALM)
