"""Attack plans told without the usual words, a shooting told in another word order, and a departure today (DR45).

Reading review 24 (rows 2, 16, 24) and DR44 found the word rules silent on four ideas, each said here in other words:

Urgent: a pupil who asks how to hire a van and how fast you can drive through a pedestrian zone, beside a crowd or a
hated group and a day to come, tells a ramming plan with a target and a time (the project's policy: an attack plan
with a target and a time is 112); a passenger who has a place of worship driven past twice while talking on the
phone about 'the target' and a day is scouting a target with a date; "nu schiet hij op de parkeerplaats op mensen"
is a shooting now, whatever the word order puts between the verb and the people; "my son left for syria today" is a
departure now, as the Dutch "is vandaag naar syrië vertrokken" already was.

Calm: a driving lesson about pedestrian zones, a market on Saturday with nobody threatened, a history lesson on a
truck attack, a ride past a synagogue on a city tour, a sales target for Friday, a shooting range, a game or a film,
and a wish with no departure now ("he wants to go to Syria one day to see family", DR42 and DR44's line).
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


# 1. a van, a pedestrian zone or crowd, a hated group or a crowded place, and a day to come
RAMMING_PLAN_CAUGHT = [
    ("nl", "ik ben rij-instructeur. een leerling vroeg hoe je een bestelbus huurt en hoe hard je door een "
           "voetgangersgebied kunt rijden, en had het over de ongelovigen op de markt van zaterdag. moet ik dit melden?"),
    ("nl", "mijn leerling wil weten hoe snel je met een busje door het voetgangersgebied kan. hij zei dat de kuffar "
           "zondag op de kerstmarkt staan"),
    ("nl", "een cursist vraagt hoe je een vrachtwagen huurt zonder rijbewijs C en hoe hard je door de winkelstraat kunt "
           "rijden als het morgen druk is bij de moskee"),
    ("en", "a learner driver asked me how to rent a van and how fast you can go through a pedestrian zone, and kept "
           "talking about the unbelievers at the market on saturday"),
    ("en", "my student wants to know how quick a truck can get through the pedestrian area, he says the crowd at the "
           "festival tomorrow deserves it"),
    ("en", "a pupil asked how to hire a lorry and drive through the pedestrian street, the infidels at the christmas "
           "market next week will see"),
]
RAMMING_PLAN_CALM = [
    ("nl", "in de rijles behandelen we voetgangersgebieden: hoe hard mag je met een bestelbus door een "
           "voetgangersgebied rijden?"),
    ("nl", "zaterdag is er markt, mag ik met mijn busje door het voetgangersgebied om te laden en te lossen?"),
    ("nl", "in de geschiedenisles behandelden we de aanslag met een vrachtwagen op de kerstmarkt in berlijn in 2016. "
           "hoe bespreek ik dat met de klas?"),
    ("en", "in the driving lesson we covered pedestrian zones: how fast may a van drive through a pedestrian zone?"),
    ("en", "on saturday there is a market, can the delivery van still get through the pedestrian area?"),
    ("en", "we discussed the truck attack on the christmas market in a history lesson. how do i talk about it with "
           "worried pupils?"),
]

# 2. a place of worship driven past again and again, 'the target' and a day
SCOUTING_CAUGHT = [
    ("en", "i drive for a ride-hailing app. a passenger talked on the phone about 'the target' and 'next friday' and "
           "had me drive past the synagogue twice. do i call someone or is that over the top?"),
    ("nl", "ik ben taxichauffeur. een klant had het aan de telefoon over 'het doelwit' en 'zaterdag' en liet me twee "
           "keer langs de moskee rijden. bel ik iemand of overdrijf ik?"),
    ("nl", "mijn passagier liet me drie keer langs de synagoge rijden en zei aan de telefoon dat het doelwit er "
           "vrijdag vol zit"),
    ("en", "a passenger made me drive past the church three times while he talked about the target for sunday"),
]
SCOUTING_CALM = [
    ("en", "on a city tour a passenger asked me to drive past the synagogue twice to take photos. is that normal?"),
    ("nl", "mijn passagier belde over het target van vrijdag voor zijn verkoopteam. moet ik iets met zijn "
           "gesprekken?"),
    ("nl", "we reden met de klas twee keer langs de moskee voor een excursie over gebedshuizen. mag ik foto's delen?"),
    ("en", "a passenger talked about the sales target for next friday. do i have to report calls i overhear?"),
]

# 3. a shooting now, the verb before the one who shoots and a place before the people
SHOOTING_NOW_CAUGHT = [
    ("nl", "nu schiet hij op de parkeerplaats op mensen"),
    ("nl", "nu schiet een man bij de ingang van de supermarkt op mensen"),
    ("nl", "op dit moment schieten ze vanaf het dak op de mensen"),
    ("nl", "er schiet iemand op het schoolplein op mensen!!"),
    ("nl", "hij schiet nu met een geweer in de hal op de mensen"),
    ("en", "right now he is shooting in the car park at people"),
    ("en", "he is now shooting people in the parking lot"),
]
SHOOTING_NOW_CALM = [
    ("nl", "op de schietbaan schiet hij op doelen die op mensen lijken, mag ik dat melden?"),
    ("nl", "in dat spel schiet je vanaf een dak op mensen, hoe praat ik daarover met mijn zoon?"),
    ("nl", "in de film schiet de schurk vanaf het dak op mensen. is die film geschikt voor de klas?"),
    ("en", "in the game you shoot from the roof at people, is that a worry?"),
]

# 4. a departure now to a war zone; a wish with no departure now stays calm
DEPARTED_NOW_CAUGHT = [
    ("en", "my son left for syria today"),
    ("en", "my daughter left for syria this morning, what do i do?"),
    ("en", "he has just left for the war zone"),
    ("nl", "mijn zoon is vandaag naar syrië vertrokken"),
    ("nl", "hij is net vertrokken naar het strijdgebied"),
    ("nl", "mijn zoon is vanochtend vertrokken, hij zegt dat hij naar syrie gaat om te vechten"),
    ("nl", "mijn dochter is vandaag naar syrie vertokken"),
]
DEPARTED_NOW_CALM = [
    ("en", "he wants to go and fight one day"),
    ("en", "he wants to go to syria one day to see family"),
    ("nl", "hij wil ooit naar syrië om familie te zien"),
    ("nl", "hij wil ooit gaan vechten"),
]

CALM = RAMMING_PLAN_CALM + SCOUTING_CALM + SHOOTING_NOW_CALM + DEPARTED_NOW_CALM
CAUGHT = RAMMING_PLAN_CAUGHT + SCOUTING_CAUGHT + SHOOTING_NOW_CAUGHT + DEPARTED_NOW_CAUGHT


test_a_lesson_a_market_a_game_or_a_wish_stays_calm = calm_by_the_word_rules(CALM)
test_an_attack_plan_a_scouted_target_a_shooting_or_a_departure_now_is_urgent = urgent_by_the_word_rules(CAUGHT)
