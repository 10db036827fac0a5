"""Ideas generalised from urgent_test29 (word rules alone), in our own words.

Caught, the misses as ideas: emergencies without any weapon, where 112 is right too (a child at the bottom of a
pool or through the ice, a toddler alone by deep water, someone in a predator's enclosure, children who will not
wake after a heater burned all night, a car engine running in a garage, a limp blue baby not breathing, a button
battery swallowed, a pillow pressed on a face), attacks with everyday things (boiling water thrown, pepper spray
at a driver, something sprayed in faces that burns, a boy pushed to a platform edge or tied to scaffolding, a child
held over a balcony by his clothes, someone over the railing above the tracks or walking into a metro tunnel, a
vehicle at full speed through a parade, a flame at a spray can, a drone's package over a crowd, a screwdriver,
broken bottle or hammer at someone lying still, a door forced with a crowbar while she is inside), a forced
marriage trip from a locked cellar, a child's broken words (mum lies still, blood, hiding, he is looking; uncle,
the van, scared), veiled 'things from the shed', a live stream showing in minutes what happens, a vow to stab a
teacher at a lesson hour, 'tonight I come to your office and everybody pays', furniture thrown from a balcony.

Calm: the same words in procedure questions, lessons, past events and everyday use; a threat the police came to
at the time; what-if questions for a training ('als een jongere ooit ...'); handling pupils' questions about a
historic hostage taking; 'die toets heeft me vermoord, ik ben echt dood'; someone who was locked up and is now safe;
a colleague's joke that everyone laughed at. Every calm word of this round also stands in CAUGHT next to a danger
told now, in the same clause or the sentence before: it must never talk that down."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # three tuning messages the retrained meaning model let go (fifteenth session), now in the words: "this is the
    # end" beside a rope or pills; a call to bring fireworks and bricks to a target tomorrow
    ("en", "my cousin texted he's in the woods with a rope, this is the end he says"),
    ("nl", "ze appt me: ik heb alle pillen hier klaarliggen, dit is het einde"),
    ("en", "server post: friday 9pm everyone to the asylum centre, bring fireworks and bricks"),
    # a reading audit (fifteenth session): knives shown with what he will do, then a sharing question; a gun held to
    # a head beside a client's "he would never act on it" (an aside, which never calms a weapon in use)
    ("en", "during a home visit he showed me three knives and said he will sort out the neighbours. may I share this "
           "with the municipality?"),
    ("nl", "hij liet me zijn messen zien en zei dat hij de buurt gaat zuiveren. mag ik dit in het casusoverleg "
           "inbrengen?"),
    ("en", "he told me he would never act on his fantasies and now he is holding a gun to her head"),
    ("nl", "mag ik dit delen? hij houdt op dit moment een pistool tegen haar hoofd"),
    # the misses of urgent_test29 as ideas, in other words, places and languages
    ("nl", "recreatiebad: een meisje van 6 ligt op de bodem van het diepe en komt niet omhoog, de badjuf kijkt de "
           "andere kant op"),
    ("en", "at the leisure centre a little boy is lying at the bottom of the pool and isn't coming up, lifeguard is "
           "on the phone"),
    ("nl", "ijsbaan achter het buurthuis: een jongen is door het ijs gezakt, ik zie alleen nog zijn hoofd"),
    ("en", "kid went through the ice at the canal, only his hands are sticking out now"),
    ("nl", "de peuter van de buren loopt in zijn eentje langs de kade, het water is daar diep en niemand let op"),
    ("en", "a toddler is walking on her own along the edge of the pool, nobody watching, parents asleep on the "
           "sunbeds"),
    ("nl", "bij de dierentuin is een jongen in het tijgerverblijf gesprongen en de tijgers komen op hem af"),
    ("en", "a teen climbed into the bear enclosure for a tiktok and the bears are coming toward him"),
    ("nl", "stacaravan: de kinderen worden niet wakker, de gaskachel heeft de hele nacht gebrand met alles dicht"),
    ("en", "tent on the campsite: they had the charcoal bbq in the tent all night and now we can't wake them"),
    ("nl", "mijn oom zit in de auto in de garage met de motor aan en de deur is dicht, hij reageert niet"),
    ("en", "he's sitting in his car in the garage with the engine running, the door is down and he won't open"),
    ("nl", "de baby is slap en heeft blauwe lippen, ik zie haar niet ademen"),
    ("en", "my client's newborn is limp and blue round the lips, mum says she's sleeping"),
    ("nl", "het kindje van mijn cliënte ademt niet en is helemaal slap"),
    ("nl", "peuter heeft net een knoopcel uit de afstandsbediening ingeslikt en kwijlt"),
    ("en", "my neighbour's kid just swallowed a button battery from a toy, he's gagging"),
    ("nl", "op de groep drukt een bewoner een kussen op het gezicht van zijn kamergenoot en laat niet los"),
    ("en", "a patient is pressing a pillow over her roommate's face and won't stop"),
    ("nl", "in de kantine gooit een leerling een pan kokend water over een klasgenoot en pakt de waterkoker weer"),
    ("en", "a guy threw boiling water at the cashier and is filling another cup"),
    ("nl", "in tram 4 spuit een jongen pepperspray in het gezicht van de bestuurder en de tram slingert"),
    ("en", "a man pepper sprayed the bus driver and the bus is swerving across the lanes"),
    ("nl", "bij de ingang van het zwembad spuit iemand iets in de gezichten van de kinderen, hun ogen branden"),
    ("en", "someone is spraying stuff into people's faces at the station, their eyes are burning"),
    ("nl", "ze duwen een jongen steeds dichter naar de rand van het perron en de trein komt eraan"),
    ("en", "a gang is shoving a boy to the edge of the platform, the train is coming in"),
    ("nl", "ze hebben hem met tiewraps aan de steiger vastgemaakt en duwen hem naar de rand, 5 hoog"),
    ("en", "they zip-tied a kid to the scaffolding five floors up and are pushing him to the edge"),
    ("nl", "mijn buurman houdt zijn zoontje aan zijn enkels over de balkonrand"),
    ("en", "a dad is holding his boy over the balcony railing by his hoodie, 4th floor"),
    ("nl", "hij hangt boven het spoor aan de leuning van de brug en de trein komt zo"),
    ("en", "my student is hanging over the railing above the tracks, a train is coming"),
    ("nl", "hij is de metrotunnel in gelopen en appt dat hij op de volgende wacht"),
    ("en", "he walked into the subway tunnel and texted he's waiting for the next train"),
    ("nl", "carnavalsoptocht: een man rijdt met een busje met volle vaart dwars door de mensen"),
    ("en", "at the parade a pickup is driving at full speed straight through the crowd"),
    ("nl", "bij de markt houdt een man een aansteker bij een spuitbus en richt de vlam op de kinderen"),
    ("en", "a guy is holding a lighter to a spray can at the kids at the fair, says he'll burn the party down"),
    ("nl", "ze hebben een drone met een pakketje, ze laten hem los boven het publiek bij de finale"),
    ("en", "guys at the stadium have a drone with a package and say they'll drop it over the crowd at halftime"),
    ("nl", "hij rent met een schroevendraaier achter de conciërge aan"),
    ("en", "a man runs after the receptionist with a screwdriver"),
    ("nl", "hij heeft een fles kapotgeslagen en loopt er nu mee op de leraar af"),
    ("en", "a dad smashed a glass bottle and is walking toward the referee with it"),
    ("nl", "hij staat met een hamer boven zijn vader, die ligt op de grond en beweegt niet"),
    ("en", "my client is standing over his mum with a frying pan and a knife, she is lying still"),
    ("nl", "ze zijn de deur van haar huis aan het openbreken met een koevoet, zij zit binnen"),
    ("en", "two men are prying open the front door with a crowbar, she's inside alone"),
    ("nl", "ze hebben haar in de kelder opgesloten en morgen wordt ze naar het buitenland gebracht om te trouwen"),
    ("en", "her brothers locked her in the basement, she's being taken abroad tomorrow to be married off"),
    ("nl", "mama beweegt niet. bloed op de vloer. ik zit onder het bed. hij zoekt me"),
    ("en", "dad is very angry. mum is lying still. im hiding in the closet. he is looking for me"),
    ("nl", "vanavond. oom. de bus. hij neemt me mee. bang"),
    ("en", "my brother says he is going to school today with those things from the shed"),
    ("nl", "mijn neef is nu live op insta en zegt 'over 5 minuten zien jullie wat er met de moskee gebeurt'"),
    ("en", "he's streaming live right now saying in ten minutes you'll see what happens to the traitors"),
    ("nl", "als die leraar straks het 3e uur binnenkomt ga ik hem steken zweer"),
    ("en", "voicemail from a parent: tonight i come to your office and everyone pays"),
    ("nl", "een man gooit stoelen en bloempotten van zijn balkon op de mensen op straat"),
    ("en", "a man is throwing chairs from his balcony onto people on the terrace below"),
    ("nl", "de politie kwam toen en hij dreigt nu zijn ex neer te steken"),
    # this round's calm words (a denial, asides, an `about` phrase, figures) next to a danger told now
    ("nl", "de politie is toen gekomen en nu staat zijn broer met een mes bij de ingang van de school"),
    ("nl", "de politie is toen gekomen, maar hij staat nu weer met een mes op het plein"),
    ("nl", "hij staat nu met een mes bij de ingang van de school. de politie is toen gekomen, vorige maand"),
    ("nl", "de politie kwam toen en hij dreigt nu de school op te blazen"),
    ("nl", "politie kwam toen, hij zwaait nu met een mes in de aula"),
    ("en", "the police came at the time and now he is standing in the hallway with a knife"),
    ("en", "the police came back then but right now he is pointing a gun at the kids"),
    ("en", "a man is standing at the school gate with a knife. the police came at the time, last year"),
    ("nl", "vorig jaar was hij opgepakt, de politie is er toen bij gehaald, en vandaag zegt hij dat hij morgen de "
           "school opblaast"),
    ("en", "the police stepped in at the time, he says he will shoot up the school tomorrow"),
    ("nl", "als een jongere ooit zegt dat hij wil aanvallen weet ik het niet, maar nu staat er een jongen met een "
           "mes in de gang"),
    ("nl", "als een jongere ooit dreigt wist ik wat te doen, en nu staat hij met een pistool in de klas"),
    ("nl", "als een kind ooit zo boos was, hij staat nu met een mes bij zijn zusje"),
    ("en", "if a young person ever said this i would know, but he is pointing a gun at the kids right now"),
    ("en", "if a client ever threatens me, like now: he is standing at the counter with a knife"),
    ("nl", "een jongen staat met een mes bij de ingang van de school. als een jongere ooit zoiets doet, wat dan?"),
    ("en", "he is holding a knife to his sister's throat. if a child ever does this, who do I call?"),
    ("nl", "als een cliënt ooit met een mes komt: hij staat nu met een mes aan de balie"),
    ("nl", "ik heb vragen over de jongen die nu met een mes in de gang staat"),
    ("nl", "vragen over gijzeling: er houdt nu een man kinderen vast in de gymzaal"),
    ("nl", "hoe ga ik om met vragen over de man die nu met een pistool in de aula staat"),
    ("en", "questions about the boy who is standing in the hall with a gun right now"),
    ("en", "questions from students about the man with the knife who is at the gate now"),
    ("nl", "er staat een man met een mes bij de ingang van de school. ik heb vragen over wat ik moet doen"),
    ("en", "a man is pointing a rifle at the kids. questions about what to do?"),
    ("nl", "vragen over de aanslag die hij morgen op de school wil plegen"),
    ("nl", "wallah ik ben dood, hij staat met een mes voor mijn deur"),
    ("nl", "ik ben echt dood, mijn broer staat nu met een mes in de gang"),
    ("nl", "ik ben zo dood, hij zegt dat hij me morgen gaat neersteken"),
    ("nl", "die toets heeft me vermoord maar er staat nu een man met een pistool in de aula"),
    ("en", "that test killed me and now a guy with a knife is in the hallway"),
    ("en", "the exam killed me, a boy is pointing a gun at the class right now"),
    ("nl", "mijn broer staat met een mes in de gang. wallah ik ben dood"),
    ("nl", "als jullie dit lezen ben ik dood, ik heb alle pillen genomen"),
    ("nl", "ze was opgesloten door haar broers en nu staan ze met messen voor de deur"),
    ("nl", "het meisje zit nu veilig maar haar broers staan nu met een mes voor de opvang"),
    ("nl", "ze zit nu veilig in de opvang en haar broer staat met een mes bij de voordeur van de opvang"),
    ("nl", "ze zit nu veilig in de opvang en haar broers houden haar zusje nu vast in de kelder"),
    ("en", "she is now safe but her brother is standing at the shelter door with a knife"),
    ("en", "she is safe now and her brother is pointing a gun at the staff"),
    ("en", "he was locked up last year, now he is standing at the school gate with a knife"),
    ("nl", "ze is nu veilig. haar broer dreigt morgen de opvang in brand te steken"),
    ("nl", "haar broers hebben haar opgesloten in de kelder en morgen wordt ze naar het buitenland gebracht. ze is "
           "nu veilig, zegt ze"),
    ("en", "everyone laughed, but he is standing in the staff room with a knife now"),
    ("nl", "iedereen lachte, maar nu zwaait hij met een mes in de kantine"),
    ("en", "he pulled a knife in the staff room and everyone laughed, he is still waving it at the teacher"),
    ("nl", "hij zegt dat hij morgen de school opblaast en iedereen lachte"),
    ("en", "we all laughed but then he said he'd shoot up the school tomorrow"),
    ("nl", "iedereen moest lachen, en nu staat hij met een pistool in de aula"),
    ("nl", "de politie is toen gekomen en hij staat weer met een mes voor de deur van zijn ex"),
    ("nl", "de politie kwam toen. hij dreigt nu zijn ex neer te steken"),
    ("en", "police came back then and he is back with a knife at her door"),
    ("nl", "politie is er toen bij gehaald en nu zwaait hij met een bijl in de hal"),
    ("nl", "de politie heeft toen ingegrepen, hij staat nu met een mes bij de voordeur"),
    ("nl", "als een jongere ooit zegt dat hij een mes heeft: er staat nu een jongen met een mes in de gang"),
    ("nl", "mocht een jongere ooit dreigen, hij zegt nu dat hij morgen de school opblaast"),
    ("en", "if a teenager ever says this... he is standing at the gate with a gun right now"),
    ("en", "if a youngster ever threatens us, what then? a boy is standing at the school gate with a knife"),
    ("nl", "hoe ga ik om met vragen over de jongen die nu met een mes in de gang staat"),
    ("en", "how do I handle questions about the man who is pointing a gun at the kids right now"),
    ("nl", "vragen van leerlingen over de aanslag die hij morgen wil plegen"),
    ("nl", "ik heb vragen over de aanslag die hij morgen op de school wil plegen"),
    ("nl", "hoe ga ik om met vragen over de jongen die morgen de school wil opblazen"),
    ("en", "how do I deal with questions about the boy who says he will shoot up the school tomorrow"),
    ("nl", "hoe ga ik om met vragen over gijzeling? er houdt nu een man kinderen vast in de gymzaal"),
    ("nl", "hij beweegt niet van zijn plek en zwaait nu met een mes naar de leraar"),
    ("nl", "hij beweegt niet van zijn plek, er staat een man met een pistool bij de ingang van de school"),
    ("en", "a man is pointing a rifle at the kids. he is not moving from the door"),
    ("nl", "er staat een jongen met een mes bij de ingang van de school. hij beweegt niet van zijn plek"),
]

CALM = [
    ("nl", "in de film hangt de hoofdpersoon een touw op en zegt: dit is het einde"),
    ("en", "this is the end of the term, thanks for everything"),
    ("en", "a client in therapy talks about violent fantasies about his boss but says he would never act on them. "
           "must I report this?"),
    ("nl", "een cliënt heeft geweldsfantasieën over de buren maar zegt dat hij er nooit naar zou handelen. moet ik "
           "dit melden?"),
    ("nl", "hij liet me zijn zakmes zien en zei dat hij het van zijn opa heeft gekregen. mag ik dit delen?"),
    ("nl", "in de film houdt de schurk een pistool tegen zijn hoofd"),
    ("nl", "wat als iemand niet ademt, mag ik dan zonder toestemming gegevens delen?"),
    ("en", "if a baby stops breathing at the daycare, who do we have to inform afterwards?"),
    ("nl", "vorig jaar is een leerling door het ijs gezakt, hij is toen gered. mag ik dat in zijn dossier zetten?"),
    ("nl", "we geven een les over veilig schaatsen: wat doe je als iemand door het ijs zakt?"),
    ("nl", "hoe leg ik peuters uit dat ze niet alleen bij het water mogen spelen?"),
    ("en", "a toddler in our group likes the sandpit by the pond, should we put up a fence?"),
    ("nl", "we gaan met de klas naar de dierentuin om de leeuwen te zien, hoeveel begeleiders hebben we nodig?"),
    ("en", "the zookeeper told the class how he feeds the tigers in their enclosure"),
    ("nl", "hoe voorkom ik koolmonoxidevergiftiging in een stacaravan met een gaskachel?"),
    ("en", "my student is always tired, he won't wake up in the morning and misses first period"),
    ("nl", "mijn zoon wordt 's ochtends niet wakker, hoe krijg ik hem op tijd op school?"),
    ("nl", "mijn auto staat in de garage, de motor maakt een raar geluid"),
    ("en", "is een knoopcel gevaarlijk voor peuters? we willen ouders voorlichten"),
    ("en", "we sent a letter to parents about button batteries in toys"),
    ("nl", "ze legde een kussen op de bank en ging tv kijken"),
    ("nl", "voorzichtig met kokend water in de keuken van het buurthuis, hoe regel ik dat?"),
    ("nl", "mag een boa pepperspray dragen op het schoolplein?"),
    ("en", "the police used tear gas at the demonstration last year, my students want to discuss it"),
    ("nl", "vorige week duwde een jongen een ander op het perron, de politie heeft het afgehandeld. mag ik dat "
           "melden bij school?"),
    ("nl", "de bouwvakkers werken op de steiger op de vierde verdieping"),
    ("nl", "we hebben tiewraps nodig voor de posters in de aula"),
    ("nl", "de brug boven het spoor wordt volgende week gerenoveerd"),
    ("nl", "de metrotunnel is dicht wegens werkzaamheden, hoe komen de leerlingen op school?"),
    ("nl", "hij rijdt met de trekker met volle vaart over het land"),
    ("nl", "we organiseren een optocht met praalwagens, welke vergunning hebben we nodig?"),
    ("nl", "mijn leerling heeft een spuitbus deodorant en een aansteker in zijn tas, mag ik die afpakken?"),
    ("en", "a drone filmed the festival from above, may we use the footage?"),
    ("nl", "hij repareerde de kast met een schroevendraaier"),
    ("nl", "de vleeshamer ligt in de keuken van het buurthuis"),
    ("nl", "de deur klemt, de conciërge is hem aan het openbreken met een koevoet"),
    ("nl", "mijn cliënte is bang dat ze wordt uitgehuwelijkt als ze volgend jaar naar het buitenland gaat, mag ik "
           "dit melden?"),
    ("nl", "een meisje vertelt dat ze vorig jaar door haar broers in de kelder was opgesloten, ze woont nu veilig "
           "bij een pleeggezin"),
    ("nl", "de productie ligt stil door de staking"),
    ("nl", "hij speelt verstoppertje met zijn zusje, ik zit in de kast en hij zoekt"),
    ("nl", "mijn dochter is bang voor de tandarts, die komt haar vanavond halen lol"),
    ("nl", "we halen de spullen uit de schuur voor de rommelmarkt op school"),
    ("nl", "hij streamt elke avond live op twitch, over tien minuten zien jullie mijn nieuwe game"),
    ("nl", "collega's lachen om de grap van de directeur, iedereen lachte"),
    ("nl", "die wiskundetoets heeft me gesloopt, ik ben echt dood"),
    ("en", "that exam killed me lol, can I ask for a resit?"),
    ("nl", "het meisje zit nu veilig in de opvang. mag ik de school vertellen waar ze is?"),
    ("en", "the boy who was locked in the shed by his father is now safe with his grandma. can I share the new "
           "address?"),
    ("nl", "twee jaar geleden dreigde een leerling de school in brand te steken. de politie is toen gekomen en hij "
           "heeft hulp gekregen. mag ik zijn nieuwe school inlichten?"),
    ("en", "last year a pupil threatened to stab a teacher. the police came at the time and he is now in a "
           "programme. may I tell his new mentor?"),
    ("nl", "puur ter voorbereiding: wat doe ik als een kind ooit vertelt dat zijn broer een aanslag wil plegen?"),
    ("en", "for our training: what should I do if a young person ever says he wants to attack a mosque?"),
    ("nl", "na het bezoek aan het verzetsmuseum: hoe ga ik om met vragen over aanslagen?"),
    ("en", "after the class visit to the memorial, how do I handle questions about the hostage crisis?"),
    ("en", "a colleague joked at lunch 'if the printer jams once more I'll kill it' and everybody laughed. is that "
           "a signal?"),
    ("nl", "hoe kan ik jongeren leren wat ze moeten doen als iemand door het ijs zakt?"),
    ("nl", "mijn kind ligt op de grond te spelen en beweegt niet van zijn plek"),
    # more everyday uses of the new words (a first-aid course, an open evening, a fever, a stuck door, a sandpit)
    ("nl", "wat moet ik doen als een baby niet ademt op de opvang, mag ik dan de ouders bellen?"),
    ("nl", "op de ehbo-cursus leren we wat je doet als een baby blauw aanloopt"),
    ("nl", "vanavond zien jullie wat er op school gebeurt tijdens de open avond"),
    ("nl", "vanavond neemt mijn oom me mee naar de film, ik ben een beetje bang"),
    ("nl", "de gemeente dreigt nu de subsidie voor het jongerenwerk te stoppen"),
    ("en", "the school is threatening now to expel him, can I share his file?"),
    ("en", "my student sprayed deodorant in the changing room and his eyes are burning a bit, the teacher sent "
            "him to wash"),
    ("en", "she threw the hot water over the plants by accident"),
    ("nl", "de baby is slap van de koorts, de huisarts komt vanmiddag"),
    ("nl", "mijn cliënt zegt dat hij straks naar school gaat met die spullen van zijn vader voor de technieklessen"),
    ("nl", "tijdens het schoolfeest liet de dj een drone met ballonnen los boven het publiek"),
    ("nl", "we hebben de deur van de berging open moeten breken met een koevoet, de sleutel was kwijt"),
    ("nl", "hij werd vorig jaar met tiewraps vastgebonden en geduwd, de daders zijn veroordeeld"),
    ("nl", "de peuter speelt in zijn eentje in de zandbak bij de vijver, is dat verwaarlozing?"),
    ("nl", "mijn cliënte is bang dat ze wordt uitgehuwelijkt, ze zit nu veilig in de opvang"),
]


test_an_emergency_told_now_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_procedures_past_events_and_everyday_words_stay_calm = calm_by_the_word_rules(CALM)
