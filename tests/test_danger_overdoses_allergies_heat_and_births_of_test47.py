"""Ideas from urgent_test47 (scored once, blind; tuning data now), bodies in trouble, each written in words of our own.

Caught (word rules alone), each with two signs: a nut eaten and wheezing or swollen lips with no epipen; an old man
burning hot and dry in the sun who does not answer; a diabetic who got shaky and now will not wake; a few breaths a
minute after methadone or heroin with no waking or grey lips; G taken and snoring with pauses; a kick or a ball to the
throat with the neck swelling and no air; lamp oil or paraffin swallowed by a toddler with coughing and fast
breathing; white powder taken with chest pain and a racing heart; a fall on the head with snoring and one big
pupil; a birth in a toilet with heavy bleeding or a silent baby.

Calm: the close calls of every idea: a lesson or a training, a protocol being written, a past event that ended
well, a question about prevention."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # a nut eaten, wheezing or swelling, no epipen
    ("nl", "op de verjaardag van mijn nichtje at een jongen een koek met nootjes, zijn lippen zwellen op en hij piept bij elke ademhaling"),
    ("nl", "meisje heeft pindakaas gegeten en piept, haar epipen ligt thuis"),
    ("en", "a girl at the youth club ate a satay skewer, her face is puffing up, she's wheezing and her epipen is at home"),
    ("en", "he ate a peanut cookie and now he's wheezing, no epipen with him"),
    ("nl", "ze ademt piepend na de pindakaas"),
    # an old man burning hot and dry in the sun, not answering
    ("nl", "op het zomerfeest in het park ligt een oude man al een uur in de felle zon, hij is kokend heet, zweet niet meer en reageert niet"),
    ("en", "at the open-air festival an elderly man has collapsed in the heat, his skin is burning hot and dry and he doesn't respond"),
    ("nl", "opa lag de hele middag in de zon, nu is hij gloeiend heet en niet aanspreekbaar"),
    # a diabetic, shaky, now will not wake
    ("nl", "een jongen met suikerziekte werd bij gym trillerig en verward, nu is hij weggezakt en niet meer wakker te krijgen"),
    ("en", "a diabetic girl on the school trip got shaky and strange, now she's passed out and we can't wake her"),
    ("nl", "leerling met diabetes reageert niet meer en ik krijg geen druivensuiker in haar mond"),
    # a few breaths a minute after methadone or heroin, not waking, grey lips
    ("nl", "een bewoner van de opvang ligt na zijn methadon te knikkebollen, hij ademt maar drie keer per minuut en is niet wakker te krijgen"),
    ("en", "guy in the drop-in centre after his methadone: only a few breaths a minute, lips blue-grey, he won't wake when I shake him"),
    ("en", "she's breathing maybe three times a minute and her lips are grey"),
    # G taken, snoring with pauses
    ("nl", "op het eindfeest ligt een jongen onderuit in de gang, hij heeft G gehad, hij snurkt en stopt dan een tijdje met ademen"),
    ("en", "at the festival my friend took G, now she's snoring and then stops breathing for a bit"),
    ("en", "someone put ghb in his drink, he's slumped in the toilets and snoring"),
    ("en", "he had G and now he snores, then stops breathing, then snores again"),
    # a kick or a ball to the throat, the neck swelling, no air
    ("nl", "bij het kickboksen kreeg een meisje een trap tegen haar keel, haar hals zwelt op en ze krijgt bijna geen lucht"),
    ("en", "a hockey ball hit a boy right in the throat, his neck is swelling and he's gasping, can't get air in"),
    ("en", "took an elbow to the throat in training, his voice is gone and his neck is swelling"),
    # lamp oil or paraffin swallowed by a toddler, coughing, fast breathing
    ("nl", "ons dochtertje heeft een slok petroleum uit een frisdrankfles genomen, ze hoest aan een stuk door en ademt heel snel"),
    ("en", "my toddler swallowed some lamp oil from the garden torch, now he's coughing badly and his breathing is fast and hard"),
    ("nl", "mijn zoontje heeft aan de fles lampolie gedronken en hij krijgt het benauwd"),
    # white powder taken, chest pain, a racing heart
    ("nl", "mijn dochter heeft op een feest wit poeder gesnoven, nu bonkt haar hart heel snel, ze heeft pijn op de borst en ze wordt grauw"),
    ("en", "my friend took some powder at the festival, now his heart is racing, he has chest pains and he's gone grey and sweaty"),
    ("en", "my son take pills at party, now heart go very fast and he fall down"),
    # a fall on the head, snoring, one big pupil
    ("nl", "bij het paardrijden viel een meisje op haar hoofd, nu snurkt ze raar en haar ene pupil is veel groter dan de andere"),
    ("en", "a lad came off his mountain bike headfirst, he's making snoring sounds and one of his pupils is much bigger"),
    ("en", "the scooter landed on her, her helmet split and she's snoring"),
    # a birth in a toilet, heavy bleeding or a silent baby
    ("nl", "een leerling is in de kleedkamer bevallen, ze bloedt heel erg en het kindje is slap en stil"),
    ("en", "a student has just given birth in the staff toilet, there's blood everywhere and the baby isn't crying"),
    ("nl", "een meisje heeft stiekem op de wc een kind gekregen, er ligt veel bloed en de baby huilt niet"),
]

CALM = [
    # nuts and epipens: a workshop, a past event
    ("nl", "ik geef een workshop over pinda-allergie: wat doe je als een kind piept en geen epipen bij zich heeft?"),
    ("en", "last year a pupil with a nut allergy wheezed after lunch; how should we store spare epipens?"),
    # second round: 'piept' alone is a squeaking tyre or door, not a child wheezing
    ("nl", "mijn zoon eet graag pindakaas maar zijn fietsband piept, kun je die zelf plakken?"),
    ("nl", "de deur van de gymzaal piept en er ligt geen epipen in de ehbo-kast, wie moet ik bellen?"),
    # heat: a plan, yesterday and fine now
    ("nl", "hoe herken ik een hitteberoerte bij ouderen die niet meer reageren? we maken een hitteplan"),
    ("en", "yesterday my grandad got too hot in the garden, he is fine now after a cool shower; should I report heat risks?"),
    # diabetes: a protocol
    ("nl", "een leerling met diabetes valt soms in slaap in de les, moet ik dat met zijn ouders bespreken?"),
    ("en", "what should staff do when a diabetic pupil has a hypo and can't be woken? we're writing a protocol"),
    # slow breathing: a naloxone training, a leaflet
    ("nl", "in de training over naloxon leerden we dat iemand met een overdosis soms maar een paar keer per minuut ademt"),
    ("en", "our harm reduction leaflet says opioids can slow breathing to a few breaths a minute; can we hand it out?"),
    # G: a talk, a drugs lesson
    ("nl", "wat is G precies en waarom gaan jongeren ervan snurken? ik wil een voorlichting geven"),
    ("en", "in the drugs lesson we talked about ghb and how people pass out and snore; is it okay to show the video?"),
    # throats: the rules of a sport
    ("nl", "bij het kickboksen zijn trappen tegen de keel verboden; hoe leg ik dat uit aan nieuwe leden?"),
    ("en", "is a kick to the throat in a sparring match something I have to report? nobody got hurt"),
    # lamp oil: prevention
    ("nl", "hoe bewaar ik lampolie veilig zodat peuters het niet drinken? de ggd geeft een voorlichting"),
    ("en", "a leaflet says lamp oil looks like juice to toddlers; can we hang it up in the nursery?"),
    # powder, chest pain: a lesson, a past event
    ("nl", "in de les over drugs vroeg een leerling of je hartkloppingen krijgt van coke"),
    ("en", "my son had chest pain after the gym last week; the doctor said it was a muscle. can he do sports again?"),
    # snoring, pupils: first aid and a past fall
    ("nl", "na de val gisteren was zijn ene pupil even groter, de huisarts heeft hem gezien en het gaat goed"),
    ("en", "in first aid class we learned that one big pupil after a head injury is a danger sign"),
    ("en", "my dad snores so loudly after a night out, one of his eyes is always half open lol"),
    # births: a question, a film
    ("nl", "een leerling van 16 is zwanger en wil weten waar ze anoniem kan bevallen, wat kan ik doen?"),
    ("en", "in biology we watched a birth film with a lot of blood, some kids felt faint; should I warn parents?"),
]

test_a_nut_the_heat_a_hypo_an_overdose_a_throat_or_a_birth_in_trouble_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_a_workshop_a_protocol_or_a_fall_that_ended_well_stays_calm = calm_by_the_word_rules(CALM)
