"""Ideas generalised from urgent_test35 (word rules alone), each in my own wording, place and language.

Calm: 'schiet op' (hurry up) at the start of a message; a game 'waarbij je op elkaar schiet' (paintball, laser game);
killing the other team 'in de eerste map' (e-sports); 'the third time this week' (a count, no danger's time); videos
about weapons and knives watched; a butcher's trade with its knives; the plot of a film watched; someone taken off a
roof by the police or the fire brigade and admitted now; a night told as past ('werd vannacht wakker'); a dream told;
'the boy who fainted ... is fine'; first-aid questions and past illness. Every calm idea has CAUGHT messages where the
same calm words stand next to a danger now, in the same clause, the sentence before or the sentence after.

Caught, each with the event and a sign of danger now: something pressed on a throat and going purple; a child under a
car wash's brushes; a scarf or hands round a neck with turning blue or sagging; one pupil larger after a blow with
vomiting or confusion; a goodbye with 'don't go into my room' and a locked door; 'samen naar de hemel' with a child in
a car; 'the fire will purify them' tonight or at a house of worship; no pulse after a collapse; clothes on fire or a
fall into a bonfire; a head held in a rain barrel and no longer struggling; blood from an ear after a blow; a car
reversing over someone on the ground; bleeding that won't stop; hanging by one hand from a ride still turning; under
the wheels of a float that drives on; a liquid in a face with the skin blistering; 'you won't leave here alive' with
something in an inner pocket; barricaded or locked in with someone screaming; chest pain, grey and sweaty, a dead left
arm; blue lips and barely breathing by a needle; a driver pulled by the hair; all the strips taken and no answer; a
threat to maim while waiting at a car; a child in a ditch not coming up; 'prikken' while waiting at an exit; a kill
threat in another language with the man at the door or a woman down; the shed's stuff in the drinks; a lit fuse of
fireworks into a crowd; a driver choking with 'drive to the woods'; a whole bottle and not waking up; a fall into a
crevasse with the voice fading."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # the calm words of this round next to a danger now (same clause, sentence before, sentence after)
    ("nl", "schiet op, hij staat met een mes in de gang en steekt mensen neer"),
    ("nl", "schiet op, er staat nu een man met een pistool in de kantine"),
    ("nl", "hij schiet nu op de kinderen op het plein. schiet op!"),
    ("nl", "schiet nou op, de man met het geweer schiet op de leerlingen"),
    ("nl", "het is een spel waarbij je op elkaar schiet, maar nu richt hij een echt pistool op de "
           "kinderen"),
    ("nl", "hij staat nu met een geweer in de aula. bij paintball is het een spel waarbij je op "
           "elkaar schiet"),
    ("en", "a game where you shoot each other, but now a man is pointing a real gun at the kids"),
    ("en", "a man is shooting at people in the hall. it's not a game where you shoot each other"),
    ("nl", "we gaan ze afmaken in de eerste map en hij staat nu met een mes bij de deur"),
    ("nl", "hij zegt dat hij ze morgen gaat afmaken met een mes. we gaan ze afmaken in de eerste map"),
    ("en", "we'll kill them in the first map. he is standing at the school with a gun now"),
    ("en", "he has a gun and says he will kill them tomorrow, destroy them in the first map lol"),
    ("en", "third time this week he stands outside her house with a knife, he is there now"),
    ("en", "third time this week. now he is at the door with a knife and threatens to kill her"),
    ("nl", "hij staat voor de derde keer deze week met een mes bij haar deur, nu weer"),
    ("nl", "hij kijkt filmpjes over wapens en messen en staat nu met een mes in de klas"),
    ("nl", "hij kijkt filmpjes over wapens en messen. morgen neemt hij een mes mee naar school om de "
           "leraar neer te steken"),
    ("en", "he watches videos about weapons and knives and now he is waving a knife in the canteen"),
    ("nl", "er steekt nu een jongen iemand neer in de gang. hij kijkt filmpjes over wapens en messen"),
    ("nl", "we keken een film waarin een man iemand neersteekt en nu staat er echt een man met een "
           "mes in de zaal"),
    ("en", "the movie where a boy sets the school on fire, but now the gym is really on fire with "
           "kids inside"),
    ("nl", "tijdens de horrorfilm waarin iemand schiet komt een man binnen met een pistool en schiet "
           "op de kinderen"),
    ("en", "the boy fainted and now he's not breathing, his mum picked him up an hour ago"),
    ("en", "he is not breathing and his lips are blue. his mum picked him up from school"),
    ("nl", "moeder heeft hem opgehaald maar nu ligt hij bewusteloos op de grond en ademt niet"),
    ("nl", "hij ademt niet meer en is blauw. zijn moeder heeft hem opgehaald"),
    ("nl", "op de slagersopleiding steekt een leerling nu een docent neer met zijn uitbeenmes"),
    ("nl", "een leerling-slager dreigt met een mes in de kantine en zegt dat hij de chef gaat "
           "neersteken"),
    ("nl", "hij zwaait met een mes in de aula. hij zit op de slagersopleiding"),
    ("en", "de butcher's apprentice is stabbing his boss in the shop right now"),
    ("nl", "hij staat nu op de rand van het dak en wil springen. de politie heeft hem eraf gehaald "
           "vorige keer"),
    ("nl", "de brandweer heeft hem eraf gehaald maar nu staat hij weer op de rand van het dak en wil "
           "springen"),
    ("nl", "de politie heeft hem eraf gehaald. nu staat zijn broer op de rand van de brug en zegt dat"
           " hij springt"),
    ("nl", "hij is nu opgenomen. zijn broer staat met een mes voor de deur van de afdeling en wil hem"
           " neersteken"),
    ("nl", "hij is nu opgenomen, maar zijn broer zegt dat hij morgen de school opblaast"),
    ("nl", "ze werd vannacht wakker en nu staat er een man met een bijl in haar kamer"),
    ("nl", "werd vannacht gebeld: hij komt vannacht met een mes naar haar huis om haar neer te steken"),
    ("nl", "ze werd vannacht wakker. vannacht komt hij terug met een mes om haar te vermoorden"),
    ("nl", "een spel waarbij je op elkaar schiet. nu staat er een man met een pistool in de kantine "
           "en hij schiet op mensen"),
    ("nl", "we keken een film waarin een jongen de school in brand steekt. nu staat er een man met "
           "een mes in de aula"),
    ("en", "we watched a movie where a kid brings a gun and now a boy is really pointing a gun at the"
           " class"),
    ("en", "the boy who fainted is not breathing and his lips are blue"),
    ("en", "the girl who fainted is now unconscious and not breathing, her lips are blue"),
    ("nl", "de jongen die flauwviel ademt niet meer en is helemaal blauw"),
    ("en", "he fainted and now he is not breathing. the boy who fainted earlier was fine"),
    ("nl", "hij staat nu met een mes in de klas. de jongen die flauwviel is weer oké"),
    ("nl", "een man zwaait met een mes in de aula en dreigt de kinderen neer te steken. we keken een "
           "film waarin dat gebeurde"),
    ("nl", "hij steekt nu mensen neer in de aula. we keken een film waarin dat gebeurde"),
    ("nl", "we keken een film waarin een man een gijzeling pleegt, nu houdt een man met een pistool "
           "de kinderen vast in de gymzaal"),
    ("en", "second time today he is at her door with a knife threatening to kill her right now"),
    ("en", "he threatened to stab her tomorrow, for the third time today"),
    ("nl", "hij dreigt voor de tweede keer vandaag dat hij haar morgen neersteekt met een mes"),
    ("nl", "hij staat op de rand van het dak en wil springen, de politie probeert hem eraf te halen"),
    ("nl", "de politie heeft hem eraf gehaald. zijn vriend staat nu op de rand van het dak en wil "
           "springen"),
    ("en", "the police got him off the roof, but his friend is standing on the edge now and wants to "
           "jump"),
    ("en", "she is on the edge of the roof and wants to jump. the police got her down from the bridge"
           " last month"),
    ("en", "he dreamt a man with a knife is in his room and now a man is really standing in the hall "
           "with a knife"),
    ("en", "she dreamed a lot, but now her stepfather is standing in her room with a knife and "
           "threatens to stab her"),
    ("en", "a man is waving a knife in the hall and threatens to stab the kids. she dreamed a scary "
           "dream last night"),
    ("nl", "er staat een man met een mes in de gang die dreigt iedereen neer te steken. ze droomde "
           "van een monster"),
    ("nl", "de brandweer heeft hem eraf gehaald en hij is nu opgenomen. nu staat zijn vriend op de "
           "rand van het dak en wil springen"),
    ("nl", "zijn broer staat nu op de brug en wil springen. de politie heeft hem eraf gehaald en hij "
           "is nu opgenomen, maar zijn zus zegt dat ze morgen de school opblaast"),
    ("nl", "vorige week stond hij op de rand van het dak en nu staat hij er weer en wil springen"),
    ("nl", "vorige week stond hij ook op de rand van het dak. nu staat hij weer op de rand van het "
           "dak en wil springen"),
    ("nl", "vorige week stond ze op de rand van het dak, maar nu staat ze op de rand van de brug en "
           "zegt dat ze springt"),
    ("nl", "ze staat nu op de rand van het dak en wil springen. vorige week stond ze er ook"),
    ("en", "last week he stood on the edge of the roof, and now he is standing on the edge of the "
           "bridge saying he will jump"),
    ("en", "he is on the edge of the roof right now and wants to jump. last week he stood on the edge"
           " of the same roof"),
    ("nl", "vorige maand stond hij op de rand van het perron, nu staat hij met een mes in de klas"),
    # the misses of urgent_test35 as ideas, in other words, places and languages
    ("nl", "in de snackbar duwt een man een bezemsteel op de keel van de eigenaar, hij is al paars"),
    ("en", "at the bakery her ex is pressing a rolling pin on his throat and he is going purple"),
    ("nl", "bij de autowasstraat ligt een meisje onder de borstels en die draaien nog"),
    ("en", "a toddler is lying under the brushes of the car wash and nobody can find the emergency "
           "stop"),
    ("nl", "op de skatebaan is haar sjaal in het wiel geraakt, hij zit strak om haar nek en ze loopt "
           "blauw aan"),
    ("en", "his scarf got caught in the go-kart and it's tight around his neck, he's turning blue"),
    ("nl", "na de bokswedstrijd braakt hij steeds en zijn ene pupil is veel groter dan de andere"),
    ("en", "after the rugby tackle she is slurring and one pupil is much bigger than the other"),
    ("nl", "mijn kamergenoot appte 'bedankt voor alles, kom niet in mijn kamer'. zijn deur zit op "
           "slot"),
    ("en", "my flatmate posted 'thanks for everything, don't go into my room' and her door is locked"),
    ("nl", "de vader heeft zijn dochtertje in de auto gezet en zei dat ze samen naar de hemel rijden,"
           " hij reed net weg"),
    ("en", "he put his little son in the car, said they would go to heaven together and drove off "
           "towards the lake"),
    ("nl", "hij zet op insta een foto van de synagoge met 'vanavond zal het vuur ze zuiveren'"),
    ("en", "she posted the mosque with 'the fire will purify them tonight'"),
    ("nl", "de man op de loopband is in elkaar gezakt en ik voel geen hartslag"),
    ("en", "my colleague collapsed in the warehouse, no pulse, he makes a gasping sound now and then"),
    ("nl", "op de werkplaats houdt een man zijn handen om de hals van zijn collega, ze zakt al weg"),
    ("en", "in the changing room a boy has his hands around the goalkeeper's throat and won't let go"),
    ("nl", "bij het kampvuur is de jurk van een meisje in brand gevlogen, haar jurk staat in brand"),
    ("en", "his coat is on fire, he fell into the bonfire at the beach"),
    ("nl", "twee jongens houden het hoofd van een jongen in de regenton, hij spartelt niet meer"),
    ("en", "they are holding a kid's head in a rain barrel and he has stopped struggling"),
    ("nl", "hij slaat met een koekenpan op zijn broer die al op de grond ligt, er komt bloed uit zijn"
           " oor"),
    ("en", "in the car park a van keeps reversing over a woman lying on the ground"),
    ("nl", "bij de markt: een man heeft een vleeshaak in de zij van de visboer gestoken, het blijft "
           "maar bloeden"),
    ("en", "on the fair a child is hanging by one hand from the swing ride and it is still spinning"),
    ("nl", "tijdens de optocht ligt een jongetje tussen de wielen van de wagen en de wagen rijdt door"),
    ("en", "a man threw something from a bottle in the receptionist's face and her skin is blistering"),
    ("nl", "in de hal van het gerechtshof zegt hij 'je komt hier niet levend weg' en hij heeft iets "
           "in zijn binnenzak"),
    ("en", "a client barricaded the interview room with my colleague inside, we can hear her "
           "screaming"),
    ("nl", "bij de schaakclub grijpt een man van 70 naar zijn borst, hij is grauw en zweterig"),
    ("en", "an old man at the market has chest pain and his left arm feels dead"),
    ("nl", "in de opvang ligt een man met blauwe lippen, hij ademt nauwelijks, er ligt een spuit "
           "naast hem"),
    ("nl", "op de tram trekt een man de bestuurder aan zijn haren van het stuur"),
    ("en", "my pupil texted from the bus toilet: 'took all the strips of mum's pills, sorry'. she "
           "isn't answering"),
    ("nl", "hij appt: 'als hij om 6 uur uit de sportschool komt sla ik zijn kop in, ik sta al bij "
           "zijn auto'"),
    ("en", "a kid fell into the ditch with his bike and he is not coming up"),
    ("nl", "mijn zusje is in de sloot gevallen en komt niet meer boven"),
    ("nl", "de oom van mijn leerling staat nu beneden en blijft aanbellen, hij zei 'ik maak je "
           "vannacht af'"),
    ("en", "my little brother says dad hit mum, she is on the floor, and dad said he'll come back to "
           "finish it"),
    ("nl", "hij schreeuwt 'zabiję cię' en ze ligt op de grond, hij slaat haar met een krik"),
    ("en", "he said he put the stuff from the shed in the punch for the kids' party"),
    ("en", "a guy lit the fuse of a bundle of cobras and is running at the crowd with it"),
    ("en", "we hear the driver choking on the radio and someone shouting 'rij naar het bos'"),
    ("nl", "ze hebben hem een hele fles wodka laten opdrinken en nu wordt hij niet wakker"),
    ("en", "a boy fell into a crevasse on the glacier and his voice is getting weaker"),
    ("nl", "een man heeft zich met een meisje opgesloten in de kleedkamer, ze roept om hulp"),
    ("nl", "haar ex drukt een deegroller op haar keel en ze wordt paars"),
    ("en", "he has a bat pressed on her throat, she is turning purple"),
    ("nl", "kind ligt onder de borstels in de wasstraat!! niemand weet de noodknop"),
    ("nl", "een jongen z'n sjaal zit vast in de kart, zit strak om zn nek en hij wordt blauw"),
    ("en", "her hoodie string got caught in the machine, tight around her neck, she can't breathe"),
    ("nl", "na de wedstrijd viel hij met zn hoofd op de grond, nu braakt hij en praat verward"),
    ("en", "he got kicked in the head, now he's confused and keeps throwing up"),
    ("nl", "mn huisgenoot stuurde 'dankjewel voor alles, niet in mijn kamer komen' en ze reageert "
           "niet, deur op slot"),
    ("en", "flatmate texted 'thank you for everything, dont go in my room'. his door is locked and "
           "its silent"),
    ("nl", "mijn buurman zette zijn zoontje in de auto en zei 'we rijden samen naar mama in de hemel'"),
    ("en", "he drove off with his daughter in the car saying they'd ride to heaven together"),
    ("nl", "hij postte de gurdwara met 'het vuur zal ze vanavond zuiveren'"),
    ("nl", "man in de sportschool zakte in elkaar, ik voel geen pols"),
    ("en", "my dad collapsed in the garden, he has no pulse"),
    ("nl", "haar sari staat in brand en ze rent rond"),
    ("en", "his sleeve is on fire and he is screaming"),
    ("nl", "ze houden zijn hoofd onder in de regenton en hij beweegt niet meer"),
    ("nl", "hij slaat met een pan op het hoofd van zijn vriend, bloed uit zijn oor"),
    ("nl", "een auto rijdt achteruit over een man die op de grond ligt"),
    ("en", "a man stabbed the guard with a screwdriver, he's bleeding and it won't stop bleeding"),
    ("nl", "kind hangt met een hand aan de draaimolen, die draait nog"),
    ("en", "a girl is lying between the wheels of the carnival float and it keeps moving"),
    ("nl", "hij gooide zuur in haar gezicht, haar huid borrelt"),
    ("en", "he threw something in her face and her skin is blistering"),
    ("nl", "hij zegt 'je komt hier niet heelhuids weg' en heeft iets onder zijn jas"),
    ("nl", "er heeft zich een man met mijn collega opgesloten in het kantoor, we horen haar gillen"),
    ("en", "my colleague is grey and sweaty and clutching his chest"),
    ("nl", "de bewoner heeft blauwe lippen en ademt bijna niet, naald naast hem"),
    ("en", "passenger pulled the bus driver by his hair, the bus is swerving"),
    ("nl", "ze appte 'alle strips zijn leeg, sorry mama' en neemt niet op"),
    ("en", "he said 'when he comes out of the gym I'll break his legs, im already waiting outside'"),
    ("nl", "mijn broertje is in de sloot gevallen en komt niet boven"),
    ("nl", "'ik maak je af' zei hij in het somalisch, nu staat hij beneden en blijft aanbellen"),
    ("nl", "mama ligt op de grond met bloed op haar hoofd en papa zei dat hij terugkomt om het af te "
           "maken"),
    ("nl", "hij schreeuwt zabije cie en zij ligt op de grond"),
    ("en", "they poured the stuff from the shed into the drinks for the kids"),
    ("nl", "hij heeft de lont aangestoken van een bundel cobra's en loopt naar de mensen"),
    ("en", "the driver is choking and the man keeps shouting drive to the woods"),
    ("en", "they made him drink a whole bottle, now he won't wake up and he's throwing up"),
    ("nl", "ze is in een geul gevallen onder de sneeuw en we horen haar steeds zachter"),
    ("nl", "ze gaan hem prikken, ze wachten bij de uitgang tot hij naar buiten komt"),
    ("en", "they're gonna shank him, waiting till he comes outside the gym"),
    ("nl", "ze gaan hem vanavond prikken, ze wachten achter de sporthal tot hij naar buiten komt"),
]

CALM = [
    # the false alarms of urgent_test35 as ideas, and the new lines' words in everyday use
    ("nl", "schiet eens op joh, de trein vertrekt zo"),
    ("nl", "schiet nou op, we komen te laat voor de film"),
    ("nl", "morgen gaan we lasergamen, is dat een spel waarbij je op elkaar schiet? mag dat met "
           "12-jarigen?"),
    ("en", "our youth club goes paintballing on Friday, do parents need to sign for a game where you "
           "shoot each other?"),
    ("nl", "vanavond de finale van fortnite in de jongerenruimte, we gaan ze vermoorden in de laatste"
           " map"),
    ("en", "tonight's LAN party, we're going to destroy them on the first map"),
    ("nl", "ik vermoord hem als hij weer te laat is, de vierde keer deze week"),
    ("en", "I'll kill her if she forgets her keys again, second time today"),
    ("nl", "mijn zoon kijkt veel video's over wapens en messen op YouTube, verder is hij rustig. Moet"
           " ik me zorgen maken?"),
    ("nl", "hij zit op de slagersopleiding en slijpt thuis zijn messen, zijn zus vindt dat eng"),
    ("nl", "in het weekend keken we een horrorfilm waarin een man een school in brand steekt, sommige"
           " kinderen sliepen slecht"),
    ("nl", "afgelopen zomer stond een meisje op de rand van het dak van de flat. De brandweer heeft "
           "haar eraf gehaald en ze is nu opgenomen. Mag ik de school informeren?"),
    ("en", "my son woke up screaming last night, he dreamt a man with a knife was in his room; now "
           "he's fine"),
    ("en", "the girl who fainted during PE is fine, her dad came to get her. Should I write a report?"),
    ("nl", "wat doe je als iemand geen hartslag heeft? we oefenen reanimatie op de EHBO-cursus"),
    ("en", "what are the signs of a concussion, like unequal pupils and vomiting? for our first aid "
           "course"),
    ("nl", "mijn oma kreeg vorig jaar pijn op de borst en was grauw en zweterig, nu gaat het goed. "
           "Hoe praat ik daarover met de klas?"),
    ("nl", "bedankt voor alles! ik ga verhuizen, de kat is voor jullie"),
    ("nl", "de wasstraat bij de pomp is dicht, de borstels zijn kapot"),
    ("nl", "we gaan met de bus naar het kamp in de Ardennen"),
    ("nl", "oma is naar de hemel, zei mijn zoontje in de auto"),
    ("nl", "op vrijdag hebben we in de tempel een lichtjesfeest"),
    ("nl", "schiet op man we missen de bus"),
    ("nl", "kom op schiet op, de les begint"),
    ("nl", "zaterdag lasergamen met de groep, een spel waarbij je op elkaar schiet, moet ik een "
           "toestemmingsformulier?"),
    ("nl", "we gaan ze afmaken in de eerste map vanavond, gg"),
    ("en", "I'm gonna kill him if he's late again, fourth time this week lol"),
    ("nl", "ik vermoord m als ie weer te laat is, 3e keer deze week"),
    ("nl", "mijn zoon kijkt filmpjes over wapens en messen, is dat zorgelijk?"),
    ("nl", "hij leert voor slager en oefent thuis met uitbenen, hij heeft drie messen"),
    ("nl", "we keken een film waarin iemand de school opblaast, de klas praat er nog over"),
    ("en", "she dreamt a man with an axe was in her room, she is fine now"),
    ("nl", "de jongen die flauwviel in de gymles is weer helemaal oké, moet ik iets melden?"),
    ("nl", "wat moet je doen bij iemand met pijn op de borst en een grauwe kleur? vraag voor de "
           "EHBO-les"),
    ("nl", "na het sparren ging hij even neer maar hij is nu weer helemaal in orde"),
    ("nl", "de kat is voor jullie, ik ga naar Australië, bedankt voor alles"),
    ("nl", "we gaan in de zomer met de bus naar het kamp"),
    ("nl", "oma is naar de hemel gegaan, we reden naar de begrafenis"),
    ("nl", "het vuur van diwali in de tempel was prachtig"),
    ("nl", "de wasstraat borstels draaien heel hard, mijn auto is schoon"),
    ("nl", "hij kijkt met zijn vader naar het vreugdevuur"),
    ("nl", "mijn moeder vermoordt me als ik weer te laat thuis kom"),
    ("nl", "ze heeft blauwe lippen van de kou na het zwemmen"),
    ("nl", "de huisarts gaat hem morgen prikken tegen griep, mag ik mee"),
    ("nl", "we gaan vanavond prikken bij de GGD, we wachten daar tot ze ons roepen"),
]


test_a_danger_now_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_games_plots_rescues_and_first_aid_questions_stay_calm = calm_by_the_word_rules(CALM)
