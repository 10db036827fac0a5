"""Short scenes of urgent_test58 that no reader caught (scored, tuning data now), each fixed as a kind with phrasings
of our own and close calls that stay calm (brief DR76).

Both readers missed fourteen scenes with no alarm word (urgent #0-#7, #9, #26, #41-#43, #45): a keeper sagging down
grey and gasping after a shot on his chest; a finger half off after a grinding machine; a nephew not come up between
the groynes of the Waal, and a mobility scooter in the canal with its rider not up yet (DR74's 'not come up' between
ship and quay or through the ice, now in a river, a canal, a harbour or with a vehicle in the water); a toddler who
drank weed killer, drooling and retching; a boy off the garage roofs who keeps asking where he is; a woman hanging
over the handlebars of a spinning bike, eyes open, not responding, and a tailor slumped over her machine with grey
lips; a colleague by a brick kiln who cannot be woken (fumes); pinpoint pupils with grey lips (opioids); a pole
vaulter who missed the mat and cannot feel his legs; a handlebar into the belly and now pale and clammy (bleeding
inside); a vape battery venting with a room filling with haze; a volunteer under a birch that fell the wrong way,
silent, the trunk too heavy to lift, told after a question about insurance.

Each sign counts only beside a second sign, a fall, a machine, the cold or the water (the kinds DR72 and DR74 began):
'zakt in', 'grauw', 'reageert niet', 'ogen open', 'pale', 'dronk' or 'accu' alone never alarm, and a routine question
asked first never talks them down (the danger policy). 'tailor's workshop' is a room, not a training ('workshop
over' stayed calm: 'workshop, she's slumped over'). The other lines both readers missed are DR77's.

Calm: a first-aid course, a film, an old injury, a toddler who drank lemonade, a bike in the canal, a grandfather
with dementia, a teenager over his scooter texting, a kiln at 1200 degrees, bright light at the eye doctor, lips
grey from the cold, legs numb after leg day, a tree that fell with no one under it.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

THE_SET_S_FOURTEEN_SCENES = [
    ("nl", "handbal: keeper zakt in na schot op borst, grauw, snakt"),
    ("nl", "sleutelmakerij, stagiair z'n vinger hangt half los na de slijpmachine"),
    ("nl", "kribben in de waal, mn neef komt niet meer boven"),
    ("nl", "tuincentrum: peuter dronk onkruidverdelger uit de fles, kwijlt en kokhalst"),
    ("nl", "parkour, viel vd garagedaken, vraagt steeds opnieuw waar hij is"),
    ("nl", "spinningles, vrouw hangt over stuur, ogen open, reageert niet"),
    ("nl", "scootmobiel de vaart in, meneer is nog niet boven"),
    ("nl", "steenfabriek: collega bij de tunneloven, niet wakker te krijgen"),
    ("nl", "gebruiksruimte, bezoeker zakt weg, pupillen piepklein, lippen grijs"),
    ("nl", "wie moet ik mailen over de verzekering voor vrijwilligers? bij de natuurwerkdag viel een berk de verkeerde "
           "kant op, er ligt een vrijwilliger onder, hij zegt niks meer en we krijgen de stam niet van hem af"),
    ("en", "tailor's workshop, she's slumped over the machine, lips grey"),
    ("en", "pole vault: missed the mat, lies there, can't feel legs"),
    ("en", "mtb trail, handlebar into his belly, now pale and clammy"),
    ("en", "vape shop, battery vented, back room filling with grey haze"),
]

COLLAPSE_AFTER_A_BLOW_TO_THE_CHEST = [
    ("nl", "voetbaltraining: bal vol op zn borst, hij zakt in en is grauw"),
    ("nl", "mag ik de ouders bellen? bij hockey kreeg een jongen een bal tegen zn borst, hij zakt door zn knieen en snakt "
           "naar adem, hij is grijs"),
    ("en", "keeper took a ball to the chest, went down, grey and gasping"),
    ("nl", "honkbal: bal tegen de borst, jongen zakte in elkaar"),
    ("en", "boy got a kick to the chest in the sparring, now not responding"),
    ("nl", "klap op zn borst bij het boksen, lippen grijs"),
]

A_FINGER_HALF_OFF_BY_A_MACHINE = [
    ("nl", "werkplaats school: leerling z'n duim hangt er half af na de cirkelzaag"),
    ("nl", "timmerman, vinger hangt los na de afkortzaag, veel bloed"),
    ("en", "metal shop: the apprentice's finger is hanging off after the lathe"),
    ("nl", "mag ik dit melden bij de arbodienst? de stagiair zn vinger hangt half los, de slijptol schoot uit"),
    ("en", "finger half off after the angle grinder kicked back"),
]

NOT_COME_UP_IN_A_RIVER_A_CANAL_OR_A_HARBOUR = [
    ("nl", "jongen sprong tussen de kribben in de maas, hij komt niet meer boven"),
    ("nl", "auto de gracht in gereden, bestuurder is nog niet boven"),
    ("en", "my nephew jumped into the river at the groynes and has not come up"),
    ("nl", "mag ik zn naam noemen in het verslag? een jongen is de vaart in gedoken en is nog steeds niet boven"),
    ("en", "car rolled into the canal, driver hasn't come up"),
    ("nl", "meisje gleed van de kade de haven in, komt niet meer boven"),
]

A_TODDLER_WHO_DRANK_A_POISON_DROOLING_OR_RETCHING = [
    ("nl", "peuter heeft van de lampolie gedronken en kokhalst"),
    ("nl", "kleuter dronk uit de fles allesreiniger, kwijlt en geeft over"),
    ("en", "toddler drank some weed killer from the bottle, drooling and retching"),
    ("nl", "mag ik de opvang informeren? mn neefje dronk van de wc-reiniger, hij kokhalst"),
    ("en", "my toddler swallowed lamp oil, now gagging and coughing"),
]

CONFUSED_AFTER_A_FALL = [
    ("nl", "jongen viel van het klimrek, vraagt steeds wat er gebeurd is"),
    ("nl", "opa viel van de ladder en vraagt telkens opnieuw waar hij is"),
    ("en", "she fell off the horse and keeps asking where she is"),
    ("en", "skater fell from the ramp, keeps asking what happened"),
    ("nl", "mag ik school bellen? leerling viel vh schuurdak en weet niet meer waar hij is"),
]

SLUMPED_OVER_SOMETHING_WITH_A_SECOND_SIGN = [
    ("nl", "fitness: man hangt over de fiets, ogen open, reageert niet"),
    ("en", "trucker slumped over the wheel, eyes open, not responding"),
    ("nl", "naaiatelier: collega hangt over de machine, lippen grijs"),
    ("en", "man slumped over his desk, gasping"),
    ("nl", "bij de spinningles hangt een man over het stuur, hij hapt naar lucht"),
]

NOT_TO_BE_WOKEN_BY_A_KILN = [
    ("nl", "keramiekatelier: cursist bij de kiln, niet wakker te krijgen"),
    ("nl", "glasblazerij, medewerker ligt bij de smeltoven en we krijgen hem niet wakker"),
    ("en", "the worker by the kiln won't wake up"),
]

PINPOINT_PUPILS_WITH_A_SECOND_SIGN = [
    ("nl", "gebruiksruimte: man zakt weg, pupillen als speldenknoppen"),
    ("nl", "bezoeker pupillen piepklein en reageert niet"),
    ("en", "pinpoint pupils and he won't wake, in the toilets of the youth centre"),
    ("nl", "mag ik de naam doorgeven? een bezoekster in de opvang, pupillen zijn piepklein, lippen grijs"),
]

A_FALL_AND_NUMB_LEGS = [
    ("nl", "turnen: ze viel van de brug, voelt haar benen niet"),
    ("en", "he fell off the scaffolding and can't feel his legs"),
    ("nl", "trampoline: landde op zn nek, kan zn benen niet voelen"),
    ("nl", "hoogspringen: miste de mat, ligt stil, voelt benen niet meer"),
]

A_BLOW_TO_THE_BELLY_THEN_PALE_AND_CLAMMY = [
    ("nl", "trap in zn buik bij het voetbal, nu bleek en klam"),
    ("en", "kicked in the stomach during the fight, now pale and sweaty"),
    ("nl", "wielrennen: stuur in zijn buik, lijkbleek"),
    ("nl", "mag ik dit delen met de trainer? hij kreeg een knie in zn buik en zakte in elkaar"),
]

A_BATTERY_VENTING_AND_SMOKE_FILLING_A_ROOM = [
    ("nl", "e-bike accu ontgast in de gang, de gang loopt vol rook"),
    ("nl", "powerbank in de slaapkamer sist, kamer loopt vol met grijze walm"),
    ("en", "phone battery popped in the classroom, room filling with smoke"),
    ("en", "the e-bike battery is hissing in the hallway and smoke is filling the stairwell"),
]

PINNED_UNDER_A_TREE_OR_A_TRACTOR_AND_SILENT = [
    ("nl", "storm: boom viel om, er ligt een man onder, hij reageert niet"),
    ("en", "tree fell on the path, a boy is lying under it and not moving"),
    ("nl", "bij het snoeien viel een tak, er ligt een jongen onder en we krijgen de tak niet van hem af"),
    ("nl", "opa ligt onder de trekker en zegt niks meer"),
    ("nl", "mag ik zn adres geven? boom ging om bij de houtvesterij, collega ligt eronder, zegt niks"),
]

CLOSE_CALLS_CALM = [
    ("nl", "schot op borst bij handbal, even naar adem happen en daarna gewoon doorgespeeld"),
    ("nl", "bal op zn borst gehad, hij zakt in de ranking maar is verder prima"),
    ("nl", "ehbo-cursus: wat doe je als iemand een bal op de borst krijgt en grauw wordt?"),
    ("en", "he is grey and tired after the exam week, took a ball to the chest in gym but laughed it off"),
    ("nl", "vorig jaar hing zn vinger half los na de cirkelzaag, nu helemaal genezen"),
    ("nl", "de nagel van zn vinger hangt los, hij is gestoten tegen de machine, pleister erop"),
    ("nl", "in de film hangt de vinger van de schurk half los na de slijpmachine"),
    ("nl", "mn fiets ligt in de vaart"),
    ("nl", "we zwommen bij de kribben in de waal, heerlijk weer"),
    ("nl", "de peuter dronk limonade uit de fles en kwijlt want hij krijgt tandjes"),
    ("nl", "waar bewaar ik de onkruidverdelger zodat de peuter er niet bij kan?"),
    ("nl", "vorig jaar dronk mn zoontje van de bleek, hij kokhalsde, alles goed gekomen"),
    ("nl", "kindje kwijlt en kokhalst bij de broccoli, hij dronk zn melk wel"),
    ("nl", "mijn opa met dementie vraagt steeds waar hij is"),
    ("nl", "hij viel in slaap in de trein en wist niet waar hij was, lachen"),
    ("nl", "ze vraagt steeds waar ze is in het lesprogramma, moet ik haar extra begeleiden?"),
    ("nl", "mijn puber hangt over het stuur van zn scooter te appen en reageert niet op mijn berichtjes"),
    ("nl", "hij hangt over de werkbank te tekenen, ogen open, heel geconcentreerd"),
    ("en", "slumped over the desk after the exam week, he's grey and tired"),
    ("nl", "de kiln staat op 1200 graden, mag de stagiair erbij?"),
    ("nl", "mijn zoon is bij de pottenbakkersoven aan het werk, echt een harde werker"),
    ("nl", "pupillen piepklein door het felle licht bij de oogarts"),
    ("nl", "lippen grijs van de kou, warme thee en weer vrolijk"),
    ("nl", "ehbo cursus: speldenknoppupillen wijzen op opiaten, wat doe je dan?"),
    ("nl", "na de spinningles viel ik bijna in slaap, voel mn benen niet meer"),
    ("en", "can't feel my legs after leg day lol"),
    ("en", "he fell off the bike years ago and still can't feel his legs, wheelchair user, may I share that with school?"),
    ("nl", "stuur in zn buik bij het bmx-en, even pijn en daarna weer op de fiets"),
    ("en", "he's pale and clammy before his exam"),
    ("nl", "een klap op zn buik van zn broertje, lachend gespeeld"),
    ("nl", "de vape van mn leerling sist een beetje, mag ik hem afpakken?"),
    ("nl", "de accu van de e-bike staat vol opgeladen in de gang"),
    ("en", "the classroom fills with vape clouds, is that allowed?"),
    ("nl", "de boom viel om in de storm, niemand gewond"),
    ("nl", "de jongen ligt onder de boom te lezen en zegt niks tegen me"),
    ("nl", "bij de natuurwerkdag viel een berk de verkeerde kant op, gelukkig stond niemand eronder"),
    ("en", "a workshop about first aid: what if someone is slumped over the machine?"),
    ("nl", "het zwembad ruikt naar chloor, mijn baby kwijlt veel"),
    ("nl", "we wonen in de haven, mn zoon is nog niet boven, hij slaapt uit"),
    ("nl", "accu van mijn laptop sist en de kamer loopt vol met mensen voor de borrel"),
]

test_the_fourteen_scenes_of_test58_are_urgent = urgent_by_the_word_rules(THE_SET_S_FOURTEEN_SCENES)
test_a_collapse_after_a_blow_to_the_chest_is_urgent = urgent_by_the_word_rules(COLLAPSE_AFTER_A_BLOW_TO_THE_CHEST)
test_a_finger_half_off_by_a_machine_is_urgent = urgent_by_the_word_rules(A_FINGER_HALF_OFF_BY_A_MACHINE)
test_not_come_up_in_a_river_a_canal_or_a_harbour_is_urgent = urgent_by_the_word_rules(
    NOT_COME_UP_IN_A_RIVER_A_CANAL_OR_A_HARBOUR)
test_a_toddler_who_drank_a_poison_and_retches_is_urgent = urgent_by_the_word_rules(
    A_TODDLER_WHO_DRANK_A_POISON_DROOLING_OR_RETCHING)
test_confused_after_a_fall_is_urgent = urgent_by_the_word_rules(CONFUSED_AFTER_A_FALL)
test_slumped_over_something_with_a_second_sign_is_urgent = urgent_by_the_word_rules(
    SLUMPED_OVER_SOMETHING_WITH_A_SECOND_SIGN)
test_not_to_be_woken_by_a_kiln_is_urgent = urgent_by_the_word_rules(NOT_TO_BE_WOKEN_BY_A_KILN)
test_pinpoint_pupils_with_a_second_sign_are_urgent = urgent_by_the_word_rules(PINPOINT_PUPILS_WITH_A_SECOND_SIGN)
test_a_fall_and_numb_legs_is_urgent = urgent_by_the_word_rules(A_FALL_AND_NUMB_LEGS)
test_a_blow_to_the_belly_then_pale_and_clammy_is_urgent = urgent_by_the_word_rules(
    A_BLOW_TO_THE_BELLY_THEN_PALE_AND_CLAMMY)
test_a_battery_venting_and_smoke_filling_a_room_is_urgent = urgent_by_the_word_rules(
    A_BATTERY_VENTING_AND_SMOKE_FILLING_A_ROOM)
test_pinned_under_a_tree_or_a_tractor_and_silent_is_urgent = urgent_by_the_word_rules(
    PINNED_UNDER_A_TREE_OR_A_TRACTOR_AND_SILENT)
test_courses_films_old_injuries_and_everyday_words_stay_calm = calm_by_the_word_rules(CLOSE_CALLS_CALM)
