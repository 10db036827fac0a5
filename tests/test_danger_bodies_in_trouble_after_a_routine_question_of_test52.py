"""A body in trouble now, told after a routine question, and the other scenes of test52 the word rules missed
(urgent #0, #6, #9, #12, #14, #15, #17, #18, #23, #26, #27, #29, #32, #34, #37, #40, #45, #49, #50, #56, #57, #59;
scored, tuning data now), each written in words of our own with close calls that stay calm (brief DR62).

The shape: a professional first asks something routine (may I pass on his name and address, do I need the parents'
consent, whom at the municipality do I mail, a GDPR question) and then tells a scene happening now. The question
never talks down a body in trouble now (the danger policy): not breathing or a chest that does not go up and down,
no reaction, only a groan when touched after a fall from a height, a seizure that does not end and no coming round,
gurgling breathing after being hit, barely any air with a swelling face. The scene alone, without the question, is
urgent too.

The other scenes: in the water and not coming up; snoring strangely and not to be woken after G; trapped under a
tipped-over float or trailer; a burning or smoke-filled stable and someone not coming out; the gas open with a lighter
in hand; blood spurting from a deep cut; a crushed chest; a threat to kill with a big knife in hand; limp and burning
hot after a pill; sunk into a bog and not coming loose; choking on something and turning blue; a seizure with
overheating; a mother not to be woken beside pills; a woman choked until limp; poison or pesticide drunk and now
vomiting or shaking; leaving tonight to join the PKK abroad. From the tuning sets' misses: the gas on and someone
staying in, a stabbing or a shooting now, someone on a high balcony rail who does not react.

Calm: laughing until one 'komt niet meer bij', a CPR course on a dummy, a breathing exercise, a crushed chest told of
last year, a lighter used to light the stove, a documentary about quicksand, aching muscles, a bike hit by a car,
feeling 'hit by a truck', smoke from a barbecue with the children inside, a question about what the PKK is, a threat
said in a card game as a joke, poison drunk last year and well now.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

QUESTION_THEN_BODY_IN_TROUBLE = [
    ("nl", "vraagje: mag ik de naam van een bezoeker van onze fietswerkplaats doorgeven aan de verzekering? hij kreeg "
           "net een schok van de stekker en nu ligt hij op de grond, reageert niet en zijn borst gaat niet op en neer"),
    ("nl", "mag ik zijn telefoonnummer aan de huisarts geven? hij ligt nu in de kantine op de grond en ademt niet"),
    ("nl", "moet ik dit in het registratiesysteem zetten? ze reageert niet en haar borst gaat niet meer op en neer"),
    ("en", "can I share his address with the insurer? he got a shock from the drill, he's lying on the floor and his "
           "chest isn't going up and down"),
    ("en", "quick privacy question: may I pass on her name to the school? she's not responding and no longer "
           "breathing"),
    ("nl", "van welk team moet ik toestemming hebben voor de melding? een monteur is van de steiger gevallen, 5 meter, "
           "hij kreunt alleen nog"),
    ("en", "who at the council do I email for the incident form? a stagehand just fell off the rig, 6 metres, he only "
           "groans when you touch him"),
    ("nl", "mag ik dit noteren zonder handtekening? ze ligt al 10 minuten te schokken en komt niet bij"),
    ("en", "do I need consent to put this in his file? he's been having a seizure and hasn't come round"),
    ("en", "do I need consent to write this up? a boy was hit by a car, he's lying in the road not moving and his "
           "breathing is gurgling"),
    ("nl", "mag ik dit delen? hij is aangereden, ligt op straat en gorgelt"),
    ("en", "may I share her allergy with the caterer? she ate peanuts, her face is swelling and she can barely get "
           "air in"),
    ("nl", "wie moet ik bellen voor de registratie? een jongen is bij de sluis in het water gevallen en komt niet meer "
           "boven"),
    ("nl", "heb ik toestemming nodig om met hem te praten? hij belt me, de gaskraan staat open en hij heeft een "
           "aansteker in zijn hand"),
    ("en", "do I need consent to talk to him? he just called, he turned the gas on and has a lighter in his hand"),
    ("nl", "mag ik zijn bsn delen? hij is onder de tractor geraakt en zijn borstkas is ingedeukt"),
    ("en", "can I share his details with the agency? a pallet fell on him, his chest is caved in and he's barely "
           "breathing"),
    ("nl", "mag ik dit melden bij de verzekering? de aanhanger is omgekiept en een jongen ligt onder het frame, zijn "
           "benen zitten klem"),
    ("nl", "mag ik de ouders bellen? haar borst is ingedeukt na het ongeluk, ze ademt bijna niet"),
    ("en", "GDPR question: may I share his name with the insurer? she collapsed and isn't responding"),
    ("nl", "wie bij de gemeente moet ik mailen? ze ligt op de bank en is niet wakker te krijgen, er liggen lege "
           "pillenstrips"),
]

OTHER_SCENES_NOW = [
    ("nl", "bij de stuw is een meisje in het water gevallen en ze komt niet boven"),
    ("en", "a kid slipped into the water at the weir and hasn't come up for two minutes"),
    ("nl", "hij ligt op de wc vloer, snurkt raar en ik krijg hem niet wakker, hij heeft g genomen"),
    ("en", "she took G at the party and now she's snoring strangely and we can't wake her"),
    ("en", "the float tipped over and a girl is lying under the frame, her legs are trapped, she's going pale"),
    ("nl", "de kar is omgeslagen en een jongen ligt onder de kar, hij wordt lijkbleek"),
    ("nl", "de schuur staat vol rook en mijn vader komt niet naar buiten"),
    ("en", "there's thick smoke in the garage and my brother hasn't come out"),
    ("en", "she says the gas has been on for an hour and she's holding a lighter"),
    ("nl", "de gaskraan staat al een uur open en hij speelt met zijn aansteker"),
    ("nl", "zwemwedstrijd: jongen uit het water gehaald, ligt op de kant, geen ademhaling"),
    ("en", "swimmer pulled out of the lake, lying on the jetty, not breathing"),
    ("nl", "in de werkplaats een diepe snee in zijn arm, het bloed spuit er in stoten uit"),
    ("en", "she cut her arm on the glass, deep gash, blood spurting everywhere"),
    ("nl", "mijn oom staat met een groot mes en roept mi ta mata bo tegen mijn tante"),
    ("en", "my uncle grabbed the big knife and is yelling oldurecegim at my aunt"),
    ("nl", "feest: meisje na een pil helemaal slap en gloeiend heet"),
    ("en", "she took molly, she's burning up and going limp"),
    ("nl", "een kind is in het moeras weggezakt tot zijn middel, hij komt niet los en het wordt donker"),
    ("en", "a boy is stuck in the bog up to his waist and we can't get him out"),
    ("en", "a kid is stuck in quicksand and it's getting dark, he's ice cold"),
    ("nl", "rugby: speler verslikt in zijn bitje, wordt blauw"),
    ("en", "judo kid choking on his mouthguard, lips going blue"),
    ("nl", "zij is gloeiend heet en heeft nu stuiptrekkingen"),
    ("en", "festival: girl is burning hot and now she's convulsing"),
    ("nl", "mijn moeder ligt in de badkamer en wordt niet wakker, overal pillen"),
    ("en", "my dad won't wake up and there are pills everywhere"),
    ("en", "a man has her by the throat and she's gone limp"),
    ("nl", "hij heeft landbouwgif gedronken en geeft over"),
    ("en", "my friend drank the pesticide and he is shaking"),
    ("en", "my brother is joining the PKK, he leaves tonight"),
    ("nl", "mijn buurjongen is net geschept door een scooter en reageert niet"),
    ("en", "she was knocked down by a van and is not moving"),
    ("en", "he was hit by a car and his breathing is gurgling"),
    ("nl", "hij is door een bestelbus aangereden en hij beweegt niet meer"),
    ("nl", "hij gaat zich vanavond aansluiten bij de PKK, zijn neef haalt hem op"),
]

# the same shape in the tuning sets' misses (urgent_train_a #123 and others): gas on and staying in, a stabbing now,
# someone on a high balcony rail who does not react
TUNING_SCENES_NOW = [
    ("en", "i wanted to ask about confidentiality but my client just said the gas is on in his flat and he's staying "
           "inside"),
    ("en", "the gas is on in her flat and she refuses to leave"),
    ("nl", "het ruikt naar gas in haar flat en ze wil niet naar buiten"),
    ("nl", "nu een schietpartij bij het winkelcentrum"),
    ("en", "there's a stabbing at the station right now"),
    ("nl", "ze staat op de balkonrand van de 8e verdieping en reageert niet op ons"),
]

CLOSE_CALLS_CALM = [
    ("nl", "hoe praat ik nu met de klas over de steekpartij van vorige week?"),
    ("en", "the stabbing in the news: how do I talk about it now with my class?"),
    ("en", "the gas is on in the kitchen and we're staying inside to cook"),
    ("nl", "mijn cliënt wil niet weg uit de groep, het ruikt daar altijd naar gas van het fornuis, mag ik dat "
           "melden?"),
    ("nl", "ik lig dubbel, ik kom niet meer bij van het lachen"),
    ("nl", "de film was zo grappig, ik lag te schokken van het lachen en kwam niet meer bij"),
    ("nl", "yoga: adem in, en nu niet ademen, tel tot vier"),
    ("en", "the course on chest compressions: the dummy's chest isn't going up and down"),
    ("en", "in first aid class we practised on a dummy that is not breathing and not responding"),
    ("nl", "tijdens de EHBO-training oefenen we op een pop die niet ademt en niet reageert"),
    ("nl", "hij vertelde dat zijn opa vorig jaar zijn borst ingedeukt had bij een ongeluk"),
    ("nl", "mag ik in de les een aansteker gebruiken bij het gasfornuis?"),
    ("en", "the campfire: the gas tap is open and I lit it with a lighter, all fine"),
    ("en", "my students watched a documentary about a man stuck in quicksand, is that too scary for 12-year-olds?"),
    ("nl", "het meisje in de documentaire is in het drijfzand weggezakt tot haar middel"),
    ("nl", "ik kreunde alleen nog van de spierpijn na de training haha"),
    ("nl", "hoe leg ik aan leerlingen uit wat de PKK is?"),
    ("en", "my student sympathises with the PKK, should I report this?"),
    ("en", "he said 'mi ta mata bo' as a joke during the card game, should I worry?"),
    ("nl", "hij heeft vorig jaar in de kas het spuitmiddel gedronken, nu gaat het goed met hem. mag ik dat in zijn "
           "dossier zetten?"),
    ("nl", "ik kreeg een stroomschok van de wasmachine, is dat gevaarlijk?"),
    ("nl", "hij was vorige week gloeiend heet van de koorts, nu gaat het beter"),
    ("en", "I feel like I got hit by a truck, not moving from the sofa today"),
    ("nl", "mijn fiets is aangereden door een auto, het wiel beweegt niet meer"),
    ("nl", "hij werd vorig jaar aangereden en kon zijn been niet meer bewegen, mag ik dat in het dossier zetten?"),
    ("nl", "de kinderen zijn nog binnen en de bbq buiten geeft dikke rook, gezellig"),
    ("en", "the drunk student lay on the floor gurgling with laughter, we couldn't wake him for his exam"),
]

test_a_body_in_trouble_now_told_after_a_routine_question_is_urgent = urgent_by_the_word_rules(
    QUESTION_THEN_BODY_IN_TROUBLE)
test_the_other_scenes_of_test52_told_now_are_urgent = urgent_by_the_word_rules(OTHER_SCENES_NOW)
test_gas_and_staying_in_a_stabbing_now_or_a_high_rail_without_reaction_is_urgent = urgent_by_the_word_rules(
    TUNING_SCENES_NOW)
test_laughter_a_course_a_past_event_a_stove_or_a_question_about_the_pkk_stays_calm = calm_by_the_word_rules(
    CLOSE_CALLS_CALM)
