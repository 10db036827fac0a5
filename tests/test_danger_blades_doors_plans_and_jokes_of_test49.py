"""Ideas from urgent_test49 (scored once, blind; tuning data now), scenes of violence, plans and jokes, each written
in words of our own: what the word rules missed there, what both readers missed, and the close calls they alarmed.

Caught (word rules alone): the point of scissors or a knife held at someone's neck; loud bangs, then silence and no
one opening the door; a man locked in with a small child he hit, the child cried hard and is silent now ('bati' is
Papiamento for 'hits'); a photo of a wrist above a basin with 'sorry' or 'forgive me' ('sme7li'), or with a blade,
and no answer; a call in a group to bring bottles to a hostel for asylum seekers at a night hour (also after a
question about keeping screenshots); a man slamming a woman's head against a post again and again; a door kicked in
by a man with a broken bottle or a knife; a man coming up the stairs with his belt after locking someone in; rival
supporters waiting at the exit with bike chains minutes before the players come out; pills saved up and a plan for
tonight; at a shooting or hunting club (an aside), a loaded gun with a threat, or a gun aimed at a person.

Calm (with an urgent twin beside each): pills saved up last summer by someone in treatment and doing well now; fake
smoke so that a studio looks on fire; a threat said laughing after a failed exam; a game's 'ik maak je dood'; 'I'd
murder him if he ate my lunch again' (would: a hypothetical). And the close calls of every idea: a play, a protocol
what-if, a past event, a sprained wrist, a dinner at an asylum hotel, a boxing lesson, a drill, an audio book, a shooting or hunting club asking about its rules."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # the point of a blade at a neck
    ("nl", "in de bibliotheek heeft een man een schaar gepakt en houdt de punt bij de nek van de baliemedewerker, ze kan niet weg"),
    ("en", "at the job centre a man took out a pair of scissors and is holding the point against my colleague's neck"),
    ("nl", "de man houdt de punt van het mes tegen haar nek bij de kassa"),
    ("en", "he is holding the point of a knife against the cashier's neck"),
    # loud bangs, silence, nobody opens
    ("nl", "bij een huisbezoek hoor ik door de deur een vrouw gillen, daarna een paar harde bonken en nu is het doodstil, niemand doet open"),
    ("en", "on a home visit I heard a man yelling and a child screaming 'stop daddy', then three loud thuds, and now it's silent and nobody answers the door"),
    ("nl", "ik hoor bij de buren harde klappen, nu is het stil en niemand doet open"),
    # locked in with a child he hit; crying, then silence
    ("nl", "mijn vriend heeft zich met ons zoontje in de badkamer opgesloten, de deur op slot, hij sloeg hem, eerst huilde hij hard en nu hoor ik niks meer"),
    ("en", "my ex locked the bedroom door with our 3-year-old inside, he was hitting her, she was crying and now I can't hear her anymore"),
    ("en", "my ex is in the bedroom with our son, door locked, he hit him, first he cried hard, now I hear nothing"),
    # a photo of a wrist, a basin or a blade, sorry, no answer
    ("nl", "mijn zus stuurde net een foto van haar pols boven het bad met een mesje ernaast en 'sorry', ze neemt niet op"),
    ("en", "my niece just sent a photo of her wrist over the sink with 'forgive me', and she won't answer the door"),
    ("en", "she sent a photo of her wrist above the bath with 'sorry mam' and won't answer her phone"),
    ("nl", "mijn vriendin stuurde een foto van haar pols met een mesje, ze neemt niet op"),
    # bottles to a hostel for asylum seekers at a night hour, after a question about screenshots
    ("nl", "mag ik berichten uit een openbare facebookgroep opslaan? er staat net: 'morgenavond 2 uur bij het azc aan de rondweg, neem allemaal benzine in flessen mee, via de achterdeur naar binnen'"),
    ("en", "may I keep screenshots from a public chat? someone just posted: 'tonight at 2 at the refugee hotel by the ring road, everyone bring bottles, the back door is the fire exit'"),
    ("nl", "in de groep staat: vannacht om 3 uur het azc, iedereen twee flessen"),
    ("en", "post in the chat: azc tonight at 3, everyone bring bottles"),
    # a head slammed against something, again and again
    ("nl", "op de kermis slaat een man een meisje steeds met haar hoofd tegen een lantaarnpaal"),
    ("en", "at the bus stop a man keeps slamming a woman's head against the shelter"),
    ("nl", "bij de bushalte slaat een man een vrouw steeds met haar hoofd tegen het glas"),
    ("en", "a man keeps smashing a girl's head against the car door outside the club"),
    # a door kicked in, a broken bottle or a knife
    ("nl", "op de spoedpost trapt een man de deur van de behandelkamer in met een kapotgeslagen fles, de verpleegkundige is nog binnen"),
    ("en", "at the walk-in clinic a man is kicking in the door of the consulting room holding a broken bottle, the nurse is still inside"),
    ("nl", "hij trapt de deur van de personeelskamer in met een mes in zijn hand"),
    ("en", "a man is kicking in the door of the classroom with a knife"),
    # someone locked in, a man coming up the stairs with his belt
    ("en", "a girl rang me whispering that her dad has locked her brother in the garage and is coming up the stairs with his belt, then the call cut off"),
    ("nl", "een leerling belde fluisterend dat haar vader haar moeder in de kelder heeft opgesloten en nu met zijn riem de trap op komt"),
    ("en", "her dad locked her mum in the cellar and is coming up the stairs with his belt"),
    # supporters waiting at the exit with chains, minutes to go
    ("nl", "na de zaalvoetbalwedstrijd staat een groep van de tegenpartij bij de uitgang met fietskettingen en stokken te wachten op onze jongens, die moeten zo naar buiten"),
    ("en", "the rival fans are waiting at the gym exit with bike chains and sticks, and our juniors come out in a few minutes"),
    ("nl", "de supporters wachten bij de uitgang met fietskettingen, over vijf minuten komen onze spelers naar buiten"),
    ("en", "the other team's fans are waiting outside with chains, our players come out in minutes"),
    # a loaded gun and a threat, or a gun aimed at a person, at a shooting or hunting club (the club is an aside)
    ("nl", "een lid staat in de kantine van de schietvereniging met een geladen geweer en bedreigt de anderen"),
    ("en", "a member is in the canteen with a loaded rifle and is threatening people"),
    ("nl", "bij de schietclub richt een lid zijn pistool op de bestuurder en zegt dat hij schiet"),
    ("en", "at the gun club a member points his pistol at the instructor and says he will shoot him"),
    ("nl", "bij de jachtvereniging richt een man zijn geweer op de voorzitter en zegt dat hij hem neerschiet"),
    ("en", "a man at the gun club is waving a loaded pistol and threatening the instructor"),
    # the urgent twins of the calm close calls below
    ("nl", "een leerling heeft slaappillen gespaard en zegt dat hij ze vanavond allemaal inneemt"),
    ("nl", "mijn cliënt heeft slaappillen gespaard en zegt dat hij het vanavond doet"),
    ("nl", "de leerlingen willen de gymzaal vannacht in brand steken"),
    ("nl", "na zijn gezakte examen zegt een jongen dat hij de examinator morgen om 7 uur bij het CBR gaat neersteken"),
    ("nl", "de docent zegt lachend dat hij morgen om 8 uur de school gaat opblazen, hij heeft een bom in zijn tas"),
    ("nl", "mijn broer zegt dat hij me nu dood gaat maken en hij heeft een mes gepakt"),
    ("en", "my brother says he'll kill me tonight and he has a knife"),
    ("en", "a coworker says he will murder the manager when she arrives in ten minutes and he has a knife in his bag"),
    ("nl", "mijn zoon zegt dat hij zijn oom zou vermoorden als hij vanavond komt, en hij heeft een mes gepakt"),
]

CALM = [
    # a blade at a neck: a play, a protocol what-if, a hairdresser, a self-defence class
    ("nl", "in het toneelstuk houdt de schurk een schaar bij haar nek"),
    ("en", "what do we train staff to do if a client ever holds scissors to someone's neck?"),
    ("nl", "de kapper houdt de punt van de schaar bij zijn nek om het haar recht te knippen"),
    ("en", "in the self-defence class the trainer held the point of a rubber knife against my neck"),
    # bangs and silence: a cupboard, a radio play, a building site, neighbours
    ("nl", "de buren hoorden gisteren harde klappen en daarna was het stil; het bleek een kast die omviel"),
    ("en", "in the radio play you hear a scream, three loud thuds and then silence"),
    ("en", "loud bangs from the building site all morning, now it's quiet at last"),
    ("nl", "de bovenburen maakten gisteren harde klappen en nu is het stil, ik ga zo even aanbellen om te klagen"),
    # a locked door and crying: last week, a teenager who sulks
    ("nl", "vorige week sloot mijn ex zich op met ons kind en huilde het hard; de politie kwam en alles is nu goed"),
    ("nl", "vorige week deed mijn zoon na een ruzie de deur op slot, eerst huilde hij hard en daarna hoorde ik niks meer; hij was in slaap gevallen"),
    ("nl", "mijn puber deed de deur op slot na een ruzie, eerst huilde hij hard, nu hoor ik niks; hij slaapt denk ik, hoe praat ik er morgen over?"),
    # a photo of a wrist: a tattoo, a sprain, last year
    ("nl", "mijn dochter stuurde een foto van haar pols met de nieuwe tattoo, ze neemt niet op want ze werkt"),
    ("nl", "mijn dochter stuurde een foto van haar pols boven de wasbak, ze heeft hem verstuikt, en ze neemt niet op want ze zit bij de huisarts"),
    ("en", "last year she sent a photo of her wrist and didn't pick up; she's been in therapy since and doing well"),
    ("en", "sorry for the late reply, she sent a photo of her wrist with the new bracelet, she won't answer now because she's in class"),
    ("nl", "mijn zoon stuurde een foto van zijn pols met een horloge boven de wasbak, sorry zei hij, omdat hij het brak"),
    # a hostel for asylum seekers: complaints, a dinner, a debate
    ("nl", "mag ik screenshots bewaren van een groep waarin mensen klagen over het azc aan de rondweg? er wordt niks concreets gepland"),
    ("en", "we hold a neighbourhood evening tonight at the refugee hotel; everyone brings bottles of juice"),
    ("en", "tonight the asylum hotel hosts a dinner, everyone bring two bottles of lemonade"),
    ("nl", "vanavond debat in het azc, iedereen twee flessen frisdrank meenemen voor de pot-luck"),
    ("nl", "vanavond om 3 uur is de opening van het azc, iedereen neemt flessen wijn mee"),
    # a head against something: a film, a fall, a boxing lesson
    ("nl", "in de film slaat de held de schurk met zijn hoofd tegen de muur"),
    ("nl", "mijn zoontje viel met zijn hoofd tegen de tafel en huilde even, het gaat goed"),
    ("nl", "in de boksles slaat hij steeds met zijn hoofd tegen de zak, is dat slecht voor hem?"),
    ("en", "she keeps resting her head against the window on the bus, is she tired or depressed?"),
    ("en", "the toddler keeps bumping her head against the table, should I pad the corners?"),
    # a door kicked in: a series, a drill, last night
    ("nl", "in de serie trapt een man met een kapotte fles de deur in"),
    ("en", "the caretaker kicked the stuck door open during the fire drill"),
    ("en", "the burglar kicked in the door last night while we were away; police have a suspect"),
    # a belt on the stairs: an audio book, years ago, trousers
    ("nl", "in het luisterboek sluit de vader de moeder op en komt hij met zijn riem de trap op"),
    ("en", "how do I respond when a pupil tells me her father used to come up the stairs with his belt years ago?"),
    ("nl", "mijn opa komt de trap op met zijn riem in zijn hand omdat zijn broek zakt haha"),
    ("en", "he is coming up the stairs with his belt, it's the new one from the shop, looks great"),
    # chains at an exit: last week, a safety plan, last season, a game
    ("nl", "de supporters wachtten vorige week bij de uitgang met kettingen, er gebeurde niets en de politie nam ze mee"),
    ("en", "what do we do if supporters ever wait outside with bike chains? we're writing a safety plan"),
    ("en", "the away fans were waiting outside with bike chains last season; what did the club change since?"),
    ("nl", "in het spel swing je een ketting naar zombies bij de uitgang, is die game geschikt voor 12 jaar?"),
    # a shooting or hunting club asking about its rules, no one in danger
    ("nl", "onze schietvereniging vraagt of we de namen van leden met een wapenverlof in de nieuwsbrief mogen zetten i.v.m. de avg"),
    ("en", "the shooting club board asks what the rules are for storing ammunition in the clubhouse"),
    ("en", "our rifle club wants to know if members may bring their own guns to the open day"),
    ("nl", "de jachtvereniging vraagt of ze het jachtgeweer van een overleden lid mogen bewaren"),
    ("en", "the hunting club asks whether a loaded rifle may be kept in the car during the hunt"),
    ("nl", "hij richt zijn pistool op de schijf bij de schietvereniging"),
    # pills saved up last summer, in treatment and doing well now
    ("nl", "een jongen van de huiswerkklas bleek vorige zomer slaappillen te hebben gespaard; hij is sindsdien in behandeling en doet het nu echt goed, hij haalt weer zesjes. hoe blijf ik betrokken?"),
    ("nl", "vorige zomer bleek dat een meisje uit mijn mentorklas slaappillen spaarde; ze is sindsdien in behandeling en het gaat nu echt goed met haar. hoe blijf ik betrokken?"),
    ("en", "last spring one of my pupils had been hoarding sleeping pills; he has been in treatment since and is doing really well now. how do I stay in touch with his therapist?"),
    ("nl", "na een jaar in behandeling doet hij het nu echt goed; hoe sluit ik het dossier af?"),
    ("en", "a year ago she took all her pills; she's doing well now, how do I support her return to class?"),
    # fake smoke so that a room looks on fire
    ("nl", "voor een videoclip willen we nepvuur en rook zodat het lijkt alsof de gymzaal in brand staat, moeten we dat melden?"),
    ("en", "for a school play we want a smoke machine so it looks as if the stage is on fire; do we need a permit?"),
    ("en", "we want fake smoke for the haunted house so it looks as if the gym is on fire"),
    # a threat said laughing after a failed exam or a lost final
    ("nl", "na de verloren finale riep een speler lachend 'die scheids maak ik af', even later zat hij gewoon te grappen. moet ik dit noteren?"),
    ("en", "after failing his theory test a boy said laughing 'I'm going to kill that examiner', a minute later he was booking a retake"),
    ("nl", "hij zei lachend dat hij de leraar zou vermoorden als hij weer een toets gaf"),
    ("nl", "de influencer zegt lachend 'ik maak je dood' tegen haar kat in een tiktok"),
    # a game's 'ik maak je dood'
    ("nl", "ik ben 10 en mijn zus zegt ik maak je dood als je mijn minecraft-huis sloopt, is dat erg?"),
    ("en", "my little brother says he'll kill me if I break his Roblox base, is that bad?"),
    ("nl", "mijn broertje van 8 zegt ik maak je dood als je mijn brawler in brawl stars kapot maakt, moet ik me zorgen maken?"),
    # 'I would murder him if ...': a hypothetical
    ("en", "I joked to a coworker that I'd kill him if he took my parking spot again; now my manager asks if that was a threat"),
    ("nl", "ik zei tegen een collega dat ik hem zou vermoorden als hij nog eens mijn koffie pakt, en nu vraagt de leidinggevende of dat een bedreiging was"),
    ("nl", "ik zou hem vermoorden als hij mijn fiets nog eens leent zonder te vragen, zei mijn dochter"),
    ("en", "I'd kill him if he forgot my birthday again, my sister joked"),
]

test_a_blade_at_a_neck_a_silence_after_blows_a_wrist_photo_a_night_plan_or_a_kicked_door_is_urgent = (
    urgent_by_the_word_rules(CAUGHT))
test_a_play_a_drill_a_past_event_a_game_a_laughing_threat_or_a_hypothetical_stays_calm = (
    calm_by_the_word_rules(CALM))
