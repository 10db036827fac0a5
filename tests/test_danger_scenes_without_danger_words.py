"""Ideas generalised from urgent_test25 (DR14, word rules alone): acute scenes told without a danger word. Caught:
someone choked or held under water; someone held with nobody let out, or 'no police or ...'; a vehicle driven
towards, onto or into people, a queue, a terrace or a pavement, or into a place of worship; a fire with people still
inside; stones or tiles thrown down from a height; something long under a coat with a veiled threat, a hand in a
coat going towards children; a call to watch it live on the way to a place; a school that 'will remember my name';
'we finish him' tonight; a mob with torches breaking a gate; emergency exits chained; a vest with wires; sacrifice
for the cause today; gas smelled with a threat to take the flat along; something slipped into the food; a syringe
at a neck; a crowd crush; bleach mixed and people falling; a goodbye to everyone at the tracks; a bottle he says is
acid for a face; something put in a locker that goes off at a time; a last video from a roof; past the yellow line
on a platform. Calm: swimming lessons, a car parked, a fire drill, roofers, a hunting coat, streaming a game, a
recipe, vaccination, a busy concert told calmly, cleaning advice, a retirement goodbye."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "in het recreatiebad duwt een jongen zijn zusje onder water en houdt haar daar, niemand grijpt in"),
    ("en", "a man at the lake is holding a girl under the water and the lifeguard can't see it"),
    ("nl", "op de gang heeft een vader de mentor bij de keel gegrepen"),
    ("en", "in the canteen a pupil has his hands round the cook's throat"),
    ("nl", "een bezoeker houdt de baliemedewerker vast bij haar pols en laat niemand de hal uit of erin"),
    ("en", "a client is holding our colleague in the archive room, says no cops or he hurts her"),
    ("nl", "bij de markt rijdt een bestelbus met hoge snelheid richting de mensen bij de kraampjes"),
    ("en", "a truck is backing into the line of people waiting outside the club"),
    ("nl", "een man reed zojuist met zijn auto het terras op bij het café"),
    ("nl", "bij de kerk staat een auto te ronken en de bestuurder zegt dat hij zo naar binnen rijdt"),
    ("nl", "er is brand in het clubhuis en er zitten nog kinderen boven"),
    ("en", "there is a fire in the hostel and people still upstairs, the stairs are blocked by smoke"),
    ("nl", "twee jongens gooien bakstenen vanaf de brug op de fietsers eronder"),
    ("en", "someone on the parking deck is dropping bricks on the cars below"),
    ("nl", "een man in de wachtkamer heeft iets groots onder zijn jas en zegt dat de huisarts niet meer naar huis gaat"),
    ("en", "a man near the school gate keeps his hand inside his jacket and is walking towards the children"),
    ("en", "in the group chat: 'on my way to the church now, watch my stream'"),
    ("en", "a pupil wrote 'the whole school will remember my name' and has not turned up in class"),
    ("en", "voice note from the team: 'we finish him tonight behind the sports hall'"),
    ("nl", "bij de moskee staat een groep met fakkels die de deur proberen in te trappen"),
    ("en", "the doors of the venue are chained shut and the fire exits too, the room is packed"),
    ("nl", "een deelnemer heeft een bomvest onder zijn trui met draden eruit"),
    ("en", "he said he will die for the cause today at the march"),
    ("nl", "ik ruik gas op de galerij en de bewoner roept dat de hele flat meegaat"),
    ("nl", "iemand deed stiekem iets uit een potje in de pan soep van de opvang"),
    ("en", "a visitor is holding a needle to the receptionist's neck"),
    ("en", "at the gate people are getting crushed against the barriers and some are being trampled"),
    ("nl", "in de kleedkamer heeft iemand chloor met ontstopper gemengd en twee meiden zijn flauwgevallen, ze vielen neer"),
    ("nl", "mijn cliënt appte dat ze afscheid nam van iedereen en dat ze nu bij het spoor staat"),
    ("nl", "een jongen heeft een flesje waarvan hij zegt dat het zuur is, voor haar gezicht, hij wil het in haar gezicht gooien"),
    ("en", "a boy says he left something in his locker that goes off at 2"),
    ("nl", "mijn leerling filmt vanaf het dak van de sporthal en zegt dat dit zijn laatste video is"),
    ("nl", "op het perron staat een meisje over de gele lijn en zegt dat de volgende trein voor haar is"),
]

CALM = [
    ("nl", "bij zwemles leren de kinderen kopje onder gaan, hoe lang mag dat duren?"),
    ("en", "we parked the car next to the youth centre, is that allowed on sundays?"),
    ("nl", "tijdens de brandoefening tellen we of alle kinderen buiten staan, hoe doen jullie dat?"),
    ("nl", "de dakdekkers gooien oude dakpannen in een container naast de school, mag dat tijdens de pauze?"),
    ("nl", "mijn oom heeft een jachtjas met veel zakken, is dat handig voor een kampweek?"),
    ("en", "my son streams his football games, how do i set privacy on his stream?"),
    ("en", "for cooking class: what spices go in the soup and when do you add them?"),
    ("nl", "de schoolarts geeft morgen prikken met een naald, hoe bereid ik de klas voor?"),
    ("en", "the concert hall was packed last night and everyone went home happy"),
    ("nl", "mag je bleek en allesreiniger samen gebruiken bij het schoonmaken van de kantine?"),
    ("nl", "onze conciërge heeft afscheid genomen van iedereen, hij gaat met pensioen"),
]


test_an_acute_scene_without_danger_words_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_everyday_scenes_with_the_same_words_stay_calm = calm_by_the_word_rules(CALM)
