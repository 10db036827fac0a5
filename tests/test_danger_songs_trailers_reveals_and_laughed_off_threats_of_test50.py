"""Close calls from urgent_test50 (scored once, blind; tuning data now) that alarmed a reader, each written calm in
words of our own, with an urgent twin where one exists, and one idiom that hid a danger there.

Calm: a class that wants to sing a song about a bombing long ago, and whether it is too heavy for children from war
zones; a trailer of an action film with explosions and 'that'll be a blast tonight' on the way to the cinema; a
young man who wants to join the military police or the army in a few years, his mother afraid he will be sent to a
war zone; a gender reveal whose 'bomb' of coloured smoke goes off tonight; a comedian's sketch with a banana or a
cucumber held like a knife, asked about afterwards; someone who fainted from the heat yesterday and is fine now; a
threat at a job fair said and laughed off, asked about under the GDPR; a chainsaw without a chain in a haunted
house, the pupil calm again; a DJ who will 'blow the roof off' at tonight's party.

Urgent: the same words with a real danger (a bomb in a bag with a time, a trip to join a fighting group tonight, a
knife at a throat now, a guest down and not breathing, a threat with a knife and minutes to go); a chef who went
berserk ('door het lint gegaan' is an idiom, not a past event that is over) chasing someone with a long blade."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    ("nl", "een leerling zegt dat hij morgen om 9 uur een aanslag op de klas pleegt, hij heeft een bom in zijn tas"),
    ("nl", "hij heeft explosieven in de auto en zegt dat het vanavond een knaller wordt bij het stadhuis"),
    ("nl", "mijn leerling vertrekt vanavond naar Syrië om zich bij IS aan te sluiten"),
    ("nl", "de buurjongen zegt dat hij vanavond een bom laat ontploffen bij de moskee"),
    ("en", "a man is holding a knife to the barman's throat right now"),
    ("nl", "bij de bruiloft valt een gast flauw en hij ademt niet"),
    ("en", "he says he'll kill the recruiter when she comes out in ten minutes, he has a knife in his bag"),
    ("nl", "op de kermis rent een man met een echte kettingzaag achter kinderen aan"),
    # 'door het lint gegaan' is an idiom, not a past event
    ("nl", "op de stageplek is de kok door het lint gegaan en rent met een hakmes achter de afwasser aan"),
    ("nl", "de slager is door het lint gegaan en zit met een uitbeenmes achter zijn leerling aan"),
    # second round (probes of our own near the new lines)
    ("nl", "de man die over twee jaar vrijkomt heeft nu een mes op de keel van zijn ex"),
    ("nl", "de jongen is door het lint gegaan en slaat zijn moeder met een hamer"),
    ("nl", "hij gooit nu een rookbom in de moskee en heeft een geweer bij zich"),
    ("en", "he held the bottle like a knife to her throat and now he has a real knife at her neck"),
    ("en", "he fainted, he is fine now he says, but now he is not breathing and his lips are blue"),
    ("en", "a man in a trailer is holding a knife to a child's throat"),
]

CALM = [
    # a song about a bombing long ago
    ("nl", "in de muziekles wil de klas een lied over de aanslag van 11 september zingen, is dat te gevoelig voor kinderen uit oorlogsgebieden?"),
    ("en", "my choir wants to sing a song about the Omagh bombing; too heavy for refugee kids from war zones?"),
    # an action-film trailer, 'a blast tonight'
    ("nl", "mijn neefje keek de trailer van een oorlogsfilm met explosies en zei: 'dat wordt een knaller vanavond in de bioscoop'"),
    ("en", "a passenger watched an action movie trailer full of explosions and said 'tonight's going to be a blast', he was off to the cinema"),
    # the army or military police in a few years
    ("nl", "mijn leerling wil na zijn diploma over een paar jaar bij defensie, zijn vader is bang dat hij naar een oorlogsgebied wordt gestuurd"),
    ("nl", "een jongen wil over drie jaar bij de marechaussee, zijn moeder vreest dat hij naar een oorlogsgebied moet. hoe stel ik haar gerust?"),
    ("en", "a lad from the youth club wants to join the army after his exams in two years; his mum is scared he'll be sent to a war zone"),
    # a gender reveal 'bomb' of coloured smoke
    ("nl", "mijn buurvrouw zegt dat ze vanavond de rookbom laat knallen in de tuin voor de gender reveal, roze of blauw"),
    ("en", "my neighbour says he'll set off the smoke bomb tonight at the gender reveal, pink or blue"),
    # a comedian's sketch with fruit held like a knife
    ("en", "in a sketch last week the comic pointed a cucumber at a man's throat like a blade; some of my pupils were upset. how do I discuss it?"),
    ("nl", "de cabaretier hield gisteren een banaan als een mes tegen de keel van iemand in het publiek, sommige jongeren vonden het kwetsend"),
    # fainted yesterday, fine now
    ("nl", "bij de bruiloft gisteren viel mijn cliënt flauw van de warmte, ze is nu weer in orde. moet ik iets melden?"),
    ("en", "at the funeral yesterday my client fainted from the heat; she's fine now, just tired"),
    # a threat said and laughed off
    ("nl", "op de open dag riep een jongen 'ik vermoord die docent' en lachte daarna, moet ik dat registreren?"),
    ("en", "AVG question: at the careers day a student said 'I'll kill that recruiter' and then laughed and shook her hand; must I record it?"),
    # a chainsaw without a chain in a haunted house; a DJ
    ("nl", "in het spookhuis rende een acteur met een kettingzaag zonder ketting achter ons aan, een leerling gilde maar is weer rustig"),
    ("en", "in the ghost train an actor with a chainless chainsaw chased us, my pupil screamed but she's fine again"),
    ("nl", "mijn broer draait vanavond op het eindfeest en zegt dat hij het dak eraf blaast"),
    ("en", "my nephew is the DJ at tonight's prom and says he'll blow the roof off with his new speakers"),
]

test_a_bomb_plan_a_trip_to_fight_a_knife_at_a_throat_a_real_collapse_or_a_berserk_chase_is_urgent = (
    urgent_by_the_word_rules(CAUGHT))
test_a_song_a_trailer_a_career_a_gender_reveal_a_sketch_a_faint_over_a_laughed_off_threat_or_a_dj_stays_calm = (
    calm_by_the_word_rules(CALM))
