"""Ideas generalised from urgent_test28 (word rules alone), in my own wording, places and languages.

Caught: fireworks thrown into a crowd in a stand; a car driven into people on purpose that turns again, a van
revved to 'run them all down', a car driven onto a market; a chain wrapped round a fist; someone cornered with
scissors; a smashed glass or bottle at a neck or face; a dog set on people; strips pressed out and swallowed, all of
the insulin injected; a goodbye ('niemand hoeft zich schuldig te voelen') by the water; weighted with a chain or
stones at the edge; a belt fastened to a hook; a warning for a time and place ('wie er is heeft pech', 'stay home
if you like breathing'); slang ('omleggen', 'een ijzer op zak', shanks); people held behind a barricaded door with a
demand; smoke while nobody can get out; a bag of homemade stuff and 'cleaning' a floor when the bell goes; a blade
while lying in wait for a 'traitor'; a head slammed against the floor; hunting gear at a school now; 'by his hand'
with a burning smell; going at someone with a hammer; 'make the parade remember him'.

Calm: match banter ('we slachten ze', 'killing it this season'); 'schiet in de stress' and other idioms; an
overdose treated long ago, stable now, with a question what may be shared; a school musical re-enacting a scene;
an axe as a work tool; a person called a time bomb; fear of flying; archery as a sport; acute danger asked about as
the legal ground for sharing. Each calm idea also has CAUGHT messages where its words stand next to a danger now."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # the ideas of urgent_test28's misses
    ("nl", "bij de derby gooien ze cobra's naar de supporters in het vak hieronder, er ligt er al een"),
    ("en", "in the away end they are throwing flares at the crowd below right now"),
    ("nl", "bij de supermarkt is een man net met opzet op mensen ingereden en nu rijdt hij weer terug"),
    ("en", "a driver deliberately drove into people at the bus station and is turning around again"),
    ("en", "a guy is revving his car outside the mosque and yelling he will run them all over"),
    ("nl", "hij zit achter het stuur en rijdt de markt op, mensen springen opzij"),
    ("nl", "in de tram heeft een jongen een fietsketting om zijn vuist en slaat hij een man"),
    ("en", "he has brass knuckles on and is beating a boy outside the chip shop"),
    ("nl", "op de wc heeft een meisje een ander in de hoek gedrukt met een stanleymes"),
    ("en", "a pupil has cornered the teacher with a pair of scissors in the art room"),
    ("nl", "hij heeft een glas kapotgeslagen en houdt het tegen haar nek"),
    ("en", "at the bar a man smashed a bottle and is lunging at the barman with it"),
    ("nl", "de buurman laat zijn hond los op de kinderen bij het zandbakje"),
    ("en", "a man at the park just set his dog on a group of teenagers"),
    ("nl", "ik heb alle pillen uit de strips leeggedrukt en ingenomen, niet aan jullie ligt het echt"),
    ("en", "i popped all of them. dont blame yourselves"),
    ("nl", "een patient zegt dat hij net alle insuline heeft ingespoten"),
    ("en", "my dad says he injected all his insulin an hour ago"),
    ("nl", "ik sta op de kade. niemand hoeft zich schuldig te voelen. ik loop het water in"),
    ("en", "the water is freezing. nobody should feel guilty. im going in"),
    ("nl", "hij zit op de rand van de brug met stenen in zijn zakken"),
    ("en", "she is on the edge of the pier with a chain round her ankles to a concrete block"),
    ("nl", "hij zegt dat hij springt als ik dichterbij kom, hij zit op de rand van het dak"),
    ("nl", "ik heb een touw aan de douchestang vastgemaakt"),
    ("en", "i tied my belt to the coat hook in the changing room"),
    ("nl", "in de groepsapp: vrijdag 12 uur kantine, wie er is heeft pech"),
    ("en", "someone posted: monday 9am, the gym. stay home if you value your life"),
    ("nl", "die jongen gaat vanavond zijn ex omleggen"),
    ("nl", "hij loopt met een ijzer op zak door het winkelcentrum"),
    ("en", "the olders pulled up at the park with shanks looking for my cousin"),
    ("nl", "in het buurthuis houdt een man vijf kinderen vast in de keuken, de deur is gebarricadeerd en hij eist geld"),
    ("en", "a man is holding people in the pharmacy, he barricaded the door and is demanding a car"),
    ("nl", "er komt rook uit de moskee en een paar mannen houden de deur dicht zodat niemand eruit kan"),
    ("en", "the community centre is on fire and a group is blocking the doors so nobody can get out"),
    ("nl", "een leerling heeft een rugzak vol zelfgemaakte dingen en zegt dat hij zodra de bel gaat begint"),
    ("en", "he is livestreaming from the canteen with a bag full of homemade stuff"),
    ("nl", "achter de schuur zit een man met een sikkel te wachten op zijn broer"),
    ("en", "a boy is lurking by the bike shed with a machete, waiting for the teacher he calls a traitor"),
    ("nl", "twee jongens slaan een derde met zijn hoofd tegen de stoep"),
    ("en", "a man is slamming his head against the floor of the lobby"),
    ("en", "my nephew is at the mall right now with his father's hunting rifle"),
    ("nl", "mijn broer zit nu in de kantine met vaders jachtgeweer"),
    ("en", "the man in the next tent screams the camp burns tonight by his hand, there is a smell of smoke"),
    ("nl", "een man pakt een hamer uit het rek en haalt uit naar een verkoopster"),
    ("en", "he took the car this morning and wrote he will make the school remember him, lessons are on now"),
    ("en", "i swallowed every pill in the bathroom. not your fault guys"),
    ("nl", "wie daar maandag om 10 staat heeft pech, zet hij in de groep"),
    ("nl", "ze staan bij de jeugdclub met shanks en zoeken mijn broertje"),
    ("nl", "hij is aan het streamen met een rugzak vol zelfgemaakte dingen"),
    ("en", "he was admitted back then, and now he is standing in the hall with a knife"),
    # the calm words of this round next to a danger now
    ("nl", "we slachten ze zondag, zegt hij, en hij staat nu met een mes bij de kantine"),
    ("en", "we're killing it this season and right now a man is pointing a gun at the kids"),
    ("nl", "ik schiet in de stress, er staat nu een man met een pistool in de gang"),
    ("nl", "de musical van groep 8 is vanavond en er staat nu een man met een mes in de zaal"),
    ("nl", "hij werkt met een bijl en dreigt nu de boer te vermoorden"),
    ("nl", "zijn mentor noemt hem een tijdbom en hij zegt dat hij morgen de school opblaast"),
    ("en", "he is scared of flying and right now he is holding a knife to his sister's throat"),
    ("en", "at the archery club a man is shooting at people right now"),
    ("en", "what counts as acute danger? a man is stabbing people in the hall right now"),
    ("nl", "ze is nu stabiel maar haar ex staat nu met een mes voor de deur"),
]

CALM = [
    ("nl", "we slachten ze zaterdag, die ploeg van hiernaast wordt afgeslacht op het veld"),
    ("en", "the girls are absolutely killing it this year, we'll smash them on sunday"),
    ("nl", "ik schoot vandaag in de lach toen een leerling een grap maakte over zijn toets"),
    ("nl", "mijn collega schiet snel in de paniek als er iets gebeurt, hoe help ik haar?"),
    ("nl", "Mijn leerling had vorig jaar al zijn pillen ingenomen, hij is toen opgenomen en is nu weer stabiel. "
           "Wat mag ik hierover aan de mentor vertellen?"),
    ("en", "Last year he swallowed all his pills, he was admitted then and is stable now. What can I share about "
           "this with his football coach?"),
    ("en", "we put on a school musical about a bank robbery with hostages, a parent complains"),
    ("nl", "in de eindmusical spelen de kinderen een ontvoering na, mag dat?"),
    ("nl", "mijn zoon loopt stage bij een hovenier en werkt met een bijl, is dat gevaarlijk?"),
    ("nl", "de wijkagent noemt hem een wandelende tijdbom, wat moet ik daarmee?"),
    ("nl", "een leerling wil op boogschieten en kijkt filmpjes van kruisbogen, moet ik me zorgen maken?"),
    ("nl", "mag ik zonder toestemming delen bij acuut gevaar? waar staat dat?"),
    ("en", "can I share without consent in case of acute danger, and which law says so?"),
    # the words of this round's new ideas in everyday use
    ("nl", "zijn moeder belt me elke dag over zijn gedrag, wat kan ik doen?"),
    ("nl", "op oudjaar gooien jongens vuurwerk in de straat, hoe ga ik het gesprek aan?"),
    ("nl", "hij streamt elke avond op twitch, mag ik dat met de ouders bespreken?"),
    ("en", "our dog club sets up an agility course on the pier every summer"),
    ("nl", "ik heb mijn jas aan de haak gehangen en mijn riem in mijn tas gedaan"),
]


# Close calls that alarm on purpose: as calm phrases, "archery lessons" and "afraid of flying" also silenced "archery
# club member just pointed his crossbow at the kids" and "bang om te vliegen en heeft net gezegd dat hij het vliegtuig
# gaat opblazen" (tests/test_danger_a_sharing_question_does_not_talk_down_a_weapon_in_use.py). They are figures now,
# whose words count for nothing; what is left (crossbow videos and a wish; a flight abroad on monday) alarms.
ALARMS_ON_PURPOSE = [
    ("en", "she wants to take archery lessons and watches crossbow videos, is that a red flag?"),
    ("en", "she is afraid of flying and her flight to Casablanca is on monday, how can I help?"),
]


test_a_danger_now_or_soon_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT + ALARMS_ON_PURPOSE)
test_banter_idioms_handled_cases_and_questions_stay_calm = calm_by_the_word_rules(CALM)
