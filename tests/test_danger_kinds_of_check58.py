"""Misses of kinds_check58 (the fifty-eighth session's in-session check of short danger scenes in ten kinds; tuning
data now), made word rules as kinds (brief DR115), each kind in three or more wordings of our own, Dutch and English
(also non-native English with a Dutch word), each with calm twins.

At the session's end the bot missed 14 of the set's 100 urgent scenes, the word rules alone 34. The kinds: a cord or
scarf pulled tight round a neck; out in the cold, stiff or mumbling, breathing hardly seen; empty pill pots or a pill
box beside a goodbye ('ik ben klaar', 'sorry voor alles') or a phone off, also in a social-media story ('plaatst
story' is no tale); a fire with someone not out yet or still inside, the verb apart from the thing burning; a fever
beside a rash that does not fade, purple spots or mottled skin; people not reacting in a boiler room; a hand that
cannot let go of a lamp lead or a bare wire, the body shaking, or a body lying still at a transformer hut or the
overhead line; a dog biting a person (or a limb or a face) and not letting go, with deep wounds or biting on. A dog
biting a toy or another dog stays calm; a past tense ('trok gisteren een sjaal strak') is told afterwards.
A second round took the rules-only misses left: an arm pressed round a neck with no sound (#5), stiff in the snow
not knowing where he is (#15), rasping under a tractor or a trailer (#29, #30), empty strips with 'alles op' (#38).
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

THE_MISSES_OF_KINDS_CHECK58 = [
    # missed as the bot ran at the session's end (#6, #16, #32, #35, #54, #58, #62, #66, #68, #78, #88, #93, #94, #96)
    ('nl', 'Man in Tilburg trekt een koord om de hals van zijn vriendin, ze zegt niks meer'),
    ('nl', 'Dakloze man op een bankje in Leeuwarden, ijskoud, mompelt onverstaanbaar, ademhaling nauwelijks te zien'),
    ('nl', "Leerling zet 'dag iedereen' in de klasapp met een foto van een lege pillendoos"),
    ('nl', "Meisje uit Deventer plaatst story met lege medicijnpotjes en 'ik ben klaar', telefoon staat uit"),
    ('nl', 'Schuur achter de school brandt en twee leerlingen zijn er nog niet uitgekomen'),
    ('en', 'Caravan on the camping burns, thick rook, the boy is still inside and comes not out'),
    ('nl', 'Kind op schoolreis gloeit van de koorts, heeft vlekjes die niet wegdrukken en is suf'),
    ('nl', 'Leerling in Gouda ligt met koorts in de ziekenkamer, uitslag verdwijnt niet onder een glas, slap'),
    ('en', 'Child on the schoolreis is glowing with koorts, has spots that do not press away'),
    ('en', 'In the ketelruimte of the home lie two people, they react not, I get headache too'),
    ('en', 'Client holds the snoer of the lamp and can not let go, body shakes all over'),
    ('nl', 'Hond van de familie bijt mijn cliënt in zijn gezicht, diepe wonden, hij schreeuwt'),
    ('nl', 'Loslopende herder heeft een kind bij het schoolhek in de nek gebeten en blijft bijten'),
    ('nl', 'Twee honden trekken aan de arm van een oudere vrouw, diepe wonden, ze valt'),
    # missed by the word rules alone, caught by the meaning model
    # (#9, #12, #18, #20, #39, #59, #63, #69, #70, #83, #84, #89, #98, #99, #100)
    ('en', 'In the buurthuis pulls a boy a cord around the neck of another, he is silent'),
    ('nl', 'Man gevonden in de sneeuw bij het station in Assen, stijf, ademt heel langzaam'),
    ('en', 'Man lies since this morning in the sneeuw by the dijk, stiff and breathing very slow'),
    ('en', 'Student is the whole night outside in the vorst, now stiff and mumbling, breathing slow'),
    ('en', "Student posts now in the groepsapp 'bye everyone' and a photo of an empty pillbox"),
    ('en', 'Smoke comes out the flat of my client, she is still inside, opens not the deur'),
    ('nl', 'Meisje in het jongerencentrum heeft koorts, paarse vlekken op haar benen en is amper wakker'),
    ('en', 'Girl in the buurthuis has fever and purple vlekken on her legs, she is hardly awake'),
    ('en', 'Man in the cell is glowing, skin is gemarmerd, he breathes fast and wakes almost not'),
    ('nl', 'Jongen klom in een elektriciteitshuisje in Roermond, hij ligt stil na een flits'),
    ('nl', 'Man raakte de bovenleiding bij het spoor in Amersfoort, ligt nu stil naast de rails'),
    ('en', 'Man has touched the bovenleiding at the station, now he lies still next to the rails'),
    ('en', 'Dog bites a boy on the voetbalveld in his arm and lets not go, deep wounds'),
    ('en', 'Big hond has a child at the schoolplein by the leg, bites deep, lets not go'),
    ('en', 'The hond of the family bites my client in the face, deep wounds, goes on'),
    # missed by the word rules alone, taken in the second round (#5, #15, #29, #30, #38)
    ('nl', 'In de kleedkamer drukt een leerling zijn arm om de nek van Sem, hij piept niet'),
    ('nl', 'Leerling zit sinds vanochtend in de sneeuw bij het fietsenhok, stijf, weet niet waar hij is'),
    ('en', 'Farmer is stuck under his trekker in the field, he breathes rasping and reacts not'),
    ('en', 'Under the aanhanger of the school trip lies a student, rasping, he does not answer'),
    ('en', "Boy sends just now a foto of empty strips with 'alles op', he answers no more"),
]

# Each kind in our own wordings (three or more per kind, Dutch and English); calm twins below.
THE_KINDS_IN_OTHER_WORDINGS = [
    # a cord or scarf pulled tight round a neck
    ('nl', 'Een jongen trekt een veter strak om de hals van zijn broertje in het fietsenhok'),
    ('nl', 'Bij de bushalte draait een man een sjaal om de nek van een vrouw'),
    ('en', 'a girl is pulling a rope tight around the neck of her classmate in the toilets'),
    ('en', 'In the kantine tightens a man a towel round her neck, she makes no sound'),
    # out in the cold, stiff or mumbling, breathing hardly seen
    ('nl', 'Een oude man zit ijskoud op de stoep, hij is verward en ademt heel langzaam'),
    ('nl', 'Buiten in de vorst ligt een zwerver, stijf en hij mompelt alleen nog'),
    ('en', 'A woman sits in the frozen park all night, ice-cold, confused and barely breathing'),
    ('en', 'Our student lies outside in the sneeuw, he is stiff and mumbles'),
    # empty pill pots or a pill box with a goodbye or a phone off
    ('nl', "Cliënt stuurt een foto van lege medicijnpotjes met 'sorry voor alles'"),
    ('nl', 'Mijn leerling appt een foto van een lege pillendoos, haar telefoon staat nu uit'),
    ('en', "A boy posts an empty pill bottle on snapchat with 'i'm done'"),
    ('en', "Girl sends photo of lege potjes pillen and writes 'bye everyone'"),
    # a fire with someone not out yet
    ('nl', 'De garage van de buren brandt en de opa is er nog niet uitgekomen'),
    ('nl', 'Er komt dikke rook uit het tuinhuis, de kinderen komen er niet uit'),
    ('en', 'The camper van is burning and the driver is not out yet'),
    ('en', 'Thick smoke pouring out of the kitchen, my client is still in there'),
    # a fever with a rash that does not fade, purple spots or mottled skin
    ('nl', 'Peuter heeft hoge koorts en rode vlekjes die niet weg te drukken zijn'),
    ('nl', 'Bewoner is koortsig en heeft paarse vlekjes op zijn armen'),
    ('en', 'A toddler has a high fever and a rash that does not fade when I press a glass on it'),
    ('en', 'My client is feverish and her skin is mottled on the knees'),
    # people not reacting in a boiler room
    ('nl', 'In het ketelhuis van de school ligt de conciërge, hij reageert niet meer'),
    ('nl', 'Twee schoonmakers zitten in de cv-ruimte en reageren nergens op'),
    ('en', 'Two workers collapsed in the boiler room of the sports hall'),
    ('en', 'In the stookruimte a man is on the floor, unresponsive'),
    # a hand that cannot let go of a lead, the body shaking; lying still at a power line or transformer hut
    ('nl', 'Mijn cliënt pakt een kapot verlengsnoer en kan niet loslaten, zijn arm trilt'),
    ('nl', 'Een jongen ligt stil bij het trafohuisje achter de sporthal'),
    ('en', 'The boy grabbed a bare wire in the shed, he cannot let go and is shaking'),
    ('en', 'A man lies still under the power line next to the tracks'),
    # a dog biting a person and not letting go, deep wounds, or biting on
    ('nl', 'Een rottweiler bijt een meisje in haar been en laat niet los'),
    ('nl', 'De hond van de buren heeft mijn cliënt gebeten, diepe wonden in zijn hand'),
    ('en', 'A big dog is biting a toddler in the face and keeps biting'),
    ('en', 'Two dogs are tearing at the arm of a postman, deep wounds'),
    # an arm pressed round a neck with no sound; stiff in the cold and lost; rasping under a vehicle; empty strips, 'alles op'
    ('nl', 'Op de gang drukt een man zijn arm om de nek van een bewoner, die maakt geen geluid meer'),
    ('en', 'A boy holds his arm around her neck in the hallway, she makes no sound'),
    ('nl', 'Een man zit verstijfd in de vrieskou bij de bushalte en weet niet waar hij is'),
    ('en', 'Girl is stiff with cold in the snow and does not know where she is'),
    ('nl', 'Een monteur zit klem onder de heftruck en ademt raspend'),
    ('en', 'A child lies under the trailer of the truck, gasping'),
    ('nl', "Cliënt stuurt een foto van een lege strip pillen: 'alles op'"),
    ('en', "He texts a photo of empty blister packs, 'all gone'"),
]

THEIR_CALM_TWINS = [
    # a cord pulled round a neck
    ('nl', 'Een jongen trekt een veter strak om de hals van een pop bij de EHBO-les, niemand is in gevaar'),
    ('en', 'In the crime series a man pulls a rope tight around the neck of a woman; how do I talk about it with the class?'),
    # out in the cold
    ('nl', 'Vorige winter zat een oude man ijskoud op de stoep, verward; hoe meld ik dat achteraf?'),
    ('en', 'What if a woman sits in the frozen park all night, ice-cold and confused, what is the protocol?'),
    # empty pill pots
    ('nl', 'Cliënt bracht vorige week zijn lege medicijnpotjes terug naar de apotheek, alles is in orde'),
    ('en', "In the novel we read, a boy posts an empty pill bottle with 'i'm done'; how do I discuss it?"),
    # a fire with someone not out
    ('nl', 'De garage van de buren brandde vorig jaar af, er was niemand binnen'),
    ('en', 'What if the camper van is burning and the driver is not out yet, who calls the fire brigade?'),
    ('nl', 'De bbq brandt in de tuin en de kinderen zijn nog binnen, er komt dikke rook uit de grill'),
    # a fever with a rash
    ('nl', 'Peuter had vorige week koorts met vlekjes; de huisarts zag niets ernstigs en hij speelt weer'),
    ('en', 'What does it mean when a child has a fever and purple spots? Question for our first-aid course'),
    # a boiler room
    ('nl', 'In het ketelhuis van de school is de ketel kapot, mag de conciërge die zelf repareren?'),
    ('en', 'Do we need a gas detector in the boiler room of the sports hall?'),
    # a lamp lead or a bare wire
    ('nl', 'Mijn cliënt wil een verlengsnoer kopen, mag dat op zijn kamer?'),
    ('en', 'In our safety video a dummy cannot let go of a bare wire, its arm shaking'),
    # a dog biting
    ('nl', 'Een rottweiler bijt in een speeltje en laat niet los, niemand is geraakt'),
    ('en', 'Last year a dog bit my client, deep wounds; he is healed now, how do I note it?'),
    # a hug, a cold walk, a car mechanic, a pharmacy
    ('nl', 'Opa slaat lachend zijn arm om de nek van zijn kleinzoon op de foto'),
    ('nl', 'Na de wandeling in de sneeuw waren mijn benen stijf, maar ik ben weer thuis en warm'),
    ('en', 'The mechanic lies under the car to change the oil, humming a song'),
    ('nl', "Vorige maand bracht mijn cliënt de lege strips terug naar de apotheek: 'alles op', zei hij, en kreeg nieuwe"),
    # a course, a school play, a safety video or a protocol question (kinds_check58's calm #1, #40, #47, #53)
    ('nl', 'Op de EHBO-training leren we herkennen wanneer een kind gloeit en een gemarmerde huid heeft'),
    ('en', 'What should we do if a child has a fever and purple spots on the legs?'),
    ('nl', 'Een meisje knijpt een jongen de keel dicht, maar het is een scène uit ons toneelstuk'),
    ('en', 'In the training video a worker is stuck to a live cable, his body shaking'),
]

# The lead's review: a denial 'no person was hurt' / 'geen mens is geraakt', written for a dog biting another dog,
# talked down a shooting or a stabbing still going on; it was dropped, and these stay 112.
NOBODY_HIT_YET_BUT_IT_GOES_ON = [
    ('nl', 'er is een schietpartij in de aula, geen mens is geraakt maar hij schiet nog steeds'),
    ('en', 'man with a knife in the hall, no person was hurt yet but he is stabbing at the door now'),
    ('nl', 'er wordt geschoten bij de ingang, geen mens gewond tot nu toe, hij schiet nog door'),
]
test_the_misses_of_kinds_check58_are_urgent = urgent_by_the_word_rules(THE_MISSES_OF_KINDS_CHECK58)
test_nobody_hit_yet_but_it_goes_on_is_urgent = urgent_by_the_word_rules(NOBODY_HIT_YET_BUT_IT_GOES_ON)
test_the_kinds_in_other_wordings_are_urgent = urgent_by_the_word_rules(THE_KINDS_IN_OTHER_WORDINGS)
test_a_drill_a_story_the_past_or_a_toy_stays_calm = calm_by_the_word_rules(THEIR_CALM_TWINS)
