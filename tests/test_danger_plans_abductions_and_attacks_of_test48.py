"""Ideas from urgent_test48 (scored once, blind; tuning data now), violence planned or happening now, each written in
words of our own, with calm twins (a film, a game, the news, a past event, a question about the rules).

Caught (word rules alone): a robbery planned in a chat with a time, a place, a gun in slang and 'whoever moves goes
down'; someone dragged into a van or a car and driven off now; stones or tiles dropped from a bridge over the motorway
through a windscreen; a stabbing in the belly with the victim going limp or much blood (also said in Turkish); a
plan of 'sovereign citizens' to seize an official at a time and a place for a 'people's tribunal'; a gas smell with
a threat to light it; someone stamped on or kicked who has stopped moving; a pipe sealed at both ends shown beside a
target and a time; a knife or a machete with someone pinned by the throat; a liquid poured through a letterbox with
a lighter in hand; shots with someone down (a short message).

Calm: the same words in a film, a game, a lyric, the news, a protocol, or over.

Left: a stamping on someone gone limp told beside a game word ('back from the cup game') is calmed by 'game' unless
'finish him' is shouted (that line ignores calm words); a video of it that the writer asks to report stays calm."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # a robbery planned in a chat: a time, a place, a gun in slang, 'whoever moves goes down'
    ("nl", "mijn cliënt liet me zijn chat zien: 'vrijdag 11 uur de juwelier op het plein, ik regel een blaffer, wie zich verroert gaat neer'"),
    ("en", "a lad showed me his group chat: 'saturday noon the betting shop on the high street, i'm bringing a strap, anyone who moves gets dropped'"),
    ("nl", "in de groepsapp van mijn zoon: 'morgen om 9 het wisselkantoor, ik neem het ijzer mee, wie beweegt gaat neer'"),
    # dragged into a van or a car, driven off now
    ("nl", "bij de tramhalte sleuren twee mannen een jongen achterin een auto en ze scheuren nu weg richting de ring"),
    ("en", "two men just dragged a girl into a white van outside the library, she was screaming, they're driving off towards the motorway now"),
    # stones or tiles from a bridge over the motorway, through a windscreen
    ("nl", "vanaf de fietsbrug over de a2 gooien jongens nu stenen op de auto's, er is net een steen door een voorruit gegaan"),
    ("en", "kids on the footbridge over the motorway are dropping bricks on cars, one just went through a windscreen and the car swerved onto the hard shoulder"),
    # a stabbing in the belly, going limp, much blood (also said in Turkish)
    ("nl", "in de portiek ligt een jongen die in zijn buik gestoken is, hij wordt slap en zijn ogen draaien weg"),
    ("en", "in the car park a lad's been stabbed in the stomach, he's going limp and his eyes are rolling back"),
    ("nl", "mijn neef is bij de snackbar in zijn zij gestoken, zijn moeder roept 'çok kan var'"),
    # 'sovereign citizens' who plan to seize an official at a time and a place for a 'people's tribunal'
    ("nl", "in een chatgroep van 'soevereinen' staat: donderdag om 10 uur bij de wethouder op het stadhuis, handboeien mee, we zetten hem voor een volksgericht"),
    ("en", "a chat of 'sovereign citizens' from our town says: friday 2pm at the alderman's surgery in the library, bring cable ties, we'll take him for a people's tribunal"),
    # a gas smell and a threat to light it
    ("nl", "de hele galerij ruikt naar gas, de buurman heeft zich opgesloten en schreeuwt dat hij zo een vlammetje aansteekt en alles opblaast"),
    ("en", "the whole stairwell smells of gas, a tenant has barricaded himself in and is yelling he'll flick his lighter and blow the block up"),
    # stamped on or kicked, stopped moving
    ("en", "outside the club three guys keep stamping on a lad on the ground, he's stopped moving and one yells finish him"),
    ("nl", "op het station trappen twee mannen tegen het hoofd van een jongen die op de grond ligt, hij beweegt niet meer"),
    ("en", "on the night bus some men are stamping on a boy between the seats, he's gone limp"),
    ("en", "on the train home from the cup game some men are stamping on a boy between the seats, he's gone limp and one shouts finish him off"),
    # a pipe sealed at both ends beside a target and a time
    ("en", "a student posted the town hall with tomorrow's opening time and 'you'll all remember this', and at lunch he showed a mate a pipe with end caps in his bag"),
    ("nl", "een leerling zette het plein van de kerstmarkt met de openingstijd van vanavond in zijn story, en liet vanochtend een buis met doppen aan beide kanten in zijn tas zien"),
    # a knife or a machete, someone pinned by the throat
    ("en", "at the boxing gym a man came in with a machete and has the coach pinned to the wall by his neck, kids are watching"),
    ("nl", "in de sportschool houdt een man met een mes de trainer bij zijn keel tegen de muur, de kinderen zitten er nog"),
    ("en", "at karate a man with a kitchen knife is pinning the teacher against the lockers by her throat"),
    # a liquid poured through a letterbox, a lighter in hand
    ("en", "a hooded man just poured petrol through the letterbox of the caretaker's house and is holding a lighter, they're home"),
    ("nl", "een man met een bivakmuts giet iets door de brievenbus van de buren en houdt nu een aansteker vast, er brandt licht binnen"),
    ("en", "a masked guy just tipped a jerrycan through the letterbox of the flat below us and now he has a lighter out"),
    ("en", "we saw someone pour something from a bottle through the letterbox next door, he's holding a lighter now"),
    # shots with someone down (a short message)
    ("en", "gunshots at the skate park, girl down"),
    ("nl", "schoten bij het pannaveldje, er ligt een jongen op de grond"),
    # second round: the same ideas in other words
    ("nl", "ze stampen op een jongen die niet meer beweegt"),
    ("en", "gas smell in the block and a man says he'll light it with his lighter"),
    ("en", "someone dropped a brick from the bridge through the windscreen of a car on the motorway just now, the car crashed"),
    ("en", "they dragged a woman into the back of a van and are driving off now"),
]

CALM = [
    # a robbery: a film, a lyric
    ("nl", "in de film die we in de les keken plannen ze een overval op een juwelier en roept de boef 'wie beweegt gaat neer'; hoe bespreek ik dat?"),
    ("en", "a pupil's drill lyric goes 'anyone who moves gets dropped'; no names, no place. should i report it?"),
    # dragged into a van: a thriller, a protocol
    ("nl", "in de thriller die we kijken wordt een meisje een busje in getrokken; is die geschikt voor de brugklas?"),
    ("en", "a parent asks what to do if a stranger tries to pull a child into a car; do we have a protocol?"),
    # stones from a bridge: the news, last year
    ("nl", "vorig jaar gooiden jongeren stenen van een viaduct op de snelweg, hoe bespreek ik in de klas hoe gevaarlijk dat is?"),
    ("en", "in the news a teenager was sentenced for dropping a brick off a bridge through a windscreen; how do i discuss it?"),
    # a stabbing: recovered, a series
    ("en", "last year a pupil was stabbed in the stomach outside school; he has recovered. how do we mark the day?"),
    ("nl", "in de serie wordt een jongen in zijn buik gestoken en wordt hij slap; kan ik dat laten zien in de bovenbouw?"),
    # sovereign citizens: what the word means, a letter without a date
    ("nl", "wat is een volksgericht waar soevereinen het over hebben? ik hoor het vaak van jongeren"),
    ("en", "our mayor gets letters from sovereign citizens about a 'people's tribunal'; no date, no plan. how do we respond?"),
    # gas: fixed last week, a drill
    ("nl", "vorige week rook het in de flat naar gas, de netbeheerder heeft het lek gemaakt; moeten we bewoners informeren?"),
    # stamping: a game, over
    ("en", "in mortal kombat the game says 'finish him'; a pupil keeps shouting it in class. how do i respond?"),
    ("nl", "vorige maand is bij ons een jongen in elkaar getrapt, hij is hersteld; hoe praat ik erover in de groep?"),
    # a pipe with caps: plumbing
    ("nl", "de loodgieter liet de klas een buis met eindkappen zien voor het project; een ouder schrok ervan. hoe leg ik dat uit?"),
    # pinned by the throat: a self-defence class
    ("en", "in self-defence class we practise getting free when someone pins you to the wall by the throat with a rubber knife"),
    # a letterbox: a fire guard, last year
    ("en", "how do we fit a letterbox fire guard? the council offers them after a wave of arson last year"),
    ("nl", "vorig jaar werd bij een moskee vuurwerk door de brievenbus gegooid; hoe kunnen we dat voorkomen?"),
    # stamping and 'finish him': a game shown in a video
    ("en", "a pupil showed me a gta clip where men stamp on a man until he stops moving; is that ok at his age?"),
    # a knife and a throat: a film
    ("en", "in the film a man with a knife holds a woman by the throat; can i show it to year 11?"),
    # shots: sport
    ("en", "the boys took shots at goal all afternoon at the football pitch; how do i get them to include the girls?"),
    # second round: what taught a narrower line (a child's game, parents at a car, a scrap car, a video to report)
    ("en", "we play 'anyone who moves is out' tomorrow at the party; is it suitable for toddlers?"),
    ("nl", "na de training trekken de ouders hun kinderen de auto in en rijden nu meteen weg, geen tijd om te praten"),
    ("nl", "de kinderen gooien een baksteen door de voorruit van de sloopauto op het crossterrein; is dat een goede activiteit?"),
    ("en", "in the video men are stamping on a guy until he stopped moving; should i report the video to the police?"),
]

test_violence_planned_with_a_time_and_a_place_or_happening_now_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_the_same_words_in_a_film_a_game_the_news_or_over_stay_calm = calm_by_the_word_rules(CALM)
