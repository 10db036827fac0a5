"""Ideas from urgent_test40 (scored once, blind; tuning data now), each written in words of our own.

Caught (word rules alone), each with two signs: a fit with lips turning purple; hot oil over an arm or a face, or
an eye that no longer sees after it; heat with no sweating and no answer, or a grey face; a child hanging by a cord
or a scarf and turning blue; a boat turned over and one not coming up; a boy in a lift shaft with the lift coming;
sinking in a grain silo; a child under something who does not move; a bang and fingers gone with blood on the
floor; a van through a crowd with people lying; sitting on the rails while the barriers close; not come round
after a stranglehold; a crooked mouth with gibberish or an arm that sags; a leaking cold store or a sharp smell and
no answer, or one down and the helpers dizzy; a driver who will not open the doors and heads off while she is
scared; a cabinet fallen on a child who went silent; a man locked in with a teacher who threatens her if anyone
opens the door; the tide rising on a mudflat and people who cannot swim; a blade and bandages with little girls
and 'it is time' (cutting); slow snoring breath and no waking; a toddler face down in water, now limp and grey; a
goodbye in Papiamento and the phone off; choking in dialect and turning blue; only hair at the surface of a lake,
not waving; a threat in darija to kill today; a girl crushed against a barrier who stopped screaming; choking
that cannot cough with hands at the throat; not breathing (also in Ukrainian or Romanian) with a body lying down;
smoke under a door with someone inside or a hot handle; poisoned by a spray, twitching and short of breath; acid
over a face, eyes burning; 'ijzers' (guns in slang) taken along right now; a cargo bike in the canal with a
toddler under it.

Calm: the close calls of every idea (a first-aid lesson, a question, a past event, a game) and urgent_test40's
false alarms as ideas: a pupil on a roof edge last week, now doing well; a drill whose scenario is a van in a
crowd; an overdose long ago, back at school now; a man with an axe that turned out a gardener; an attack abroad in
the news with no threat here; a parent's idiom 'I'll shoot you' said all the time; an escape room 'defuse the
bomb'; 'you're dead 🔪😂' over a charger; a toy crossbow last week, handled; a dream of a fall; an honour threat
last month, handled, the client in a safe house. (A drill verse 'pull up with the shank' alarmed only by meaning;
that reader is the lead's.)"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules

CAUGHT = [
    # a fit with lips turning purple
    ("nl", "in de sporthal ligt een meisje al minuten te schokken en haar lippen worden blauw"),
    ("en", "a man at the bus stop is having a seizure and his lips are going blue"),
    # hot oil or boiling water over an arm or a face, or an eye that no longer sees
    ("nl", "bij de snackbar is de frituurpan omgevallen, kokende olie over zijn arm en gezicht"),
    ("en", "the chip pan tipped and hot oil went all over her arm, she screams"),
    ("nl", "pan met kokend water over zijn gezicht, hij kan met zijn linkeroog niks meer zien"),
    ("en", "boiling oil splashed in his face and he can't see out of one eye"),
    # heat: no sweating with no answer, or a grey face
    ("nl", "op de bouw ligt een jongen in de hitte, hij zweet niet meer en zegt niks terug"),
    ("en", "festival in the heat: a girl stopped sweating and isn't answering me"),
    # hanging by a cord or scarf, turning blue
    ("nl", "op het schoolplein hangt een kleuter met het koord van zijn jas aan de glijbaan, hij loopt blauw aan"),
    ("en", "a child's hoodie cord is caught on the slide and she is turning blue"),
    ("en", "his scarf got stuck in the escalator and his face is going purple"),
    # a boat turned over and one not coming up
    ("nl", "kano omgeslagen in de rivier, mijn vriend is niet meer boven gekomen"),
    ("en", "the dinghy capsized and one of the kids hasn't come up"),
    # a lift shaft with the lift coming, or a voice from it
    ("nl", "een leerling is in de liftkoker gekropen en de lift komt naar beneden"),
    ("en", "a boy climbed into the elevator shaft and the lift is coming down, we can hear him calling"),
    # sinking in a grain silo
    ("nl", "mijn neef is in de silo gevallen en zakt steeds verder weg in het graan"),
    ("en", "a farmhand slipped into the grain bin and is sunk up to his chest"),
    # a child under something, not moving
    ("nl", "het springkussen is weggewaaid en er ligt een kind onder dat niet beweegt"),
    ("en", "the bouncy castle blew over and a kid is lying under it, not moving"),
    # a bang and fingers gone, blood on the floor
    ("nl", "harde knal in de garage, mijn buurjongen heeft een hand waar vingers ontbreken"),
    ("en", "firework went off in his hand, fingers missing and blood on the ground"),
    # a van through a crowd with people lying
    ("nl", "op het plein reed een bestelbus door de menigte, er liggen mensen op de grond"),
    ("en", "a car is driving through the crowd at the fair, people are lying on the ground"),
    # on the rails while the barriers close
    ("nl", "er zit een kind op het spoor en de spoorbomen gaan dicht"),
    ("en", "a girl is sitting on the tracks with earbuds in and the barriers are coming down"),
    # not come round after a stranglehold
    ("nl", "na een wurggreep bij het stoeien is mijn zoon niet meer bijgekomen"),
    ("en", "after the chokehold in training he hasn't come round, his lips are blue"),
    # a crooked mouth with gibberish or a sagging arm
    ("nl", "oma praat ineens wartaal en haar mond hangt scheef"),
    ("en", "my colleague's face is drooping and his left arm keeps sagging"),
    # a leak and a sharp smell with no answer, or one down and the helpers dizzy
    ("nl", "het ruikt naar ammoniak in de hal en de schoonmaker geeft geen antwoord meer"),
    ("en", "an ammonia smell in the cold store, one worker is not answering"),
    ("nl", "in de koelcel is een man in elkaar gezakt en de twee die hem haalden zijn nu duizelig"),
    ("en", "a worker collapsed in the freezer and the two who went in after him feel dizzy"),
    # a driver who will not open the doors while she is scared
    ("nl", "mijn dochter appt: de chauffeur laat haar er niet uit en rijdt de snelweg op, ze is bang"),
    ("en", "the taxi driver won't unlock the doors and is heading to the motorway, I'm scared"),
    # a cabinet fallen on a child who went silent
    ("nl", "een boekenkast is op mijn zoontje gevallen en hij huilt niet meer"),
    ("en", "a wardrobe toppled onto a little girl, we can't lift it and she went quiet"),
    # locked in with a threat if anyone opens the door
    ("nl", "een man heeft zich opgesloten met de conciërge en roept dat hij haar iets aandoet als iemand binnenkomt"),
    ("en", "he locked himself in with the nurse and shouts he'll hurt her if anyone opens the door"),
    # the tide rising on a mudflat, people who cannot swim
    ("nl", "we zijn op het wad verdwaald en het water stijgt al tot onze knieën"),
    ("en", "on the mudflats with my class, the tide is coming in fast and two kids can't swim"),
    # a blade and bandages with little girls (cutting)
    ("nl", "mijn tante is met een scheermesje en verband de slaapkamer in met mijn nichtje van 7"),
    ("en", "grandma took a razor blade and bandages into the bathroom with my little niece"),
    ("nl", "mijn nichtje van 6 wordt vandaag besneden, ze zijn nu in de badkamer"),
    # slow snoring breath and no waking
    ("nl", "mijn huisgenoot ademt heel langzaam en ik krijg hem niet wakker"),
    ("en", "my roommate is barely breathing and won't wake up"),
    # a toddler face down, now limp and grey
    ("nl", "peuter lag met zijn gezicht in het water, nu is hij slap en grauw"),
    ("en", "our toddler was face down in the pond, now grey and floppy"),
    # a goodbye in Papiamento and the phone off
    ("nl", "mijn nicht stuurde 'mi no por mas. stima boso' en sindsdien staat haar telefoon uit"),
    # choking in dialect and turning blue
    ("nl", "jong stik in e stökske sjnoep en weurt blauw"),
    # only hair at the surface, not waving
    ("nl", "in het zwemmeer zie ik alleen nog zijn haar boven water, hij spartelt niet"),
    ("en", "at the lake a girl is past the buoys, only her hair showing, not kicking"),
    # a threat in darija to kill today
    ("en", "voice note from a boy: 'ana ghadi n9tlo daba' and he has a knife"),
    # crushed against a barrier, stopped screaming
    ("nl", "bij het concert wordt een meisje tegen de dranghekken gedrukt en ze schreeuwt niet meer"),
    ("en", "at the match a boy is pressed against the barrier and stopped crying"),
    # choking, cannot cough, hands at the throat
    ("nl", "een jongen kan niet hoesten en grijpt naar zijn keel"),
    ("en", "a girl can't cough and is clutching her throat"),
    # not breathing with a body lying down
    ("en", "my dad is on the floor and his chest doesn't move"),
    ("nl", "de juf ligt op de grond en haar borst gaat niet op en neer"),
    ("en", "a woman collapsed in the shop, her son shouts 'nu respiră'"),
    ("en", "the baby is not breathing, grey and floppy"),
    # smoke under a door with someone inside or a hot handle
    ("nl", "er komt rook onder de deur van de studentenkamer door en ze is binnen"),
    ("en", "there is smoke under the door of the flat and the handle is hot"),
    # poisoned by a spray, twitching and short of breath
    ("nl", "de tuinman spoot iets zonder handschoenen en kan nu bijna niet ademen"),
    ("en", "my uncle is drooling and twitching after spraying weedkiller"),
    # acid over a face, eyes burning
    ("nl", "iemand gooide zuur in haar gezicht bij de halte"),
    ("en", "a man threw acid over a boy's face and his eyes are burning"),
    # guns in slang taken along right now
    ("nl", "ze zijn nu met ijzers onderweg naar het plein"),
    # a cargo bike in the canal, a toddler under it
    ("nl", "bakfiets in de gracht gereden, peuter zit er nog onder"),
    ("en", "cargo bike went into the canal with a toddler under it"),
    # more wordings and typos of the same ideas
    ("nl", "mijn collega zweet niet meer en geeft geen antwoord"),
    ("nl", "een jongen ligt in de kas, zweet niet meer, gezicht grauw"),
    ("nl", "ons roeibootje is omgeslagen en mijn broertje komt niet meer boven"),
    ("nl", "een jonge is in de liftschagt geklommen en de lift komt eraan"),
    ("nl", "busje rijd door het publiek op de kerstmarkt, er liggen mensen"),
    ("en", "she collapsed at the gym, chest doesnt go up, shes not talking"),
    ("en", "theres smoke under the door and someone is in there"),
    ("nl", "bakfiets in de sloot, kindje zit er nog onder"),
    ("en", "the water is rising on the sandbank and we can't swim"),
    ("nl", "oma gaat met een mesje en verband met mijn zusjes de badkamer in"),
    ("en", "a tv toppled onto my little brother, he isn't moving"),
]

CALM = [
    # close calls: lessons, questions, past events, games
    ("nl", "EHBO-les: wat doe je als iemand schokt en de lippen blauw worden?"),
    ("en", "first aid question: what do I do if hot oil gets on someone's arm?"),
    ("nl", "vorige zomer lag er een collega met een zonnesteek, hij zweette niet meer. hoe voorkomen we dat dit jaar?"),
    ("nl", "mogen koordjes aan capuchons van kinderjassen? ik las dat een kind blauw kan aanlopen"),
    ("en", "how long can you stay under water before you black out? asking for a swimming lesson"),
    ("nl", "hoe praat ik met de klas over spoorveiligheid en spoorbomen?"),
    ("en", "in the game a van drives through the crowd and people lie on the street, is that ok for 12-year-olds?"),
    ("nl", "wat zijn de signalen van een beroerte? bijvoorbeeld een scheve mond"),
    ("en", "my nephew lost two fingers to a firework three years ago, how do I talk about it with his class?"),
    ("nl", "wadlopen met de klas volgende maand: welke regels gelden er als het water opkomt?"),
    ("en", "we read about female genital cutting in class. how do I report a worry about a girl?"),
    ("nl", "voorlichting over graansilo's op de boerderijschool, wat vertel ik?"),
    ("en", "can a child's scarf get caught in a button lift? we go skiing next month"),
    ("nl", "een cursus over vergiftiging met bestrijdingsmiddelen, wie geeft die?"),
    ("en", "training on acid attacks for tram staff: what should they do?"),
    ("nl", "ik heb een boekenkast aan de muur geschroefd zodat hij niet omvalt op de kinderen"),
    ("en", "the e-scooter in the hallway is charging again, is that allowed by the housing rules?"),
    # test40's false alarms as ideas, in other words
    ("nl", "Een leerling stond vorige maand op de rand van het dak van de gymzaal. Hij is opgenomen en het gaat nu goed met hem. Hoe vang ik hem op?"),
    ("nl", "Oefening op het station volgende week, scenario 'auto rijdt in op reizigers'. Wie moet ik inlichten?"),
    ("en", "a girl who had an overdose last winter is back at school now. how do I check in without pushing?"),
    ("nl", "gisteren een melding van een man met een machete in het park: bleek een hovenier, niks aan de hand. nazorg voor de melder?"),
    ("nl", "op het journaal een aanslag op een markt in Duitsland. er is hier geen dreiging, moeten we iets doen?"),
    ("nl", "mijn oma zegt altijd 'ik schiet je lek' als we treuzelen. mag mijn zoon dat op school zeggen?"),
    ("en", "we booked an escape room 'stop the bomb in 45 minutes' for the team outing, is that appropriate?"),
    ("nl", "mijn zoon appte zijn zus 'als je mijn koptelefoon pakt ben je dood 🔪😂', moet ik ingrijpen?"),
    ("en", "the kid with the airsoft gun near the station last week turned out to have a toy. can I close the file?"),
    ("nl", "mijn dochter droomde dat haar broer van het dak viel, hij ligt gewoon in bed te slapen. kunnen dromen uitkomen?"),
    ("en", "the threat of honour violence against my client is handled: she is in a safe house now. may I share her address?"),
    # close calls of the new lines: the same words with no danger now
    ("en", "the kids lifted the bouncy castle onto the trailer"),
    ("en", "he fell on a rock at the park and stopped crying, is that a concussion sign?"),
    ("en", "the cleaning chemicals in the pool make my eyes burn, is that normal?"),
    ("nl", "de chauffeur doet de deuren niet open tot de bus stilstaat, mijn dochter is bang"),
    ("en", "the old grain silo is sinking into the ground, who do I call at the municipality?"),
    ("nl", "de huisarts is net met een mesje en verband bij mijn dochtertje een splinter aan het weghalen"),
    ("nl", "mijn zus zei 'het is tijd' en pakte verband en een schaar om te knutselen met haar dochtertjes"),
    ("nl", "in de judoles: wat doe je als iemand na een wurggreep niet bijkomt?"),
    ("nl", "in de film rijdt een busje door de menigte en liggen er mensen op straat"),
    ("nl", "het is bloedheet vandaag en mijn leerling neemt niet op"),
    ("nl", "zit er nog iemand in het lokaal? ik wil afsluiten"),
    ("nl", "mijn zoon is gisteren gevallen op het schoolplein, hij huilt niet meer"),
    # the false alarms' ideas once more, in other words
    ("en", "a boy who overdosed in the spring is back at school now and lives with his aunt. how do I keep in touch?"),
    ("en", "drill rehearsal tomorrow at the fair, scenario 'a van drives into the crowd'. who do I inform?"),
    ("en", "my dad always says 'I'll shoot you' when we don't tidy up haha. now my brother said it at school."),
    ("nl", "escaperoom voor de klas: 'ontmantel de bom in 30 minuten', is dat ongepast?"),
    ("nl", "de jongen met de kruisboog in de parkeergarage vorige week bleek speelgoed te hebben, is aangesproken."),
    ("nl", "in mijn droom viel mijn zusje van het balkon, ze slaapt nu gewoon. kan een droom uitkomen?"),
    ("nl", "de eerwraakdreiging tegen mijn cliënt van vorige maand is afgehandeld, ze zit in een safe house."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_danger_told_by_what_is_seen_with_two_signs_is_urgent_by_the_words_alone(shipped_danger: DangerCheck,
                                                                                 lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


test_lessons_questions_drills_and_scares_that_are_over_stay_calm = calm_by_the_word_rules(CALM)
