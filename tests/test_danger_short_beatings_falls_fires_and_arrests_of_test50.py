"""Ideas from urgent_test50 (scored once, blind; tuning data now) that BOTH readers missed (word rules and meaning),
each written in words of our own: short scenes of violence or injury under way, told without an alarm word.

Caught (word rules alone): a man hitting a woman with a dog lead or a belt; several people kicking someone who lies
on the ground in the head; someone being battered with a hammer, a bat or a crowbar; a worker dangling from a single
rope or cable floors up; someone who landed on his neck or head and cannot feel his arms or legs; crackling in the
attic or the loft with smoke spreading, a child asleep in the house; someone pinned under or against a vehicle going
pale and clammy (after a question about camera footage too); a room filling with black smoke, the door too hot to
touch, someone still inside; someone down with blue lips and no pulse.

Calm (a twin beside each): a film or a series, a match or a game commentary, a past event that is over, a first-aid
course or a protocol what-if, a DIY question with a hammer, a campfire that crackles."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # a man hitting a woman with a dog lead or a belt
    ("nl", "uitlaatveldje: man slaat zijn vriendin met de hondenlijn"),
    ("nl", "bij de vijver slaat een man zijn vrouw met een riem"),
    ("en", "in the car park a man is lashing his girlfriend with the dog lead"),
    ("en", "a guy is hitting his wife with his belt outside the chip shop"),
    # several people kicking someone on the ground in the head
    ("nl", "skatepark: drie jongens schoppen een jongen die op de grond ligt tegen zijn hoofd"),
    ("nl", "twee mannen trappen man op straat tegen het hoofd"),
    ("en", "outside the kebab shop five lads are kicking a boy in the head while he lies on the pavement"),
    ("en", "group kicking a guy on the ground in the head by the station"),
    # battered with a hammer, a bat or a crowbar
    ("nl", "maaltijdkoerier wordt in het trapportaal met een hamer toegetakeld"),
    ("nl", "in de fietsenkelder gaat een man een postbode met een koevoet te lijf"),
    ("en", "a courier is being battered with a hammer in the stairwell"),
    ("en", "two men are laying into a delivery driver with a bat behind the shop"),
    # dangling from a single rope or cable, floors up
    ("nl", "schilder bungelt aan één touw langs de gevel, zesde verdieping"),
    ("nl", "een bouwvakker hangt aan zijn valbeveiliging aan de buitenkant, tiende etage"),
    ("en", "a roofer is dangling from a single rope off the fourth floor"),
    ("en", "window washer hanging by one cable 12 floors up"),
    # landed on the neck or head, cannot feel arms or legs
    ("nl", "judoclub: meisje op haar nek geland, voelt haar benen niet"),
    ("nl", "turner is op zijn hoofd gevallen van de ringen en voelt zijn armen niet meer"),
    ("en", "the gymnast landed on his neck off the trampoline and says he can't feel his arms"),
    ("en", "rugby: lad landed on his head, can't feel his legs"),
    # crackling in the attic with smoke spreading, a child asleep
    ("nl", "tijdens een huisbezoek hoor ik het op zolder knetteren en komt er rook de trap af, de baby slaapt boven"),
    ("en", "on a home visit I can hear crackling from the loft and the hallway is going grey with smoke, a toddler is asleep in the next room"),
    ("nl", "ik hoor het knetteren boven en de gang wordt grijs, de kinderen slapen nog"),
    # pinned under or against a vehicle, going pale and clammy
    ("nl", "bij het tankstation heeft een bestelbus een fietser tegen de pomp klemgereden, zijn been zit eronder en hij wordt grauw en klam"),
    ("en", "how long can we keep the CCTV from our car wash? and right now a van has pinned a cyclist against the barrier, his legs are under it and he's going grey and clammy"),
    ("nl", "een auto heeft een meisje klemgereden tegen de muur, ze wordt heel bleek en zweterig"),
    ("en", "a car has pinned a man under its bumper, he's gone pale and sweaty"),
    # a room filling with black smoke, the door too hot, someone still inside
    ("en", "the boiler room in the basement is filling with black smoke, the door is too hot to touch and the caretaker is still inside"),
    ("nl", "in de kelder van de sporthal komt dikke zwarte rook uit de technische ruimte, de deur is gloeiend heet en de beheerder is nog binnen"),
    ("en", "the kitchen is filling up with black smoke, the door's too hot to touch and grandad is still in there"),
    # down with blue lips and no pulse
    ("en", "at choir rehearsal the pianist slumped over, his lips are blue and nobody can find a pulse"),
    ("nl", "bij de fanfare is de trommelaar neergegaan, blauwe lippen, ik voel geen pols"),
    ("en", "the drummer went down, lips blue, no pulse"),
    # second round (probes of our own near the new lines)
    ("nl", "een steigerbouwer bungelt aan zijn lijn op de achtste verdieping"),
    ("nl", "een conducteur wordt op het perron met een honkbalknuppel bewerkt"),
    ("nl", "mijn opa is neergegaan in de tuin, ik voel geen pols"),
    ("nl", "de keuken staat vol rook en de deur is te heet om aan te raken, mijn oma is nog binnen"),
    ("en", "during the fire drill a real fire started and the hallway is full of smoke, a pupil is trapped inside"),
    ("nl", "na de rode kaart rent de speler met een mes op de scheidsrechter af"),
]

CALM = [
    # a lead or a belt: a film, a past event
    ("nl", "in de film slaat een man zijn vrouw met een riem, is die geschikt voor de klas?"),
    ("nl", "vorig jaar sloeg de buurman zijn vrouw met de hondenriem, hij is veroordeeld en verhuisd"),
    ("en", "my dog keeps biting his lead when I walk him, any tips?"),
    # kicks to the head: a match, a game, a film
    ("nl", "commentaar bij de wedstrijd: hij trapt hem tegen het hoofd, dat is een rode kaart"),
    ("nl", "de spits trapte de bal tegen het hoofd van de keeper, die viel even op de grond maar speelt gewoon door"),
    ("en", "my son plays a game where you kick a guy on the ground in the head, is that ok at twelve?"),
    ("en", "in the film the gang kicks a man on the ground in the head, too violent for year 9?"),
    ("nl", "vorige maand trapten jongens een jongen op de grond tegen zijn hoofd, de daders zijn opgepakt, hoe praat ik erover in de klas?"),
    # a hammer: a DIY question, a past event
    ("nl", "hoe sla ik met een hamer een spijker in een betonmuur zonder dat het stuk gaat?"),
    ("nl", "de smid bewerkt het ijzer met een hamer, mag de klas komen kijken?"),
    ("en", "what's the best hammer for a beginner's woodwork class?"),
    ("en", "last year a courier was attacked with a hammer in our porch; he recovered. should we put up a camera?"),
    # dangling: a film, a past event, a rope course
    ("en", "in the film the hero dangles from one cable a hundred floors up"),
    ("nl", "vorig jaar bungelde een glazenwasser aan één kabel bij ons op de 9e verdieping, hij is gered. hoe praat ik daarover met de bewoners?"),
    ("nl", "op het klimparcours bungelen de kinderen aan een touw, zit de verzekering goed?"),
    # the neck and numb limbs: a first-aid course, a past injury
    ("nl", "bij de EHBO-cursus: wat doe je als iemand op zijn nek valt en zijn armen niet voelt?"),
    ("en", "last season a player landed on his neck and couldn't feel his arms for a minute; he's fully recovered now"),
    ("nl", "na de lange fietstocht voel ik mijn benen niet meer haha"),
    # crackling: a campfire, a fireplace, a past fire
    ("nl", "op kamp knettert het kampvuur en er komt wat rook, de kinderen slapen al in de tent"),
    ("en", "we love the crackling of the fireplace while the kids sleep"),
    ("nl", "vorig jaar hoorden we het op zolder knetteren, de brandweer kwam en niemand raakte gewond. hoe meld ik de wietkwekerij achteraf?"),
    # pinned by a car: a past event with a question about footage
    ("en", "last month a van pinned a cyclist at our car park; he was pale but recovered. may we still keep the footage?"),
    ("nl", "hoe lang mogen we camerabeelden bewaren van een aanrijding vorige week? de fietser is weer thuis"),
    # smoke and a hot door: a drill, a film
    ("en", "fire drill question: what do we do if the door is too hot to touch and someone is still inside?"),
    ("en", "what should staff do if the door is too hot to touch and someone is still inside?"),
    ("en", "in the film the engine room fills with black smoke and the hatch is too hot to touch"),
    # blue lips, no pulse: a first-aid course
    ("en", "first-aid course tonight: what do I do if someone's lips are blue and I can't find a pulse?"),
    ("nl", "bij de reanimatiecursus oefenen we op een pop zonder pols met blauwe lippen"),
    # second round (probes of our own near the new lines)
    ("nl", "hij trapt de bal tegen het hoofd van de keeper en die ligt even op de grond"),
    ("nl", "de open haard knettert en er komt wat rook de kamer in, de kinderen slapen boven"),
    ("en", "the fireplace is crackling and a bit of smoke is coming into the room, kids asleep upstairs"),
    ("en", "the lamp is dangling from one cable on the 5th floor landing, who do I call to fix it?"),
    ("nl", "de kerstverlichting bungelt aan één kabel langs de gevel op de derde verdieping"),
    ("nl", "het hout wordt met een hamer bewerkt in de werkplaats van het jongerencentrum"),
]

test_a_beating_kicks_to_the_head_a_hammer_a_dangling_worker_a_numb_neck_fall_a_fire_or_no_pulse_is_urgent = (
    urgent_by_the_word_rules(CAUGHT))
test_a_film_a_match_a_game_a_diy_question_a_campfire_a_drill_or_a_past_event_stays_calm = (
    calm_by_the_word_rules(CALM))
