"""Ideas from urgent_test49 (scored once, blind; tuning data now), scenes of bodies in danger, each written in words
of our own: what the word rules missed there, and what both readers missed (rules and meaning).

Caught (word rules alone), each with two signs: something poured from a little bottle into a drink, with retching
and lips turning white (also after a privacy question); a small child who bit a dishwasher tablet and keeps
vomiting; lips and eyes swelling shut with a barking cough; someone floating face down between a boat and a quay;
someone trapped between two loads and going grey; a person pinned under a load that cannot be lifted (also after a
question about the accident report); everything injected with the eyes rolling away (also after a consent
question); someone at the foot of the stairs snoring strangely; someone hanging from a stair rail, still warm; empty
blister packs beside someone whose speech slows; a man who keeled over with odd gasping breaths (also in Frisian: 'hy
sykhellet net'); a needle out of an arm with blood pumping out; a child brought up limp off the bottom of a pool (a
swimming lesson is a place here, not a lesson about it); someone gurgling who cannot be woken.

Calm: the close calls of every idea: an episode or a thriller, a past event that is over, a question about the rules
or a first-aid kit, a drill on a dummy, a nap in a chair, coats on a rail, new medication, a fountain."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # something poured into a drink, retching, lips turning white
    ("nl", "op het schoolfeest goot een jongen iets uit een flesje in de cola van een meisje, ze dronk het op en nu kokhalst ze en worden haar lippen wit"),
    ("en", "at the staff party a man poured something from a little bottle into my colleague's wine, she drank it and now she's retching and her lips are turning white"),
    ("nl", "mag ik de naam van een cliënt in de groepsapp zetten? en iets anders: in de kantine goot net iemand iets uit een flesje in de thee van een vrouw, ze kokhalst en haar lippen worden wit"),
    ("nl", "in de keuken deed iemand stiekem iets uit een flesje in haar glas, nu worden haar lippen wit en ze kan niet staan"),
    ("en", "at the festival a guy poured something from a vial into her water, she's gagging and her lips are going white"),
    # a dishwasher tablet bitten, vomiting
    ("nl", "mijn zusje van 3 heeft in een vaatwastablet gebeten, ze spuugt steeds en haar mond is helemaal rood"),
    ("en", "my toddler bit into a dishwasher tablet, he keeps vomiting and his mouth is red raw"),
    ("nl", "mijn neefje van 2 heeft op een vaatwas tablet gekauwd en spuugt steeds"),
    # lips and eyes swelling shut, a barking cough
    ("nl", "op het suikerfeest at een meisje van 8 een koekje met sesam, haar lippen en ogen zwellen dicht en ze hoest blaffend"),
    ("en", "at the iftar a little boy ate a sesame sweet, now his lips and eyes are swelling shut and he has a barking cough"),
    ("nl", "op het verjaardagsfeest zwellen de lippen van mijn dochter en ze heeft een blaffende hoest na een pinda"),
    # floating face down between a boat and a quay
    ("nl", "bij de jachthaven is een jongen van de steiger gevallen en hij drijft nu met zijn gezicht naar beneden tussen de boten"),
    ("en", "at the marina a woman stepped off the jetty and is floating face down between the boat and the quay"),
    ("nl", "in de haven drijft een vrouw met haar gezicht naar beneden tussen de boten"),
    # trapped between loads, going grey
    ("nl", "in het magazijn zit een uitzendkracht bekneld tussen twee pallets, een heftruck reed tegen hem aan, hij wordt grauw en zweet"),
    ("en", "at the depot a driver is trapped between two trailers, he is still talking but going grey and clammy"),
    ("en", "a worker is trapped between the truck and the loading dock and going grey"),
    # pinned under a load that cannot be lifted, after a question about the accident report
    ("en", "who fills in the incident form when an apprentice is hurt on site, us or the employer? asking because a pallet of bricks just fell on his legs, he's pinned and pale and we can't lift it"),
    ("nl", "wie moet de ongevalsmelding doen als een stagiair gewond raakt? vraag het omdat er net een stalen frame op de benen van mijn stagiair viel, hij zit klem, is bleek en zweet en we krijgen het niet opgetild"),
    ("en", "she's pinned under the fallen shelving and we can't lift it"),
    ("nl", "mijn collega zit klem onder een omgevallen kast en we krijgen het niet opgetild"),
    # everything injected, eyes rolling away, after a consent question
    ("nl", "mag ik zonder toestemming van de ouders een melding doen? er zit hier nu een jongen met een riem om zijn arm, hij heeft alles gespoten wat hij had en zijn ogen draaien weg"),
    ("en", "can a 17-year-old consent to treatment himself? he is in my office now with a belt tied round his arm, says he just injected everything he had, and his eyes are rolling back"),
    ("en", "my brother injected everything he had, his eyes are rolling back"),
    # at the foot of the stairs, snoring strangely
    ("nl", "opa ligt onder aan de zoldertrap en snurkt heel raar"),
    ("en", "nan is lying at the bottom of the basement stairs, snoring strangely"),
    ("nl", "de buurman ligt onder aan de keldertrap en snurkt raar"),
    ("en", "my dad is at the bottom of the stairs, not moving"),
    # hanging from a stair rail, still warm
    ("nl", "mijn buurman hangt aan de balustrade van het trappenhuis, hij is nog warm"),
    ("en", "my flatmate is hanging from the banister, he's still warm"),
    ("nl", "mijn vader hangt aan de trapleuning, hij is nog warm"),
    # empty blister packs, drink, speech slowing
    ("nl", "in het park ligt een meisje op een bankje, naast haar een lege fles rum en lege strips oxazepam, ze praat steeds trager"),
    ("en", "a lad is lying on his dad's grave with an empty bottle of vodka and empty blister packs beside him, his speech is getting slower"),
    ("en", "she has empty blister packs next to her and is slurring her words"),
    # keeled over, odd gasping breaths (also in Frisian)
    ("nl", "bij het korfbaltoernooi is een vader ineens omgevallen, hij hapt met rare happen naar lucht en zijn lippen worden grijs"),
    ("en", "at the bowls club an old man just keeled over, he's taking weird gasping breaths and his lips are grey"),
    ("nl", "by de kaatswedstriid is in âlde man omfallen en hy sykhellet net mear"),
    # a needle out, blood pumping out
    ("nl", "bij de dialyse is de naald uit zijn arm geschoten en het bloed spuit overal"),
    ("en", "at the blood bank the needle slipped out of a donor's arm and blood is spurting everywhere"),
    ("en", "his dialysis needle came out and blood is pumping out"),
    ("nl", "de naald is eruit bij de dialyse en het bloed gutst eruit"),
    # brought up limp off the bottom of a pool
    ("en", "swimming lesson: girl lifted off the bottom of the pool, floppy"),
    ("nl", "zwembad: jongen van de bodem gehaald, slap"),
    ("en", "at the lake a child was pulled off the bottom, lifeless"),
    # gurgling and cannot be woken
    ("en", "at the frat party a freshman downed a whole jug of punch and has been lying on the floor for a quarter of an hour, gurgling when he breathes, and we can't wake him"),
    ("en", "we can't wake him, he's gurgling when he breathes"),
]

CALM = [
    # drinks: an episode, a past event, a syrup, a lab
    ("nl", "in de aflevering van gisteren goot de schurk iets uit een flesje in de wijn en begon het slachtoffer te kokhalzen"),
    ("en", "last month someone slipped something into a student's drink at the gala, she retched a bit, was checked at hospital and is fine now"),
    ("nl", "de barman goot iets uit een flesje in de cocktail, een siroop, en een gast begon te kokhalzen van de zoete smaak"),
    ("nl", "in het scheikundepracticum goot de docent iets uit een flesje in een bekerglas en een leerling kokhalsde van de geur"),
    ("en", "my daughter has white lips after swimming in cold water, is that normal?"),
    # dishwasher tablets: storage, last year (a poison information centre consulted gives no poison)
    ("nl", "hoe hoog moet ik de vaatwastabletten opbergen zodat mijn peuter er niet bij kan?"),
    ("en", "our son chewed a dishwasher tablet last year, he threw up once and the poison centre said it was fine"),
    # swelling and coughing: last summer, a first-aid kit, croup
    ("nl", "na het eten van aardbeien had mijn zoon vorige zomer opgezwollen lippen en hoestte hij, de huisarts gaf een antihistaminicum"),
    ("en", "what should be in the first-aid kit for a child whose lips swell and who coughs when he eats sesame?"),
    ("nl", "kinderen met croup hebben een blaffende hoest, hoe lang mag mijn zoon thuisblijven?"),
    # face down: a swimming exercise, a series, a dummy
    ("nl", "bij zwemles oefenen de kinderen nu drijven met hun gezicht naar beneden"),
    ("en", "in the crime series a body floats face down in the harbour between the boats"),
    ("en", "at the training the dummy floated face down between the boats and we practised the rescue"),
    # trapped, pinned: an instruction, last year, a piano
    ("nl", "de arbo-instructie behandelt wat je doet als iemand bekneld zit en grauw wordt"),
    ("en", "last year a worker got trapped between two trailers here and went grey, he recovered fully"),
    ("nl", "hij zat vorig jaar bekneld tussen twee containers en werd grauw, hij is nu weer aan het werk"),
    ("en", "who fills in the accident report when a student got pinned under a frame last week? he's recovered"),
    ("nl", "moet ik een ongevalsmelding doen als een leerling vorige week klem zat onder een frame? hij is weer beter"),
    ("en", "the piano is pinned against the wall and we can't lift it, who do we call, a mover?"),
    # injecting: a year ago, a talk by someone with experience
    ("en", "a year ago he injected everything he had and his eyes rolled back; he's been clean since and asks me for a reference"),
    ("nl", "in de voorlichting over spuiten vertelde een ervaringsdeskundige dat hij ooit alles spoot wat hij had en dat zijn ogen wegdraaiden"),
    # stairs: last week, a nap, shoes, a dog
    ("nl", "opa viel vorige week van de keldertrap, hij is in het ziekenhuis nagekeken en weer thuis"),
    ("en", "grandad always snores on the sofa at the bottom of the stairs after lunch"),
    ("nl", "opa zit onderaan de trap te snurken in zijn stoel, hij doet altijd een middagdutje"),
    ("en", "we keep the shoes at the bottom of the stairs; grandma is snoring upstairs again"),
    ("nl", "de hond ligt onderaan de trap en snurkt heel raar, moet ik naar de dierenarts?"),
    # rails: children, coats, a thriller (the warm soup is in another sentence)
    ("nl", "de kinderen hangen aan de trapleuning te slingeren, de soep is nog warm"),
    ("en", "in the thriller the detective finds the victim hanging from the banister, still warm"),
    ("nl", "de jassen hangen aan de trapleuning en de pizza is nog warm"),
    ("en", "the kids were hanging from the banister, I told them to get down; the soup is still warm"),
    ("en", "the plant is hanging from the railing and the bread is still warm"),
    ("en", "my grandma sleeps at the bottom of the stairs now because she can't climb them; she snores strangely, is that apnoea?"),
    # blister packs: last month, tidying, new medication
    ("nl", "vorige maand vonden we lege strips en een lege fles in zijn kamer; hij heeft nu hulp en het gaat beter"),
    ("en", "when I tidied the staff room I found empty blister packs and an empty wine bottle, who do I tell about the mess?"),
    ("nl", "hij praat steeds trager sinds hij de nieuwe medicatie slikt, moet ik de huisarts bellen?"),
    # gasping: a first-aid class
    ("nl", "bij de ehbo-les lag een pop die met rare happen ademde en grijze lippen had"),
    ("en", "at the first-aid course they played a recording of gasping breaths so we'd recognise them"),
    # needles: a training question, last week, a fountain
    ("nl", "wat moet ik doen als bij de dialyse de naald eruit schiet? vraag voor een training"),
    ("en", "the nurse said the needle came out last week but it was sorted in seconds"),
    ("nl", "bij het bloedprikken schoot de naald eruit en het bloed spoot even, maar de verpleegkundige had het zo opgelost"),
    ("en", "the fountain is pumping out water everywhere after the pipe burst"),
    # the bottom of a pool: rings, a dummy, last summer
    ("en", "diving practice: the kids fetch rings off the bottom of the pool"),
    ("nl", "bij reddend zwemmen haalden we een oefenpop van de bodem"),
    ("en", "he was pulled off the bottom in the lifeguard test, it was a limp dummy"),
    ("en", "last summer a boy was pulled limp off the bottom at our pool; he recovered and now teaches swimming"),
    # drinking: last year, the rules, an overslept exam
    ("nl", "hij dronk vorig jaar een hele fles leeg en we kregen hem niet wakker; hij is toen opgenomen en drinkt nu niet meer"),
    ("en", "the hazing rules ban drinking games where someone drinks a whole bottle"),
    ("en", "the drunk student lay on the floor gurgling with laughter, we couldn't wake him up for his exam this morning, he overslept"),
]

test_a_poisoned_drink_a_swelling_a_body_in_water_a_crush_an_overdose_a_fall_or_a_hanging_is_urgent = (
    urgent_by_the_word_rules(CAUGHT))
test_an_episode_a_past_event_a_drill_a_nap_or_a_question_about_the_rules_stays_calm = calm_by_the_word_rules(CALM)
