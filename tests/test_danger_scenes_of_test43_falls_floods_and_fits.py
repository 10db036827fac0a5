"""Ideas from urgent_test43 (scored once, blind; tuning data now), each written in words of our own.

Caught (word rules alone), each with two signs: a fall from a tree or a climbing frame and lying still; shot and
a hole in a leg with blood soaking through and turning white; a child in the water a moment ago and no longer seen;
a toddler hanging by a cord from a slide with a purple face; choking on a snack and turning blue (also told in
four words); shots and a man down bleeding through his shirt; kicking someone with a big knife grabbed; a ball or
a blow to the head and fitting or foaming; a girl full of drink on her back, not waking, vomit in her mouth;
collapsed with no breath and no pulse (also in Limburgish); buried under a heap with only a hand showing; molten
metal in a shoe; pesticide poisoning (drooling, sweating, tiny pupils, twitching); landed on the head and no
feeling in the legs; stuck to a live microphone, jerking; a car floating away in a flood with children inside;
locked in a cellar by family who will 'be rid of her' tonight; a girl to be cut tonight ('tahara') with the cutter
coming; a mobility scooter stuck on a level crossing with the bells ringing; a cable pulled round a neck with the
face going dark; gone under in a big tank and lying at the bottom; lips swelling and wheezing with the epipen
away; dropped, snoring gasps, grey and no response; a handful of stimulants with a racing heart and passing out; a
head wound with eyes closing after a question about sharing; a gas pipe opened on purpose with candles lit; a
bouncy castle in a ditch with children under it; hanging by the hands from a balcony; half a face dropped and an
arm dead (while the family wants to pray first); floating face down after going overboard; pinned under a tractor
with lips going blue; a vest with pipes and a place and a time; not shivering any more after a winter swim,
slurring and eyes rolling.

Calm: the close calls of every idea (a first-aid lesson, a question, a past event, a game) and urgent_test43's
false alarms as ideas: a drill song about a jerrycan and a lighter; a staff training with a mock hostage taking;
a history lesson on attacks that some pupils find cool; 'de bom' as praise of a party; a calm young man who wants to
join the army and talks about its rifles; a judo trainer calling 'wurg hem'; 'tonight I kill you' in a game of
Werewolf; a bomb threat that is over (false alarm, police gone) and what to tell staff."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules

CAUGHT = [
    # a fall from a tree or a climbing frame, lying still
    ("nl", "mijn neefje is uit de boom gevallen, hij ligt op zijn rug en beweegt niet als ik hem roep"),
    ("nl", "een kleuter is van het klimrek gevallen en ligt stil, hij reageert niet"),
    ("en", "my son fell out of the tree in the garden, he's on his back and not moving"),
    # shot, a hole in a leg, blood soaking through, turning white
    ("nl", "er is geschoten bij de bosrand, een jongen heeft een gat in zijn been en zijn broek is doorweekt van bloed"),
    ("en", "someone fired from the hedge, a lad has a hole in his thigh and his jeans are soaked dark, he's going white"),
    # a child in the water a moment ago, no longer seen
    ("nl", "bij de plas stond mijn zoontje net nog in het water en nu zien we hem niet meer"),
    ("en", "a little girl was paddling in the river a minute ago and now we can't see her anymore"),
    # a toddler hanging by a cord, face purple
    ("nl", "een peuter hangt met het koordje van zijn trui aan het klimrek, zijn gezicht wordt paars"),
    ("en", "toddler hanging from the slide by his hoodie string, his face is purple"),
    # choking on a snack, blue
    ("nl", "opa heeft een bitterbal in zijn keel en wordt blauw"),
    ("nl", "kantine oma kroket keel blauw"),
    ("en", "grandad choking on a meatball in the canteen, going blue"),
    # shots and a man down bleeding
    ("nl", "twee schoten bij het theehuis, een oude man ligt op de grond en er komt bloed door zijn shirt"),
    ("en", "shots outside the coffee house, an old man is on the ground and blood is coming through his shirt"),
    # kicking someone with a big knife grabbed
    ("nl", "bij de snackbar schoppen drie jongens een vierde en eentje heeft een groot mes gepakt"),
    ("en", "outside the kebab shop three lads are kicking a boy and one has grabbed the big meat knife"),
    # a blow to the head and fitting or foaming
    ("nl", "een hockeybal raakte haar slaap, nu ligt ze al minuten te schokken met schuim op haar mond"),
    ("en", "a cricket ball hit him on the temple, now he's jerking his arms and legs with foam on his mouth"),
    # full of drink, on her back, not waking, vomit in the mouth
    ("nl", "mijn zoon heeft veel wodka gedronken, hij ligt op zijn rug, wordt niet wakker en heeft braaksel in zijn mond"),
    ("en", "my daughter drank loads of rum at the party, she's on her back on the bathroom floor and won't wake up, vomit in her mouth"),
    # collapsed, no breath, no pulse
    ("nl", "een man is omgevallen bij de markt, hij ademt niet en ik voel geen pols"),
    ("nl", "mien opa is umgevalle, hae ademt neet en ich veul gein pols"),
    ("en", "a man collapsed in the street, he isn't breathing and I can't feel a pulse"),
    # buried under a heap, only a hand showing
    ("nl", "een jongetje is onder de zandberg geschoven, we zien alleen zijn hand nog"),
    ("en", "a boy got buried under the grit heap, we can only see his hand"),
    # molten metal in a shoe
    ("nl", "op de stage liep vloeibaar metaal in de schoen van een leerling, de schoen rookt en hij kreunt alleen nog"),
    ("en", "molten iron ran into an apprentice's boot, the boot is smoking and he's gone quiet"),
    # pesticide poisoning
    ("nl", "na het spuiten op het land kwijlt hij, zweet hij enorm en zijn zijn pupillen piepklein"),
    ("en", "after spraying pesticide all morning he's drooling, sweating and his pupils are tiny"),
    # landed on the head, no feeling in the legs
    ("nl", "skatebaan: een jongen is op zijn hoofd geland en voelt zijn benen niet"),
    ("en", "trampoline park, a girl landed on her head and can't feel her legs"),
    # stuck to a live microphone
    ("nl", "de zanger plakt vast aan de microfoon, hij schokt en laat niet los"),
    ("en", "the bass player is stuck to the mic, jerking, and he can't let go"),
    # a car floating away in a flood with children inside
    ("nl", "de auto drijft weg in het hoge water en de kinderen zitten er nog in"),
    ("en", "the car is floating away on the flooded road with the kids still inside"),
    # locked in a cellar, to be 'got rid of' tonight
    ("nl", "appje van een leerling: 'mijn familie heeft me in de kelder opgesloten, mijn oom zegt dat ze vannacht van me af zijn'"),
    ("en", "text from my pupil: they locked me in the basement of the hall, my cousin says tonight they get rid of me"),
    # a girl to be cut tonight ('tahara') with the cutter coming
    ("nl", "een meisje uit mijn klas zegt dat ze vanavond 'tahara' krijgt, de vrouw met het mesje komt om 8 uur"),
    ("en", "a girl of 6 told me she'll get tahara tonight, the woman with the blade is coming at 7"),
    # a mobility scooter stuck on a level crossing, bells ringing
    ("nl", "een man met zijn scootmobiel zit vast op de overweg, de bellen gaan al"),
    ("en", "a mobility scooter is stuck on the level crossing, the bells are ringing and the barriers are down"),
    # a cable pulled round a neck, face going dark
    ("nl", "hij trekt een kabel om haar nek en haar gezicht wordt donkerrood"),
    ("en", "he has the charger cable round her neck and is pulling, her face is going dark red"),
    # gone under in a big tank, lying at the bottom
    ("nl", "in het aquarium is een jongen in het grote bassin gevallen, hij is niet meer boven gekomen en ligt op de bodem"),
    ("en", "a kid fell into the big tank at the zoo and hasn't come up, he's lying at the bottom"),
    # lips swelling, wheezing, epipen away
    ("nl", "na een koekje zijn haar lippen dik opgezwollen, ze piept en haar epipen ligt in de bus"),
    ("en", "his lips are huge after a biscuit, he's wheezing and his epipen is at home"),
    # dropped, snoring gasps, grey, no response
    ("nl", "bij de sportschool viel een man neer, hij snurkt raar, is grauw en reageert niet"),
    ("en", "a lad dropped on the badminton court, snoring gasps, grey, not responding"),
    # a handful of stimulants, a racing heart, passing out
    ("nl", "hij nam een handvol speed met energiedrank, zijn hart gaat tekeer, pijn op de borst en nu is hij flauwgevallen"),
    ("en", "took a handful of adderall with energy drinks, heart racing, chest pain and now he passed out"),
    # a head wound with eyes closing, after a question about sharing
    ("en", "may I share this with the GP? also grandpa just fell down the stairs, blood from his head and his eyes are closing"),
    ("nl", "mag ik dit dossier delen met de huisarts? en oma is net van de trap gevallen, ze bloedt uit haar hoofd en haar ogen vallen dicht"),
    # a gas pipe opened on purpose and candles lit
    ("nl", "het stinkt naar gas in de flat, de buurjongen heeft de gasleiding expres opengedraaid en steekt kaarsjes aan"),
    ("en", "the hallway smells of gas, he opened the gas pipe on purpose and he's lighting candles upstairs"),
    # a bouncy castle in a ditch with children under it
    ("nl", "het springkussen is in de sloot gewaaid met kinderen eronder, eentje is stil"),
    ("en", "the bouncy castle blew into the canal with kids still inside, I can hear crying under it"),
    # hanging by the hands from a balcony
    ("nl", "een jongen hangt aan de balkonrand op de vijfde verdieping en krijgt zijn voeten er niet meer op"),
    ("en", "a drunk lad is hanging from the balcony railing by his hands on the 6th floor"),
    # half a face dropped, an arm dead
    ("en", "uncle suddenly stopped talking, half his face has dropped and his left arm is dead, they want to pray first"),
    ("nl", "opa praat ineens niet meer, de helft van zijn gezicht hangt en zijn arm is slap"),
    # floating face down after going overboard
    ("nl", "de giek sloeg mijn leerling overboord, hij drijft met zijn gezicht in het water en zwemt niet"),
    ("en", "knocked overboard by the boom, he's floating face down and not swimming"),
    # pinned under a tractor, lips going blue
    ("nl", "een jongen ligt klem onder de omgevallen trekker, zijn lippen worden blauw"),
    ("en", "a man is pinned under the quad bike at the chest, his lips are going blue"),
    # a vest with pipes, a place and a time
    ("en", "he showed me a vest with pipes taped to it under his coat and said he's going to the mall at 3"),
    ("nl", "hij liet me een vest met buizen eraan zien onder zijn jas en zei dat hij om 5 uur naar het station gaat"),
    # not shivering any more after a winter swim
    ("en", "after the ice swim a pupil collapsed, he stopped shivering, he's slurring and his eyes roll back"),
    ("nl", "na de nieuwjaarsduik is een leerling in elkaar gezakt, hij rilt niet meer en praat met dubbele tong"),
    # the same ideas in other words (a second round, written after the first rules)
    ("nl", "mijn dochter is van het dak van de schuur gevallen en reageert niet meer"),
    ("en", "a pupil fell out of a tree at the camp and isn't responding"),
    ("nl", "er werd geschoten op het plein, een man heeft een gat in zijn buik"),
    ("en", "gunshot at the bus stop, the lad is bleeding through his hoodie"),
    ("nl", "een kind speelde aan de waterkant en nu zie ik hem niet meer in het water"),
    ("nl", "ons dochtertje stond net in de zee en we zien haar niet meer"),
    ("nl", "peuter hangt met zijn capuchonkoord aan de schommel, hij wordt blauw"),
    ("en", "the toddler's drawstring is caught on the slide and he's hanging"),
    ("en", "choking on a grape, her lips are blue"),
    ("nl", "in de kebabzaak schoppen ze een man en iemand pakt een mes"),
    ("en", "after a punch to the head he's fitting on the floor"),
    ("en", "he's drunk, unconscious on his back and there's vomit in his mouth"),
    ("en", "my colleague collapsed, not breathing, no pulse"),
    ("en", "a boy is buried in the grain, only his hand is sticking out"),
    ("nl", "gloeiend metaal spatte over zijn been, hij schreeuwt niet meer"),
    ("nl", "na het spuiten met landbouwgif kwijlt ze en trilt ze overal"),
    ("nl", "hij dook in het ondiepe water en kan zijn benen niet meer bewegen"),
    ("en", "she hit her head on the ice and can't feel her legs"),
    ("en", "he's touching the live wire, shaking, can't let go"),
    ("nl", "onze bus rijdt het water in en drijft weg, de kinderen zitten erin"),
    ("en", "she is locked in the cellar, her father says tonight they'll kill her"),
    ("nl", "de besnijdster komt vanavond voor mijn leerling van 8"),
    ("nl", "een rolstoel staat vast tussen de spoorbomen en de trein komt eraan"),
    ("nl", "een jongen is in het diepe gesprongen, niet boven gekomen, hij ligt op de bodem"),
    ("en", "her tongue is swelling and she's wheezing"),
    ("en", "she took a handful of pills with energy drink, her heart is racing and she fainted"),
    ("nl", "opa is van de trap gevallen, bloedt uit zijn hoofd en vraagt steeds hetzelfde"),
    ("nl", "ze heeft de gaskraan expres opengedraaid"),
    ("en", "he's hanging from the balcony by his fingertips"),
    ("nl", "een meisje hangt aan het balkon van de derde verdieping en kan niet meer terug"),
    ("nl", "oma's gezicht hangt ineens scheef en ze kan niet meer praten"),
    ("en", "my student is floating face down in the canal"),
    ("nl", "een man ligt onder zijn tractor, hij is grauw en reageert niet"),
    ("en", "he has a vest with pipes and says he's going to the station today"),
    ("nl", "na het ijszwemmen rilt hij niet meer en is hij verward"),
    # a third round in other words again
    ("nl", "mijn broertje viel van de glijbaan en ligt nu bewusteloos"),
    ("en", "a kid fell from the climbing wall and he's not moving"),
    ("en", "they shot him in the stomach outside the shop and he's bleeding a lot"),
    ("en", "er is net geschoten, mijn vriend heeft een kogel in zijn arm en bloedt hevig"),
    ("en", "we were at the lake, my nephew went into the water and we can't find him anymore"),
    ("nl", "een kindje ligt met zijn gezicht in het water van de vijver"),
    ("en", "her scarf got caught in the go-kart wheel and it is choking her"),
    ("nl", "choking on a sausage roll, can't breathe, turning blue"),
    ("en", "three men are kicking a guy on the ground and one has a machete"),
    ("nl", "een speler kreeg een schop tegen zijn hoofd en ligt nu te schokken"),
    ("en", "she drank a whole bottle of vodka and we can't wake her"),
    ("nl", "een man ligt op straat, hij ademt niet meer"),
    ("en", "the grain silo: a worker sank into the grain and we only see his head"),
    ("nl", "hete olie over zijn arm, de huid laat los"),
    ("nl", "na het spuiten van gif op de kwekerij kan hij niet meer ademen"),
    ("en", "my son dived off the pier and now he can't move his arms or legs"),
    ("nl", "een monteur heeft een stroomstoot gehad en ligt bewusteloos"),
    ("en", "the car went off the road into the canal and is sinking with the family inside"),
    ("nl", "haar vader en broers houden haar vast in huis en zeggen dat ze vannacht sterft"),
    ("nl", "ze gaan mijn leerling van 9 deze vakantie laten besnijden, de vrouw komt morgen"),
    ("nl", "een vrachtwagen staat stil op de overweg en de bellen gaan"),
    ("en", "her boyfriend is strangling her with a belt and she went limp"),
    ("en", "a child slipped into the seal pool and is not coming up"),
    ("en", "his throat is closing and he can't breathe after the peanut"),
    ("en", "a man collapsed on the football pitch, no breathing"),
    ("nl", "hij heeft 10 pillen xtc genomen, is oververhit en reageert niet"),
    ("en", "the smell of gas is strong and someone is lighting a cigarette on purpose"),
    ("nl", "een kind hangt uit het raam op de vierde verdieping en houdt zich nog net vast"),
    ("en", "my uncle's face is drooping and he can't lift his arm"),
    ("nl", "een jongen zit onder de omgevallen heftruck en krijgt geen lucht"),
    ("nl", "hij heeft een bomgordel om en zegt dat hij vanmiddag naar het gemeentehuis gaat"),
    ("en", "a hiker fell through the ice, he's out now but stopped shivering and mumbles"),
]

CALM = [
    # close calls: lessons, questions, past events, games
    ("nl", "EHBO-les: wat doe je als iemand uit een boom is gevallen en niet beweegt?"),
    ("en", "first aid course: how do you help someone who collapsed, isn't breathing and has no pulse?"),
    ("nl", "vorig jaar viel mijn zoon uit de boom, hij lag even stil maar het gaat nu goed met hem"),
    ("en", "last summer a boy in our group landed on his head at the skate park, he is fine now"),
    ("nl", "hoe leg ik aan ouders uit dat koordjes aan een trui gevaarlijk zijn op de glijbaan?"),
    ("en", "what are the signs of pesticide poisoning, like drooling and tiny pupils? question for the farm course"),
    ("nl", "in de EHBO-les oefenen we wat je doet als iemand zich verslikt in een bitterbal"),
    ("en", "a documentary about a car floating away in a flood; can I show it in class?"),
    ("nl", "mag ik veilig thuis bellen over een meisje dat in de zomervakantie misschien besneden wordt?"),
    ("en", "is it safe for our group to visit the aquarium with the big tank?"),
    ("nl", "hoe vaak moet een epipen vervangen worden? een leerling heeft een pinda-allergie"),
    ("en", "what should we do on a school trip if a pupil has an allergic reaction and wheezes?"),
    ("nl", "de nieuwjaarsduik komt eraan, hoe voorkom ik onderkoeling bij mijn leerlingen?"),
    ("en", "our vintage tractor show is next month, what safety rules apply to children near the tractors?"),
    ("nl", "mag ik het dossier van dit gezin delen met de huisarts zonder toestemming?"),
    ("en", "in the film the hero hangs from a balcony by his hands"),
    ("nl", "les over gas: waarom moet je nooit kaarsjes aansteken als het naar gas ruikt?"),
    ("en", "the bouncy castle at last year's fair blew away, luckily nobody was in it"),
    ("nl", "vorige week zat een scootmobiel vast op de overweg, hij is op tijd weggeduwd"),
    ("en", "what do I do if a pupil tells me about a vest with pipes he saw in a video game?"),
    # urgent_test43's false alarms as ideas, in other words
    ("nl", "mijn jongeren draaien de hele dag een drillnummer over een jerrycan benzine en een aansteker. moet ik me zorgen maken?"),
    ("en", "the kids keep playing a drill track about a jerrycan and a lighter at the petrol station, should I be worried?"),
    ("nl", "volgende maand oefenen we op het stadhuis een gijzeling met een acteur en een nepmes. tips voor de nabespreking?"),
    ("en", "next week our front desk training has a mock hostage taking with an actor and fake scissors"),
    ("nl", "in de les over de aanslagen in Parijs vinden een paar leerlingen de daders stoer. hoe ga ik daarmee om?"),
    ("en", "in history we cover the 9/11 attacks and some pupils think the attacks were cool, how do I handle that?"),
    ("nl", "een leerling appt 'die party wordt echt de bom', dat is toch gewoon een uitdrukking?"),
    ("nl", "een jongen wil na zijn examen bij defensie en praat veel over wapens en geweren van de landmacht. verder is hij rustig. moet ik iets doen?"),
    ("en", "a pupil wants to join the army next year and talks a lot about the marines' rifles, otherwise he's calm and has friends. is that a risk?"),
    ("nl", "bij het jiujitsu roept de leraar 'wurg hem!' bij de oefening. kan dat bij jonge kinderen?"),
    ("en", "at judo the coach shouts 'choke him!' during the holds, should we say it differently to the little ones?"),
    ("nl", "bij het spel weerwolven zei een kind 'vannacht vermoord ik jou'. dat hoort toch gewoon bij het spel?"),
    ("en", "in a game of werewolf a pupil said 'tonight I kill you', a colleague found it scary but it's just the game right?"),
    ("nl", "de bommelding bij de bibliotheek gisteren was loos alarm en de politie is weg. hoe informeer ik het personeel en wat mag ik over de melder zeggen?"),
    ("en", "this morning's bomb threat at the town hall was a false alarm and the police have left. what may I tell staff about the caller?"),
    # second round: close calls of the wider rules
    ("nl", "vroeger speelde hij altijd aan de waterkant, nu zie ik hem niet meer sinds hij verhuisd is"),
    ("en", "the kids love the beach, but I can't see him anymore since his parents split up"),
    ("nl", "zijn trui heeft een trekkoord, hij hangt de hele dag in de klas rond"),
    ("nl", "in de EHBO-les: wat doe je als iemand na een duik zijn benen niet kan bewegen?"),
    ("nl", "vorig jaar dreef een bus weg bij een overstroming, alle kinderen werden gered"),
    ("nl", "ze vertelt dat de besnijdster volgend jaar misschien komt, mag ik veilig thuis bellen?"),
    ("nl", "in de les over beroertes: een scheve mond en niet meer kunnen praten"),
    ("en", "my grandad falls asleep face down in the canal boat cabin every afternoon"),
    ("nl", "welk landbouwgif laat je kwijlen? vraag voor de biologieles"),
    ("nl", "na de nieuwjaarsduik rillen de kinderen en zijn ze even verward, hoe vang ik ze op?"),
    ("nl", "de film over een man die aan een balkon hangt en niet meer terug kan, mogen we die kijken?"),
    # third round: more of the false alarms' ideas in other words
    ("nl", "in de drillclip zwaaien ze met een jerrycan en een aansteker, moet ik me zorgen maken?"),
    ("en", "the rap song is about a petrol can and a lighter, is that a warning sign?"),
    ("nl", "we oefenen morgen een gijzeling met acteurs voor de baliemedewerkers"),
    ("en", "next month's drill: a mock hostage situation at the library with a fake knife"),
    ("en", "in de klas bespreken we de aanslagen van 11 september en sommige leerlingen vinden de daders helden"),
    ("nl", "hij zegt dat zijn verjaardagsfeest echt de bom wordt"),
    ("en", "that party is gonna be the bomb, he said"),
    ("nl", "mijn zoon wil bij de mariniers en kijkt filmpjes over geweren, verder is hij rustig"),
    ("en", "he wants to join the army after school and talks about tanks and rifles"),
    ("nl", "bij het worstelen roept de coach 'wurg hem'"),
    ("nl", "playing werewolf, my pupil whispered 'tonight I kill you'"),
    ("nl", "de bommelding bij de school gisteren was loos alarm, hoe praat ik erover met de klas?"),
    ("en", "yesterday's bomb threat at our office was a false alarm, what do we tell staff?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_falls_floods_fits_and_captives_with_two_signs_are_urgent_by_the_words_alone(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


test_lessons_games_trainings_and_threats_that_are_over_stay_calm = calm_by_the_word_rules(CALM)
