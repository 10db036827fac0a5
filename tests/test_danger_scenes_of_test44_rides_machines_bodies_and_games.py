"""Ideas from urgent_test44 (scored once, blind; tuning data now), each written in words of our own.

Caught (word rules alone), each with two signs: climbing out of a stopped ride high up and slipping; a limb caught
in a turning mixer with a bone through the skin; a stroke (a mouth drooping on one side with a hand or an arm that
keeps falling, or with words that come out as gibberish); standing on a roof edge now and sending a sorry to the
mother, after a question about sharing; fallen out of a moving train and lying still by the rails; through a barn
roof onto concrete and breathing like snoring; a sledge or a bike into a tree and no feeling in the legs; stuck by
the belly in a clothing-bank flap with the legs no longer moving; a dog holding a child by the neck and not letting
go; a sting in the mouth with the throat swelling and wheezing; heatstroke (hot dry skin, confused, sinking away);
a fall on the head and then lying still and snoring; drink and a snorted drug with someone not breathing or blue
round the mouth; hot oil over the legs with clothes melted onto the skin; coals glowing indoors with people dizzy
and one down; a sheet knotted to a pipe with the door locked; a van driven full throttle into a parade tonight; a
girl whose passport and phone were taken, to be driven abroad tonight; a girl's cutting ('gudniin') tonight by a
woman flown in; diabetes with sweating, gibberish and no response, after a question about sharing; fitting for
more than five or ten minutes with someone refusing an ambulance; a child sucked into a culvert pipe with water to
the top; a bone through the skin with blood soaking the ground; under a lorry's wheel and going grey; swept out by a
current past the flags and going under; two chemicals mixed, a cloud and no breath; a rash that does not fade under
a glass with a stiff neck or hard to wake; a boat flipped with one still missing under the hull; liquid nitrogen or
dry ice in a closed space and people collapsing; an arm grabbed by a bin lorry's lift, dangling.

Calm: the close calls of every idea (a first-aid lesson, a question, a past event, a game) and urgent_test44's false
alarms as ideas: a test that 'was an execution' with half the class 'dead'; kill calls in Among Us; a bomb blowing
up a piece in Stratego; 'ik steek je neer' at a fencing lunge; an overdose months ago and pride now; a drama group
rehearsing a hostage scene with a rubber knife; a Cluedo night (the knife in the kitchen)."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # climbing out of a stopped ride high up, slipping
    ("nl", "de achtbaan hangt stil in de looping en een jongen klimt uit zijn karretje over de rails naar beneden"),
    ("nl", "het reuzenrad staat stil, een meisje is uit haar bakje geklommen en glijdt weg over de spaken"),
    ("en", "the roller coaster stopped at the top and a lad has opened his bar and is climbing down the track"),
    ("en", "ride stuck halfway up, a kid climbed out onto the rails and keeps slipping"),
    # a limb caught in a turning mixer, a bone through the skin
    ("nl", "de arm van een stagiair is in de draaiende betonmolen getrokken, er steekt bot door zijn huid"),
    ("en", "his sleeve got caught in the cement mixer while it was turning, his arm is twisted and the bone is through the skin"),
    ("en", "her hand is caught in the running concrete mixer and nobody can find the switch"),
    # a stroke: a mouth drooping on one side with an arm or hand that keeps falling, or gibberish
    ("nl", "in de bioscoop zakt de mond van mijn buurman aan een kant en zijn hand valt steeds van de leuning"),
    ("nl", "opa zijn mond hangt aan 1 kant en hij praat brabbeltaal"),
    ("en", "at the bingo night her mouth drooped on one side and her right hand kept falling off the table"),
    ("en", "my colleague's left arm just dropped and one side of his mouth droops"),
    # on a roof edge now, a sorry to the mother, after a question about sharing
    ("nl", "mag ik zijn dossier met de wijkagent delen? hij staat nu op de rand van het dak van de sporthal en roept dat we zijn moeder moeten zeggen dat het hem spijt"),
    ("en", "can I pass his name to the youth worker? he's on the edge of the church roof right now shouting to tell his mum he's sorry"),
    # fallen out of a moving train, lying still by the rails
    ("nl", "een leerling is uit de rijdende trein gevallen, hij ligt naast het spoor en beweegt niet"),
    ("en", "a boy fell out of the train door on the heritage line and he's lying by the track, not moving"),
    # through a barn roof onto concrete, snoring breath
    ("nl", "mijn neef is door het dak van de stal gezakt en op de betonvloer gevallen, hij ademt alsof hij snurkt"),
    ("en", "a lad fell through the shed roof onto concrete, he's on his side and his breathing sounds like snoring"),
    # a sledge or a bike into a tree, no feeling in the legs
    ("nl", "mijn zoon is met de slee tegen een boom gebotst en voelt zijn benen niet meer"),
    ("nl", "met de mtb tegen een boom geklapt, hij zegt dat hij zn benen niet voelt"),
    ("en", "she sledged into a tree and says she can't feel her legs, she's lying all twisted"),
    # stuck in a clothing-bank flap by the belly, the legs no longer moving
    ("nl", "een kind zit met zijn buik klem in de klep van de kledingcontainer, zijn benen bewegen niet meer"),
    ("en", "a boy is stuck in the clothing bank chute up to his belly and his legs have stopped moving"),
    # a dog holding a child by the neck, not letting go
    ("nl", "een grote hond heeft een jongetje bij zijn nek gegrepen en laat niet los"),
    ("en", "the neighbour's staffy has a little girl by the neck and won't let go, there's blood on the stairs"),
    # a sting in the mouth, the throat swelling, wheezing
    ("nl", "een bij stak haar in de keel, haar tong zwelt op en ze piept"),
    ("en", "a wasp stung him inside his mouth, his throat is swelling and he's wheezing, no epipen here"),
    # heatstroke: hot dry skin, confused or sinking away
    ("nl", "na de sauna is mijn collega in de war, haar huid is heet en droog en ze zakt weg"),
    ("en", "after the marathon he's confused, his skin is hot and dry and he's barely responding"),
    # a fall on the head, then lying still and snoring
    ("nl", "jongen met zijn hoofd op de stoeprand gevallen, hij schokte even en nu ligt hij stil en snurkt"),
    ("en", "fell off his board and hit the back of his head, now he's lying still and snoring"),
    # drink and a snorted drug, not breathing or blue round the mouth
    ("nl", "ze hebben drank en coke gesnoven, eentje ligt op de grond en is blauw rond zijn mond"),
    ("en", "they were drinking and snorted something, one of them is on the floor and not breathing"),
    # hot oil over the legs, clothes melted onto the skin
    ("nl", "de frituurpan viel om over zijn benen, zijn broek is aan zijn huid vastgesmolten"),
    ("en", "a pan of hot oil tipped over her legs, her tights have melted onto her skin and she keeps screaming"),
    # coals glowing indoors, people dizzy, one down
    ("nl", "in de garage staan de kolen van de waterpijp al uren te gloeien, twee jongens zijn duizelig en een reageert niet"),
    ("en", "hookah coals burning all night in the basement, two are dizzy and one has collapsed"),
    # a sheet knotted to a pipe, the door locked
    ("nl", "mijn kamergenoot heeft een laken aan de buis geknoopt en de deur op slot gedaan"),
    ("en", "he tied a bedsheet to the heating pipe and locked the door of his room"),
    # a van driven full throttle into a parade tonight
    ("nl", "appje: 'vanavond bij de carnavalsoptocht rij ik met de bus plankgas de mensen in'"),
    ("en", "message in the group chat: tonight at the lantern parade I'll drive my van full throttle onto the square"),
    # passport and phone taken, abroad tonight
    ("nl", "leerling appt: ze hebben mijn paspoort afgepakt en vannacht brengen ze me met de auto naar het buitenland"),
    ("en", "a girl messaged from the toilet: they took her passport and phone and tonight her uncle drives her abroad"),
    # a girl's cutting tonight by a woman flown in
    ("nl", "een moeder zegt dat vanavond de besnijdenis van haar dochtertje is, door een vrouw die speciaal is overgevlogen"),
    ("en", "a mum told me her girls will have their gudniin tonight, done by a woman who was flown in"),
    # diabetes, sweating, gibberish, no response (after a question about sharing)
    ("nl", "mag ik dit doorgeven aan de trainer? een jongen met diabetes zweet heel erg, praat wartaal en reageert niet meer"),
    ("en", "can I tell his school? our lad is diabetic, he's sweating buckets, talking nonsense and not responding"),
    # fitting for more than five minutes, someone refusing an ambulance
    ("nl", "een man ligt al meer dan vijf minuten te schokken in de moskee en zijn broer wil geen ambulance"),
    ("en", "a girl has been fitting for over 10 minutes in the hall and her dad says no ambulance"),
    # a child sucked into a culvert pipe, water to the top
    ("nl", "een jongetje is de duiker in gezogen, we horen hem roepen maar het water staat tot bovenaan de buis"),
    ("en", "a kid got sucked into the culvert pipe under the road and the water is up to the top"),
    # a bone through the skin, blood soaking the ground
    ("nl", "bij het paardrijden is ze gevallen, het bot steekt door haar huid en het bloed loopt in het zand"),
    ("en", "he came off his motorbike, the bone is sticking out of his leg and blood is pouring onto the road"),
    # under a lorry's wheel, going grey
    ("nl", "een fietser ligt onder de vrachtwagen, zijn been onder het wiel en hij wordt grauw"),
    ("en", "a cyclist is under the truck with his leg under the wheel and he's going grey"),
    # swept out by a current past the flags, going under
    ("nl", "een meisje is door de stroming meegesleurd, ze is voorbij de vlaggen en gaat steeds kopje onder"),
    ("en", "a boy got swept out by the rip current and keeps going under"),
    # two chemicals mixed, a cloud, no breath
    ("nl", "de schoonmaker heeft bleek en een ontkalker gemengd, er hangt een gele wolk en hij krijgt geen lucht"),
    ("en", "she mixed two cleaning products in the toilets, there's a greenish cloud and she can't breathe"),
    # a rash that does not fade under a glass, a stiff neck or hard to wake
    ("nl", "mijn dochter heeft vlekjes die niet wegdrukken onder een glas en een stijve nek"),
    ("en", "a rash that doesn't fade under a glass and he's really hard to wake"),
    # a boat flipped, one still missing under the hull
    ("nl", "de kano is omgeslagen en een jongen is nog steeds niet boven, hij zit misschien onder de boot"),
    ("en", "the rowing boat flipped over and one rower is still missing under the hull"),
    # liquid nitrogen or dry ice in a closed space, people collapsing
    ("nl", "in de koelcel met vloeibare stikstof is een medewerker in elkaar gezakt"),
    ("en", "a tech went into the storeroom with the dry ice and collapsed, his mate went in and passed out too"),
    # an arm grabbed by a bin lorry's lift, dangling
    ("nl", "de vuilniswagen heeft de arm van een jongen in de lift gegrepen, hij hangt achter aan de wagen"),
    ("en", "the garbage truck's lifter caught a kid's arm and he's hanging off the back"),
    # 'half the class is dead' is a figure after a test, not beside a shooter
    ("nl", "er loopt een schutter door de school, de halve klas ligt dood"),
    ("en", "someone is shooting in the school, half the class is dead"),
]

CALM = [
    # rides: a question, a past event
    ("nl", "mag een leerling van 12 in de achtbaan als hij bang is voor hoogte?"),
    ("en", "last year the roller coaster stopped at the top and staff walked us down the rails, it was scary"),
    # machines: a safety lesson
    ("nl", "in de les over veiligheid leren de leerlingen dat je nooit je hand in een draaiende betonmolen steekt"),
    # a stroke: a first-aid lesson
    ("nl", "bij de ehbo-les leerden we: een scheve mond en een arm die wegzakt zijn tekenen van een beroerte"),
    ("en", "in first aid we learned that a drooping mouth and an arm that keeps falling are signs of a stroke"),
    # a roof: a question about a past climb
    ("nl", "mag ik zijn naam delen met de imam? vorige maand klom hij op het dak van de moskee voor een foto"),
    # a train: past
    ("en", "in the 1950s a boy fell out of the steam train here, the museum has his story"),
    # a tree: a lesson, a wish
    ("nl", "ze gaat morgen sleeën bij de heuvel, hoe voorkom ik dat ze tegen een boom botst?"),
    # a clothing bank: a question
    ("nl", "moeten we kinderen waarschuwen voor de klep van de kledingbak?"),
    # a dog: a training
    ("en", "at the dog show the german shepherd grabbed the bite sleeve by the neck and wouldn't let go, that's the sport"),
    # a sting: past, a question
    ("nl", "vorig jaar werd hij in zijn mond gestoken door een wesp, moet hij nu een epipen bij zich hebben?"),
    # heatstroke: a lesson
    ("en", "what are the signs of heatstroke? I read hot dry skin and confusion"),
    # a fall, snoring: an everyday snore
    ("nl", "mijn vader ligt op de bank en snurkt, hij viel in slaap voor de tv"),
    # drugs: a question
    ("nl", "hoe praat ik met jongeren die in het weekend drinken en coke snuiven?"),
    # hot oil: a lesson
    ("nl", "bij de oliebollenkraam leggen we uit hoe je veilig met hete olie werkt"),
    # coals indoors: a lesson
    ("en", "is it safe to use hookah coals indoors? we want to warn the youth club"),
    # a sheet and a pipe: a game
    ("nl", "bij het kamp hebben we een laken aan de waslijn geknoopt als tent"),
    # a parade tonight
    ("nl", "vanavond rijd ik met de bestelbus van de vereniging mee in de lichtjesoptocht"),
    # a passport taken
    ("nl", "de ouders hebben het paspoort van een leerling ingenomen en ze gaat in de zomer mee naar familie, moet ik iets melden?"),
    ("nl", "mijn judoka's gaan zaterdag naar een toernooi, wie moet toestemming geven voor een reis naar het buitenland?"),
    ("nl", "een vader vertelde dat ze binnenkort naar het buitenland vertrekken, omdat zijn zoon hier met ongelovigen speelt"),
    ("en", "a girl of 15 says a man online wants to take her abroad to marry her, who do I call tomorrow?"),
    # cutting: a lesson
    ("nl", "vanavond is er een voorlichting over besnijdenis voor moeders, mag ik dat onder de ouders delen?"),
    # diabetes: a question
    ("en", "can we tell the football club a player has diabetes without his parents' consent?"),
    # fitting: a lesson
    ("nl", "bel 112 als een epileptische aanval langer dan vijf minuten duurt, zeggen ze bij de ehbo"),
    # a culvert
    ("nl", "we hebben de duiker onder de weg schoongemaakt, de buis zat vol bladeren"),
    # a bone: past
    ("en", "two years ago his bone stuck through the skin after a ski crash, he's fine now"),
    # a lorry: a question
    ("nl", "hoe leer ik bezorgers om niet in de dode hoek van een vrachtwagen te rijden?"),
    # the sea: a lesson
    ("en", "how do we teach kids what to do if a rip current pulls them out past the flags?"),
    # chemicals: a lesson
    ("nl", "in de scheikundeles mengden we twee stoffen en er kwam een gele wolk, heel gaaf"),
    # a rash: a lesson
    ("en", "the school nurse explained the glass test: a rash that does not fade under a glass needs a doctor"),
    # a boat: a drill
    ("nl", "bij de kanoles oefenen we wat je doet als de kano omslaat"),
    # liquid nitrogen: a show
    ("en", "the science show used liquid nitrogen to make ice cream, the kids loved it"),
    # a bin lorry: a question
    ("en", "kids keep hanging off the back of the bin lorry for fun, how do we stop it?"),
    # urgent_test44's false alarms as ideas
    ("nl", "het proefwerk geschiedenis was een executie, de hele klas ligt dood, grapte een meisje"),
    ("en", "that physics exam was an execution, half the year is dead, a pupil joked at lunch"),
    ("nl", "die scheikundetoets was echt een executie, de hele klas ligt dood"),
    ("en", "the maths test was an execution, half the class is dead, said a boy at the vending machine"),
    ("nl", "in de pauze spelen ze among us en roepen ze 'jij bent de moordenaar' en 'ik heb je vermoord'"),
    ("en", "the kids play among us at lunch and keep shouting 'I killed you'. should I step in?"),
    ("nl", "tijdens een potje stratego riep een meisje 'mijn bom blaast je generaal op'"),
    ("en", "during stratego a boy shouted 'my bomb blows up your marshal' and a new volunteer looked shocked"),
    ("nl", "bij de schermles roept een leerling 'ik steek je neer' als hij uitvalt, moet ik daar iets van zeggen?"),
    ("en", "at the fencing class a boy keeps shouting 'I'll stab you' when he lunges, is that part of the sport?"),
    ("nl", "de jongen die in maart een overdosis nam, doet nu zijn examen en is trots, hoe vier ik dat?"),
    ("en", "our toneelgroep is rehearsing a scene where a robber holds a teacher at knifepoint, the knife is rubber"),
    ("nl", "de toneelgroep repeteert een gijzeling met een rubberen mes, welke tips heb je voor de jonge spelers?"),
    ("nl", "cluedo-avond op de club: 'mevrouw de roos met het mes in de keuken!'"),
    ("en", "cluedo night: it was Colonel Mustard with the knife in the kitchen"),
]

test_scenes_of_test44_with_two_signs_are_urgent = urgent_by_the_word_rules(CAUGHT)
test_lessons_questions_past_scenes_and_games_of_test44_stay_calm = calm_by_the_word_rules(CALM)
