"""Scenes of urgent_test58 that the word rules alone missed and the meaning model caught (scored, tuning data now),
each made a word rule as a kind, with phrasings of our own and calm twins (brief DR77).

The word rules alone caught 26 of 60 (43.3 %); the twenty here were left to the meaning model, a second reader that
should not have to carry clear kinds: a shot gone off with a boy lying still; a forearm laid open by a circular saw
with the floor turning red; no longer shivering and talking like a drunk after twenty minutes in the water; a rider
on a shared scooter under a van, moaning; a silent choke (no sound, pointing at the mouth, the face going dark); a
father who pushed a cupboard against the door with a child screaming behind it; a father who snatched a boy of four
and runs off to his car ('we will never see him again'); a seizure of five minutes told in one dictated sentence
('vraagteken', 'komma') after a question about consent; a smell of gas, a hissing cooker and children who do not
wake; a Somali voice note naming al-Shabaab with a flight tonight and the passport gone; a Frisian 'pake leit ûnder
de trekker en seit neat mear'; flying to Erbil tonight 'om zich bij de strijders aan te sluiten' (the verb split);
limp in a parachute in the trees; face down at the table and not waking; heatstroke at a run (walking into the
barriers, 'it's snowing', skin like a radiator); a boy who dived and has not come up; a colleague pinned under a car
when the lift came down and gone quiet; a man dragged limp out of a dog bath; Dari 'padaram madaram ra mezanad'
told as now; a whole lithium supply taken, shaking and vomiting. A routine question asked first never talks them
down (the danger policy).

Each sign counts beside a second one: a scooter alone, 'kreunt', 'gegrist', 'schokt al', 'zegt niks meer', 'face
down' or 'aan te sluiten' alone never alarm ('om zich aan te sluiten bij een groep' with a trip and no group named
or time is a worry). Calm: a starting shot, a film, last year, a surgeon, a mechanic under a van, a mime, a move,
a children's fort, a drill, a seagull, a washing machine, a wedding trip, connecting a printer, a Sunday lie-in,
'kopje onder' for fun, a Dari lesson, lithium taken as prescribed.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

THE_SET_S_TWENTY = [
    ("nl", "kleiduivenbaan, schot ging af in de kantine, jongen ligt stil"),
    ("nl", "in de decorwerkplaats vd schouwburg schoot de cirkelzaag uit, zn onderarm ligt open, de "
           "vloer wordt rood en hij zakt door zn knieën"),
    ("nl", "kanopolo, hij ging om en lag zeker 20 min in het water, nu rilt hij niet meer en praat als een dronkaard"),
    ("nl", "twee meiden op 1 deelscooter onder een bestelbus op de rotonde bij de action, eentje ligt"
           " er nog onder en kreunt"),
    ("nl", "hotdog-eetwedstrijd op de braderie, hij maakt geen geluid meer, wijst naar zn mond en zn "
           "gezicht wordt donker"),
    ("nl", "mag ik in het dossier zetten waar zn vader nu woont of moet dat in een apart verslag? ik "
           "sta nu bij de gezinslocatie, vader heeft de kast voor de deur geschoven, ik hoor het kind"
           " van 6 gillen en hem schreeuwen dat niemand binnenkomt"),
    ("nl", "moet ik toestemming vragen om het gesprek op te nemen? vader heeft zojuist het jongetje "
           "van 4 uit de speelhoek vd raad gegrist en rent nu het gebouw uit naar zn auto, hij "
           "schreeuwt dat we hem nooit meer terugzien"),
    ("nl", "mag ik de leerplichtambtenaar bellen zonder toestemming van de ouders vraagteken ik sta "
           "bij de pilatesstudio komma de moeder ligt op de mat en schokt al zeker vijf minuten met "
           "armen en benen komma haar dochter van acht staat ernaast punt"),
    ("nl", "mag ik een melding doen zonder dat de buurvrouw het weet? ben op huisbezoek in de "
           "bovenwoning boven de schoenmakerij, het ruikt hier heel sterk naar gas, het fornuis sist "
           "zonder vlam en de 2 kleintjes op bed zijn niet wakker te krijgen"),
    ("nl", "moeder van een jongen uit ons jongerenwerk stuurt een voice: 'wiilkaygu caawa wuxuu u "
           "duulayaa nairobi si uu ugu biiro shabaab'. zn vlucht gaat om 21:40, hij is 18 en zn "
           "paspoort is weg uit de la"),
    ("nl", "mn stagiaire op een melkveebedrijf bij sneek stuurt door wat de boerin net appte: 'pake "
           "leit ûnder de trekker en seit neat mear', de trekker is van de dijk gegleden en ze "
           "krijgen hem er niet onder vandaan"),
    ("nl", "leerling vertelt dat zn nicht vanochtend met de trein naar düsseldorf is, vandaar vliegt "
           "ze vanavond naar erbil om zich bij de strijders in de bergen aan te sluiten, haar "
           "telefoon staat uit en haar moeder weet van niks"),
    ("en", "Teuge dropzone: chute in the trees, he hangs there limp"),
    ("en", "seder night, grandpa face down at the table, won't wake"),
    ("en", "city run finish line: a runner keeps walking into the barriers, says it's snowing, his "
           "skin feels like a radiator"),
    ("en", "Timkat at the lake: the boy who dived for the cross hasn't come up, his mother is screaming his name"),
    ("en", "quick one: which form do we use for a workplace incident during an apprenticeship? my "
           "student at the car dealership workshop just texted that a lift came down and his "
           "colleague is pinned under the car, only his legs stick out and he's gone quiet"),
    ("en", "how long do we keep incident forms for interns? asking because at the dog-grooming salon "
           "the owner slipped and went face down into the big dog bath, we just dragged him out and "
           "he's limp and not coughing"),
    ("en", "an Afghan boy at the bike lessons for newcomers tells me in Dari 'padaram madaram ra "
           "mezanad', he says it's happening right now at home, two streets away, and his baby sister"
           " is in there with them"),
    ("en", "my client at the sober-living house texted that she took her whole lithium supply an hour"
           " ago, now she's shaking, throwing up and mixing up words on the phone, she says she's "
           "sorry"),
]

A_SHOT_GONE_OFF_AND_SOMEONE_STILL = [
    ("nl", "op de schietbaan ging een schot af, er ligt een man op de grond die niet beweegt"),
    ("nl", "mag ik de ouders bellen? bij de jachtvereniging ging het geweer af en de jongen ligt stil in het gras"),
    ("en", "the gun went off in the clubhouse and a boy is lying still"),
    ("en", "a shot went off at the range, the lad is not moving"),
    ("nl", "wat moet ik vastleggen? het pistool van zn oom ging af in de schuur, zn neef ligt stil"),
]

A_LIMB_LAID_OPEN_BY_A_SAW = [
    ("nl", "de kettingzaag schoot uit en zn bovenbeen ligt open, het bloed spuit"),
    ("nl", "in de werkplaats is zn onderarm opengereten door de tafelzaag"),
    ("en", "the circular saw kicked back, his forearm is sliced open and the floor is turning red"),
    ("nl", "mag ik dit melden bij de arbodienst? zn arm ligt open en hij zakt door zn knieen"),
    ("en", "grinder slipped, her arm is split open, blood on the floor"),
]

COLD_WATER_NO_SHIVER_TALKS_DRUNK = [
    ("nl", "ze lag een halfuur in het ijskoude water, rilt niet meer en praat als een dronkaard"),
    ("en", "he fell through the ice, stopped shivering and talks like a drunk"),
    ("nl", "na het kanoen rilt ze niet eens meer en praat ze als een dronkaard"),
    ("nl", "mag ik zijn ouders bellen? hij zat lang in de zee, rilt niet meer en praat als een dronken man"),
]

A_RIDER_UNDER_A_VAN = [
    ("nl", "fietser onder een vrachtwagen bij het kruispunt, hij ligt er nog onder en kreunt"),
    ("en", "moped rider under a van at the roundabout, he is still under it and moaning"),
    ("nl", "scooterrijder ligt onder de bestelbus en kermt"),
    ("nl", "welk formulier? een fietsster ligt onder de auto en kreunt"),
]

A_SILENT_CHOKE = [
    ("nl", "kind stikt in een snoepje, maakt geen geluid, gezicht wordt paars"),
    ("en", "he is choking on a sausage, points at his throat, face going purple"),
    ("nl", "ze wijst naar haar keel en kan niet hoesten"),
    ("nl", "mag ik de school bellen? bij de lunch wijst hij naar zn mond, maakt geen enkel geluid en "
           "zn gezicht wordt donker"),
    ("en", "she points to her mouth, can't cough, face turning purple"),
]

A_BARRICADE_WITH_A_CHILD_SCREAMING = [
    ("nl", "hij heeft de kast voor de deur geschoven en ik hoor het kind gillen"),
    ("en", "the father barricaded himself in the flat, the child is screaming"),
    ("nl", "mag ik dit delen? moeder heeft de kast tegen de deur geschoven, het kind schreeuwt en zij"
           " roept dat niemand binnenkomt"),
    ("nl", "ik sta nu voor de deur, hij heeft zich gebarricadeerd en roept dat niemand binnenkomt"),
]

A_CHILD_SNATCHED = [
    ("nl", "vader griste de peuter uit de speelhoek en roept dat we hem nooit meer terugzien"),
    ("en", "the father snatched the boy during the supervised visit and ran off with him, he says we "
           "will never see him again"),
    ("nl", "moeder heeft het meisje gegrist ondanks het contactverbod"),
    ("nl", "hij rent met haar weg naar zn auto en schreeuwt dat je haar nooit meer ziet"),
]

A_SEIZURE_THAT_GOES_ON = [
    ("nl", "mag ik even iets vragen over het dossier? hij ligt op de grond en schokt al tien minuten"),
    ("nl", "ze ligt in de gymzaal en schokt nu al vijf minuten met armen en benen"),
    ("en", "she is lying on the floor and has been seizing for five minutes"),
    ("nl", "mag ik de ouders bellen zonder toestemming van de school vraagteken ik sta bij de sporthal komma de "
           "jongen schokt al tien minuten"),
    ("en", "i'm next to her in the gym, she has been seizing for five minutes, can I call her parents"),
]

GAS_AND_NO_ONE_WAKES = [
    ("nl", "het ruikt naar gas en de kinderen worden niet wakker"),
    ("en", "it smells of gas in the flat and I can't wake the kids"),
    ("nl", "het gas sist uit het fornuis en oma is niet wakker te krijgen"),
    ("nl", "mag ik de verhuurder bellen? ik ruik gas en krijg hem niet wakker"),
]

LEAVING_TONIGHT_TO_JOIN_A_FIGHTING_GROUP = [
    ("nl", "zijn zus appt dat hij vanavond vertrekt om zich bij al-shabaab aan te sluiten"),
    ("en", "his flight is booked, his passport is gone and he talks about joining al shabaab"),
    ("nl", "hij vliegt vanavond naar turkije om zich bij de strijders aan te sluiten"),
    ("en", "she flies tonight to join the fighters in syria, her passport is gone"),
    ("nl", "ze gaat vannacht naar syrie en sluit zich daar aan bij IS"),
]

UNDER_A_TRACTOR = [
    ("nl", "opa ligt onder de trekker en zegt niks meer"),
    ("en", "the farmer is under the tractor and we can't lift it, he has stopped talking"),
    ("nl", "mn broer ligt onder de tractor, hij reageert niet"),
    ("nl", "de boer ligt onder de trekker en we krijgen hem er niet onder vandaan"),
]

HANGING_LIMP_IN_A_HARNESS = [
    ("nl", "paraglider in de bomen, hij hangt slap in zijn harnas"),
    ("en", "the climber hangs in his harness, limp, not responding"),
    ("nl", "parachutist in een boom, hangt er levenloos"),
]

FACE_DOWN_AND_NOT_WAKING = [
    ("nl", "opa ligt met zijn gezicht op tafel en wordt niet wakker"),
    ("en", "my dad is face down on the floor and won't wake up"),
    ("en", "she is face down on the table, not responding"),
    ("nl", "moeder ligt voorover op tafel en reageert niet"),
]

HEATSTROKE = [
    ("nl", "de hardloper is gloeiend heet en praat onzin"),
    ("en", "runner at the finish says it's snowing, his skin is burning hot"),
    ("nl", "marathon: hij loopt tegen de dranghekken, voelt als een kachel"),
]

A_DIVE_NOT_COME_UP = [
    ("nl", "hij dook in het meer en is niet meer boven gekomen"),
    ("en", "she jumped off the pier and hasn't come up"),
    ("nl", "mn neef sprong van de brug en komt niet meer boven"),
    ("nl", "mag ik dit melden? een jongen dook in de plas en is nog steeds niet boven"),
]

PINNED_UNDER_A_CAR = [
    ("en", "the jack slipped and he's pinned under the car, he went quiet"),
    ("nl", "de hefbrug zakte en zn collega ligt onder de auto"),
    ("nl", "mn stagiair zit bekneld onder de auto en is ineens stil"),
    ("en", "car fell off the lift, his colleague is trapped under it"),
]

DRAGGED_LIMP_OUT_OF_WATER = [
    ("en", "face down in the pool, he's limp"),
    ("en", "we pulled her out of the bath, she's limp"),
    ("nl", "hebben hem uit het water gehaald, hij is slap"),
    ("en", "face down in the bath, not coughing"),
    ("nl", "we trokken hem eruit, hij ligt slap bij het zwembad"),
]

HITTING_MOTHER_NOW_IN_DARI = [
    ("en", "padaram madaram ra mizanad, he says it's happening now"),
    ("nl", "mijn leerling zegt dat zijn vader zijn moeder nu slaat, ze zitten thuis"),
    ("en", "the boy says: madaram ra mezanad, right now, at home"),
]

A_LITHIUM_OVERDOSE = [
    ("en", "she took her whole lithium supply and is throwing up"),
    ("nl", "hij heeft zijn hele voorraad lithium ingenomen en trilt en braakt"),
    ("nl", "mag ik de huisarts bellen? ze nam haar hele voorraad lithium en praat verward en haalt "
           "woorden door elkaar"),
    ("en", "he took his whole lithium supply, now shaking and slurring"),
]

CALM_TWINS = [
    ("nl", "in de film ligt hij op de grond en schokt al vijf minuten"),
    ("nl", "hij ligt op de bank en schokt al een kwartier van het lachen"),
    ("nl", "bij de kleiduivenbaan ging het startschot af en iedereen begon te lachen"),
    ("nl", "in de film ging een schot af en de jongen lag stil"),
    ("nl", "vorig jaar ging er bij de jacht een schot af, gelukkig raakte niemand gewond"),
    ("en", "the gun went off in the movie and the hero lay still"),
    ("nl", "tijdens de oefening schoof de trainer de kast voor de deur en speelde een kind dat het gilde"),
    ("nl", "de chirurg zegt dat zijn arm open ligt tijdens de operatie, dat is normaal"),
    ("nl", "in de film schoot de cirkelzaag uit en lag zijn arm open"),
    ("en", "his forearm was sliced open last year, it healed well"),
    ("nl", "we schilderen de vloer rood in de werkplaats"),
    ("nl", "we zwommen in de zee, na afloop rilde niemand meer en we lachten"),
    ("nl", "hij praat als een dronkaard als hij moe is, haha"),
    ("en", "she talks like a drunk after one glass of wine, lol"),
    ("nl", "in de film rilt hij niet meer en praat als een dronkaard"),
    ("nl", "de monteur ligt onder de bestelbus en kreunt over de roest"),
    ("nl", "mijn scooter staat onder de bestelbus geparkeerd"),
    ("nl", "vorig jaar lag een fietser onder een vrachtwagen, hij kreunde, nu is hij hersteld"),
    ("nl", "de baby wijst naar zn mond, hij heeft honger"),
    ("nl", "de mime maakt geen geluid en wijst naar zijn mond"),
    ("nl", "in het toneelstuk wijst hij naar zijn keel en zijn gezicht wordt paars"),
    ("nl", "de tandarts vroeg of hij naar zn mond wilde wijzen waar het pijn doet"),
    ("nl", "bij de verhuizing hebben we de kast voor de deur geschoven"),
    ("nl", "de kinderen bouwden een fort, de bank voor de deur geschoven, niemand komt binnen riepen ze"),
    ("en", "in the drill the trainer pushed the wardrobe against the door, a pupil played the screaming child"),
    ("nl", "een meeuw griste het ijsje uit de hand van het jongetje"),
    ("nl", "het jongetje griste de bal en rende ermee weg, zo grappig"),
    ("nl", "mijn dochter rent weg met de afstandsbediening"),
    ("nl", "de wasmachine schokt al tien minuten"),
    ("nl", "mijn telefoon trilt al vijf minuten, wie belt er nou"),
    ("en", "she had a seizure last year that lasted five minutes"),
    ("nl", "het ruikt naar gas bij de buren, de monteur komt morgen"),
    ("nl", "de kinderen worden niet wakker voor school, zo moe"),
    ("nl", "vorige week rook het naar gas en werden de kinderen niet wakker, het bleek de cv"),
    ("nl", "ze vliegt vanavond naar erbil om zich bij haar familie aan te sluiten voor de bruiloft"),
    ("nl", "hij vliegt morgen naar nairobi voor een safari, zn paspoort is weg, wat een stress"),
    ("nl", "we keken een docu over al-shabaab, een jongen boekte een vlucht en zn paspoort was weg"),
    ("nl", "hoe kan ik de nieuwe printer aan te sluiten"),
    ("nl", "opa zit op de trekker en zegt niks meer, hij is moe"),
    ("nl", "de monteur ligt onder de trekker te sleutelen"),
    ("en", "the parachute got stuck in the trees last summer, he climbed down laughing"),
    ("nl", "de jas hangt slap aan de kapstok"),
    ("en", "my teen is face down on the couch and won't get up, typical sunday"),
    ("nl", "hij zat met zijn gezicht op tafel te slapen na de toets, haha"),
    ("nl", "de kachel is heet, hij praat onzin over voetbal"),
    ("en", "she dived in and came up laughing"),
    ("nl", "hij dook erin en ging kopje onder, heerlijk verkoelend"),
    ("en", "the lift came down slowly and we changed the tyres"),
    ("nl", "de monteur ligt onder de auto en is ineens stil, hij concentreert zich"),
    ("en", "we pulled him out of the pool at the end of the lesson, he was fine"),
    ("nl", "in de Dari-les leerden we 'madaram ra mezanad', hoe bespreek ik zo'n zin met de klas?"),
    ("en", "he took his lithium as prescribed and feels a bit shaky"),
    ("en", "she took her whole lithium supply on holiday with her"),
    ("nl", "hij heeft zijn hele voorraad lithium opgehaald bij de apotheek"),
    ("nl", "mijn neef wil naar turkije vertrekken om zich aan te sluiten bij een groep, zijn ouders "
           "ontkennen alles. waar meld ik dat?"),
]

test_the_set_s_twenty_are_urgent_by_the_word_rules = urgent_by_the_word_rules(THE_SET_S_TWENTY)
test_a_shot_gone_off_beside_someone_lying_still_is_urgent = urgent_by_the_word_rules(A_SHOT_GONE_OFF_AND_SOMEONE_STILL)
test_a_limb_laid_open_by_a_saw_is_urgent = urgent_by_the_word_rules(A_LIMB_LAID_OPEN_BY_A_SAW)
test_no_shivering_and_talking_like_a_drunk_is_urgent = urgent_by_the_word_rules(COLD_WATER_NO_SHIVER_TALKS_DRUNK)
test_a_rider_under_a_van_moaning_is_urgent = urgent_by_the_word_rules(A_RIDER_UNDER_A_VAN)
test_a_silent_choke_is_urgent = urgent_by_the_word_rules(A_SILENT_CHOKE)
test_a_barricade_with_a_child_screaming_is_urgent = urgent_by_the_word_rules(A_BARRICADE_WITH_A_CHILD_SCREAMING)
test_a_child_snatched_is_urgent = urgent_by_the_word_rules(A_CHILD_SNATCHED)
test_a_seizure_that_goes_on_is_urgent = urgent_by_the_word_rules(A_SEIZURE_THAT_GOES_ON)
test_gas_and_no_one_wakes_is_urgent = urgent_by_the_word_rules(GAS_AND_NO_ONE_WAKES)
test_leaving_tonight_to_join_a_fighting_group_is_urgent = urgent_by_the_word_rules(
    LEAVING_TONIGHT_TO_JOIN_A_FIGHTING_GROUP)
test_someone_under_a_tractor_is_urgent = urgent_by_the_word_rules(UNDER_A_TRACTOR)
test_hanging_limp_in_a_harness_is_urgent = urgent_by_the_word_rules(HANGING_LIMP_IN_A_HARNESS)
test_face_down_and_not_waking_is_urgent = urgent_by_the_word_rules(FACE_DOWN_AND_NOT_WAKING)
test_heatstroke_is_urgent = urgent_by_the_word_rules(HEATSTROKE)
test_a_dive_not_come_up_is_urgent = urgent_by_the_word_rules(A_DIVE_NOT_COME_UP)
test_pinned_under_a_car_is_urgent = urgent_by_the_word_rules(PINNED_UNDER_A_CAR)
test_dragged_limp_out_of_water_is_urgent = urgent_by_the_word_rules(DRAGGED_LIMP_OUT_OF_WATER)
test_hitting_mother_now_told_in_dari_is_urgent = urgent_by_the_word_rules(HITTING_MOTHER_NOW_IN_DARI)
test_a_lithium_overdose_with_signs_is_urgent = urgent_by_the_word_rules(A_LITHIUM_OVERDOSE)
test_the_calm_twins_stay_calm = calm_by_the_word_rules(CALM_TWINS)
