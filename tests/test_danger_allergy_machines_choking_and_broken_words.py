"""Ideas generalised from urgent_test33 (word rules alone).

Caught, the misses as ideas: an allergic reaction (lips, tongue or throat swelling with wheezing, no swallowing or
turning blue); an arm, sleeve or hair caught in a machine and bleeding or the machine not stopping; overheating after
an unknown pill with fits or confusion; a child choking with no sound, blue lips or back blows that fail; a parent who
gathered the children's medicines and 'we'll all sleep long'; a child's broken words (hitting, a bleeding head,
hiding under the bed); stamping on a head and silence; 'come outside or he hurts your sister' said in a game; on foot
in the middle of the motorway now with cars honking or a 'bye' (after 'lol' in a forwarded chat); driving now to the
ex's shelter 'to finish it', told after a privacy question; 'say goodbye to everyone' with a photo of the school; thick
smoke with the children still inside; a bike chain swung at people; a fire planned 'while they sleep'; a countdown
with a van's keys or at a pride queue; a hammer and 'settling it with her now'; held at gunpoint; a fit that won't
stop for minutes. Also: blue lips and no response; masked men with something under a coat; a chemical smell under a
locked door; pushed into a toilet and locked in; under a bus; banging from a car boot; drain cleaner drunk; a bar on a
throat; went under and not coming up; 'never see them again' with the children in the car; something pulled round a
neck; hit with a cable; legs over the edge on a live stream; something poured down a throat; a calm goodbye call.

Calm: a security-guard course practising a scenario; a dream of a man with a weapon; 'ik ontplof als ...' (anger); a
sport shooter whose rifle stays at the club; someone sentenced today for planning an attack last year; a drama scene
with a hostage; a story's villain poisoning; a teacher who will 'finish us' in a test. Also procedure questions,
courses and past events about the new medical and accident ideas. Every calm idea has CAUGHT messages where the same
calm words stand next to a danger now: a calm word must never talk those down.
"""

from __future__ import annotations

import pytest
from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # an allergic reaction: swelling and trouble breathing now
    ("nl", "na de pinda koek zwelt haar tong op en ze kan niet meer slikken, ze piept bij het ademen"),
    ("nl", "bij de huisarts net een prik gehad, nu zwellen zijn lippen op en hij wordt blauw"),
    ("en", "after the wasp sting her throat is swelling and she is wheezing, we are at the campsite"),
    ("en", "kid at lunch ate something with nuts, his lips are swelling and he can't swallow"),
    # caught in a machine
    ("nl", "bij techniek is een meisje met haar haren in de boormachine gekomen en het bloedt heel erg"),
    ("nl", "in de fabriek is zijn hand in de lopende band getrokken, de machine draait nog"),
    ("en", "workshop class: his sleeve got caught in the lathe and he's bleeding badly"),
    ("en", "her scarf is caught in the conveyor and the machine won't stop"),
    # overheating after a pill
    ("nl", "op het feest heeft mijn vriendin een pilletje van een onbekende genomen, ze is kokend heet en praat "
           "wartaal"),
    ("en", "my mate took a pill from a stranger at the rave, he's burning up, stopped sweating and is jerking"),
    # choking
    ("nl", "op de opvang heeft een peuter een druif vast, geen geluid meer en ze wordt blauw"),
    ("en", "at the party a little boy is choking on a sweet, no cough, his lips are turning blue"),
    ("en", "my daughter is choking on a grape and back blows are not working"),
    # the children's medicines gathered and a long sleep
    ("nl", "vader appt: 'ik heb alle medicijnen bij elkaar gelegd, vannacht slapen we met z'n allen lekker lang' "
           "en hij neemt niet op"),
    ("en", "a mum texted she gathered all the medication and that tonight we'll all sleep long, now she is not "
           "answering"),
    # a child's broken words
    ("nl", "papa slaat mama. bloed op haar hoofd. ik onder het bed"),
    ("en", "dad hitting mum. blood on her head. i under the bed"),
    # stamping on a head and silence
    ("nl", "op straat schopt een jongen een man en nu springt hij op zijn hoofd, ik hoor niks meer"),
    ("en", "a guy is stomping on his head outside the club and I can't hear him anymore"),
    # 'come outside or he hurts ...'
    ("nl", "in fortnite zegt een man dat hij bij ons huis is en dat ik naar buiten moet komen anders doet hij mijn "
           "broertje iets"),
    ("en", "a man in the game chat says he is near my school, I must come outside or he'll hurt my brother"),
    ("nl", "mijn ex appt: ik sta voor je deur, kom naar buiten of ik kom binnen"),
    # on foot in the middle of the motorway
    ("nl", "vriendin stuurt: haha. whatever. ik loop nu midden op de snelweg, iedereen toetert, doei"),
    ("en", "lol ok so i'm in the middle of the highway now and cars honk at me, bye"),
    # driving to the ex's shelter to finish it, told after a sharing question
    ("nl", "mag ik dit delen met de wijkagent? de vader zegt dat hij nu naar de opvang van zijn ex rijdt om het af "
           "te maken"),
    ("en", "can I share this under the gdpr? the father says he is driving to his ex's shelter now to finish it"),
    # 'say goodbye to everyone' with a photo of the school
    ("nl", "hoe lang bewaren we dossiers? een leerling stuurde me net een foto van de hoofdingang met 'zeg iedereen "
           "maar gedag'"),
    ("en", "quick retention question. also a pupil just sent a photo of our school with 'say goodbye to everyone'"),
    # thick smoke with children inside
    ("nl", "bij de buren komt rook uit het keukenraam en de kinderen zijn nog binnen"),
    ("en", "thick smoke from their kitchen window and the kids are still inside"),
    # a bike chain swung at people
    ("nl", "op het station zwaait een man met een fietsketting naar mensen, er ligt er al een op de grond"),
    ("en", "a man outside the shop is swinging a bicycle chain at people"),
    # a fire while they sleep
    ("nl", "in de groepsapp: vannacht de moskee, als ze slapen, neem iets mee wat brandt"),
    ("en", "channel says: tonight the shelter, while they sleep, bring something that burns"),
    # a countdown with a van's keys or at a crowd
    ("en", "he posted a countdown with the keys to his van and a picture of the parade route"),
    ("nl", "hij zet een countdown op zijn story met de sleutels van het busje en een foto van de optocht"),
    # a hammer and settling it with her
    ("nl", "hij staat in de keuken met een hamer en zegt dat hij het nu met haar gaat regelen"),
    ("en", "he is sitting there with a hammer saying he will settle it with her tonight"),
    # held at gunpoint
    ("nl", "in de supermarkt houdt een man nu de caissière onder schot"),
    ("en", "a man is holding the bus driver at gunpoint right now"),
    # a fit that won't stop
    ("en", "my brother is having a seizure for 10 minutes now and it wont stop"),
    ("en", "she's having a seasure and her lips r blue"),
    # more of the misses as ideas: blue lips and no response; masked men with something under a coat; a chemical
    # smell under a locked door; pushed into a toilet and locked in; under a bus; banging from a car boot; drain
    # cleaner drunk; a bar on a throat; went under and not coming up; 'never see them again' with the children in the
    # car; something round a neck; hit with a cable; legs over the edge live; poured down a throat; a calm goodbye
    ("nl", "in het park ligt een jongen, lippen blauw, hij reageert niet meer"),
    ("en", "two men in balaclavas by the mosque door, one has something long under his coat"),
    ("nl", "mijn collega doet niet open, zijn deur zit op slot en er komt een chemische lucht onder de deur door"),
    ("en", "they shoved a boy into the toilet and locked the door, he is screaming"),
    ("nl", "een fietser is onder de bus gekomen en beweegt nu niet"),
    ("en", "banging from the trunk of a parked car and a kid's voice crying for help"),
    ("nl", "mijn zoontje heeft gootsteenontstopper gedronken en spuugt"),
    ("en", "the bar is on his throat and he is going purple"),
    ("nl", "bij de steiger zag ik hem onder gaan en hij komt niet meer boven"),
    ("en", "he put the kids in the car and shouted we'll never see them again, he is driving off now"),
    ("nl", "een man trekt iets om de nek van de chauffeur en ik hoor alleen gorgelen"),
    ("en", "her dad is hitting her with a cable on the video call"),
    ("en", "she is on instagram live with her legs over the railing of the roof"),
    ("en", "they hold him down and are pouring vodka down his throat"),
    ("nl", "mijn zoon belde rustig dat hij van me houdt en dat ik niet boos moet zijn, nu neemt hij niet op"),
    ("nl", "bij de wedstrijd is een jongen op zijn hoofd geraakt door een fles en hij beweegt niet meer"),
    # the calm words of this round next to a danger now
    ("nl", "op de beveiligerscursus is net iemand neergestoken en hij bloedt heel erg"),
    ("nl", "beveiligerscursus oefenen we morgen, maar nu staat er een man met een mes in de kantine te dreigen"),
    ("nl", "mijn dochter droomde dat er iemand binnenkwam en nu staat er echt een man met een mes in de keuken"),
    ("en", "my son had a nightmare and now there is a man with a knife in our garden trying to get in"),
    ("nl", "ik ontplof echt als hij nu niet stopt, hij heeft een mes op haar keel"),
    ("en", "i'm gonna explode if he is late again. wait, he just pulled a knife on the teacher in the hall"),
    ("en", "my student is a sport shooter and right now he is pointing his rifle at the pupils in the canteen"),
    ("nl", "de sportschutter loopt nu met zijn geweer de school in en schiet op leerlingen"),
    ("en", "his rifle stays locked at the club, now he has his dad's gun and is aiming at the class"),
    ("en", "a man with a gun is shooting at the pupils, his rifle stays locked at the club"),
    ("nl", "hij is veroordeeld voor het plannen van een aanslag en staat nu met een mes voor de moskee"),
    ("en", "sentenced for planning an attack last year. now his friend is at the station with a bomb in his bag"),
    ("nl", "de docent gaat ons afmaken bij de toets en nu slaat een jongen hem met een stoel, hij bloedt uit zijn "
           "hoofd"),
    ("en", "the teacher will kill us in the test. a boy is now holding a knife to his throat"),
    ("nl", "bij drama speelden ze een scène met een mes en nu steekt een jongen echt een leerling neer"),
    ("nl", "bij drama spelen we een scène met een gijzeling, maar nu heeft een man echt de klas gegijzeld met een "
           "pistool"),
    ("en", "i'm writing a thriller for class and a man with a gun just walked into our school shooting"),
    ("nl", "waarin de schurk een bom legt. nu ligt er echt een bom in de aula die over vijf minuten ontploft"),
    ("en", "his rifle stays locked at the club and his brother just shot a teacher"),
]

CALM = [
    # this round's false alarms as ideas, in other words
    ("nl", "bij de beveiligerstraining oefenen we volgende week een overval met een man die de kassière bij de keel "
           "pakt. wat moet ik meenemen?"),
    ("nl", "mijn dochter heeft gedroomd dat er een man met een mes onder haar bed lag, ze wil niet meer slapen"),
    ("en", "my son dreamt that a man with a gun was in the school, he is scared to go now"),
    ("nl", "ik ontplof als die leerling morgen weer zijn telefoon pakt in de les"),
    ("en", "i'm gonna explode if the printer jams again tomorrow"),
    ("nl", "een leerling is sportschutter, zijn geweer blijft op de vereniging. moet ik daar iets mee?"),
    ("en", "a parent is a sport shooter, his gun stays at the club. do I need to note that?"),
    ("nl", "gisteren is een man veroordeeld voor het beramen van een aanslag vorig jaar, hoe bespreek ik dat in de "
           "klas?"),
    ("en", "a man was sentenced today for plotting an attack in 2024. how do I discuss it in class?"),
    ("nl", "bij toneel spelen we een scène met een overval op een juwelier, hoe houd ik het veilig?"),
    ("en", "our drama class does a hostage scene in a shop next week, any tips?"),
    ("en", "in my short story the villain poisons the town's water. can I share it with my class?"),
    ("nl", "in mijn verhaal vergiftigt de schurk de soep, mag ik dat voorlezen?"),
    ("nl", "de juf zei dat ze ons gaat afmaken bij het proefwerk van vrijdag, ze bedoelde dat het moeilijk wordt"),
    ("en", "our maths teacher said he'll kill us in the test next week, he meant it is hard"),
    # the new medical and accident ideas as questions, courses and past events
    ("nl", "wat doe je als een kind een allergische reactie krijgt met opgezwollen lippen?"),
    ("en", "what should staff do if a child's lips are swelling after eating nuts?"),
    ("nl", "op de ehbo-cursus oefenen we wat je doet bij een kind dat stikt in een druif"),
    ("en", "how do back blows work for a choking toddler? we have a first aid course next week"),
    ("nl", "de draaibank in het werklokaal heeft een nieuwe noodstop gekregen"),
    ("nl", "hoe lang mag een epileptische aanval duren voordat je 112 belt?"),
    ("en", "what are the signs of overheating after taking a pill at a festival? for our prevention lesson"),
    ("nl", "vorig jaar kwam er rook uit het keukenraam van de school, toen waren er nog kinderen binnen"),
    ("nl", "mijn fietsketting is kapot, hoe maak ik die zelf?"),
    ("en", "we do a countdown to the summer holidays in class"),
    ("nl", "ik heb de sleutels van het busje voor de schoolreis opgehaald"),
    ("nl", "de kinderen slapen vanavond lekker lang, morgen is het vrij"),
    ("en", "the shelter asked if we can share the address with his ex"),
    ("nl", "in de film houdt de overvaller de kassière onder schot, mogen leerlingen die zien?"),
    ("en", "we just shot a short film for school"),
    ("nl", "vorig jaar heeft hij iemand neergeschoten, nu zit hij vast"),
    ("nl", "wat moet je doen als een kind ontstopper heeft gedronken? voor de ehbo-les"),
    ("en", "how do I handle a child who says he will never see his dad again after the divorce?"),
    ("nl", "mijn oma zegt altijd dat ze van me houdt en dat ik niet boos moet zijn"),
    ("en", "the kids went under the water for the swimming test today, all fine"),
    ("nl", "kom naar buiten, anders doen we het spel zonder jou"),
    ("nl", "ik sta voor je deur, kom naar buiten dan gaan we fietsen"),
    ("nl", "ik zit in de kast te verstoppen bij verstoppertje, papa slaat de bal weg"),
    ("nl", "mijn dochter staat op haar hoofd in de gymles en ik hoor niks meer van de juf"),
    ("en", "he is swinging a bike chain around to show his friends the new lock"),
    ("nl", "ik neem iets mee wat brandt: kaarsjes voor de verjaardag vanavond, als ze slapen leg ik cadeautjes neer"),
    ("nl", "is het normaal dat mijn baby zich verslikt en even geen geluid maakt?"),
    ("en", "my throat is closing up with emotion when I think of him, can't swallow my food"),
    ("nl", "de kinderen zijn nog binnen en er komt dikke rook uit de bbq buiten, gezellig"),
    ("nl", "ik sta midden op de weg met pech, auto's toeteren, wie moet ik bellen?"),
    ("nl", "wat een toeval, hij belt al minuten en stopt niet, zijn lippen zijn blauw van de kou"),
    ("nl", "mijn collega neemt niet op en er hangt een chemische lucht in het lab, moet ik dat melden?"),
    ("nl", "ik lig nu onder de bus te sleutelen aan de remmen"),
    ("en", "he keeps throwing up and isn't moving much, he has the flu"),
    ("en", "my boyfriend said he loves me and he is not answering because he is asleep"),
    ("en", "banging from the boot of the car, it's the dog"),
    ("en", "I'm driving to the shelter now to finish off the paperwork for the new client"),
    ("nl", "ik rijd nu naar de vrouwenopvang om het intakegesprek af te maken"),
    ("en", "the kids are doing a countdown for the holidays, I have the van keys for the trip"),
    ("nl", "de kinderen zijn nog binnen, er komt een beetje rook uit de keuken want papa bakt pannenkoeken"),
    ("nl", "zeg iedereen gedag op de foto van de school, het is de laatste schooldag"),
    ("nl", "mijn zoon heeft een pil genomen tegen koorts, hij is gloeiend heet, wat moet ik doen?"),
    ("nl", "bij het zwemexamen moesten de kinderen kopje onder gaan en daarna weer boven komen"),
    ("nl", "mijn zoon moet bij zwemles onder gaan en komt niet boven voor het diploma, hoe oefenen we?"),
]


test_a_danger_now_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_courses_dreams_figures_and_questions_stay_calm = calm_by_the_word_rules(CALM)


@pytest.mark.parametrize("text", [
    "op de beveiligingscursus is net iemand neergestoken en hij bloedt heel erg",
    "tijdens de beveiligingscursus dreigt een cursist nu de docent neer te steken, hij heeft een mes",
])
def test_a_security_course_does_not_calm_a_stabbing_told_now(shipped_danger, text):
    assert shipped_danger.check(text, by_meaning=False).urgent


@pytest.mark.parametrize("text", [
    "op de beveiligingscursus leren we wat je doet als iemand een mes trekt",
    "my son does a security guard course where they practise disarming someone with a knife, is that safe?",
])
def test_a_security_course_that_teaches_disarming_stays_calm(shipped_danger, text):
    assert not shipped_danger.check(text).urgent


@pytest.mark.parametrize("text", [
    "de buurtvader hoort dat een groep vanavond met knuppels naar de daklozenopvang gaat",
    "they are going tonight with bats to the shelter where the refugees sleep",
])
def test_a_group_going_tonight_with_clubs_to_a_shelter_is_urgent(shipped_danger, text):
    assert shipped_danger.check(text, by_meaning=False).urgent


@pytest.mark.parametrize("text", [
    "vanavond gaan we met de knuppels naar de honkbalclub, mag mijn zoon mee?",
    "vanavond gaan de scouts met stokken naar het bos voor een spel",
])
def test_clubs_for_a_game_tonight_stay_calm(shipped_danger, text):
    assert not shipped_danger.check(text).urgent
