"""Ideas from urgent_test50 (scored once, blind; tuning data now) that the word rules missed and only the meaning
model caught, each written in words of our own: the rules must carry them alone.

Caught (word rules alone): someone pinned or wedged who can hardly breathe; an animal that crushed someone against a
fence or a wall, limp now; a sleeve caught in a machine, the arm pulled in, pale or silent; a man chasing someone
with a long kitchen blade (a cleaver, a boning or fish knife); a belt round the inside handle of a locked bathroom
door and silence; a drug lab in a shed with one lad gasping and vomiting and the other still inside; a plan to drive
a van into people when they are all standing still at a time; a burn with white, leathery skin and shivering or
going quiet; a heavy cupboard fallen on a small child who makes no sound; a tractor or quad tipped over with
someone under it; a head held in a toilet until the boy stops struggling; the three signs of a stroke told in
plain words; a father sitting on a mother who no longer speaks, told by a child; two workers collapsed in a tank or
a pit, one after the other; a long fit with foam at the mouth and no waking (also in Nigerian Pidgin); farewell
letters and a rope ready, 'don't come'; a toddler who drank a cleaner from under the sink, sleepy or vomiting;
a man who poured a liquid over himself and flicks a lighter.

Calm (a twin beside each): a past event, a film or a book, a safety instruction or a first-aid lesson, a game, a
question about childproofing."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # pinned or wedged, can hardly breathe
    ("nl", "een heftruck heeft de magazijnmedewerker tegen het rek gedrukt, hij zit klem en krijgt nauwelijks adem"),
    ("en", "the lift doors trapped a cleaner, she's pinned at the chest and can hardly breathe"),
    ("nl", "in de garage zit een monteur klem onder de brug en krijgt amper lucht"),
    # an animal crushed someone against a fence or wall, limp
    ("nl", "in de stal heeft een paard de staljongen tegen de muur geplet, hij hangt slap tegen de deur"),
    ("en", "at the petting farm a bull has crushed a girl against the gate, she's limp and only groaning"),
    # a sleeve caught in a machine, arm pulled in
    ("nl", "in de wasserij is de mouw van een stagiaire in de mangel gekomen, haar arm is erin getrokken en ze is lijkbleek"),
    ("en", "at the bakery a worker's sleeve got caught in the dough mixer, his arm got pulled in up to the elbow and he's gone white and silent"),
    ("nl", "arm van een inpakker in de machine getrokken, hij zegt niks meer en de band draait nog"),
    # chased with a long kitchen blade
    ("nl", "in de snackbar rent de eigenaar met een uitbeenmes achter een bezorger aan"),
    ("en", "the butcher is chasing the apprentice round the shop with a cleaver"),
    ("nl", "de kok rent met zijn vismes achter de afwasser aan, die zit nu in de koelcel"),
    # a belt round the inside handle of a locked door, silence
    ("nl", "in het logeerhuis zit een jongen in de badkamer, er zit een riem om de klink aan de binnenkant, de deur gaat niet open en ik hoor niks"),
    ("en", "a resident has tied a belt round the inside handle of her bathroom door, I can't get it open and it's been silent for minutes"),
    # a drug lab in a shed, one gasping, one still inside
    ("nl", "in een loods achter het bedrijventerrein waren jongens drugs aan het koken, eentje ligt buiten te braken en hapt naar lucht, de ander is nog binnen"),
    ("en", "two lads were cooking drugs in a garden shed, one is outside throwing up and gasping, the other hasn't come out"),
    # a van into people when they all stand still, at a time
    ("nl", "in de app schrijft een jongen: 'morgen bij de intocht, als iedereen staat te kijken rij ik erin', hij heeft een busje geleend"),
    ("en", "a lad posted: 'at the parade tomorrow at 11, when they're all at the barriers, I drive into them', he borrowed his uncle's van"),
    ("nl", "hij schrijft: om 12 uur bij de markt, als ze allemaal daar staan rij ik erin met de bestelbus"),
    # a burn: white, leathery skin, shivering or going quiet
    ("nl", "op het kampvuur vloog het vest van een jongen in brand, het is geblust maar zijn arm is wit en leerachtig en hij rilt"),
    ("en", "her dress caught a tealight, it's out but her back is white and leathery and she's shaking and going quiet"),
    # a heavy cupboard fallen on a small child, no sound
    ("nl", "bij de speelhoek van de kringloop is een boekenkast omgevallen op een peuter, de leidster trekt eraan en hij geeft geen geluid"),
    ("en", "a wardrobe tipped over onto a 4-year-old in the charity shop, his dad is pulling at it and he isn't making a sound"),
    # a tractor or quad tipped over, someone under it
    ("nl", "op de akker is een quad gekanteld, de jongen ligt met zijn borst eronder"),
    ("en", "a tractor rolled over on the slope and the farmhand is lying with his legs underneath it"),
    # a head held in a toilet until he stops struggling
    ("nl", "in de wc van de sporthal houden twee jongens een brugklasser met zijn hoofd in de pot, hij beweegt niet meer"),
    ("en", "three boys are holding a kid's head down in the toilet and he has stopped struggling"),
    # the signs of a stroke in plain words
    ("nl", "bij de bingo hangt de helft van het gezicht van een oudere vrouw ineens, ze krijgt haar arm niet omhoog en praat alsof ze gedronken heeft"),
    ("en", "at the coffee morning a man's face is drooping on one side, he can't raise his arm and he talks like he's drunk"),
    # a father sitting on a mother who no longer speaks, told by a child
    ("nl", "papa heeft mama geslagen en zit nu bovenop haar en ze zegt niks meer, ik zit in de kast"),
    ("en", "my dad pushed mum down and he's sitting on top of her and she isn't talking anymore, me and my brother are hiding"),
    # two workers collapsed in a tank or a pit, one after the other
    ("nl", "bij de mestkelder is een boer neergevallen, zijn zoon ging erachteraan en ligt er nu ook, ze bewegen niet"),
    ("en", "a worker climbed into the silo to clear it and collapsed, a colleague went in after him and collapsed too, neither is moving"),
    # a long fit, foam at the mouth, no waking
    ("en", "at the wedding my auntie fell down, she's foaming at the mouth and has been shaking for ages and won't wake up"),
    ("en", "my pikin don fall down, e body dey shake well well, foam dey comot for im mouth and e no dey wake"),
    ("nl", "op het feest valt een man neer, schuim op zijn mond, hij schokt al minutenlang en wordt niet wakker"),
    # farewell letters and a rope ready, don't come
    ("nl", "mijn cliënt appt: 'de brieven voor mijn ouders liggen klaar' en 'het touw hangt al in de schuur, kom niet'"),
    ("en", "my client texted: 'notes are on the table for my kids' then 'the rope's ready in the shed, don't come over'"),
    # a toddler drank a cleaner from under the sink
    ("nl", "mijn zusje van 3 heeft uit een fles onder het aanrecht gedronken, ze is heel suf en moet overgeven"),
    ("en", "my 2-year-old niece drank some toilet cleaner from the cupboard under the sink, she's drowsy and vomiting"),
    # poured a liquid over himself, flicks a lighter
    ("en", "a man in the town hall lobby has poured a can of something over himself and is flicking a lighter"),
    ("nl", "bij de balie van het gemeentehuis heeft een man zich overgoten met een vloeistof en klikt met een aansteker"),
    # second round (probes of our own near the new lines)
    ("en", "the nurse is pinned under the bed lift and can barely breathe"),
    ("nl", "een tv-meubel is op een peutertje gevallen, hij geeft geen kik"),
    ("nl", "papa zit bovenop mama en ze zegt niks meer"),
    ("nl", "in de garage waren ze drugs aan het koken, eentje hapt naar lucht en de ander komt niet naar buiten"),
    ("nl", "ze heeft afscheidsbrieven geschreven en zegt dat ze het vanavond gaat doen"),
    ("nl", "mijn broertje heeft wc-reiniger gedronken en moet overgeven"),
]

CALM = [
    ("nl", "vorige week zat een monteur klem en kreeg amper lucht, hij is nu weer aan het werk; moet ik dit melden?"),
    ("nl", "in het boek plet een stier de boer tegen het hek, is dat te heftig voor groep 6?"),
    ("nl", "veiligheidsinstructie voor de stagiairs: wat te doen als een mouw in de band komt en een arm erin wordt getrokken?"),
    ("nl", "in de film rent de kok met een vleesmes achter de ober aan"),
    ("nl", "in de training bespreken we: een patiënt met een riem om de deurklink in de douche, hoe handel je?"),
    ("nl", "de politie heeft vorig jaar een drugslab in een schuur opgerold, hoe praat ik erover met de jongeren?"),
    ("en", "in the 2016 attack in Nice the driver drove into the crowd when they were all watching the fireworks; how do I discuss it in class?"),
    ("nl", "ehbo-les: een brandwond die wit en leerachtig is, is dat een derdegraads brandwond?"),
    ("nl", "vorige week viel er een kast op een kind in de winkel, hij huilde even maar is ok; moet ik dit melden?"),
    ("en", "in the farming game my tractor tipped over and the farmer is lying under it, lol"),
    ("nl", "vorig jaar hielden ze bij de ontgroening zijn hoofd in de wc; hoe praat ik daar nu over met de klas?"),
    ("nl", "in de ehbo-les leren we de tekenen van een beroerte: een hangend gezicht, een arm die niet omhoog gaat en onduidelijke spraak"),
    ("nl", "toen ik klein was zat papa vaak op mama en zei ze niks meer; nu praat ik erover met mijn mentor"),
    ("en", "confined-space training: never go in after a colleague who collapsed in a tank"),
    ("en", "my student has epilepsy; yesterday she had a fit at school with foam at the mouth, she's fine now. what should I write?"),
    ("en", "my client wrote goodbye letters last year and had a rope in the shed; he's in treatment and doing well now"),
    ("en", "how do I childproof the cupboard under the sink so a toddler can't drink the cleaner?"),
    ("en", "training question: what do we do if a man pours petrol over himself and holds a lighter at the desk?"),
    # second round (probes of our own near the new lines)
    ("nl", "we waren aan het koken en mijn zus hijgt van het lachen"),
    ("en", "they were cooking something in the shed and he is gasping at the smell of the curry"),
    ("nl", "de kast is omgevallen op de vloer, geen geluid gelukkig, niemand stond ernaast"),
    ("nl", "mijn kat zit bovenop haar en ze zegt niks meer, ze slapen"),
    ("nl", "hoe maak ik het kastje onder het aanrecht kindveilig? mijn peuter heeft er ooit uit gedronken en moest overgeven, het gaat goed"),
    ("nl", "de boot is omgeslagen, de kano ligt ondersteboven en er zit een zak eronder"),
]

test_a_pinned_worker_a_crush_a_machine_a_blade_chase_a_belt_a_drug_shed_a_van_plan_a_burn_a_stroke_or_a_fit_is_urgent = (
    urgent_by_the_word_rules(CAUGHT))
test_a_past_event_a_book_a_lesson_a_game_a_training_or_a_childproofing_question_stays_calm = (
    calm_by_the_word_rules(CALM))
