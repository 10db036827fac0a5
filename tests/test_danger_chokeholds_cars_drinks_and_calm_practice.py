"""Ideas generalised from urgent_test30 (word rules alone): own variants, not its sentences.

Caught: thrown over a railing or overboard in a headlock; dragged into a car; a car through a shop front,
reversing; pushed into a slurry pit with no sound after; a ligature round a neck behind a barricaded door; an arm or
hands round a neck with the victim going limp or silent; something put in a drink or the drinking water; a grown man
from an app meeting a child soon asking for photos; "can't take it anymore" with an end; fits with lips going blue; a
toddler in a car in the full sun; gas on without a flame with the windows shut; kill vows in Papiamento and Turkish
with a time; blood spurting; a broken glass or bottle in a neck; a front door on fire with someone upstairs; slang
"fixen" with irons; "iets groots" at a place of worship tonight. Also the calm words of this round next to a danger
now: they must never talk it down.

Calm: a hold practised on a mat, a scarf against the cold, a child's dream, chopping wood safely, a rules question
about hot cars, weapon videos watched, a tabletop goblin, reversing a car."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    ("nl", 'op de pont naar ameland houdt een jongen een kleiner kind in een wurggreep bij de reling en zegt dat hij hem overboord gooit'),
    ("en", 'at the bus stop a man just dragged a boy into his car and sped away towards the ring road'),
    ("nl", 'bij de bakker is een man net met zijn auto door de etalage gereden en nu rijdt hij achteruit om de eigenaar te pakken'),
    ("en", 'on the farm a worker pushed his colleague into the slurry pit and we cant hear him anymore'),
    ("nl", 'op de groep hebben ze een jongen een riem om zijn nek gedaan en de deur gebarricadeerd'),
    ("en", 'someone put something in the drinking water at the canteen so everyone gets what they deserve'),
    ("nl", 'in de gang heeft een jongen zijn arm om de nek van een ander en die wordt al slap'),
    ("en", 'at the festival a lad has a girl by her throat in a headlock and she is going limp'),
    ("nl", 'mijn zusje belt: papa heeft zijn handen om mama haar keel en ze zegt niks meer'),
    ("nl", 'hij heeft iets in haar drankje gedaan en nu loopt ze met hem mee naar zijn auto'),
    ("en", "my student wrote 'i can't take it anymore, i'm going to end it' and now her phone is off"),
    ("en", "he took a pill and some ghb and now he's convulsing and his lips are going blue"),
    ("nl", 'een peuter zit alleen in een dichte auto in de volle zon en is gestopt met huilen'),
    ("en", 'she turned on the gas without lighting it and shut all the windows'),
    ("nl", "ze zeiden 'mi ta bai mata bo' en zijn nu met de scooter naar zijn huis"),
    ("nl", "hij zei 'bu gece onu öldürecegim' en rijdt nu naar haar"),
    ("en", 'the blood is spurting out of his arm after the fight, the bouncers are holding him'),
    ("nl", 'een jongen zet een kapotte fles in de nek van zijn vriend'),
    ("nl", 'de voordeur staat in brand en opa zit nog boven in zijn rolstoel'),
    ("nl", 'mijn leerling zegt dat ze gaan fixen met ijzers bij zich bij het pleintje'),
    ("nl", 'zijn oom neemt hem vannacht mee om iets groots bij de moskee te doen'),
    ("en", 'we practised restraining someone. now a man is stabbing the guard with a knife in the hall'),
    ("en", 'he watches weapons videos. he has a gun in his bag and is walking into the school now'),
    ("nl", 'ze hakken hout met een bijl en hij zwaait de bijl nu naar de kinderen'),
    ("nl", 'hij ligt nu op de afdeling en zijn vader staat met een mes naast het bed'),
    ("en", 'what if a pupil ever does this. a man is walking into the school with a gun now'),
    ("en", "their characters fight but one kid has a real knife at the other's throat now"),
    ("nl", 'hij was gewoon gefrustreerd en staat nu met een mes bij de balie'),
    ("nl", 'we werken met zoutzuur en een leerling gooit nu zoutzuur in het gezicht van een ander'),
    # the lead's probes after this round: a frustrated client who then stabs; English "just" with what was done
    ("nl", 'gewoon gefrustreerd zei hij, daarna pakte hij een mes en stak hij de baliemedewerker'),
    ("en", 'he has just stabbed his brother in the kitchen'),
    ("en", 'for our training: what if a pupil ever says he will stab someone. he just stabbed a classmate in the hallway'),
]

CALM = [
    ("nl", 'we oefenden een worstelgreep op de mat, hoe schrijf ik dat op'),
    ("nl", 'ze hebben een sjaal om haar nek omdat het koud is'),
    ("en", 'my son dreamt that there was a monster, how do I calm him'),
    ("nl", 'hoe laat ik jongeren veilig hout hakken met een bijl'),
    ("nl", 'wat doe je als een kind in een warme auto zit, welke regels gelden'),
    ("en", 'he watches weapon videos on youtube, should I worry'),
    ("nl", 'our characters fought a goblin, is that ok'),
    ("nl", 'we zagen hoe papa de auto achteruit reed, mag ik dat vertellen'),
    # a professional at the edge of a burn-out, and a lesson with an older man, are no emergencies
    ("nl", 'ik hou het niet meer vol met deze klas, ik zit aan de rand van een burn-out. hoe vraag ik hulp?'),
    ("nl", 'mijn leerling van 15 heeft morgen afgesproken met een oudere man van de moskee voor bijles, moet ik me zorgen maken?'),
    ("en", 'we just shot a video about a boy who was stabbed last year, can I show it in class?'),
]


test_a_danger_told_now_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_practice_dreams_tools_and_games_stay_calm = calm_by_the_word_rules(CALM)
