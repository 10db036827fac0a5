"""Ideas from urgent_test46 (scored once, blind; tuning data now), accidents, bodies and fire, each written in words
of our own.

Caught (word rules alone), each with two signs: a sand hole or tunnel caved in with a child under it; a kite surfer
dragged into a pole and lying still; a car off its jack on someone's chest; a child hanging by a helmet strap or a
bag strap from a climbing frame, going blue; a chip-pan fire with a sleeve or hair burning; a gas heater indoors
with people who will not wake; a child hit by shots fired in the air, bleeding; a robe or a sari caught by incense
or a candle, running burning; a candle fire with a child still inside behind a locked door; hot oil over a toddler
with blisters; a hissing gas bottle with someone about to light the burner; a dog bite to the arm and neck with
blood between the fingers; a stag or a bull pinning a child; a tow rope round a neck, dragged under water; a child
found frozen, ice cold and not talking; heatstroke on a roof, confused and not sweating; someone under a boat, not
coming up; a spike through a leg after a fall onto a fence (told without punctuation); smoke from a store room with
toddlers still inside (with pictographs); a stuck lift with someone going blue and slumping; the signs of a stroke in
English words of every day; a food allergy with hives and a tight throat; an overdose with a few breaths a minute
and tiny pupils; a fit of minutes that will not stop.

Calm: the close calls of every idea: a lesson, a first aid course, a question about prevention, a past event, a
game, a plan for a drill."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # a sand hole or tunnel caved in, a child under it
    ("nl", "op het strand is de zandgrot van de kinderen ingestort en er ligt een meisje onder, we zien alleen haar hand"),
    ("nl", "de kuil in de zandbak is ingezakt, ons zoontje ligt eronder"),
    ("nl", "de zandkuil is ingestort en er zit een kind onder"),
    ("en", "the tunnel the boys dug in the dunes caved in and one of them is buried, we can only see his foot"),
    # a kite surfer dragged into a pole, lying still
    ("nl", "een kitesurfer is door zijn vlieger tegen de pier geslingerd en ligt stil"),
    ("nl", "meisje door haar kite over het zand gesleurd, ze ligt nu roerloos bij de strandpaal"),
    ("nl", "mijn broertje is door de kite de lucht in getrokken en ligt nu stil op de kade"),
    ("en", "a kitesurfer got dragged by his kite into the groyne and he isn't moving"),
    # a car off its jack, on the chest
    ("nl", "mijn buurman lag onder zijn auto en die is van de krik gegleden, hij krijgt geen lucht"),
    ("en", "the jack slipped and the car is on his chest, he can hardly breathe"),
    ("nl", "de krik is weggegleden en de bus ligt op haar borst"),
    # a child hanging by a helmet strap or a bag strap, going blue
    ("nl", "een kleuter hangt aan het bandje van haar helm aan de glijbaan en wordt blauw"),
    ("nl", "jongen zit met zijn helmbandje vast aan het klimrek, zijn voeten raken de grond niet"),
    ("en", "a little boy is hanging from the climbing frame by his helmet strap and turning blue"),
    ("en", "his bike helmet strap is caught on the slide and he's hanging by it"),
    # a chip-pan fire, a sleeve or hair burning
    ("nl", "de frituurpan staat in brand en de mouw van mijn collega brandt"),
    ("nl", "pan met vet vatte vlam, haar haren staan in brand"),
    ("en", "the chip pan caught fire and her sleeve is on fire now"),
    ("en", "deep fryer went up and his hair caught fire"),
    ("en", "the candle set her sleeve on fire and the flames are spreading up her arm"),
    # a gas heater indoors, people who will not wake
    ("nl", "in de bouwkeet brandt een gaskachel met alles dicht en ik krijg de jongens niet wakker"),
    ("en", "gas heater on all night in the caravan, I can't wake my dad and my brother is sick"),
    # shots fired in the air, a child hit and bleeding
    ("nl", "op de bruiloft schoten ze in de lucht en nu bloedt er een meisje uit haar hoofd"),
    ("nl", "bij het feest werd in de lucht geschoten, een jongetje is geraakt en bloedt"),
    ("en", "they were firing in the air at the wedding and a kid got hit, he's bleeding from the neck"),
    ("en", "they shot into the air at the party and a girl got hit, she's bleeding"),
    # a robe or a sari caught by incense or a candle, running burning
    ("nl", "de sari van mijn tante vatte vlam aan een kaarsje, ze rent brandend naar buiten"),
    ("nl", "bij de tempel vloog zijn gewaad in brand door de wierook"),
    ("en", "the old man's robe caught fire from the incense and he's running around burning"),
    ("en", "her dress caught fire on the candles, she's running on fire"),
    ("en", "her abaya caught fire at the stove"),
    # a candle fire, a child inside behind a locked door
    ("nl", "de kerstboom staat in brand bij de buren, er is nog een kind binnen en de deur zit op slot"),
    ("en", "the curtains caught fire from a candle, smoke on the stairs and a child is still inside, door locked"),
    # hot oil over a toddler, blisters
    ("nl", "de wok met hete olie viel om over een peuter, zijn arm zit vol blaren"),
    ("en", "hot oil from the wok went over the toddler, her legs are red and blistering"),
    # a hissing gas bottle, someone about to light the burner
    ("nl", "de gasfles sist en een man wil de brander aansteken"),
    ("nl", "het ruikt overal naar gas, de slang van de gasfles sist en iemand pakt een aansteker"),
    ("en", "the gas bottle is hissing, you can smell it everywhere and someone is about to light the burner"),
    ("nl", "het ruikt naar gas in de keuken en mijn oom wil een sigaret opsteken"),
    ("nl", "er is een gaslek op de camping, de gasfles sist en hij steekt een peuk aan"),
    # a dog bite to the arm and neck, blood between the fingers
    ("nl", "een hond heeft mijn dochter in haar nek gebeten, het bloed stroomt tussen haar vingers door"),
    ("nl", "de pitbull beet een jongen in zijn arm en zijn hals, het bloedt heel erg en hij wordt wit"),
    ("en", "a dog bit my son on the neck and it's bleeding through my fingers"),
    # a stag or a bull pinning a child
    ("nl", "in de kinderboerderij duwt de bok een meisje steeds tegen de grond"),
    ("nl", "het hert met dat gewei blijft een jongen tegen het hek drukken"),
    ("en", "the stag has a boy pinned to the ground and keeps butting him"),
    ("en", "a bull has pinned the farmer against the fence"),
    ("nl", "een koe heeft de boer tegen de grond gedrukt en trapt hem"),
    ("en", "a dog is biting my daughter's arm and won't let go"),
    # a tow rope round a neck, dragged under water
    ("nl", "bij het wakeboarden zit het touw om zijn nek en hij wordt onder water meegesleurd"),
    ("en", "the tow rope is around her neck and she's being dragged under the water"),
    # found frozen, ice cold, not talking
    ("nl", "we vonden een jongen in het park, hij is ijskoud en praat niet meer"),
    ("nl", "mijn oude buurvrouw lag de hele nacht buiten, ze is onderkoeld en reageert nauwelijks"),
    ("en", "found a girl in the snow behind the shed, she's ice cold and not talking"),
    # heatstroke on a roof, confused, not sweating
    ("nl", "de jongen op de steiger zweet niet meer, is in de war en wankelt"),
    ("en", "the apprentice on the roof has stopped sweating, he's confused and stumbling near the edge"),
    ("en", "the roofer is confused and has stopped sweating in this heat"),
    # under a boat, not coming up
    ("nl", "er is een zwemmer onder de pont geraakt en hij komt niet meer boven"),
    ("nl", "kind onder de boot, niet meer boven gekomen"),
    ("en", "a man went under the ferry and hasn't come up"),
    # a spike through a leg after a fall onto a fence, no punctuation
    ("nl", "ze is van het dak op het spijlenhek gevallen er zit een spijl door haar been"),
    ("nl", "mijn zoon klom over het hek en nu zit er een punt door zijn dij hij hangt eraan"),
    ("en", "he fell on the railings and a spike went through his leg hes still stuck on it"),
    ("nl", "mijn zoon viel op het hek en een spijl zit door zijn hand"),
    # smoke from a store room, toddlers inside, pictographs
    ("nl", "🔥 rook komt uit het magazijn van de opvang en de peuters zitten nog binnen"),
    ("nl", "rook uit de berging van de sporthal 😱 er zitten nog kinderen in de kleedkamer"),
    ("en", "smoke coming out of the storeroom 🔥🔥 and the little ones are still inside"),
    # a stuck lift, going blue and slumping
    ("nl", "de lift zit vast tussen twee verdiepingen, opa krijgt geen lucht en zijn lippen worden blauw"),
    ("en", "stuck in the lift with my nan, her lips are turning blue and she's slumping"),
    # the signs of a stroke in everyday English
    ("en", "at the ceremony a woman's face droops on one side and her arm just falls"),
    ("en", "my dad suddenly slurs his words and his face is drooping"),
    ("nl", "opa praat ineens met een dubbele tong en zijn arm hangt slap"),
    # a food allergy, hives, a tight throat
    ("nl", "na de cashewnoten zit ze onder de bulten en haar keel voelt dik"),
    ("nl", "hij heeft pinda gegeten, zit vol galbulten en zegt dat zijn keel dichtzit"),
    ("en", "she ate some nut pesto, hives all over and her throat feels tight"),
    ("en", "after the cashews his voice is croaky and his throat is closing"),
    # an overdose, a few breaths a minute, tiny pupils
    ("nl", "hij is grauw, haalt maar een paar keer per minuut adem en zijn pupillen zijn piepklein"),
    ("en", "she's only breathing about twice a minute and her pupils are tiny"),
    ("en", "my mate took some pills, tiny pupils and barely breathing"),
    ("en", "he took heroin, his pupils are pinpoint and he's barely breathing"),
    # a fit of minutes that will not stop
    ("nl", "een jongen ligt op de grond te schokken, het duurt al 8 minuten en het stopt niet"),
    ("en", "a girl has been fitting for 6 minutes and it won't stop, her lips are blue"),
    ("en", "he's having a seizure on the platform and it won't stop"),
]

CALM = [
    # a sand tunnel, a kite, a jack: lessons and past events
    ("nl", "hoe leg ik kinderen uit dat een tunnel in het zand kan instorten?"),
    ("en", "last summer a sand tunnel caved in on a boy at our beach, he was fine; can we talk about it in class?"),
    ("nl", "ik wil met de klas leren kitesurfen, welke toestemming heb ik nodig?"),
    ("en", "in the workshop we learn how to put a car on a jack safely"),
    # helmets, climbing frames, chip pans and heaters: prevention
    ("nl", "mag een kind met een fietshelm op in het klimrek spelen? het bandje kan blijven haken"),
    ("en", "what should I do if a chip pan catches fire? asking for our cooking class"),
    ("nl", "is een gaskachel in de bouwkeet veilig? we willen een co-melder ophangen"),
    # shots in the air, a robe and incense, candles: talk, past, prevention
    ("nl", "op de bruiloft vorig jaar schoten ze in de lucht, is dat strafbaar?"),
    ("en", "can monks' robes catch fire from incense? the temple asks for a fire safety talk"),
    ("nl", "hoe maak ik een chanoekia veilig bij de gordijnen?"),
    # hot oil, gas bottles, dogs, stags
    ("nl", "in de kookles leren we hoe je hete olie veilig gebruikt"),
    ("en", "how do you check a gas bottle for leaks before the party?"),
    ("nl", "ons kind werd vorige maand door een hond gebeten, het is goed genezen. moet ik dat melden?"),
    ("nl", "mijn kind is gisteren door een hond gebeten, het bloed is gestopt, moet ik naar de huisarts?"),
    ("nl", "rook uit de schoorsteen en de kinderen zitten nog binnen te spelen"),
    ("nl", "vorig jaar schoten ze in de lucht op oudjaar en werd een raam geraakt"),
    ("en", "the stags at the deer park are in rut, should we keep the children away from the fence?"),
    # water skiing, frost, heat, boats
    ("nl", "bij de waterskibaan zei de instructeur: laat het touw los als je valt, anders word je meegetrokken"),
    ("en", "it's freezing tonight, how do we make sure the homeless youngsters have somewhere warm?"),
    ("nl", "het wordt 33 graden, hoe bescherm ik de stagiairs op het dak tegen een hitteberoerte?"),
    ("en", "what are the signs of heatstroke? confused, not sweating, we learned it in the first aid course"),
    ("nl", "de rondvaartboot vaart vandaag niet, gaan we met de klas zwemmen?"),
    # fences, smoke, lifts
    ("nl", "het hek met punten bij de school is gevaarlijk, wie kan ik bellen om het te laten vervangen?"),
    ("en", "we practised a fire drill: smoke from the storeroom, toddlers still inside, how fast we got out"),
    ("nl", "de lift staat weer eens stil, wie moet ik bellen voor onderhoud?"),
    # a stroke, allergies, overdoses, fits: lessons and questions
    ("en", "in the first aid course we learned: face drooping, arm weakness, speech slurred, call 112"),
    ("nl", "mag ik aan de ouders vragen of hun kind allergisch is voor cashewnoten?"),
    ("en", "what does naloxone do for tiny pupils and slow breathing? we had a training on overdoses"),
    ("nl", "een leerling met epilepsie had vorige week een aanval van 7 minuten, wat zet ik in het dossier?"),
    ("en", "the sleepover was fun, nobody had any allergy"),
    ("nl", "de pan vatte vlam, ik heb mijn jas eroverheen gegooid en het vuur is uit"),
    ("nl", "de jongen hangt met zijn helmbandje los om zijn nek, is dat erg?"),
    ("nl", "hij heeft een punt gescoord door zijn been te strekken"),
    ("nl", "de bus schokt en stopt niet bij mijn halte, mag ik klagen?"),
    ("nl", "hij heeft een aanval van woede en het stopt niet, hoe kalmeer ik hem?"),
    ("nl", "hij is in de war over de regels en zweet niet meer zo veel sinds hij sport"),
    ("nl", "de vijver is ijskoud en hij praat niet graag over zijn vader"),
    ("nl", "het hert in de kinderboerderij is tam, de kinderen mogen het aaien"),
    ("en", "the heater has been on all night, it's so cosy; the kids won't wake up for school lol"),
]

test_a_cave_in_a_burn_a_bite_a_chill_or_a_body_in_trouble_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_a_lesson_a_past_event_or_a_question_about_prevention_stays_calm = calm_by_the_word_rules(CALM)
