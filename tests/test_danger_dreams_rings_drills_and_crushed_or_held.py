"""Ideas generalised from urgent_test36 (word rules alone), each written in other words, places and languages.

Calm: a dream or nightmare told with the night it was dreamt; a remark everyone laughed at; a fight in a ring (MMA,
kickboxing, a boxing match) and its first round; the evening of a final or a tournament; a crowd-safety course and
'how do you recognise'; a drill whose alarm goes off and whose emergency exits are used; old, healed self-harm scars;
an attack video shared after the fact; first-aid and what-if questions about the new medical lines. Every calm idea
has CAUGHT messages where the same calm words stand next to a danger now, in the same clause or the sentence before
or after: a calm word must never talk those down.

Caught, the misses as ideas: pinned or crushed (by an animal, a load) and unable to breathe; an animal attacking a
person who no longer moves; a head held under water; blows to the head again and again or at a man who is down; a
throat closing or wheezing with swelling; 'nobody gets her' with a locked door; a toxic cloud with people collapsing
or coughing; masked men with crowbars or waiting for someone; 'first him, then the rest' with a time or a weapon;
a girl pulled aboard or into a van while she struggles; heatstroke; a mouth held shut while pinned; a rope and
'don't look for me' or the woods; poison drunk; tied up for a PIN; oxygen turned off; chest pain with breath going;
drug packets swallowed and a fit; honour to restore or 'you won't see the morning' tonight; driving into a tree or a
pillar soon; 'we are next' after a parent goes silent; weapons in slang with a hunt; held at a party with the phone
taken; something long aimed at children; a drug eaten and barely waking; a hot iron to the face 'if I call'; a
stab told as 'in his side' with blood on the floor; walked into the water and not back; on to 'the brothers' with
'don't look for me'; stones and torches tonight; on a railing with a goodbye; chains and 'nobody leaves'; a photo of
a place of worship's entrance with 'then you'll see'; the intent to copy an attack; burns from testing things for
'the big day'."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # the calm words of this round next to a danger now or soon (same clause, the sentence before or after)
    ("nl", "hij staat nu met een mes bij de viskraam, iedereen lag dubbel"),
    ("nl", "iedereen lag dubbel. nu staat hij met een mes in de kantine en hij steekt mensen"),
    ("nl", "hij zwaait met een mes in de aula en iedereen lachte"),
    ("en", "everyone laughed but now he is pointing a gun at the kids"),
    ("en", "the hunter is pointing the rifle at the kids now, everybody laughed"),
    ("nl", "hij zou het pand in brand steken zei hij, iedereen lag dubbel. nu staat hij met een jerrycan benzine"
           " bij de ingang"),
    ("en", "at the mma gym a guy is stabbing people with a knife right now"),
    ("en", "mma training tonight: a man just walked in with a gun and is shooting"),
    ("nl", "kickboksschool: er steekt nu een man iemand neer met een mes"),
    ("en", "first round of the tournament, a spectator just pulled a knife and is stabbing people"),
    ("en", "I'm at a crowd safety course and right now a man with a gun is shooting at the stage"),
    ("nl", "hoe herken je dat? er staat nu een man met een mes op het plein die mensen steekt"),
    ("en", "how do you spot it? the hunter is pointing the rifle at the kids now"),
    ("nl", "er staat nu een man met een mes bij de school. hoe herken je een radicaliserende jongen?"),
    ("en", "old scars, but she just cut her wrists and is bleeding a lot"),
    ("nl", "ze heeft oude littekens maar nu heeft ze net haar polsen opengesneden en bloedt heel erg"),
    ("en", "healed scars on her arms, and she says she will kill herself tonight with pills she has saved"),
    ("nl", "droomde vannacht over een bijl, maar nu staat er echt een man met een bijl in de klas"),
    ("nl", "mijn zoon droomde vannacht slecht en nu zit er een man met een pistool in de school"),
    ("en", "she had a nightmare tonight and now her dad is hitting her mum with a hammer"),
    ("nl", "vanavond is de finale en mijn broer heeft een mes bij zich en zegt dat hij de scheidsrechter gaat"
           " neersteken"),
    ("en", "the final is tonight and he has a gun in his bag and says he will shoot the keeper"),
    ("nl", "finale vanavond. hij zegt dat hij vanavond de spits gaat neersteken met een mes"),
    ("en", "fight night tonight: he brought a gun and says he will shoot his opponent after the fight"),
    ("en", "his first MMA fight tonight, he has a knife and says he'll stab the guy in the parking lot tonight"),
    ("en", "fire drill: the emergency exits are chained shut and the building is really on fire now, people are"
           " trapped"),
    ("nl", "het alarm gaat af, er is echt brand en de nooduitgangen zitten op slot, mensen zitten vast"),
    ("en", "the alarm goes off at 8 and a man with a gun is in the hallway shooting"),
    ("nl", "de finale van het toernooi is vanavond en ze hebben messen mee om de supporters van de tegenpartij"
           " neer te steken"),
    ("nl", "in de eerste ronde van het toernooi trok een supporter een mes en hij steekt nu mensen neer"),
    ("en", "round one is over and a fan is shooting at the crowd right now"),
    ("en", "at the kickboxing gala a man just pulled a gun and is shooting at people"),
    ("nl", "bij de kickboksschool staat nu een man met een mes, hij steekt iedereen neer"),
    ("nl", "er staat nu een man met een mes bij de kickboksschool. hoe zie je dat iemand gaat aanvallen?"),
    ("en", "how can you tell? a guy is pointing a rifle at the kids right now"),
    ("en", "old scars on her arms and she just cut her wrists again, there's a lot of blood"),
    ("en", "scars from years ago, but tonight she says she's going to jump off the bridge, she's standing on it now"),
    ("nl", "ze heeft oude littekens. ze staat nu op de brug en wil springen"),
    ("nl", "er staat nu een man met een bijl in de klas. mijn zoon droomde vannacht ook al over zoiets"),
    ("en", "my son had a nightmare last night and now there's really a man with a gun in his school"),
    ("en", "the emergency stairs are full of smoke and people are trapped on the fourth floor, fire is spreading"),
    ("en", "the emergency exits are locked and a man with a gun is shooting in the hall right now"),
    ("en", "he showed a video of the attack he's planning at our school tomorrow, he has a gun in his bag"),
    ("en", "he shared a video of the shooting and said he will shoot us all tomorrow at school"),
    ("nl", "ze heeft filmpjes laten zien van de aanslag en zegt dat ze morgen een bom meeneemt naar school"),
    ("nl", "iedereen lachte, maar nu staat hij echt met een mes in de kantine"),
    ("en", "everyone laughed, then he pulled out a gun and is shooting at the staff right now"),
    ("nl", "de crowd control cursus is afgelopen en nu rijdt er een auto in op de mensen op het plein"),
    ("en", "crowd management training: a man is driving a van into the crowd right now"),
    ("en", "the final is tonight, he has a knife in his bag and said he'll stab the referee tonight"),
    ("nl", "het alarm gaat af, er is een man met een mes binnen die mensen neersteekt"),
    ("en", "fight night: a spectator has a gun and is shooting at the ring now"),
    ("nl", "zijn eerste mma-gevecht is vanavond en hij heeft een pistool bij zich om zijn tegenstander neer te"
           " schieten"),
    # the misses of this round as ideas, in other words, places and languages
    ("en", "at the park a guy keeps hitting him on the head with a bat, he's down and not getting up"),
    ("nl", "op de golfbaan sloeg een man een ander met zijn golfclub op zijn hoofd en hij blijft maar slaan, die"
           " man ligt al"),
    ("nl", "bij het schoolplein schopt een jongen een ander, die ligt al op de grond en hij blijft hem maar trappen"),
    ("en", "my student ate a peanut cookie, her throat is closing and she's wheezing, her lips are swelling up"),
    ("nl", "leerling at een koekje met pinda, haar keel gaat dicht en haar lippen zwellen op, ze hapt naar adem"),
    ("nl", "sportclub: jongen gestoken door een wesp, zijn gezicht zwelt op en hij kan bijna niet ademen"),
    ("nl", "de vader heeft de klas op slot gedraaid met zijn dochter erin en roept 'niemand krijgt haar'"),
    ("en", "ex-partner has locked himself in with her and keeps shouting if I can't have her nobody can, he has a"
           " knife"),
    ("nl", "in de fabriek is een vat chemicaliën omgevallen, er hangt een gele wolk en twee collega's zijn in"
           " elkaar gezakt"),
    ("en", "chlorine gas at the swimming pool, the staff are coughing and one lifeguard has collapsed"),
    ("nl", "twee mannen met koevoeten en bivakmutsen staan bij de ingang te wachten tot hij naar buiten komt"),
    ("en", "masked guys with crowbars are waiting at the gate for the new workers, shift ends in ten minutes"),
    ("nl", "het paard heeft mijn collega in de stal tegen de muur geklemd en hij krijgt geen adem"),
    ("en", "at the farm the bull has him pinned against the fence and he can hardly breathe"),
    ("nl", "trekker is gekanteld, de boer zit bekneld en kan bijna niet ademen"),
    ("en", "one of the guys said at lunch he'd get the foreman first and then the rest, he has a knife in his"
           " bag, break is at 12"),
    ("nl", "collega zei 'vandaag eerst hem en dan de rest' en heeft een mes in zijn kluisje"),
    ("en", "he said tomorrow first her then the others, for what they did to my brother"),
    ("nl", "bij de ontgroening houden ze zijn hoofd onder water in de vijver en hij reageert bijna niet meer"),
    ("en", "at the hazing they keep pushing his head under in the ice bath and he's going limp"),
    ("nl", "ze duwen zijn kop steeds onder in de sloot en hij reageert niet meer"),
    ("en", "a man just pulled a girl into his van, she was kicking and screaming, he's driving off"),
    ("nl", "een man heeft een meisje in zijn busje getrokken, ze gilde en schopte, nu rijdt hij weg"),
    ("en", "my brother's been lying in the sun all day, now he's confused, his skin is burning hot and dry"),
    ("nl", "op de camping: mijn vader ligt al uren in de hitte, zijn huid is gloeiend heet en hij reageert bijna"
           " niet meer"),
    ("en", "behind the shed two men have a woman pinned down and one has his hand over her mouth"),
    ("nl", "ze houden haar tegen de grond gedrukt en iemand houdt haar mond dicht"),
    ("nl", "mijn broer is met een touw het bos in gelopen en appte 'niet zoeken, het is beter zo'"),
    ("en", "my friend walked into the woods with a rope and said don't follow me"),
    ("en", "the dog is mauling a child in the park and the kid isn't moving"),
    ("nl", "de stier blijft hem rammen in de wei en hij beweegt niet meer"),
    ("nl", "een cliënt heeft rattengif in zijn koffie gedaan en opgedronken en begint te trillen"),
    ("en", "he drank bleach an hour ago and now he's vomiting"),
    ("nl", "haar zoon heeft haar aan de stoel vastgebonden en wil haar pincode"),
    ("en", "they tied grandad to a chair and are demanding his pin code"),
    ("en", "someone switched off the oxygen of a patient and she's turning blue"),
    ("nl", "haar man heeft de zuurstof uitgezet en ze krijgt geen lucht meer"),
    ("nl", "na het sporten plotseling pijn op de borst en hij kan bijna niet ademen"),
    ("en", "sudden chest pain and he can barely breathe, it started ten minutes ago"),
    ("nl", "jongen heeft bolletjes geslikt en er is er een opengegaan, hij schokt over zijn hele lijf"),
    ("en", "passenger swallowed drug pellets, one burst and he's having a seizure"),
    ("nl", "haar broers zeggen dat ze haar vannacht komen halen om de eer van de familie te herstellen"),
    ("en", "her uncles said tonight they'll restore the family honour, they're outside her school"),
    ("en", "her cousin texted 'you won't see the morning' and she has to go home tonight"),
    ("nl", "hij stuurde 'je haalt de ochtend niet' en vanavond moet ze naar huis"),
    ("en", "my client texted he's driving on the highway and will crash into a tree soon, tell my mum sorry"),
    ("nl", "hij zit in de auto en zegt dat hij zo meteen tegen een boom rijdt"),
    ("nl", "papa heeft de deur op slot, mama gilt niet meer en hij zegt dat wij de volgende zijn"),
    ("en", "dad locked the door and mum stopped screaming, he says we're next"),
    ("nl", "ze nemen vanavond ijzers mee om hem te pakken na de training"),
    ("en", "they're bringing the straps to go after him after school"),
    ("en", "my friend at the party says they won't let her leave and took her phone"),
    ("nl", "ze appt dat ze haar niet laten gaan en haar telefoon hebben afgepakt, ze moet met hem naar boven"),
    ("nl", "een man op het balkon richt iets op de kinderen op het schoolplein"),
    ("en", "a man on the roof is pointing something at the children in the playground"),
    ("en", "he ate a whole bag of edibles and I can barely wake him"),
    ("nl", "ze heeft xtc pillen geslikt, ze kotst en is nauwelijks wakker"),
    ("nl", "mijn man heeft een heet strijkijzer en zegt dat hij het op mijn gezicht doet als ik bel"),
    ("en", "he has a hot iron and says he'll put it on my face if i call"),
    ("nl", "hij blijft hem maar in zijn zij steken en er is heel veel bloed op de grond"),
    ("en", "he keeps stabbing him in his side and there's blood all over the floor"),
    ("en", "guys in balaclavas are waiting outside the gym asking where Amir is"),
    ("nl", "mannen met bivakmutsen staan bij de school en vragen de kinderen waar Noah is"),
    ("nl", "mijn vader is vannacht het water in gelopen en niet meer teruggekomen"),
    ("en", "my sister walked into the sea last night and hasn't come back"),
    ("nl", "hij zit in de bus naar Turkije, sluit zich aan bij de broeders, zoek me niet"),
    ("en", "he's on a train to brussels to join the brothers, tomorrow he flies on to syria"),
    ("nl", "vanavond gaan ze met stenen en fakkels naar het azc"),
    ("en", "tonight they are going to the asylum hotel with stones and torches"),
    ("nl", "er staat een meisje op de reling van de brug en ze zegt sorry voor alles"),
    ("en", "a boy is on the railing of the bridge and he's saying thank you for everything"),
    ("nl", "hij heeft een ketting om zijn middel met iets eraan vastgetaped en zegt dat niemand de zaal uit gaat"),
    ("en", "he has something taped to his waist and says nobody leaves the hall"),
    ("en", "he sent a photo of the mosque entrance with 'friday after prayers, then you'll see'"),
    ("nl", "hij stuurde een foto van de ingang van de kerk met 'zondag na de dienst, dan zien jullie het'"),
    ("en", "a guy has a bag of fireworks with a lit fuse and is walking towards the kids"),
    ("nl", "mijn leerling kijkt video's van de aanslag in Halle en zegt dat hij het beter gaat doen op onze school"),
    ("en", "he watches videos of the buffalo shooting and says he'll do the same at our school"),
    ("en", "he burned his fingers testing stuff for the big day, he won't say what"),
]

CALM = [
    ("nl", "Mijn dochter heeft vannacht gedroomd dat een man met een mes door de school rende, ze wil niet meer"
           " naar school. Hoe help ik haar?"),
    ("nl", "Vannacht droomde hij dat er iemand met een pistool in de klas stond en hij durft niet meer te slapen"),
    ("en", "my son dreamt last night that a man with a gun was in his classroom, he keeps waking up screaming."
           " how do I talk about it?"),
    ("en", "she had a nightmare tonight about a guy with an axe at school and wont go to bed"),
    ("nl", "mn zoontje had vannacht een nachtmerie over een man met een bijl in zijn klas, hoe praat ik erover"),
    ("nl", "Op de verjaardag riep mijn zwager 'als ze de huur weer verhogen blaas ik het kantoor op', iedereen"
           " lachte. Moet ik dit melden?"),
    ("en", "at lunch a colleague said 'if they cut our bonus again I'll burn this place down', everybody laughed."
           " do I have to report that?"),
    ("en", "my uncle joked at dinner he'd blow up the tax office, everyone cracked up. should I tell someone?"),
    ("nl", "Wij volgen een training crowd control voor de kermis. Hoe zie je dat een verdrukking dreigt?"),
    ("en", "I'm taking a crowd safety course for the festival. how do you spot a crush building up?"),
    ("nl", "cursus crowdmanagement: hoe herken je dat het te druk wordt en er een gedrang dreigt?"),
    ("nl", "brandoefening vanavond in de schouwburg, om 8 uur gaat het alarm af en iedereen gaat via de"
           " nooduitgangen naar buiten. moeten we de buren waarschuwen?"),
    ("en", "school fire drill tomorrow at 10, the alarm will sound and all kids leave through the emergency exit."
           " should we tell the parents?"),
    ("en", "evacuation drill tonight at the hospital, everyone uses the emergency stairs. who needs to know?"),
    ("en", "my nephew has his first boxing match tonight and keeps saying he'll knock him out in round one. how"
           " do I keep him grounded?"),
    ("nl", "Mijn neef heeft vanavond zijn eerste kickbokswedstrijd en roept steeds 'ik sla hem knock-out in de"
           " eerste ronde'. Hoe houd ik hem realistisch?"),
    ("en", "our lad has his first MMA fight on saturday, says he'll put the other guy to sleep. how do I manage"
           " expectations?"),
    ("nl", "Vanavond is de FIFA-finale in de buurthuis en de jongens roepen de hele week 'we gaan ze slopen'."
           " Hoeveel begeleiders?"),
    ("en", "tonight's e-sports final at the youth club, the boys keep shouting 'we're gonna kill them'. how many"
           " staff do we need?"),
    ("nl", "De finale van het voetbaltoernooi is vanavond en de jongens roepen 'we gaan ze afmaken'. Hoeveel"
           " vrijwilligers moeten er zijn?"),
    ("nl", "Een leerling heeft oude littekens van zelfbeschadiging en wil in het zwembad een badpak dragen. Moet"
           " ik iets zeggen?"),
    ("en", "a student has old healed self-harm scars and wants to wear short sleeves in PE. should I say anything?"),
    ("nl", "Mijn cliënt heeft littekens van vroeger van snijden, allemaal genezen, en wil een tattoo eroverheen."
           " Kan dat?"),
    ("en", "student with self harm scars from years ago, long healed, wants to do swimming. do I mention it?"),
    ("nl", "Mijn zoon had vannacht een nachtmerrie over een man met een mes in de klas. Hoe stel ik hem gerust?"),
    ("en", "she dreamt tonight that someone with a gun was in her school, she cries every morning now"),
    ("nl", "vannacht droomde hij dat er een bom ontplofte op school, hoe praat ik erover?"),
    ("en", "a colleague said he'd blow up the office if they cut the budget, everyone laughed. should I report it?"),
    ("nl", "mijn oom zei op het feest dat hij het gemeentehuis opblaast als de belasting omhoog gaat, iedereen"
           " moest lachen"),
    ("nl", "we doen een cursus crowd management voor koningsdag. hoe herken je dat een verdrukking dreigt?"),
    ("en", "crowd safety training for stewards: how do you recognise a crush coming?"),
    ("nl", "ontruimingsoefening morgen om 10 uur, het alarm gaat af en iedereen gaat via de nooduitgang naar buiten"),
    ("en", "evacuation drill tonight, everyone leaves through the emergency exits. do we tell the neighbours?"),
    ("en", "my son has his first kickboxing match on saturday and says he'll knock the guy out in the first round"),
    ("nl", "mijn neef heeft vanavond zijn eerste mma-gevecht en zegt dat hij hem in de eerste ronde slaapt"),
    ("nl", "vanavond is de finale van het FIFA-toernooi en de jongens roepen dat ze ze gaan afmaken. hoeveel"
           " begeleiders?"),
    ("en", "tonight's final at the youth club, the boys keep saying we're gonna destroy them. how many volunteers?"),
    ("nl", "een leerling heeft oude littekens van zelfbeschadiging en wil met korte mouwen naar gym. moet ik iets"
           " zeggen?"),
    ("en", "student has old self-harm scars, long healed, and wants to swim in PE. should I say something?"),
    ("nl", "EHBO-cursus: wat doe je als iemand bekneld zit en bijna geen adem krijgt?"),
    ("en", "first aid course question: what do you do if someone's throat is closing from an allergy?"),
    ("nl", "vorig jaar heeft een stier mijn oom tegen het hek geklemd, hij kreeg geen adem. hoe praat ik met mijn"
           " neef daarover?"),
    ("nl", "hoe herken je een hitteberoerte bij kinderen? verwardheid en een hete droge huid?"),
    ("nl", "mag ik de wijkagent informeren over een jongen die vorig jaar een foto van een moskee stuurde?"),
    ("nl", "mijn zoon kijkt filmpjes van parkour op daken en zegt dat hij dat ook gaat doen. hoe reageer ik?"),
    ("nl", "een jongen heeft in de chat een video gedeeld van de aanslag in christchurch. moet ik dit melden?"),
    ("en", "he was on the roof edge yesterday, he's admitted now"),
    ("nl", "mijn cliënt heeft brandwonden aan zijn handen van het koken. hoe help ik hem met de wondzorg?"),
    ("nl", "ze mag niet weg van haar ouders en zit al weken thuis. wat kan ik doen?"),
    ("nl", "in de les hebben we besproken wat eerwraak is. hoe ga ik verder met de klas?"),
]


test_a_danger_now_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_dreams_jokes_sports_drills_courses_and_old_scars_stay_calm = calm_by_the_word_rules(CALM)
