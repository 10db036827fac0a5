"""Ideas from urgent_test46 (scored once, blind; tuning data now), threats, cutting and calm talk, each written in
words of our own.

Caught (word rules alone), each with two signs: girls to be cut ('tahara') tonight or this afternoon; a story with a
gun, a school hall and 'then it goes quiet' as it starts; a girl brought to the airport to be married tonight and
not let out of sight; a forwarded chat that names a snitch, where the sister is, and blades tonight.

Calm: the close calls of every idea (a lesson, a question, a past event), and urgent_test46's false alarms as
ideas: a scout camp's plan for a heath fire (what do you do if); a training where an actor plays an attacker with a
knife; children singing a TikTok song about blowing up the school.

113 (reading review 26, #19): a calm wish not to go on living in words the vocabulary lacked ('heeft geen zin meer in
dit leven', 'ziet het leven niet meer zitten') gets the 113 line without the 112 alarm."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules

CAUGHT = [
    # girls to be cut tonight or this afternoon
    ("nl", "de tante vertelt dat vanavond iemand langskomt om de tahara bij haar nichtjes te doen"),
    ("nl", "oma regelt dat de meisjes vanmiddag besneden worden, ze hebben er cadeautjes voor gekregen"),
    ("en", "mum says a lady is coming tonight to do the tahara on her daughters"),
    # a story with a gun, a school hall and 'then it goes quiet'
    ("nl", "een oud-leerling post nu een foto van de kantine met een pistool erbij: 'straks wordt het stil'"),
    ("en", "a lad just put up a story: a gun and the school hall where the assembly starts now, 'soon it goes quiet'"),
    # brought to the airport to be married tonight, not let out of sight
    ("en", "at departures a girl tells me she was brought here to be married tonight, the men won't let her out of sight"),
    ("nl", "een meisje op het vliegveld fluistert dat ze vanavond moet trouwen met een man die ze nooit zag, ze mag niet weg van de mannen"),
    ("nl", "ze is hierheen gebracht om te trouwen vannacht, haar broers laten haar niet gaan"),
    # a forwarded chat: a snitch, where the sister is, blades tonight
    ("en", "screenshot from the chat: 'you snitched, we know where your brother trains, tonight we bring the blades'"),
    ("nl", "in de groepsapp: 'je hebt gesnitcht, we weten waar je zus werkt, vanavond komen we met messen'"),
    ("en", "tonight the cutter comes for my sister's daughters"),
    ("nl", "ze moet vanavond trouwen met een oom, ze is bang en ze laten haar niet gaan"),
]

CALM = [
    # cutting talked about, not planned
    ("nl", "vanavond geef ik een les over tahara en reinheid aan de meisjes van de moskee"),
    ("en", "how do I talk to mothers about female cutting? we have an information evening tonight"),
    # a gun in a film or a game, a past story
    ("nl", "vorig jaar zette een leerling een story met een nepgeweer, dat bleek een grap; mag ik dat nu nog melden?"),
    # weddings, flights, chats
    ("en", "my colleague is to be married tonight, can I swap my shift?"),
    ("nl", "mijn nicht gaat vanavond trouwen, mag ik vrij vragen?"),
    ("en", "he says we know where the party is tonight, bring the blades for the bbq"),
    ("nl", "de besnijdenis van mijn zoon is vanavond, mag ik vrij?"),
    ("nl", "in een rapclip zeggen ze 'we weten waar je woont', is dat strafbaar?"),
    # a plan for a fire drill, a training with an actor, a song
    ("nl", "we maken een draaiboek voor het zomerkamp: wat doe je als het bos gaat branden? wie belt wie?"),
    ("en", "for the scout camp we're writing a plan: what do we do if the heath catches fire and which route do we take?"),
    ("nl", "bij de weerbaarheidstraining speelt een acteur een klant die met een mes dreigt, hoe regel ik nazorg?"),
    ("en", "in our aggression training an actor plays a visitor who pulls a knife; who provides aftercare?"),
    ("nl", "leerlingen zingen een tiktokliedje over 'de school opblazen' zonder te weten wat het betekent"),
    ("en", "kids keep singing a tiktok song about blowing up the school, they don't understand it; how do I respond?"),
]

CALM_WISH_TO_DIE = [
    ("nl", "een leerling zei dat hij toch geen zin meer heeft in dit leven, mag ik dat met de zorgcoördinator delen?"),
    ("nl", "mijn cliënt heeft geen zin meer in dit leven, zegt ze. valt dat onder mijn beroepsgeheim?"),
    ("nl", "hij ziet het leven niet meer zitten, mag ik zijn huisarts bellen?"),
    ("en", "a pupil told me he sees no point in living anymore, may I tell his parents?"),
    ("en", "my client says there's no point in this life for her, can I share that with her GP?"),
]

test_a_cutting_a_gun_story_a_forced_wedding_or_blades_tonight_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_a_lesson_a_drill_plan_a_training_or_a_song_stays_calm = calm_by_the_word_rules(CALM)


test_a_calm_wish_not_to_go_on_living_gets_the_113_line_without_112 = the_113_line_without_112(CALM_WISH_TO_DIE)
