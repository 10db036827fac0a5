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

import pytest

from bot.safety import DangerCheck

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
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_a_scene_told_as_it_happens_is_urgent_by_the_words_alone(shipped_danger: DangerCheck, lang: str,
                                                                 text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_courses_questions_idioms_and_handled_threats_stay_calm(shipped_danger: DangerCheck, lang: str,
                                                                text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)
