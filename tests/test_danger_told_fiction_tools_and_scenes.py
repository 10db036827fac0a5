"""Ideas generalised from urgent_test26 (word rules alone).

Calm: drill lyrics ("drill teksten"); an incident already handled (the emergency services came, the person is
admitted, a found knife is with the head and the parents are called); a case made up for a training; a wooden or
fake weapon; what a class reads; a museum of any name; knives in a cooking club; a wish for 'one day'; children
practising going under water; a permit for a party where the dj 'breaks down the tent'; the difference between a
threat and a joke. Every calm idea has CAUGHT messages where the same calm words stand next to a danger now or
soon: a calm word must never talk those down.

Caught, the misses as ideas: something sharp held at a neck; hitting people with an object; a thing from the safe
with 'who is first'; 'whoever is there is de sjaak' at a place and a time; something that burns the skin, sprayed
in faces or thrown; standing over someone with a blade; gas taps open with a threat; wires round the body; fumes
or smoke with children inside; a locked emergency exit with a fire; over a bridge railing; by the tracks as the
train comes; a child held over a balcony; driving into people waiting; a car pinning someone; blood under a door;
a rope tied to a beam with a goodbye; barricaded in with a threat. Their words in everyday use stay calm."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # the calm words of this round next to a danger now or soon
    ("nl", "hij rapt drill teksten, maar nu staat hij met een mes bij de ingang van de kantine"),
    ("nl", "het zijn drill teksten, zegt ze, maar ze dreigt morgen de hele klas neer te schieten"),
    ("nl", "het is muziek zegt ze, en morgen schiet ze de hele klas neer"),
    ("nl", "de hulpdiensten waren er snel en hij is nu opgenomen. maar nu staat zijn broer met een mes op het plein"),
    ("nl", "ze is nu opgenomen. vandaag staat haar vriendin op de brug en dreigt te springen"),
    ("nl", "we maken een casus voor de cursus, maar op de gang staat nu een man met een mes"),
    ("nl", "voor de training maken we een casus; intussen dreigt een leerling morgen de school op te blazen"),
    ("nl", "bij techniek heeft hij een houten zwaard gemaakt en nu zwaait hij met een mes naar een klasgenoot"),
    ("en", "one boy has a wooden sword, another is swinging a knife at his classmates right now"),
    ("nl", "het neppistool ligt op het toneel, maar een bezoeker zwaait nu met een echt mes"),
    ("nl", "onze toneelgroep repeteert en er staat nu een man met een echt pistool in de zaal"),
    ("nl", "we lezen de aanslag van mulisch en nu staat een leerling met een mes in de klas"),
    ("en", "we are reading a novel in class and right now a student is threatening to stab his classmate"),
    ("nl", "in het verzetsmuseum loopt nu een man met een mes op de bezoekers af"),
    ("nl", "we zijn in het oorlogsmuseum en een jongen dreigt morgen de school op te blazen"),
    ("nl", "ouders zijn gebeld, maar hij zwaait nu met een tweede mes in de gang"),
    ("nl", "het zakmes ligt bij de directeur, maar hij dreigt nu zijn mentor neer te steken"),
    ("nl", "kookclub: een jongen zwaait nu met een mes naar een meisje"),
    ("en", "at the cooking club a boy is threatening to stab the teacher right now"),
    ("en", "he says one day, but tomorrow he will shoot up the school"),
    ("nl", "op een dag wil hij vechten, zegt hij, en vanavond neemt hij het geweer van zn vader mee naar school"),
    ("en", "they practise going under water and now a boy is holding a girl under water, she is not coming up"),
    ("nl", "bij het oefenen onder water wordt nu een kind door een jongen onder water gehouden"),
    ("nl", "moeten we een vergunning aanvragen? er staat nu een man met een pistool bij de ingang"),
    ("nl", "de dj gaat de tent afbreken met een bom, zegt hij, en hij doet het vrijdag"),
    ("en", "what is the difference between a threat and a joke? a boy is standing in the hall with a gun right now"),
    ("nl", "hoe vang ik de klas op? er staat nu een man met een mes op het plein"),
    # the misses of this round as ideas: something sharp at a neck; hitting people with an object; a thing from
    # the safe with 'who is first'; 'wie daar is, is de sjaak' with a place and a time; something burning the
    # skin in faces; standing over someone with a blade; gas taps open with a threat; wires round the body;
    # coloured fumes or smoke with children inside; a locked emergency exit with a fire; over a bridge railing;
    # by the tracks as the train comes; a child held over a balcony; driving into people waiting; a car
    # pinning someone; blood under a door; a rope tied to a beam with a thanks for trying; barricaded in
    ("nl", "in de wachtkamer drukt een man iets scherps tegen de hals van de baliemedewerker"),
    ("en", "a patient has grabbed a nurse and holds something sharp to her neck"),
    ("nl", "in de kantine slaat een jongen met een stoelpoot naar de andere leerlingen"),
    ("en", "a visitor is hitting people with a walking stick in the hallway right now"),
    ("nl", "hij zegt dat hij met vaders pistool uit de kluis naar het feest komt en dat zijn ex de eerste is"),
    ("en", "posted in the group: grabbed the thing from the gun safe, see you at the party tonight, you're first"),
    ("nl", "in de bus spuit een jongen iets in de gezichten van mensen en hun huid brandt"),
    ("en", "someone threw a liquid at a man's face and his skin is blistering"),
    ("nl", "in de gang staat een leerling over haar heen met een stanleymes"),
    ("en", "a man is standing over him with a knife in the car park"),
    ("nl", "een bewoner heeft alle gaskranen open gezet en dreigt de flat op te blazen"),
    ("en", "he has locked himself in with the gas taps open and threatens everyone who comes near"),
    ("nl", "er zitten draden om zijn buik geplakt en hij loopt de hal in"),
    ("en", "he opened his coat and has tubes and wires taped around his body, nobody leaves he says"),
    ("nl", "in de gymzaal hebben twee jongens chloor en schoonmaakmiddelen gemengd, er zitten nog kinderen in de kleedkamer"),
    ("en", "yellow fumes are coming out of the toilets and there are still kids inside"),
    ("nl", "mijn vriend klimt over de leuning van de brug en antwoordt niet"),
    ("nl", "er komt rook de trap op en er zitten nog kinderen boven"),
    ("nl", "de nooduitgang zit op slot en er is brand in de kantine"),
    ("nl", "een jongen staat bij het spoor achter de school en de trein komt eraan"),
    ("nl", "een vader houdt zijn kind over de balkonrand en schreeuwt"),
    ("en", "a woman is holding a baby over the balcony railing on the fifth floor"),
    ("nl", "bij de schoolpoort rijdt een scooter in op de kinderen die staan te wachten"),
    ("en", "he pinned the teacher against the wall with his van"),
    ("nl", "er komt bloed onder de deur van de wc en mijn zus reageert niet"),
    ("en", "my daughter sent a photo of a rope on a beam in the garage, tied to the beam, and wrote thanks for trying"),
    ("nl", "een paar jongeren hebben zich verschanst in de sporthal en dreigen de trainer iets aan te doen"),
    ("nl", "een vader slaat met een stoel op de leraar in de klas"),
    ("en", "a man is hitting the teacher with a chair in the classroom"),
    ("en", "someone sprayed pepper spray in the faces of kids at the bus stop and their eyes are burning"),
    ("nl", "er wordt iets bijtends in gezichten gegooid op het plein"),
    ("nl", "een man met een vest vol buisjes en draadjes staat in de hal"),
    ("en", "in the toilets there is a strange green smoke and kids are coughing"),
    ("nl", "mijn zus staat aan de verkeerde kant van de brugleuning"),
    ("en", "a man is dangling a child from a third floor balcony"),
    ("nl", "hij heeft een touw aan de zolderbalk vastgemaakt en schreef bedankt voor alles"),
    ("nl", "morgen in de kantine om twaalf uur: wie daar zit is de sjaak"),
    ("nl", "rond het kampvuur bij de scouting: ik heb pa zn ding uit de kluis, wie me uitlachte is de eerste"),
]

CALM = [
    ("en", "my pupil writes lyrics about stabbing people, he says it's only music. should I worry"),
    ("nl", "in de pauze rapt een jongen drill teksten over schieten en steken, hoe ga ik daarover in gesprek"),
    # "de hulpdiensten waren er snel en hij is nu opgenomen" after a threat to jump is no longer calm: as a denial it
    # also silenced "..., maar haar ex zegt dat hij het ziekenhuis in brand steekt" (see
    # tests/test_danger_aimed_chased_or_held_under.py); a false alarm is the cheaper error
    ("nl", "een leerling liep gisteren met een mes de klas in, hij is inmiddels opgenomen en de hulpdiensten waren er "
           "snel. hoe vang ik de klas op"),
    ("nl", "bij de conciërge een stanleymes gevonden, ligt nu bij de directeur en de ouders zijn gebeld. moet ik dat melden"),
    ("nl", "we maken een casus voor de cursus: een meisje dreigt online met een aanslag op haar school. welke vragen horen erbij"),
    ("nl", "in de houtwerkplaats heeft een jongen een houten zwaard gemaakt, mag hij dat meenemen naar huis"),
    ("en", "for the school play the students need a fake gun for the robbery scene, do we have to tell the police"),
    ("nl", "we lezen in de klas een roman over een aanslag, hoe bespreek ik schuld en wraak"),
    ("nl", "we gaan met de groep naar het oorlogsmuseum, daar liggen geweren en granaten. hoe bereid ik ze voor"),
    ("nl", "in de kookclub werken de jongeren met scherpe messen, welke veiligheidsregels raden jullie aan"),
    ("en", "one of my students says he wants to join the army of his grandparents' country one day. how should I respond"),
    ("nl", "bij de zwemles moeten de kinderen oefenen met kopje onder, een meisje raakt in paniek. tips?"),
    ("nl", "onze dj gaat zaterdag de tent afbreken op de jongerendag, moeten we een vergunning aanvragen"),
    ("en", "what is the difference between a threat and an insult under dutch law, for example 'I will kill you' in a fight"),
    # the words of this round's new ideas in everyday use
    ("nl", "de penningmeester haalt morgen het geld uit de kluis en brengt het naar de bank, wie doet de kas"),
    ("nl", "wie is de eerste die morgen de aula opruimt na het schoolfeest?"),
    ("nl", "mag een leerling bij handvaardigheid met een stanleymes werken"),
    ("nl", "in de knutselles ligt een schaar op de grond, hoe leer ik kinderen opruimen"),
    ("nl", "wat moet je doen als de gaskraan open staat in de keuken van het buurthuis"),
    ("nl", "onze leerlingen bouwen een robot met buisjes en draden voor de technasium wedstrijd"),
    ("nl", "bij scheikunde leren we waarom je schoonmaakmiddelen nooit bij elkaar mag gooien"),
    ("nl", "een jongen hangt over de leuning van het balkon te bellen"),
    ("nl", "we wonen bij het spoor, hoe vaak komt de trein langs en is dat gevaarlijk voor kinderen"),
    ("nl", "mijn dochter heeft een schommel met een touw aan de balk in de schuur gehangen"),
    ("nl", "de nieuwe scooter van mijn zoon rijdt te hard, wat zijn de regels"),
    ("nl", "hij stond over hem heen te praten met een schaar in zijn hand om het papier te knippen"),
    ("nl", "tijdens de les slaat hij met een pen op de tafel, hoe ga ik daarmee om"),
]


test_a_danger_now_or_soon_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_fiction_tools_lessons_and_handled_incidents_stay_calm = calm_by_the_word_rules(CALM)
