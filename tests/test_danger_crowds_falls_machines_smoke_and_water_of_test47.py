"""Ideas from urgent_test47 (scored once, blind; tuning data now), scenes of crowds, falls, machines, smoke and water,
each written in words of our own.

Caught (word rules alone), each with two signs: a belly wound with blood-soaked clothes and numb legs; a mob
throwing stones through the windows of a hall with people still inside; a car spun into the crowd at a street race
with someone under it; a swimmer hit by a boat, face down with blood in the water; a van on its side smoking with
someone still strapped in; a fall from a window or a roof with someone not breathing (told in Polish or Turkish);
a fall of metres onto a hard floor with no response; a sleeve or an apron caught in a machine pulling the arm in;
a closing stand or gate with a leg trapped; smoke through a ceiling or under a door with a child alone or someone
not answering; a strong smell of gas with someone lying on the floor; a cord tight round a neck with the face going
blue; a costume catching fire at a party and burning now; someone who fell into water and has not come up (also
in Frisian); farewell letters written and the pills in hand.

Calm: the close calls of every idea: a documentary or a series, a plan or a protocol, a past event that is over, a
question about prevention or the rules, a sport's rules."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # a belly wound, blood-soaked clothes, numb legs
    ("nl", "achter de sporthal zit een meisje tegen de muur, haar trui is doorweekt van bloed bij haar zij en ze zegt dat ze haar benen niet voelt"),
    ("en", "behind the chip shop a lad is slumped by the fence, his hoodie soaked red at the stomach, he says he can't feel his legs"),
    ("nl", "bij het voetbalveld ligt een jongen, zijn shirt is helemaal rood bij zijn buik, degene die het deed rende weg"),
    # a mob throwing stones through the windows, people still inside
    ("nl", "bij de inspraakavond over de opvang gooit een groep buiten nu stenen door de ruiten van het dorpshuis, binnen zitten nog ouders met kinderen"),
    ("en", "a mob outside the town hall meeting is smashing the windows with bricks right now and there are still families inside"),
    # a car spun into the crowd at a street race, someone under it
    ("nl", "bij een straatrace op de ringweg is een auto het publiek in geslingerd, er liggen mensen op straat en een meisje ligt onder de auto"),
    ("en", "at the car meet a car spun into the crowd, several people are down and one is under the car not moving"),
    # a swimmer hit by a boat, face down, blood in the water
    ("nl", "een speedboot voer over een snorkelaar heen, hij ligt op zijn buik in het water en het water kleurt rood"),
    ("en", "a jet ski just ran into a kid in the lake, she's floating face down and there's blood in the water"),
    # a van on its side smoking, someone still strapped in
    ("nl", "de bestelbus is over de kop geslagen op de dijk, er komt rook uit de motor en de bijrijder zit nog klem in zijn gordel"),
    ("en", "the school minibus rolled onto its side in a ditch, smoke is coming from the engine and a girl is still strapped in"),
    # a fall from a window or a roof, not breathing (in Polish, in Turkish)
    ("nl", "mijn buurvrouw is bij het zemen van de dakkapel uit het raam gevallen, ze ligt op de stoep en haar man roept steeds 'nie oddycha'"),
    ("en", "my neighbour fell out of the attic window onto the patio, his wife keeps shouting 'nefes almıyor'"),
    ("nl", "een jongen is van het dak gevallen en ademt niet"),
    # a fall of metres onto a hard floor, no response
    ("nl", "op de klimwand viel een leerling van zes meter hoogte op de grond, hij is niet aanspreekbaar"),
    ("en", "a boy fell from the gallery of the sports hall, about five metres onto the floor, and he isn't responding"),
    # a sleeve or an apron caught in a machine, the arm pulled in
    ("nl", "bij de stage in de bakkerij zit het schort van een meisje in de deegmachine en haar hand wordt meegetrokken"),
    ("en", "on the farm placement a boy's sleeve got caught in the conveyor and it's dragging his arm in, we can't find the stop button"),
    # a closing stand or gate, a leg trapped
    ("nl", "de elektrische tribune schuift in terwijl er nog een kind onder zit, de motor stopt niet en zijn been zit klem"),
    ("en", "the electric gate is closing on a child and his leg is trapped, it won't stop"),
    # smoke through a ceiling or under a door, a child alone or someone not answering
    ("nl", "er komt rook door het plafond van de bovenburen en hun zoontje is alleen thuis, ik hoor hem hoesten"),
    ("en", "smoke is coming through our ceiling from the flat upstairs and I can hear a little kid coughing up there alone"),
    ("nl", "mijn opa zit in de garage, de deur zit op slot en er komt rook onder de deur door, hij geeft geen antwoord"),
    ("en", "my brother is in the shed, the door is locked, smoke is coming out of it and he doesn't answer"),
    # a strong smell of gas, someone lying on the floor
    ("nl", "bij het huisbezoek ruik ik een sterke gaslucht en door het raam zie ik een man op de keukenvloer liggen"),
    ("en", "strong smell of gas at the flat, and through the window I can see someone lying on the kitchen floor"),
    # a cord tight round a neck, the face going blue
    ("nl", "in de isoleerkamer zit een koord strak om zijn hals en hij loopt blauw aan"),
    ("en", "in the quiet room she has a shoelace pulled tight around her neck, her face is going purple"),
    # a costume catching fire at a party, burning now
    ("nl", "bij de kerstmusical vatte de pruik van de juf vlam aan een fakkel, nu brandt haar jurk en ze rent de zaal door"),
    ("en", "at the nativity play the shepherd's costume caught fire from a candle, now it's burning and he's running between the children"),
    # fell into water and has not come up (also in Frisian)
    ("nl", "bij het slootjespringen viel een jongen met zijn hoofd op de kant en gleed het water in, hij is al twee minuten niet boven gekomen en zijn vrienden duiken nu"),
    ("nl", "myn broer is fan 'e steiger yn it wetter fallen en is net wer boppe kommen"),
    ("en", "a boy fell into the fish tank at the zoo, not up yet"),
    ("en", "girl fell in the quarry lake, hasn't come up"),
    # farewell letters written, the pills in hand
    ("nl", "mijn vriendin appte net: 'mijn afscheidsbrieven liggen klaar, ik heb alle pillen van mijn moeder in mijn hand. doei'"),
    ("en", "my mate just texted: 'the letters are on my desk, i've got the whole packet of pills here, goodbye'"),
    # second round: 'afscheidsbrieven' (plural) is still read as a farewell letter beside a new phrase with the word
    ("nl", "hij heeft afscheidsbrieven klaargelegd en wil het vannacht doen"),
    ("nl", "rook door de muur van de buren en hun baby is alleen thuis"),
    ("en", "my little brother fell in the pool and is not up yet"),
]

CALM = [
    # numb legs, red shirts: a marathon, a series
    ("nl", "na de marathon zei mijn collega dat hij zijn benen niet meer voelde"),
    ("en", "in the series a cop lies in the street with a red shirt, saying he can't feel his legs; is that too much for year 8?"),
    # stones through windows: last year, a documentary
    ("nl", "vorig jaar gooiden relschoppers stenen door de ramen van het gemeentehuis, hoe praat ik daar nu over met jongeren?"),
    ("en", "in the documentary a crowd with torches throws stones through the windows of a shelter; can I show it in class?"),
    # street races: a film, a plan
    ("nl", "in de film zie je hoe een auto bij een straatrace het publiek in rijdt; is die geschikt voor groep 8?"),
    ("en", "how do we keep spectators safe at the car meet next month? the municipality asks for a plan"),
    # jet skis, floating: the rules, a lesson
    ("nl", "mogen waterscooters op de recreatieplas varen waar kinderen zwemmen? ik wil dat bij de gemeente aankaarten"),
    ("en", "in the swimming lesson the kids practise floating face down; is that safe?"),
    # a van on its side: last week, a demonstration
    ("nl", "vorige week lag er een busje op zijn kant in de berm, iedereen was al bevrijd; mag ik de foto delen?"),
    ("en", "the fire brigade showed how they free someone stuck in a car on its side; can I put the photos online?"),
    # falls from windows and climbing walls: a question, a past event
    ("nl", "wat betekent 'nie oddycha'? ik hoorde het in een poolse serie"),
    ("en", "last winter a man fell from a window while putting up lights; the municipality asked us to warn residents"),
    ("nl", "de klimwand is acht meter hoog, moeten leerlingen een helm dragen?"),
    ("en", "a student fell two metres from the climbing wall last term and broke his wrist; do we need a new safety plan?"),
    # machines, stands: instruction, maintenance, a past event
    ("nl", "in de veiligheidsinstructie leren stagiairs waar de noodknop zit als een mouw in een machine komt"),
    ("en", "what do we tell interns about loose sleeves near machines? we're drawing up rules"),
    ("nl", "de uitschuifbare tribune in de sporthal maakt rare geluiden, wie moet ik bellen voor onderhoud?"),
    ("en", "a pupil's leg got trapped under the bleachers last year; he's fine now. do we need a warning sign?"),
    # smoke: a smell, toast, a smokehouse, an escape room
    ("nl", "er komt al weken een wietlucht door ons plafond van de buren, mag ik dat melden bij de gemeente?"),
    ("en", "my neighbour's kid is often home alone; the smoke alarm went off yesterday for burnt toast. should I worry?"),
    ("nl", "de buurman rookt vis in zijn schuur, er komt veel rook uit; mag dat?"),
    ("en", "in the escape room the door was locked and smoke came out of a machine, my pupils loved it"),
    # gas: fixed last week, a protocol
    ("nl", "vorige week rook het naar gas in de keuken van het buurthuis, de monteur heeft het lek gemaakt"),
    ("en", "what should outreach workers do if they smell gas during a home visit? we are making a protocol"),
    # cords: prevention
    ("nl", "hoe voorkomen we dat cliënten in de time-outkamer veters of koorden bij zich hebben?"),
    # costumes: prevention, a stage effect
    ("nl", "mag Sinterklaas met echte kaarsjes op het podium? ik ben bang dat zijn baard vlam vat"),
    ("en", "in the panto the wizard's robe 'catches fire' with a flash effect; is that safe with kids in the front row?"),
    # water: a sport, came straight up
    ("nl", "bij fierljeppen vallen springers vaak in het water, dat hoort erbij; moeten ze een zwemdiploma hebben?"),
    ("en", "the boy fell in the pond on the trip but came straight up and laughed; should I tell his parents?"),
    ("en", "we fell in love with the new youth centre, not up for moving again"),
    # letters and pills: a novel
    ("en", "in the novel the girl writes goodbye letters and swallows the pills; is it suitable for year 10?"),
]

test_a_wound_a_mob_a_crash_a_fall_a_machine_smoke_gas_or_water_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_a_documentary_a_plan_a_past_event_or_a_question_about_the_rules_stays_calm = calm_by_the_word_rules(CALM)
