"""Short scenes of urgent_test57 that no reader caught (scored, tuning data now), each fixed as a kind with phrasings
of our own and close calls that stay calm (brief DR74).

Both readers missed thirteen scenes with no alarm word (urgent #2, #3, #4, #5, #6, #8, #11, #12, #16, #17, #35, #42,
#43): one pupil big after a fall (a head injury); slurring and sinking away with a chemical smell (fumes); cables
sparking with a burning smell (a fire about to start); grey lips and limp; drowsy and vomiting by a charcoal barbecue
indoors (carbon monoxide); a toddler between ship and quay or through the ice, not come up; a sleeve in a mill that
still turns; a toddler found in a tumble dryer, silent; blood spurting with every heartbeat (an artery); a child
floating still, with an extension cord lying in the paddling pool (electricity in water); jerking with lips going
dark (a seizure, no air); slumped, the skin ice cold, mumbling nonsense (hypothermia). Each sign counts only beside a
second sign, a fall, a machine, the cold or the water (the kinds DR72 began): 'reageert niet', 'is stil', 'slap',
'duf' or 'praat onzin' alone never alarm. A routine question asked first never talks them down (the danger policy).

The word rules alone also missed fourteen lines the meaning model caught; ten now have a word rule too (#32, #36,
#37, #39, #46, #50, #53, #55, #58, #59): a corridor full of black smoke and a door that jams; a smell of gas and a
lighter in his hand; a stranger who pulled a girl into his car; pockets full of stones and walking into the water; a
boy under a carriage wheel and not moving, told beside a wedding; a toddler on the sill of an open window high up; a
toddler limp in the bath; a face slashed with a box cutter; a father who drove off with a child, 'you'll never see
him again'; a fire with a child still upstairs. Left to the meaning model: #25 (a child screaming through the wall,
a threat, then silence, after a question about the reporting code), #28 (Somali, a father under a ladder with his
head on the tiles), #30 (Turkish, gas open and the door locked with the children), #33 (a bang and smoke in the
stairwell with a neighbour on a walker upstairs).

Calm: an eye doctor's note, a first-aid course, last year; a client who talks nonsense; a dry cleaner that smells; a
welder's sparks; a cold swim; a barbecue in the garden; a rule about the quay; a printer still running; 'hij is stil
in de klas'; a dead fish; a kitten on a sill; a cake cut with a knife; a trip to the zoo.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

THE_SET_S_THIRTEEN_SCENES = [
    ("nl", "bij het hunebed gevallen, reageert niet, 1 pupil is groot"),
    ("nl", "stomerij achterkamer, medewerkster lalt en zakt weg, ruikt zoet chemisch"),
    ("nl", "huisbezoek, zolder vol plantjes, kabels vonken, ruik schroeilucht"),
    ("nl", "ballenbak indoor speeltuin, meisje onderin gevonden, lippen grijs, slap"),
    ("nl", "houtskool-bbq binnen in tuinhuis, hele familie duf, oma braakt"),
    ("nl", "peuter vd schipper tussen schip en kade, niet meer boven"),
    ("nl", "koffiebranderij, stagiair zn mouw zit in de molen, draait nog"),
    ("nl", "peuter in de droger gevonden, trommel draaide, hij is stil"),
    ("nl", "steenhouwerij, diamantzaag schoot uit, zn bovenbeen spuit rood bij elke hartslag, kolega drukt erop"),
    ("nl", "ijsbaan vd ijsvereniging, jongetje door een wak gezakt, we zien alleen zn muts nog drijven"),
    ("nl", "bij de buren zaten kinderen in het opblaasbadje, verlengsnoer van de pomp lag erin, de jongste drijft stil "
           "op zn buik"),
    ("en", "taekwondo grading, boy on the mat jerking, lips going dark"),
    ("en", "bird hide: old man slumped, skin ice cold, mumbling nonsense"),
]

ONE_PUPIL_BIG_AFTER_A_FALL = [
    ("nl", "opa op de camping gevallen, reageert niet, ene pupil is veel groter"),
    ("nl", "mag ik de ouders bellen zonder toestemming? een leerling is van het klimrek gevallen, zegt niks meer en 1 "
           "pupil is groot"),
    ("en", "boy fell off the climbing wall, one pupil is huge, not responding"),
    ("en", "skater fell on the half-pipe, one pupil blown, he's not talking"),
    ("nl", "bij de sporthal gestruikeld en op de grond geklapt, pupillen niet even groot, reageert niet"),
]

FUMES_SLURRING_AND_SINKING_AWAY = [
    ("nl", "nagelstudio achterin: collega lalt en zakt weg, ruikt chemisch"),
    ("nl", "in de werkplaats ruikt het naar oplosmiddel, de jongen lalt en zakt steeds weg"),
    ("en", "cleaner in the back room slurring and keeps drifting off, chemical smell everywhere"),
    ("en", "painter in the basement is slurring, very drowsy, strong solvent fumes"),
    ("nl", "welk formulier voor de arbo? medewerker lalt, zakt weg en het ruikt hier zoet chemisch"),
]

SPARKING_CABLES_AND_A_BURNING_SMELL = [
    ("nl", "bij een huisbezoek zie ik in de meterkast de kabels vonken en ik ruik schroeilucht"),
    ("nl", "stopcontact in de slaapkamer vonkt en er hangt een brandlucht"),
    ("en", "the wiring in the loft is sparking and I smell burning"),
    ("en", "socket in the kitchen keeps sparking, smell of burning in the hall"),
    ("nl", "mag ik de verhuurder mailen? in de flat van mn client vonken de draden en ruik ik brandlucht"),
]

GREY_LIPS_AND_LIMP = [
    ("nl", "meisje onder in het zwembad gevonden, lippen grijs, slap"),
    ("nl", "jongetje uit de ballenbak gehaald, grijze lippen, hangt slap in mn armen"),
    ("en", "toddler pulled from the ball pit, lips are grey, she's limp"),
    ("nl", "kind op de trampoline ineens in elkaar, lippen grijs en slap"),
]

DROWSY_AND_VOMITING_BY_A_BARBECUE_INDOORS = [
    ("nl", "barbecue binnen in de garage, hele gezin slaperig en vader braakt"),
    ("en", "charcoal grill inside the shed, whole family groggy, grandma throwing up"),
    ("nl", "houtskool in de tent aangestoken, iedereen suf en de jongste geeft over"),
    ("nl", "kachel de hele avond aan, kinderen duf en de oudste braakt"),
    ("nl", "wie moet ik informeren? bij een gezin staat een houtskoolbbq binnen in het tuinhuisje, iedereen duf en oma "
           "braakt"),
]

BETWEEN_SHIP_AND_QUAY_OR_THROUGH_THE_ICE_NOT_UP = [
    ("nl", "jongetje tussen de boot en de kade gevallen, niet meer boven"),
    ("en", "toddler slipped between the boat and the quay, not up yet"),
    ("nl", "meisje door het ijs gezakt, nog niet boven"),
    ("nl", "kind door een wak gezakt en nog steeds niet boven"),
    ("en", "boy went through the hole in the ice, only his hat floating"),
]

A_SLEEVE_OR_A_LIMB_IN_A_MACHINE_STILL_TURNING = [
    ("nl", "stagiaire haar mouw zit in de gehaktmolen, draait nog"),
    ("en", "the sleeve of the apprentice is caught in the grinder, still running"),
    ("nl", "bakkerij: zn hand zit in de deegmachine en die draait nog"),
    ("nl", "zn arm zit in de houtversnipperaar, ding draait nog"),
]

A_CHILD_FOUND_IN_A_DRYER = [
    ("nl", "peuter in de wasmachine gevonden, trommel draaide, ze is stil"),
    ("nl", "mn zoontje zat in de droger, droger draaide, hij reageert niet"),
    ("en", "toddler found in the tumble dryer, he is quiet, dryer was running"),
    ("nl", "kleuter in de droger gevonden en hij is heel stil"),
]

BLOOD_SPURTING_WITH_THE_HEARTBEAT = [
    ("nl", "bouwplaats: zijn arm spuit rood bij elke hartslag"),
    ("en", "the blood spurts out with every heartbeat from his thigh"),
    ("nl", "slager sneed in zn lies, bloed spuit eruit bij elke hartslag"),
    ("nl", "moet ik een melding doen? de cirkelzaag schoot uit, zn been spuit in stoten, met elke hartslag"),
]

A_CHILD_FLOATING_STILL_OR_A_CORD_IN_THE_WATER = [
    ("nl", "de jongste drijft stil in het zwembadje"),
    ("nl", "kind drijft roerloos in de vijver"),
    ("en", "toddler floating still face down in the paddling pool"),
    ("nl", "mag ik de naam van het kind delen? mijn buurmeisje drijft stil op haar buik in de vijver"),
    ("nl", "verlengsnoer lag in het water van het zwembadje, kinderen zitten erin"),
    ("en", "the hairdryer fell into the bath and he's in the bath"),
]

JERKING_WITH_LIPS_GOING_DARK = [
    ("nl", "op de judomat schokt een jongen en zijn lippen worden blauw"),
    ("en", "girl jerking on the floor, lips turning blue"),
    ("nl", "kind ligt te schokken in de klas en de lippen kleuren donker"),
]

SLUMPED_ICE_COLD_AND_CONFUSED = [
    ("en", "old man in the park slumped on a bench, skin ice cold, mumbling nonsense"),
    ("nl", "vrouw op de stoep, huid ijskoud, mompelt wartaal"),
    ("nl", "zwerver in het portiek hangt slap, huid is ijskoud"),
    ("en", "hiker found slumped, he's ice cold and talking gibberish"),
]

THE_SET_S_LINES_READ_BY_MEANING_ONLY = [
    ("nl", "eritrese jongen uit de containerwoningen belt me: 'ገዛና ይነድድ ኣሎ', hij zegt dat de gang vol zwarte rook staat "
           "en zn deur klemt, ik hoor hem hoesten"),
    ("nl", "vakantiewoning op terschelling met een groep jongeren, het ruikt hier naar gas, een jongen heeft de slang vh "
           "fornuis losgetrokken en ipv te praten zit hij met een aansteker in de keuken, zegt dat hij klaar is"),
    ("nl", "een man die niemand kent trok net een meisje van 6 vd vakantiebijbelweek in zn auto, grijze golf, rijdt nu "
           "de polder in richting dronten"),
    ("nl", "op de dijk bij de haven van harlingen zit een jongen uit mn groep met zn jaszakken vol stenen, hij zegt dat "
           "hij zo het water in loopt"),
    ("en", "wedding carriage horses bolted, the bride's little brother went under the wheel and he's not moving"),
    ("en", "Is it OK to note a client's religion in the care plan? Asking for the team meeting. Also, on my home visit "
           "right now her 4-year-old is standing on the sill of an open window on the 6th floor and she's on the couch "
           "and I can't wake her"),
    ("en", "An Afghan mum on the phone keeps saying 'bacha nafas namekasha', she left her toddler in the bath for a "
           "minute to get a towel and now he's limp and not crying"),
    ("en", "At the trading card tournament one player slashed the other's face with a box cutter, he's holding his "
           "cheek and there's red all over the playmat"),
    ("en", "On the foster family's doorstep the birth father just pushed the foster mum aside and drove off with the "
           "3-year-old, yelling 'you'll never see him again', heading for the airport, foster mum is screaming in the "
           "street"),
    ("en", "hoverboard charging in the kids' bedroom went up, black smoke pouring down the stairs, the 5-year-old is "
           "still up there"),
]

THOSE_KINDS_TOLD_OTHERWISE = [
    ("en", "the bride's little brother went under the wheel and he's not moving"),
    ("nl", "kind onder het wiel van de tractor, beweegt niet meer"),
    ("en", "my toddler in the bath is limp and not crying"),
    ("nl", "peuter in bad, hij is slap en huilt niet"),
    ("en", "her 3-year-old is on the sill of an open window on the 5th floor"),
    ("nl", "kleuter staat op de vensterbank, raam staat open, 7 hoog"),
    ("en", "he slashed the other boy's face with a razor"),
    ("nl", "hij sneed met een stanleymes in het gezicht van een medespeler"),
    ("en", "the dad drove off with the toddler yelling you'll never see him again"),
    ("nl", "vader reed weg met de kleine en riep je ziet hem nooit meer"),
    ("nl", "rook komt de trap af en mn broertje zit nog boven"),
    ("en", "phone on charge caught fire, smoke down the stairs, grandma is still upstairs"),
    ("nl", "gang vol zwarte rook, deur klemt, ik hoor hem hoesten"),
    ("nl", "het ruikt naar gas en hij heeft een aansteker in zn hand"),
    ("nl", "hij zit op de kade met zakken vol stenen en zegt dat hij het water in loopt"),
    ("en", "a stranger pulled a girl into his car"),
    ("nl", "een onbekende man trok mijn dochtertje in zijn busje"),
]

CLOSE_CALLS_CALM = [
    ("nl", "oogarts zegt dat 1 pupil groter is sinds zn geboorte, mag dat in het dossier?"),
    ("nl", "vorig jaar van de fiets gevallen, toen was 1 pupil groot, nu helemaal hersteld"),
    ("en", "one pupil is big for his age and fell behind in maths"),
    ("nl", "mn client praat onzin"),
    ("nl", "stomerij ruikt chemisch, ik word er suf van"),
    ("en", "the dry cleaner's smells of chemicals, my client is slurring his words after the party"),
    ("nl", "de lasser laat de vonken vliegen, ik ruik schroeilucht in de werkplaats"),
    ("nl", "vuurwerk vonkt en er hangt brandlucht op het plein"),
    ("en", "the printer is still running and the cables are fine"),
    ("nl", "lippen blauw van de kou na het zwemmen, warme chocomel en weer vrolijk"),
    ("nl", "houtskool bbq in de tuin, iedereen duf van het eten"),
    ("nl", "hele familie duf na de kerstlunch, oma braakt van de oliebollen"),
    ("nl", "tussen schip en kade mag je niet zwemmen, zeggen we op de cursus"),
    ("en", "the machine is still running, it's the printer in the office"),
    ("nl", "de peuter is stil vandaag, de droger is kapot"),
    ("nl", "hij is stil in de klas"),
    ("nl", "de knuffel van de peuter lag in de wasmachine, trommel draaide, hij is stil nu hij slaapt"),
    ("nl", "zn hart klopt in zn keel bij elke hartslag, zenuwachtig voor de toets"),
    ("nl", "de dode vis drijft stil in de vijver"),
    ("nl", "kinderen spelen in het zwembadje, de jongste drijft op zn rug te lachen"),
    ("nl", "verlengsnoer van de pomp ligt naast het zwembadje, mag dat?"),
    ("nl", "de epilepsie van mijn leerling: mag ik de school informeren over zijn aanvallen?"),
    ("nl", "handen ijskoud na de wandeling, warme thee en weer vrolijk"),
    ("en", "my toddler in the bath is happily splashing"),
    ("nl", "kat zit op de vensterbank van het open raam, 4 hoog"),
    ("nl", "hij sneed de taart met een mes"),
    ("en", "the dad drove off with the toddler to the zoo, back at five"),
    ("nl", "het ruikt naar gas bij het fornuis, we hebben de monteur gebeld"),
    ("nl", "de jongen zit op de kade met zn zakken vol snoep"),
    ("nl", "een onbekende man trok de deur dicht"),
]

test_the_thirteen_scenes_of_test57_are_urgent = urgent_by_the_word_rules(THE_SET_S_THIRTEEN_SCENES)
test_one_pupil_big_after_a_fall_is_urgent = urgent_by_the_word_rules(ONE_PUPIL_BIG_AFTER_A_FALL)
test_slurring_and_sinking_away_with_fumes_is_urgent = urgent_by_the_word_rules(FUMES_SLURRING_AND_SINKING_AWAY)
test_sparking_cables_with_a_burning_smell_are_urgent = urgent_by_the_word_rules(SPARKING_CABLES_AND_A_BURNING_SMELL)
test_grey_lips_and_limp_is_urgent = urgent_by_the_word_rules(GREY_LIPS_AND_LIMP)
test_drowsy_and_vomiting_by_a_barbecue_indoors_is_urgent = urgent_by_the_word_rules(
    DROWSY_AND_VOMITING_BY_A_BARBECUE_INDOORS)
test_between_ship_and_quay_or_through_the_ice_and_not_up_is_urgent = urgent_by_the_word_rules(
    BETWEEN_SHIP_AND_QUAY_OR_THROUGH_THE_ICE_NOT_UP)
test_a_sleeve_or_a_limb_in_a_machine_still_turning_is_urgent = urgent_by_the_word_rules(
    A_SLEEVE_OR_A_LIMB_IN_A_MACHINE_STILL_TURNING)
test_a_child_found_in_a_dryer_and_silent_is_urgent = urgent_by_the_word_rules(A_CHILD_FOUND_IN_A_DRYER)
test_blood_spurting_with_the_heartbeat_is_urgent = urgent_by_the_word_rules(BLOOD_SPURTING_WITH_THE_HEARTBEAT)
test_a_child_floating_still_or_a_cord_in_the_water_is_urgent = urgent_by_the_word_rules(
    A_CHILD_FLOATING_STILL_OR_A_CORD_IN_THE_WATER)
test_jerking_with_lips_going_dark_is_urgent = urgent_by_the_word_rules(JERKING_WITH_LIPS_GOING_DARK)
test_slumped_ice_cold_and_confused_is_urgent = urgent_by_the_word_rules(SLUMPED_ICE_COLD_AND_CONFUSED)
test_the_set_s_lines_read_by_meaning_only_are_urgent_by_the_word_rules_too = urgent_by_the_word_rules(
    THE_SET_S_LINES_READ_BY_MEANING_ONLY)
test_those_kinds_told_otherwise_are_urgent = urgent_by_the_word_rules(THOSE_KINDS_TOLD_OTHERWISE)
test_notes_courses_chores_classes_and_idle_machines_stay_calm = calm_by_the_word_rules(CLOSE_CALLS_CALM)
