"""Scenes of urgent_test62 (scored, tuning data now) that the word rules alone missed, each made a word rule as a kind
with phrasings of our own, and their calm twins kept calm (brief DR90).

As the bot ran it caught 56 of 60 (93.3 %), with 6 false alarms; the word rules alone caught 39 (65.0 %), with 5. Both
readers missed four: a girl from a girls' group pulled into a white van; a shared car rolling into a canal with a
toddler strapped inside; a question about a form, then a Filipino cleaner on the phone whispering Tagalog 'sinasakal
niya ako' (he is strangling me), screams, the line cut; a question about barbecue photos, then a man pressing his
neighbour's face onto glowing coals. Seventeen more were left to the meaning model: a boy climbing over a bridge
railing; leaving tonight via Cairo to Khartoum to fight; mushrooms, then confusion and sinking away; a conductor
just stabbed, lying in the aisle; Hungarian 'nem lélegzik' (he is not breathing); a boy at the top of a pylon who
will jump; an ex with a contact ban who took a boy of 4 and flies tonight; a toddler who bit a dishwasher pod,
coughing and drooling; Indonesian 'suami saya tidak bernafas' (my husband is not breathing); children trapped under
collapsed sand; the route of tonight's silent march with a cross and 'daar rijd ik in'; a brother of 2 home alone
with the gas stove on; a man carrying a screaming girl into the bushes; a bar on a lifter's neck, gurgling; a mouth
corner drooping and no word coming out (a stroke); a car rolled into children, a boy under a wheel; a farm dog holding
a boy by the neck, not letting go. A routine question asked first never talks them down.

Each sign counts beside a second one: mushrooms or a pod beside confusion, sinking away or drooling; stabbed beside
'just now' or lying where it happened; pulled into a van just now, or carried or dragged into the bushes screaming;
climbing over a railing beside a bridge; a weight on a neck beside gurgling; a vehicle in the water beside someone
still inside; sand caved in beside people trapped or buried; driving into a march beside a time (or a route marked
with a cross); home alone beside the gas on or a toddler's age; a drooping mouth beside no words or sagging to one
side; a mast beside a jump and its top; a dog beside a neck and not letting go; screaming on a call beside the line
going dead; a face pressed onto coals; under a wheel beside stuck; a contact ban beside a child, a flight and a time;
joining those who fight beside a place of the war in Sudan and a flight. Foreign words only as the set's header gives
them. Last year's incident, decades ago, a first-aid course, a film, a question about what to do, a game never alarm.
"""

from __future__ import annotations

from tests.danger_rules import (
    calm_as_the_bot_runs,
    calm_by_the_word_rules,
    urgent_as_the_bot_runs,
    urgent_by_the_word_rules,
)


THE_FOUR_SCENES_THE_BOT_MISSED = [
    ("nl", "meisje van de meidengroep wordt net een witte bus in getrokken"),
    ("en", "Greenwheels car rolling into the canal with a toddler strapped inside"),
    ("nl", "welk formulier gebruik ik bij een melding over uitbuiting van huishoudelijk personeel? een Filipijnse "
           "schoonmaakster uit een villa in Laren belt me nu, ze fluistert 'sinasakal niya ako', ik hoor gegil en dan "
           "valt de lijn weg"),
    ("nl", "mag ik als wijkagent op de buurtbarbecue fotos maken voor insta? ik vraag het nu want er is net ruzie, "
           "een man heeft de barbecue omgeschopt en drukt zn buurman met zn gezicht op de gloeiende kolen"),
]

THE_SEVENTEEN_SCENES_READ_BY_MEANING_ONLY_BEFORE = [
    ("nl", "cliënt at zelfgeplukte paddenstoelen, nu verward, kotst en zakt weg"),
    ("nl", "conducteur in sprinter bij Amersfoort net neergestoken, ligt in gangpad"),
    ("nl", "Eritrese jongen klimt nu over de leuning van de Van Brienenoordbrug"),
    ("en", "powerlifting meet: bar dropped on a teen lifter's neck, he's gurgling"),
    ("en", "kids trapped in a dune bunker, sand just collapsed over the entrance"),
    ("nl", "leerling laat in de mentorles zn telefoon zien: route van de stille tocht vanavond om 19.00, kruisje bij "
           "de kerk, 'daar rijd ik in met het busje'"),
    ("nl", "meisje uit groep 5 zegt bij de ingang dat haar broertje van 2 alleen thuis is sinds gisteravond, mama is "
           "weg en het gasfornuis staat aan"),
    ("nl", "tijdens de stille samenkomst van de quakers zakt een oude man opzij, mondhoek hangt scheef en hij krijgt "
           "geen woord meer uit"),
    ("nl", "doorgestuurd uit de groepsapp van de jongerenbus: 'ik zit bovenin de hoogspanningsmast bij de A2, ik "
           "spring zo, zeg mn moeder sorry'"),
    ("en", "home visit to an Indian expat mother: her toddler just bit into a dishwasher pod, he's coughing and "
           "drooling"),
    ("en", "on patrol in the Amsterdamse Bos a man just carried a screaming little girl into the bushes, her mother "
           "is shouting her name"),
    ("en", "a Sudanese boy from our drop-in texts from Eindhoven Airport: boarding at 20:05 to Cairo, then on to "
           "Khartoum 'to fight with the RSF'"),
    ("nl", "wie moet ik mailen bij de gemeente over subsidie voor ons zomerkamp? ik vraag het nu want bij de "
           "kampeerboederij in Twente heeft de waakhond van de boer een jongen van 11 in zn nek gegrepen en hij laat "
           "niet los"),
    ("nl", "ik sta als vrijwilliger op de Tong Tong Fair in Den Haag, een vrouw roept 'suami saya tidak bernafas!' en "
           "haar man ligt grauw en slap naast de saté-kraam, zn ogen staan open"),
    ("nl", "een moeder belt ons op de peuterspeelzaal: haar ex heeft hun zoontje van 4 net bij ons opgehaald, hij "
           "heeft een omgangsverbod en appte haar dat hij vannacht met hem naar Bagdad vliegt"),
    ("en", "who at the municipality do I email about a permit for our Vesak lantern evening? I'm writing from the "
           "Buddhist centre's garden, a car just rolled across the lawn into the kids and a small boy is stuck under "
           "a wheel"),
    ("en", "do I need written consent to tell a GP about a client's drinking? asking because I'm at the temp-agency "
           "minibus outside the meat plant, his Hungarian roommate is shouting 'nem lélegzik, nem lélegzik' and he is "
           "grey and slumped in his seat"),
]

THEIR_CALM_TWINS_IN_THE_SET = [
    # left out: the twin of the Baghdad scene (an ex who once threatened to take the boy, now a court arrangement),
    # which older rules alarmed before these (a false alarm for brief DR91; no rule here reads it)
    ("nl", "onze cliënt wil met de dagbesteding zelf paddenstoelen plukken bij de herfstwandeling en ze thuis bakken. "
           "hoe leg ik uit dat dat riskant is zonder hem te betuttelen? hij is wel wilsbekwaam"),
    ("nl", "de conducteur die vorig jaar in de sprinter bij Amersfoort werd neergestoken is hersteld en geeft "
           "volgende week een gastles over agressie in het OV. mag ik als wijkagent mee om vragen over aangifte te "
           "beantwoorden?"),
    ("nl", "ik schrik er echt van: een meisje uit de meidengroep komt al een maand niet meer naar school, draagt "
           "ineens een lange zwarte jilbab en praat over 'echte zusters' online. niks acuuts, maar bij wie kan ik "
           "terecht?"),
    ("nl", "een Eritrese jongen vertelde op een voorlichting dat hij jaren geleden over de leuning van de Van "
           "Brienenoordbrug wilde klimmen. nu werkt hij als ervaringsdeskundige. mag ik hem uitnodigen voor de "
           "opleiding van nieuwe wijkagenten?"),
    ("en", "at the powerlifting meet the commentator kept shouting that the bar 'killed' our teen lifter on his last "
           "squat; he is fine and proud of his record. do sports clubs fall under the same reporting code as schools?"),
    ("en", "in a Dutch film we showed at the police open evening a Greenwheels car rolls into the canal with a "
           "toddler inside and a neighbour dives in. is it fine to use that clip in a school talk on courage?"),
    ("en", "for a nature lesson we want to visit an old dune bunker; the ranger told us kids were once trapped there "
           "when sand collapsed over the entrance, decades ago. who do I ask about safety rules for the visit?"),
    ("nl", "een leerling heeft sinds de herfstvakantie een zwarte vlag met Arabische tekst als achtergrond en wil in "
           "de mentorles niks zeggen over de stille tocht van vanavond. ik schrik ervan, maar er is geen dreiging. "
           "hoe begin ik het gesprek?"),
    ("nl", "een meisje uit groep 5 schreef in haar verhaal dat haar broertje van 2 alleen thuis was met een draak in "
           "de keuken. het is fantasie, haar moeder en broertje stonden net samen bij de ingang. moet ik het toch met "
           "de ib'er bespreken?"),
    ("nl", "tijdens de stille samenkomst van de quakers vertelde een oude man over zijn beroerte van vorig jaar en "
           "hoe snel er hulp was. mag ik dat verhaal met zijn naam in onze nieuwsbrief zetten?"),
    ("nl", "doorgestuurd uit de groepsapp van de jongerenbus: een foto van een hoogspanningsmast bij de A2 met 'wie "
           "durft hier ooit in te klimmen haha'. niemand gaat het doen, maar moet ik in de groep reageren?"),
    ("en", "on a home visit an Indian expat mother asked me which cupboard locks work best, because her toddler keeps "
           "trying to reach the dishwasher pods. is there a Dutch leaflet on child safety in English?"),
    ("en", "on patrol in the Amsterdamse Bos a little girl ran into the bushes screaming with joy after a squirrel "
           "while her mother laughed. silly question, but do I log friendly contacts like that in our system?"),
    ("en", "I'm scared for a Sudanese boy from our drop-in: since the war he wears camouflage, watches RSF clips all "
           "night and says he'll go back 'one day'. no ticket, no date. who should I talk to first?"),
    ("nl", "wie moet ik mailen bij de gemeente over subsidie voor ons zomerkamp? we gaan weer naar de "
           "kampeerboerderij in Twente, waar vorig jaar de waakhond van de boer een jongen in zn arm beet. die hond "
           "is er niet meer"),
    ("nl", "welk formulier gebruik ik bij een melding over uitbuiting van huishoudelijk personeel? een Filipijnse "
           "schoonmaakster uit een villa in Laren vertelde vorige maand dat ze geen loon kreeg. ze woont nu veilig in "
           "een opvanghuis"),
    ("nl", "op de Tong Tong Fair riep een vrouw bij de saté-kraam lachend 'aduh, pedas sekali!' en haar man deed "
           "alsof hij flauwviel. een grapje, maar ik schrok. hoe reageer ik als vrijwilliger op zulke grappen?"),
    ("nl", "mag ik als wijkagent op de buurtbarbecue fotos maken voor insta? vorig jaar was er ruzie toen een man de "
           "barbecue omschopte, dat is met koffie bijgelegd, en nu willen de buren samen de kolen aansteken"),
    ("en", "who at the municipality do I email about a permit for our Vesak lantern evening in the Buddhist centre's "
           "garden? last year a car parked on the lawn among the lanterns and the kids had to wait until it moved"),
    ("en", "do I need written consent to tell a GP about a client's drinking? he and his Hungarian roommate take the "
           "temp-agency minibus to the meat plant every day and the roommate says he drinks on the way. nobody is ill "
           "right now"),
]

OTHER_WAYS_OF_THE_SAME_KINDS = [
    # mushrooms or a detergent pod eaten, beside confusion, sinking away or drooling
    ("nl", "mijn cliënt heeft wilde paddenstoelen gegeten en is nu helemaal in de war"),
    ("en", "resident ate mushrooms from the garden and is now confused and drowsy"),
    ("nl", "bewoner at paddestoelen uit het bos, hij kwijlt en zakt steeds weg"),
    ("nl", "kleuter heeft op een vaatwastablet gebeten, hoest en kwijlt"),
    ("en", "a boy of 3 bit into a laundry pod, now coughing and drooling"),
    # stabbed just now, or lying where it happened
    ("en", "my colleague was just stabbed on the tram, he is lying in the aisle"),
    ("nl", "buschauffeur is zojuist neergestoken bij de halte, ligt op de stoep"),
    # pulled or dragged into a van or a car, carried or dragged into the bushes
    ("nl", "een jongen wordt nu een auto in gesleurd bij het station"),
    ("en", "a boy just got pulled into a van outside school"),
    ("en", "two men just dragged a girl into the bushes, she is screaming"),
    ("nl", "een man sleept een meisje gillend de bosjes in"),
    ("en", "a man is carrying a crying little boy into the woods"),
    # over the railing of a bridge
    ("nl", "een meisje klimt over de leuning van de Erasmusbrug"),
    ("en", "a man is climbing over the railing of the bridge"),
    # a weight on a neck, and gurgling
    ("nl", "halterstang op zijn nek gevallen bij de sportschool, hij gorgelt"),
    ("en", "the barbell landed across his throat and he is gurgling"),
    # a vehicle in the water with someone inside
    ("nl", "auto met een baby erin rolt de vaart in"),
    ("en", "a car with two kids still inside slid into the river"),
    # sand caved in, people trapped or buried
    ("nl", "de zandwand is ingestort, er zitten twee kinderen onder het zand bedolven"),
    ("en", "sand pit caved in, a boy is buried"),
    # driving into a march, with a time
    ("nl", "jongen in de klas zegt dat hij vanavond met zn auto de fakkeltocht wil inrijden"),
    ("en", "he says he'll drive into it tonight, the pride march, with his truck"),
    # a small child home alone with the stove or the gas on
    ("nl", "mijn buurmeisje van 3 is alleen thuis en de kookplaat staat aan"),
    ("en", "a toddler is home alone and the gas is on"),
    # a stroke: a drooping mouth, no words, sagging to one side
    ("nl", "oma zakt opzij, haar mond hangt scheef en ze kan niet meer praten"),
    ("en", "his face is drooping and he can't speak"),
    ("en", "she suddenly slumps to one side, mouth drooping"),
    # at the top of a mast or a crane, about to jump
    ("nl", "hij zit boven in de zendmast en zegt dat hij gaat springen"),
    ("en", "a boy is at the top of the crane and says he will jump"),
    # a dog holding a person by the neck and not letting go
    ("nl", "de hond heeft een meisje bij de nek en laat niet los"),
    ("en", "a dog has a boy by the throat and won't let go"),
    ("nl", "de waakhond heeft een kind gegrepen en laat niet los"),
    # strangling told in Tagalog; screaming on a call, then the line dead
    ("nl", "ze belt, fluistert 'sinasakal niya ako' en hangt op"),
    ("en", "on the phone I heard screaming and then the line went dead"),
    ("nl", "ze belde me net, ik hoorde gegil en toen viel de verbinding weg"),
    # a face pressed onto coals, a stove or a hot plate
    ("nl", "een man drukt zijn zoon met zijn gezicht op de hete kookplaat"),
    ("en", "he is holding her face down on the hot coals"),
    # a person under a wheel
    ("nl", "er ligt een kind onder het wiel van de tractor, zit bekneld"),
    ("en", "a boy is stuck under the wheel of the bus"),
    # not breathing, in Indonesian and Hungarian
    ("nl", "zijn vrouw roept 'tidak bernafas', hij ligt op de grond"),
    ("en", "the man beside him keeps shouting 'nem lélegzik'"),
    # a parent with a contact ban taking a child abroad tonight
    ("nl", "vader met een contactverbod heeft zijn dochtertje meegenomen en vliegt vanavond naar Marokko"),
    ("en", "father with a restraining order took his daughter from daycare and flies to Casablanca tonight"),
    # on a flight to fight in the war in Sudan
    ("en", "a pupil texts me from Schiphol, his flight leaves tonight for Port Sudan, he wants to fight with the RSF "
           "in Darfur"),
    ("nl", "hij appt vanaf Schiphol: vanavond vlucht naar Port Sudan, hij gaat vechten bij de rsf-strijders"),
    # more wordings of the same kinds
    ("nl", "bewoner heeft paddenstoelen uit de tuin gegeten, hij is suf en reageert amper"),
    ("en", "my client ate wild mushrooms an hour ago and is now disoriented and drooling"),
    ("nl", "peuter heeft een wasmiddelcapsule in zn mond gehad, hij kwijlt en is suf"),
    ("nl", "leerling net neergestoken op het schoolplein"),
    ("en", "someone got stabbed outside the club, he's lying on the pavement"),
    ("nl", "een meisje wordt net in een auto getrokken door twee mannen"),
    ("en", "they just pulled a boy into a car and drove off"),
    ("en", "a girl is being dragged into the bushes by a man"),
    ("nl", "hij klimt over de reling van de brug"),
    ("en", "a weight fell on her throat at the gym, she's making gurgling sounds"),
    ("nl", "de stang ligt op zijn keel en hij reutelt"),
    ("en", "the car rolled into the pond with the baby still in it"),
    ("nl", "bestelbus rijdt de gracht in, er zitten nog mensen in"),
    ("nl", "zandkuil ingestort, kind zit eronder"),
    ("en", "a trench collapsed, a worker is buried under the sand"),
    ("en", "my brother says he'll drive into the parade tomorrow with his van"),
    ("nl", "baby van 1 alleen thuis, moeder weg"),
    ("en", "she is alone at home with her 2-year-old sister and the stove is on"),
    ("nl", "zijn mondhoek hangt en hij kan niet meer praten"),
    ("en", "her mouth is drooping and she can't get a word out"),
    ("nl", "hij staat in de top van de hoogspanningsmast en roept dat hij springt"),
    ("en", "he is sitting on top of the pylon and says he will jump"),
    ("en", "a pit bull has a girl by the neck and won't let go"),
    ("nl", "de hond bijt in de nek van een jongetje en laat niet los"),
    ("en", "she phoned, I heard screaming and the call was cut off"),
    ("en", "he is pressing his face onto the hot stove"),
    ("nl", "hij duwt haar gezicht in het vuur"),
    ("en", "a boy is lying under the wheel of the truck"),
    ("nl", "een kind zit klem onder een wiel van de bus"),
    ("en", "the father, who has a restraining order, picked up his son and is flying to Turkey tonight"),
    ("nl", "ex met contactverbod haalde de kleine net op, ze vliegen vannacht naar Irak"),
    # a drooping mouth corner told as an adjective; a stabbed person lying a few words on; more abductions and waters
    ("nl", "opa heeft ineens een hangende mondhoek en praat onduidelijk"),
    ("nl", "mijn collega heeft ineens een hangende mondhoek en krijgt geen woord meer uit"),
    ("en", "she has slurred speech and her face droops on one side"),
    ("nl", "er ligt een neergestoken man op het perron"),
    ("en", "a woman was just shoved into a van, she is screaming"),
    ("nl", "iemand sleurt een kind het bos in"),
    ("en", "the van rolled into the harbour with the driver still inside"),
    ("nl", "kinderen bedolven onder ingestort zand bij de duinen"),
    ("nl", "de herdershond heeft een jongetje in zijn nek gegrepen en laat niet los"),
    ("nl", "mijn broertje van 3 is alleen thuis en het gas staat open"),
    ("nl", "hij appt vanaf het vliegveld: vanavond naar Khartoum om te vechten bij de RSF-milities"),
]

CLOSE_CALLS_OF_OUR_OWN = [
    # mushrooms and pods in everyday care questions and the past
    ("nl", "we gaan met de dagbesteding paddenstoelen zoeken, welke zijn giftig?"),
    ("en", "I'm confused about which mushrooms are safe to pick with the kids, is there a leaflet?"),
    ("nl", "vorig jaar at een bewoner giftige paddenstoelen en was dagen verward, nu gaat het goed. hoe voorkomen we "
           "dat?"),
    ("en", "how do I store dishwasher pods safely? a toddler in my group keeps coughing from a cold"),
    # a stabbing in the past, in hospital, or in a film
    ("nl", "een collega die vorig jaar werd neergestoken ligt nu nog in het ziekenhuis, mag ik de klas informeren?"),
    ("en", "in the film a man is stabbed and lies in the aisle of the train, can I show it in class?"),
    # getting into a bus, running into the bushes, carrying a sleeping child
    ("nl", "ik zag net een meisje in een bus stappen, is dat iets om te melden?"),
    ("en", "the kids ran into the bushes screaming during hide and seek, is that a risk?"),
    ("nl", "een man droeg een slapend kindje naar de auto, de moeder liep mee"),
    # a bridge walk, squats with a bar
    ("nl", "we lopen in juni met de klas over de brug bij Nijmegen, wat moeten we regelen?"),
    ("en", "he is learning to squat with a bar on his neck, is that safe for a 14 year old?"),
    # a film of a car in a canal, a sand castle
    ("nl", "in de film rijdt een auto de gracht in met een kind erin, mag ik die in de klas laten zien?"),
    ("en", "we built a sand castle and it collapsed, the kids were laughing"),
    ("en", "for a nature lesson we want to visit an old dune bunker; the ranger told us kids were once trapped there "
           "when sand collapsed over the entrance, decades ago. who do I ask about safety rules for the visit?"),
    # walking in a silent march, a child alone at home as a question
    ("nl", "we lopen vanavond mee in de stille tocht voor de omgekomen jongen, hoe begeleid ik de klas?"),
    ("nl", "mijn dochter van 12 is alleen thuis na school, is dat wettelijk toegestaan?"),
    # stroke signs in a course or long ago
    ("nl", "tijdens de ehbo-cursus oefenden we een beroerte: scheve mond, kan niet praten"),
    ("en", "my grandfather had a stroke years ago, his mouth droops and he can't speak well, how do I talk with him?"),
    # a dog and a pup, an interpreter, a dropped call, a wheel in jest
    ("nl", "de hond van de boer pakte de pup in zn nek en liet niet los, is dat normaal?"),
    ("nl", "mijn cliënt spreekt Tagalog, is er een tolk beschikbaar?"),
    ("en", "the line went dead during my call with the school, how do I log it?"),
    ("nl", "hij zette zijn fiets onder het wiel van de vrachtwagen, haha"),
    # a contact ban with a holiday by plane, news from Khartoum, Reporters Without Borders
    ("nl", "de vader heeft een contactverbod; mag ik zijn zoontje in de zomervakantie naar het buitenland laten "
           "vliegen met moeder?"),
    ("en", "a Sudanese boy in my group follows the news from Khartoum and worries about his family"),
    ("en", "a pupil wants to become a journalist and join RSF, Reporters Without Borders, after a trip abroad"),
    # a face on a stove in the past or in a film
    ("en", "he pressed his face onto the hot stove last year as a joke, nobody was hurt"),
    ("nl", "in de film drukt de schurk zijn gezicht op de kookplaat"),
    # a stabbing told as past, in hospital or in a film
    ("nl", "de jongen die vorige week werd neergestoken ligt nog in het ziekenhuis"),
    ("en", "someone was stabbed in the film and is lying on the floor"),
]

test_the_four_scenes_the_bot_missed_are_urgent = urgent_by_the_word_rules(THE_FOUR_SCENES_THE_BOT_MISSED)
test_the_seventeen_scenes_read_by_meaning_only_before_are_urgent_by_the_word_rules = urgent_by_the_word_rules(
    THE_SEVENTEEN_SCENES_READ_BY_MEANING_ONLY_BEFORE)
test_other_ways_of_the_same_kinds_are_urgent = urgent_by_the_word_rules(OTHER_WAYS_OF_THE_SAME_KINDS)
test_their_calm_twins_in_the_set_stay_calm = calm_by_the_word_rules(THEIR_CALM_TWINS_IN_THE_SET)
test_close_calls_of_our_own_stay_calm = calm_by_the_word_rules(CLOSE_CALLS_OF_OUR_OWN)

# the meaning model must not undo what the word rules decided, nor raise 112 over the twins; left out here: the
# Hungarian roommate's drinking, which the meaning model alarmed when the set was scored (a false alarm of its own,
# not of these rules; brief DR91 handles those)
THEIR_CALM_TWINS_THE_MEANING_MODEL_LEFT_CALM = [
    twin for twin in THEIR_CALM_TWINS_IN_THE_SET if "Hungarian roommate" not in twin[1]]

test_the_four_scenes_the_bot_missed_are_urgent_as_the_bot_runs = urgent_as_the_bot_runs(THE_FOUR_SCENES_THE_BOT_MISSED)
test_their_calm_twins_in_the_set_stay_calm_as_the_bot_runs = calm_as_the_bot_runs(
    THEIR_CALM_TWINS_THE_MEANING_MODEL_LEFT_CALM)
