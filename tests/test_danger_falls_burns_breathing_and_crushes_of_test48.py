"""Ideas from urgent_test48 (scored once, blind; tuning data now), scenes of bodies in danger now, each written in
words of our own, with calm twins (the same scene over, in a story, in a lesson, or a question about the rules).

Caught (word rules alone), each with two signs: a parent on the floor who does not talk or open the eyes, told by a
young child; hot fat over someone's legs with the skin coming loose; an asthma attack where the inhaler does not help
and the lips go grey; smoke pouring into a room seen on a video call, with coughing or a door that will not open; a
worker under a load or a machine, grey, 'not breathing' called in Polish; a courier under a van, not moving; a child
hanging on a bridge that is opening; a toddler leaning out of an open window high up; snoring with long pauses
without breath after G, no waking; a fall from a hut or a platform onto a spike, gone quiet; a fire in a shed with
children still up top who cannot get past the smoke; a fall on the head, then 'asleep' with snoring breath or one
pupil larger, no waking; someone hanging from a pipe or a beam; a blow to the neck with no feeling in the legs and
snoring breath, told after a question about the rules; pulled from the water, not breathing, CPR going on; choking
with no sound and a face going dark (also called in Somali); a car crashed onto its roof, smoking, no answer; a fall
down the stairs with blood under the head, told by a child; cuts sent with a goodbye from behind a locked door; a nut
allergy with a swollen tongue and a collapse; a driver slumped over the wheel, 'not breathing' called in Romanian;
sleeping pills saved up and laid out with 'tonight it ends' and no answer, told after a question about the rules.
The very short messages of the set are here as ideas of the same size.

Second round (sentences of our own near the new lines): a child pretending to sleep, a tent that collapsed after satay,
a cat on a sill, a boy doing pull-ups from a beam, a nail in a bike tyre, CPR on television and a lighter at a barbecue
made the lines ask for a second or third sign (an allergy named, a floor high up, a hidden place, a body part, a
threat to blow it up)."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # a parent on the floor, not talking, eyes closed, told by a young child
    ("nl", "papa ligt in de badkamer op de vloer en hij zegt niks en doet zijn ogen niet open, ik ben alleen met mijn zusje"),
    ("en", "my dad is lying on the kitchen floor, he won't open his eyes and he isn't talking, i'm 9"),
    # hot fat over the legs or an arm, the skin coming loose, pale and shaking
    ("nl", "in de kantine van de voetbalclub is de frituurpan over de voeten van een vrijwilliger gekiept, het vel komt los en hij wordt grauw"),
    ("en", "at the chippy a pan of hot oil tipped onto a girl's arm, the skin is coming away and she's shaking"),
    ("nl", "frituurpan over zijn benen, vel laat los"),
    # an asthma attack: the inhaler does not help, the lips grey or blue
    ("nl", "bij de sportdag zit een jongen voorovergebogen in het gras, hij piept bij elke ademteug, zijn puffer helpt niet en zijn lippen worden blauw"),
    ("en", "a girl on the school trip is wheezing, can't finish a sentence, her inhaler isn't helping and her lips are going grey"),
    # pills saved up, laid out, 'tonight it ends', no answer, told after a question about the rules
    ("nl", "even een vraag over de meldcode, en verder: een deelnemer appte net dat hij al zijn slaappillen heeft verzameld, de strips liggen klaar en 'vannacht is het voorbij'. hij neemt niet meer op"),
    ("en", "one question about the reporting code, and also: a client just rang to say he's been saving up all his sleeping pills, they're laid out on the table and 'tonight it ends'. he isn't picking up now"),
    ("nl", "een cliënt belde dat vanavond alles klaar is en neemt nu niet meer op, hij zei dat hij al zn pillen bij elkaar heeft"),
    # smoke pouring into a room seen on a video call; coughing, a door that will not open
    ("nl", "tijdens het videobellen met een cliënt zie ik rook zijn slaapkamer in komen, hij hoest en zegt dat de deur niet open gaat"),
    ("en", "on a zoom call with a student i can see smoke pouring into her room behind her, she's coughing and says she can't open the door"),
    # a worker under a load or a machine, grey, 'not breathing' called in Polish
    ("nl", "op de bouwplaats is een hoogwerker omgevallen, een arbeider ligt eronder, zijn maten roepen 'nie oddycha' en hij is grauw"),
    ("en", "at the warehouse a stack of pallets fell on a worker, his mates keep shouting nie oddycha and he's turning grey"),
    # a courier or rider under a van or a lorry, not moving (a short message)
    ("nl", "fietskoerier onder een vrachtwagen, beweegt niet"),
    ("en", "scooter courier under a lorry, not moving"),
    ("nl", "pakketbezorger ligt onder zijn busje en beweegt niet meer"),
    # a child hanging on a bridge that is opening (a short message)
    ("nl", "jongetje hangt aan de brugklep die opengaat"),
    ("en", "kid clinging to the drawbridge as it lifts"),
    ("nl", "meisje hangt aan de ophaalbrug en hij gaat omhoog"),
    # a toddler leaning out of an open window high up
    ("nl", "een peuter staat bij de overburen op de vensterbank van een open raam op de derde verdieping en leunt naar buiten"),
    ("en", "a toddler across the road is standing on the sill of an open window on the fourth floor, leaning out, no adult in sight"),
    # snoring with long pauses without breath after G, no waking
    ("nl", "op het feest ligt een meisje te snurken met lange stiltes zonder adem ertussen, we krijgen haar niet wakker, ze had twee dopjes g"),
    ("en", "at the party a guy is snoring and then not breathing for ages, we can't wake him, he had a couple of caps of G"),
    # a fall from a hut or a platform onto a spike or a nail, gone quiet
    ("nl", "bij de speeltuin is een jongen uit de boomhut gevallen op een hek, er zit een spijker in zijn zij en hij zegt niks meer"),
    ("en", "a kid fell off the top of the treehouse onto a fence post, there's a nail in his side and he's gone quiet"),
    # a fire in a shed with children still up top who cannot get past the smoke
    ("nl", "in de feestloods staat het decor in brand, er zitten nog drie kinderen op de zolder en ze kunnen er niet langs door de zwarte rook"),
    ("en", "the barn is on fire, the straw is burning and two boys are still up in the hayloft, they can't get past the black smoke"),
    ("nl", "in de loods vatte de kerstboom vlam en er zitten nog twee meiden bovenop de steiger, de rook wordt zwart"),
    # a fall on the head, then 'asleep' with snoring breath or one pupil larger, no waking
    ("en", "my colleague fell off a ladder onto his head, now he's like asleep making snoring noises and one pupil is bigger, we can't wake him"),
    ("en", "colleague fall from shelf on head, now he sleep and breathe strange, we cannot wake him"),
    ("nl", "collega van de stellage gevallen op zijn hoofd, nu slaapt hij en ademt raar, we krijgen hem niet wakker"),
    # someone hanging from a pipe or a beam (a short message)
    ("en", "girl hanging from a beam in the barn"),
    ("en", "man hanging from the stairwell pipe, not moving"),
    ("nl", "jongen hangt aan een balk op zolder"),
    # a blow to the neck, no feeling in the legs, snoring breath, after a question about the rules
    ("en", "a question about sharing data with the school first. also, right now at football a boy took a boot to the neck, he's lying flat, can't feel his legs and his breathing sounds like snoring"),
    ("nl", "vraagje over het convenant: mag ik de mentor inlichten? los daarvan, bij de training kreeg een speler net een knie in zijn nek, hij ligt op zijn rug en voelt zijn benen niet"),
    # pulled from the water, not breathing, CPR going on
    ("en", "at the lido a lifeguard just dragged a boy off the bottom, his chest isn't rising and she's doing cpr on her own"),
    ("nl", "in het zwembad is een meisje van de bodem gehaald, ze ademt niet en de badmeester is haar aan het reanimeren"),
    # choking: holding the throat, no sound, the face going dark (also called in Somali)
    ("en", "a toddler at the playgroup swallowed a marble, she's clutching her throat, no sound is coming out and her face is going dark"),
    ("nl", "een jongen in de kantine heeft een stuk worst in zijn keel, hij grijpt naar zijn keel, er komt geen geluid uit en hij wordt donker in zijn gezicht"),
    ("en", "a mother at the library is screaming ma neefsanayo, her little boy put a button in his mouth and he's clutching his throat"),
    ("en", "at the soft play a dad keeps shouting 'ma neefsanayo', his daughter swallowed a coin and is holding her throat, her face is going dark"),
    # a car crashed onto its roof, smoking, no answer
    ("en", "a car hit a lamppost on the bypass and ended up on its roof, smoke is coming out and the driver doesn't respond"),
    ("nl", "de auto van mijn neef is tegen een paal geklapt en ligt ondersteboven, er komt rook uit en hij geeft geen antwoord"),
    # a fall down the stairs, blood under the head, told by a child
    ("en", "my dad fell down the stairs and he's not talking and there's blood under his head, i'm 8"),
    ("nl", "mama is van de trap gevallen en ze praat niet en er ligt bloed onder haar hoofd, ik ben 7"),
    # cuts sent with a goodbye from behind a locked door
    ("en", "a volunteer sent me a picture of her arm with deep cuts and 'it was nice working with you', she's in the staff toilet, door locked, no answer"),
    ("nl", "een stagiaire stuurde een foto van diepe sneden in haar pols en 'het was fijn om met jullie te werken', de wc deur zit op slot en ze geeft geen antwoord"),
    # a nut allergy, a swollen tongue or lips, a collapse, the pen used
    ("en", "a boy at the kebab shop ate something with peanuts, he's allergic, his tongue is huge and now he's collapsed, his epipen is empty"),
    ("nl", "meisje heeft pindakaas gegeten en is allergisch, haar tong is dik en nu zakt ze in elkaar, haar epipen is al leeg"),
    # a driver slumped over the wheel, 'not breathing' called in Romanian
    ("en", "a bus driver is slumped over the wheel at the stop, engine running, a passenger keeps shouting nu respiră"),
    ("nl", "op de parkeerplaats hangt een vrachtwagenchauffeur voorover over zijn stuur, de motor draait en zijn collega roept 'nu respira'"),
    # second round: the same ideas in other words (a sofa, a word order, a hook in a garage, a child high up)
    ("en", "my mum won't open her eyes and isn't talking, she's on the sofa"),
    ("nl", "er hangt iemand aan een balk in de schuur"),
    ("en", "my brother is hanging from the rafters in the garage"),
    ("en", "there's a kid hanging on the drawbridge and it's going up"),
    ("nl", "een kind hangt uit het raam op vier hoog, de ouders zijn niet thuis"),
    ("en", "kid hanging from the balcony railing on the 6th floor"),
    ("nl", "rook komt de kamer in, we kunnen er niet uit, we zitten op de derde"),
    ("nl", "hij is op een hek gevallen, er zit een spijker in zijn buik en hij reageert niet"),
    ("en", "they are doing cpr on a boy at the bus stop, he's grey"),
    ("en", "car upside down in the canal, driver not responding"),
    ("nl", "hij heeft diepe snijwonden en zit in de badkamer op slot"),
    ("nl", "ik ben allergisch voor noten en heb net een koekje met pinda gegeten, ik zak in elkaar"),
    ("nl", "ze heeft haar slaappillen opgespaard en zegt dat het vannacht klaar is"),
]

CALM = [
    # a parent on the floor: a picture book, a nap after a night shift
    ("en", "in the picture book the bear lies on the floor and won't open his eyes because he is hibernating; the toddlers loved it"),
    ("nl", "in het toneelstuk ligt de moeder op de vloer en doet haar ogen niet open; is dat te eng voor groep 3?"),
    # hot fat: a plan, a lesson
    ("nl", "hoe leren we stagiairs veilig werken met de frituurpan? vorig jaar liep iemand een brandwond op"),
    ("en", "the cooking class is frying chips next week; what do we do if hot oil spills on skin? we're writing a plan"),
    # asthma: a forgotten inhaler, a mild wheeze
    ("nl", "een leerling met astma vergeet vaak zijn puffer; mag ik zijn ouders bellen?"),
    ("en", "a boy wheezes a bit after running but his inhaler helps; should pe adapt the lesson?"),
    # smoke in a room: an escape room, a cigar
    ("nl", "in de escaperoom komt rook de kamer in en gaat de deur niet open, dat hoort bij het spel; mag groep 8 mee?"),
    ("en", "a student's camera showed smoke from his dad's cigar drifting into the room; should i say something?"),
    # a worker under a load: a first aid list, an accident over
    ("nl", "bij de ehbo-les leerden we dat 'nie oddycha' pools is voor 'hij ademt niet'; is zo'n lijst handig voor ons team?"),
    ("en", "a furniture lift tipped over at a move last week, nobody was under it; who inspects those lifts?"),
    # under a van: a tyre changed, a parcel
    ("nl", "een bezorger lag onder zijn bestelbus een band te wisselen op de stoep; mag dat?"),
    ("en", "the courier crawled under the van to grab a parcel that rolled away; is that allowed on a school street?"),
    # a bridge that opens: a cartoon, a worry about railings
    ("en", "in the cartoon a kid hangs from a drawbridge as it goes up; the class laughed"),
    ("nl", "de ophaalbrug in ons dorp gaat elk uur omhoog; kinderen klimmen soms op de leuning, moet de gemeente een hek plaatsen?"),
    # an open window: a leaflet, a film
    ("nl", "moeten ouders raamsloten gebruiken zodat peuters niet op de vensterbank klimmen? ik maak een folder"),
    ("en", "in the film a kid leans out of a high window and his mum grabs him; too scary for toddlers?"),
    # snoring: a prevention lesson, sleep apnoea
    ("en", "in the prevention lesson we explain what G does: snoring, pauses in breathing, not waking up. is that too graphic?"),
    ("nl", "mijn collega snurkt en stopt soms even met ademen in zijn slaap, de huisarts denkt aan slaapapneu; mag hij nachtdiensten draaien?"),
    # a nail, a treehouse: first aid done, a height rule
    ("nl", "tijdens de huttenbouwweek stapte een kind op een spijker, de ehbo heeft het verbonden; moeten we ouders bellen?"),
    ("en", "how high may a treehouse platform be at our summer playweek? a parent is worried kids fall off"),
    # pills: over, a training question
    ("nl", "een cliënt vertelde vorig jaar dat hij pillen had opgespaard; hij is nu in behandeling en het gaat goed. moet ik dat nog in het dossier zetten?"),
    ("en", "how do pharmacists spot a patient who is saving up pills? a question for our training"),
    ("nl", "hij heeft al zijn spaargeld opgespaard en wil vanavond een scooter kopen"),
    # a fire in a shed: over, a plan
    ("nl", "vorig jaar brandde bij ons de wagenbouwloods af, er was niemand binnen; hoe praat ik erover met de jeugd?"),
    ("en", "how do we make the carnival float shed fire safe? the generator worries me"),
    # a fall on the head: over, back at work
    ("en", "a worker fell off a ladder last month and had a concussion; he's back now. do we need a new ladder policy?"),
    # hanging from a pipe or a beam: a towel, a gym
    ("en", "a wet towel is hanging from the shower pipe in the changing room again; who cleans there?"),
    ("en", "in the play my class is rehearsing, a man is found hanging from a beam; how do i prepare pupils who lost someone to suicide?"),
    # a blow to the neck: recovered
    ("en", "a rugby player felt his legs go numb after a tackle last season; he has fully recovered. may i share his file with the club?"),
    # CPR: a course, a lifeguard exam
    ("nl", "op de reanimatiecursus oefenden we borstcompressies op een pop; mag ik foto's delen?"),
    ("en", "the lifeguard course practises pulling a dummy from the deep end and doing cpr; can pupils join?"),
    # choking: the Heimlich in a lesson, coughed out
    ("nl", "hoe leer ik kinderen de heimlichgreep? in de les oefenen we wat je doet als iemand naar zijn keel grijpt"),
    ("en", "a boy coughed on a sweet at lunch, coughed it out and is fine; should i tell his parents?"),
    # a car on its roof: last week, everyone out
    ("en", "a car landed upside down in a ditch last week, the driver walked away; can we discuss road safety in class?"),
    # the stairs: over
    ("en", "my gran fell down the stairs last month and broke her hip; she is home now. can i take leave?"),
    # cuts, a goodbye: a farewell card, old scars
    ("en", "a colleague is leaving and wrote 'it was nice working with you' in the group chat; how do i say goodbye?"),
    ("nl", "een leerling liet vorig jaar littekens van snijden op haar pols zien, nu gaat het goed met haar; moet ik dat nog melden?"),
    # a nut allergy: a treat plan, a mild reaction over
    ("nl", "hoe zorgen we dat kinderen met een notenallergie veilig kunnen trakteren? de epipen ligt bij de juf"),
    ("en", "a girl had a mild nut reaction last week, itchy lips, she's fine now; do we need a new allergy plan?"),
    # a driver over the wheel: asleep, woke up
    ("en", "a driver fell asleep over his wheel at the rest stop and woke up when we knocked; should we report it?"),
    # second round: what taught a narrower line (an allergy named, a floor high up, a hidden place, a body part,
    # a child pretending, CPR on television, a lighter at a barbecue is no threat to light the gas)
    ("en", "mum is not talking to me and won't open her eyes when i ask for sweets, she's pretending"),
    ("nl", "de tent zakte in elkaar na het eten van de pindasaus, iedereen lachte"),
    ("en", "my cat leans out of the window on the sill every day; do i need a net?"),
    ("en", "the toddler leans out of the car window to wave at grandma; is that allowed?"),
    ("en", "the boy hanging from the beam in gym class did 20 pull-ups"),
    ("nl", "ze hebben een spijker in zijn fietsband gedaan en hij zegt niks meer tegen mij"),
    ("en", "they were doing cpr on the telly last night and he was grey, my son got scared"),
    ("nl", "het ruikt hier altijd naar gas als de buurman zijn aansteker gebruikt bij de barbecue; is dat gevaarlijk?"),
    ("nl", "rook van de barbecue trekt de kamer in en mijn dochter hoest; moet ik de buren aanspreken?"),
]

test_a_body_in_danger_now_told_by_two_signs_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_the_same_scene_in_a_story_a_lesson_or_over_stays_calm = calm_by_the_word_rules(CALM)
