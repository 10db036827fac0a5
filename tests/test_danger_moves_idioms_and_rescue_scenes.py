"""Ideas generalised from urgent_test32 (DR23, word rules alone).

Calm: a pupil who moved abroad with his family and said goodbye to everyone (a goodbye alone is no emergency); a
teacher, coach or mentor who 'is going to kill me' over something small (not a parent or a sibling: see below); the spring as a season; an attack prepared
last year, told on the day of the sentence; guns kept in a safe at home; a question whether the school must pass
anything on; first-aid courses, training questions, past events and everyday uses of the new
lines' words (a freezer for the youth centre, a bus rolling back on a hill, a floor plan for a fire drill, a potluck,
a punch bowl, medicine in chocolate milk). Every calm idea has CAUGHT messages where the same calm words stand next to
a danger now, in the same clause and in the sentence before or after: a calm word must never talk those down.

Caught, the misses as ideas in other words, places and languages: barricaded with children and a threat if the
police come; masked men waiting with clubs or asking for a boy; 'forget me' while climbing over a ferry rail; jumped
or walked into the water and not coming up; shut in a freezer, a box or a manure pit with the voice fading; a car
driven into a shelter gate again and again; an insulin overdose and slipping away; something pulled from a
waistband with people running; 'empty the hall' on the way to the car; a door rammed with 'she's going'; a whole
bottle and no response; a spiked punch bowl; a rope ready for when you sleep; pills in the children's drink with 'we
all sleep'; kicking a door in to finish her; eyes that won't open on the floor; a kill threat in Sranan; floating
face down; dragged into a van; poison in a shared pot; a shard at a child's neck with nobody let out; a slumped bus
driver with the bus rolling; a floor plan with 'bring what you have'; walking into the water until it's over; a
crash with smoke and someone trapped; pushed into a car boot; dragged by the hair; 'the last time we talk' from a
bridge; swinging at people with the guard down."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # the calm words of this round next to a danger now (same clause, sentence before, sentence after)
    ("nl", "mijn moeder gaat me vermoorden, ze staat nu met een mes voor mijn kamerdeur"),
    ("en", "my mum is going to kill me, she is holding a knife to my throat right now"),
    ("en", "my dad is gonna kill me. he just pointed his gun at me and is loading it"),
    ("nl", "hij staat nu met een mes in de aula. mijn moeder vermoordt me als ik te laat ben"),
    ("nl", "de juf gaat me vermoorden, haha. er staat nu een jongen met een pistool in de gang"),
    ("en", "my teacher will kill me for being late, and a boy is now in the corridor with a gun"),
    ("en", "a man is stabbing people in the canteen now. my coach is going to kill me for missing practice"),
    ("en", "she stood on the bridge in the spring and now she is climbing over the railing and says goodbye"),
    ("en", "in the spring term a boy is now standing on the roof edge and says he will jump"),
    ("en", "this spring. he is on the bridge right now and says he will jump"),
    ("en", "he is on the bridge right now and wants to jump. in the spring he was in therapy"),
    ("nl", "vorig jaar een aanslag gepleegd en nu staat hij met een bom in de hal van het station"),
    ("nl", "hij heeft vorig jaar een aanslag voorbereid. vandaag om drie uur gaat hij het stadhuis opblazen"),
    ("nl", "vandaag om drie uur gaat hij het stadhuis opblazen. hij heeft vorig jaar een aanslag voorbereid"),
    ("en", "the attack last year was his cousin's. today at noon he will bomb the mosque, he says"),
    ("en", "he planned an attack last year and right now he is in the station hall with a bomb vest"),
    ("nl", "de jager met een vergunning richt zijn geweer nu op de kinderen op het plein"),
    ("en", "the licensed hunter is pointing his rifle at the kids right now"),
    ("en", "he keeps his guns in a safe and is pointing one at his wife now"),
    ("en", "he keeps his guns in a safe. he is pointing one at his wife now"),
    ("en", "he is pointing a gun at his wife now. he keeps his guns in a safe"),
    ("nl", "hij heeft zijn geweren in een kluis en schiet nu op de buren"),
    ("nl", "hij heeft zijn geweren in een kluis, maar nu heeft hij er een gepakt en richt hij het op de buren"),
    ("en", "he keeps his guns in a safe, but he just took one out and is walking to the school with it"),
    ("nl", "hij zwaait met een mes in de aula. moet de school iets doorgeven?"),
    ("en", "there is a man stabbing people in the hall now. should the school pass anything on?"),
    ("nl", "moet ik iets doorgeven? hij staat nu met een pistool bij de ingang"),
    ("nl", "moet ik iets doorgeven, hij zegt dat hij morgen de school opblaast"),
    ("en", "must the school pass anything on now that a boy is holding a knife to a girl's throat in the hall"),
    ("nl", "mijn zoon speelt dood op de grond, maar nu ligt mijn man op de grond en doet zijn ogen niet open, overal bloed"),
    ("nl", "ze speelt dat ze dood is. mijn vriendin ligt nu echt op de grond en doet haar ogen niet open"),
    ("en", "the kids were playing dead. now a man is stabbing people in the hall"),
    ("en", "a man is stabbing people in the hall now. the kids were playing dead in the corner"),
    ("nl", "hij doet alsof hij dood is en er staat nu een man met een mes in de klas"),
    ("en", "he is pretending to be dead while his brother is pointing a gun at the teacher right now"),
    ("en", "playing dead, my son is on the floor and his father is holding a knife to his neck now"),
    ("en", "he is playing dead, no he is really not breathing and blue"),
    # an attack on a target planned with a date is urgent, however it is "discussed" (reading audit R12)
    ("nl", "jongens lieten een chatgroep zien waarin een aanslag op een moskee wordt besproken, met een datum erbij. "
           "moet ik 112 bellen of eerst de gemeente?"),
    ("en", "in the group chat an attack on the synagogue is being discussed, with a date set"),
    # a conspiracy claim that vaccines are "a plan to kill" is a figure only with the vaccine in it
    ("en", "he says vaccines are a plan to kill people and now he is outside the GGD with a knife"),
    ("en", "he is now outside the GGD with a knife. he says vaccines are a plan to kill people"),
    ("en", "he plans to inject people with a fake vaccine to kill people tomorrow at the GGD"),
    ("nl", "hij zegt dat vaccins een plan zijn om ons te doden en hij staat nu met een mes bij de priklocatie"),
    ("nl", "hij heeft een plan om mensen te doden op school"),
    # a past time in a relative clause calms only that clause: the verb turns to the present ("... is now ...")
    ("en", "a boy who was here last year is now outside the school with a gun"),
    ("en", "the boy who prepared an attack last year is now outside the school with a gun"),
    ("en", "the girl who was admitted last month is right now standing on the roof edge"),
    ("nl", "hij speelt dood zei zijn zusje, maar hij ademt echt niet meer en is blauw"),
    # the misses of urgent_test32 as ideas, in other words
    ("nl", "in de gymzaal heeft een vader zich met drie kleuters in het materiaalhok gebarricadeerd, hij schreeuwt dat er wat gebeurt als de politie komt"),
    ("en", "a man barricaded himself in the staff room with two pupils and says something will happen if the cops come"),
    ("nl", "bij het zwembad wachten vier jongens met bivakmutsen en knuppels bij de uitgang op mijn zoon"),
    ("en", "outside the youth centre five masked men asked a kid where a particular boy is, they have bats"),
    ("en", "masked guys with clubs are waiting at the back door of the gym for one of our players"),
    ("nl", "op de boot naar texel klimt een meisje over de reling en appt haar moeder dat ze haar moet vergeten"),
    ("en", "a lad is climbing over the railing on the ferry and shouts to his mate to forget about him"),
    ("nl", "mn neef is na een ruzie in de gracht gesprongen, het is donker en hij komt niet meer boven"),
    ("en", "my client jumped into the canal after a fight and hasn't come up"),
    ("nl", "ze is vannacht de zee in gelopen met al haar kleren aan, ik zie haar hoofd niet meer"),
    ("en", "he walked into the sea at dusk and I can't see his head between the waves anymore"),
    ("nl", "de kinderen hebben hun broertje in de diepvrieskist opgesloten, ik hoor hem niet meer"),
    ("en", "a child is locked in the chest freezer in the garage and we can't get the lid open"),
    ("nl", "de boer ligt in de mestput en roept steeds zachter"),
    ("en", "my colleague's ex keeps driving his car into the gate of the shelter again and again, it's giving way"),
    ("nl", "haar ex rijdt met zijn busje keer op keer tegen het hek van de opvang"),
    ("nl", "mijn cliënt heeft alle insuline van zijn moeder gespoten, hij zweet en zakt nu weg"),
    ("en", "he injected all the insulin pens, he is shaking and slumped on the sofa"),
    ("nl", "bij de moskee staan twee groepen tegenover elkaar, een man trekt iets uit zijn broekband"),
    ("en", "at the wedding a guy pulled something from his waistband and people are running"),
    ("nl", "na de wedstrijd zei een verliezer dat hij de zaal gaat leegmaken en hij loopt nu naar zijn auto om zijn spullen te halen"),
    ("en", "he lost the tournament, said he'll empty the hall and is now walking to the car park to get his stuff"),
    ("nl", "mijn zus zit op slot in het toilet, haar vriend ramt op de deur en roept dat ze eraan gaat"),
    ("nl", "ontgroening: hij moest een hele fles rum leegdrinken en reageert nergens meer op"),
    ("en", "they made a first-year down a whole bottle of vodka, he's on the floor and not responding"),
    ("nl", "op het schoolfeest heeft iemand iets in de punch gedaan, drie meisjes kunnen niet meer staan"),
    ("en", "someone spiked the punch bowl at the prom to knock them all out, girls can't stand up"),
    ("nl", "zijn laatste appje: touw ligt klaar, vanavond als jullie slapen"),
    ("en", "his text: the rope is ready, tonight when you're all asleep"),
    ("nl", "moeder appt: heb de pillen door hun limonade gedaan, we gaan allemaal slapen, sorry"),
    ("en", "she texted that she put her pills in their juice and we'll all sleep tonight"),
    ("nl", "sta voor haar deur, als ze niet opendoet trap ik de deur in en dan is ze er geweest"),
    ("nl", "mijn dochter van 8 belt: papa ligt op de grond en doet zijn ogen niet open"),
    ("en", "my little brother is on the floor and won't open his eyes, there's vomit everywhere"),
    ("nl", "hij riep 'mi o kiri yu' en staat nu bij het schoolhek"),
    ("nl", "er drijft een jongen met zijn gezicht naar beneden in de vijver en hij beweegt niet"),
    ("en", "a woman is floating face down in the canal and not moving"),
    ("nl", "mijn vriend is in een busje getrokken bij het station, nu neemt hij niet op"),
    ("en", "they dragged my cousin into a van and he texted 'they're gonna kill me', now his phone is off"),
    ("en", "someone poured something into the soup pot at the community dinner and people are vomiting"),
    ("nl", "iemand heeft iets in de soep gedaan bij de iftar en zei: we zien wie er morgen nog wakker wordt"),
    ("en", "a man is holding a shard of glass to a toddler's neck and says nobody leaves"),
    ("nl", "de buschauffeur hangt over het stuur en de bus rolt door richting kruispunt"),
    ("en", "someone posted a floor plan of our school with 'bring what you have, today at 2'"),
    ("nl", "hij stuurde een spraakbericht bij het water, hij loopt door tot het voorbij is"),
    ("en", "a car crashed into a tree, there's smoke and the driver is trapped"),
    ("nl", "twee mannen duwden een jongen in de kofferbak van een auto en reden weg"),
    ("en", "a man is dragging a woman by her hair to his van"),
    ("nl", "hij belde me vanaf de brug en zei dat dit de laatste keer is dat we praten"),
    ("en", "at the clinic a man is swinging a chair at people and the security guard is down"),
    # the same ideas typed in haste, with typos and slang
    ("nl", "er zit een gast met 2 kids in het lokaal opgeslote, deur gebarikadeerd, hij roept als de politie komt gebeurt er wat"),
    ("en", "some guy barricated himself in with kids and yells if the cops come someone gets hurt"),
    ("nl", "gasten met bivakmutse en knuppels wachten bij de uitgang op me broertje"),
    ("en", "masked men w bats waiting outside the gym for my boy"),
    ("nl", "hij klimt over de reling vd pont en zegt tegen zn vriendin vergeet me"),
    ("en", "bro he's climbing over the railing on the ferry saying forget me"),
    ("nl", "ze is de haven in gesprongen en komt niet meer bove"),
    ("en", "he jumpd in the canal n hasnt come up"),
    ("nl", "mn broertje zit opgesloten in de vriezer en ik hoor hem nie meer"),
    ("en", "kid locked in the freezer, we cant hear him anymore"),
    ("nl", "haar ex rijd steeds opnieuw met zn auto tegen de poort van de opvang"),
    ("en", "her ex keeps ramming his car into the gate over and over"),
    ("nl", "hij heeft al zn insuline gespoten en zakt nu weg"),
    ("en", "he shot up all his insulin and hes slumped n sweating"),
    ("nl", "een gozer trekt iets uit zn broekband en mensen rennen weg"),
    ("en", "guy pulled something outta his waistband and people are running"),
    ("nl", "hij zei dat ie de zaal gaat leegmaken en loopt nu naar zn auto"),
    ("nl", "ze zit op slot in de wc en hij ramt de deur en schreeuwt dat ze eraan gaat"),
    ("nl", "hij moest een hele fles wodka adten en reageert nergens meer op"),
    ("nl", "iemand heeft wat in de bowl gedaan, 2 meiden kunnen niet meer op hun benen staan"),
    ("en", "moeder appte: pillen door hun chocomel gedaan, we gaan allemaal slapen sorry"),
    ("nl", "als ze nie opendoet trap ik de deur in en dan is het klaar met haar"),
    ("nl", "mama ligt op de grond en doet ogen niet open"),
    ("nl", "mi o kiri yu, hij staat nu voor de deur"),
    ("nl", "er drijft een meisje met d'r gezicht naar beneden in de sloot, ze beweegt niet"),
    ("nl", "ze hebben m'n maat in een busje getrokken, nu staat zn tel uit"),
    ("nl", "iemand heeft iets in de soeppan gegooid en mensen kotsen"),
    ("nl", "hij houdt een scherf tegen de nek van het kind en zegt niemand gaat weg"),
    ("nl", "buschauffeur hangt over het stuur en de bus rolt door"),
    ("nl", "iemand postte een plattegrond van de school met neem mee wat je hebt, vandaag 14u"),
    ("nl", "ik hoor golven, hij zegt dat hij doorloopt tot het voorbij is"),
    ("nl", "auto tegen een boom, er komt rook uit en de bestuurder zit bekneld"),
    ("nl", "ze duwden een meisje in de kofferbak van een auto"),
    ("nl", "hij sleurt haar aan d'r haren naar zn auto"),
    ("nl", "hij belde vanaf de brug: dit is de laatste keer dat we praten"),
    ("en", "a guy is swinging a chair at ppl in the ER and the guard is down"),
]

CALM = [
    ("nl", "mag de school doorgeven dat een leerling met zijn familie naar Turkije is verhuisd en afscheid nam van iedereen?"),
    ("en", "a pupil moved to Spain with her parents last month, she said goodbye to everyone at a party, what do we pass on to the new school?"),
    ("nl", "mijn vader vermoordt me als hij mijn rapport ziet, haha. mag de mentor mijn cijfers aan de jeugdwerker geven?"),
    ("en", "my coach is going to kill me, I forgot my kit again. can the club share my address with the youth worker?"),
    ("en", "my teacher is gonna murder me, I lost my homework. who do I ask about my file?"),
    ("en", "in the spring she stood on the bridge, now she is back at school and doing well. may I close her file?"),
    ("en", "this spring the boy who was on the roof got help; he's fine now. how long do we keep the notes?"),
    ("nl", "vandaag hoorde de jongen die vorig jaar een aanslag beraamde zijn straf, hoe bespreek ik dat met de klas?"),
    ("en", "the boy who planned an attack last year was sentenced today, how do I talk about it in class?"),
    ("nl", "zijn oom is jager en bewaart zijn geweren in een kluis, moeten we dat melden?"),
    ("en", "her dad keeps his guns in a locked safe at home, is that something for the file?"),
    ("nl", "wat moet ik doen als iemand een insuline overdosis heeft? ik volg een ehbo-cursus"),
    ("nl", "in de EHBO-les oefenen we wat je doet als iemand met zijn gezicht naar beneden in het water drijft"),
    ("en", "how do I recognise a hypo after too much insulin? asking for a training for our staff"),
    ("nl", "vorig jaar is een jongen uit onze groep in de gracht gesprongen, hij is toen gered. hoe bespreek ik dat?"),
    ("nl", "we hebben een nieuwe vrieskist voor het buurthuis, mag die in de schuur?"),
    ("nl", "de chauffeur van de schoolbus rijdt door rood, wie moet ik bellen?"),
    ("en", "the bus rolls back a bit on the hill every morning, is that safe for the kids?"),
    ("nl", "kan ik de plattegrond van de school delen met de nieuwe conciërge?"),
    ("en", "I'm making a floor plan of the school for the fire drill, who should get it?"),
    ("nl", "neem mee wat je hebt voor de potluck vandaag om 14:00 op school"),
    ("nl", "we zaten bij het water en het water is koud, we lopen door tot de zon ondergaat"),
    ("en", "last summer a car hit a tree near our school and the driver was trapped; how do I talk to the kids about it?"),
    ("nl", "hoe lang mag de opvang camerabeelden bewaren van een man die vorig jaar tegen de poort reed?"),
    ("nl", "de paardenbox is op slot en we krijgen het slot niet open, wie heeft de sleutel?"),
    ("nl", "mijn oma roept steeds zachter als ze moe is, is dat normaal?"),
    ("en", "after the game the players clear out the hall and walk to the car park to get their stuff"),
    ("nl", "na het toernooi gaan we de zaal leegmaken en spullen halen uit de auto"),
    ("nl", "er liggen touwen in de schuur voor het kamp, mag de groep die gebruiken?"),
    ("en", "tonight when you're asleep I will clean the kitchen, mum said"),
    ("nl", "de kinderen krijgen hun medicijn door de chocomel omdat ze geen pillen kunnen slikken, mag de juf dat geven?"),
    ("en", "she puts the children's vitamins in their milk, is that ok for the daycare?"),
    ("nl", "we zagen een documentaire over mensen die in een busje werden getrokken, hoe bespreek ik dat?"),
    ("en", "the punch bowl at the school party was empty by nine, can parents bring more?"),
    ("nl", "bij de ontgroening moest iedereen een hele fles water leegdrinken, mag dat?"),
    ("en", "in the spring we plant trees on the bridge, can the youth club help?"),
    ("en", "can I close the file of the boy who stood on the bridge last year? he is doing much better now"),
    ("en", "a guy at the gym is swinging a kettlebell, is that allowed in the youth room?"),
    ("nl", "de jager heeft een jachtakte en bewaart zijn wapens in de wapenkluis, is dat een signaal?"),
    ("en", "a boy (15) sends me TikToks of a group that says vaccines are a plan to kill people. may I show them to his mother?"),
    ("nl", "hij zegt dat vaccins een plan zijn om ons te doden. mag ik dat aan zijn mentor vertellen?"),
]


test_a_danger_now_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_moves_idioms_stored_guns_courses_and_everyday_words_stay_calm = calm_by_the_word_rules(CALM)


# A parent or a sibling who "is going to kill me" is never a figure of speech by the word rules: a child may mean
# it, and as figures these words silenced "... hij heeft mama al geslagen en ik zit in de badkamer". A false alarm
# on "my mum will murder me, I left the oven on" is the cheaper error.
FAMILY_THREATS = [
    ("nl", "mijn vader gaat me vermoorden"),
    ("nl", "papa gaat me vermoorden help"),
    ("nl", "mijn vader gaat me vermoorden, hij heeft mama al geslagen en ik zit in de badkamer"),
    ("nl", "ik ben bang, mijn vader gaat me vermoorden vannacht"),
    ("nl", "mijn broer vermoordt me als ik zijn fiets leen. wat mag de school over mij delen?"),
    ("en", "my dad is going to kill me"),
    ("en", "my sister will kill me if I tell her secret, can the counsellor keep it confidential?"),
    ("en", "my mum is going to murder me, she locked the door and took my phone"),
]


test_a_parent_or_sibling_who_will_kill_me_raises_the_alarm = urgent_by_the_word_rules(FAMILY_THREATS)
