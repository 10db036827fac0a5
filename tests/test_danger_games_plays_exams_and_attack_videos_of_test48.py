"""Ideas from urgent_test48's false alarms (scored once, blind; tuning data now), and from reading, each written in
words of our own, with an urgent twin where one exists.

Calm (word rules alone): a bomb shouted over a racing game; a tabletop campaign in which a castle is blown up; a
self-defence class that practises against a rubber knife; a school play in which a character is found hanging, with
a question about pupils who lost someone to suicide; an exam that 'murdered' a class; a shooter game's 'hostage room'
shouted at a tournament with a time and a place; a pupil who watches attack videos at break time (a worry: 'in de
pauze' is when he watches, not a time for a plan).

Urgent twins: a bag with wires and 'I'll blow you up'; a group that will blow up the town hall tonight; a man with
a knife going at the girls now; a pupil found hanging; a colleague murdered today; boys held hostage now; attack
videos watched and a plan for the break with a place.

Kept urgent (the lead's policy): 'something is going to happen in this town soon, just watch' with no weapon and no
date. The set's writer labelled it calm; 112 first errs on the safe side for an announced attack."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CALM = [
    # a bomb shouted over a racing game
    ("nl", "bij mario kart roepen de jongens 'ik blaas je op' zodra ze een bom pakken; moet ik daar iets van zeggen?"),
    ("en", "the kids yell 'i'm gonna blow you up' when they get a bomb in mario kart; should i step in?"),
    # a tabletop campaign in which a castle is blown up
    ("nl", "onze dungeons & dragons club wil vanavond een campagne spelen waarin ze een fort opblazen; mag dat in het buurthuis?"),
    ("en", "our d&d group wants to run a campaign tonight where they blow up a dragon's fortress; is that ok in a council room?"),
    # a self-defence class with a rubber knife
    ("nl", "op de weerbaarheidsles voor meiden oefenen we het afweren van een mesaanval met een rubberen mes; hoe doen we dat veilig?"),
    ("en", "self-defence class for girls at the community centre: how do we safely practise fending off a knife attack with a rubber knife?"),
    ("nl", "weerbaarheidsavond voor jongens in het jongerencentrum: hoe oefenen we het ontwijken van een steekaanval met een rubber mes?"),
    # a school play in which a character is found hanging
    ("en", "in the play our drama club is rehearsing, a boy is found hanging in a shed; how do i support pupils who lost someone to suicide?"),
    ("nl", "in het toneelstuk dat we repeteren wordt een personage opgehangen gevonden; hoe bereid ik leerlingen voor die iemand door zelfdoding verloren?"),
    # an exam that 'murdered' a class
    ("en", "the maths test absolutely murdered my year 10s today; how do i lift their spirits?"),
    ("en", "that chemistry exam murdered us today, the kids said. any tips to rebuild their confidence?"),
    # a shooter game's 'hostage room' at a tournament
    ("en", "rainbow six tournament friday at 4 in the library and the lads keep yelling 'breach the hostage room'; can i set rules for the language?"),
    ("nl", "rainbow six toernooi zaterdag om 2 in het jongerencentrum, de jongens roepen steeds 'bestorm de gijzelaarskamer'; mag ik regels stellen?"),
    # attack videos watched at break time: a worry
    ("nl", "een leerling kijkt in de pauze filmpjes van aanslagen op zijn telefoon; moet ik me zorgen maken?"),
    ("nl", "hij kijkt filmpjes van aanslagen in de pauze en lacht erom, hoe pak ik dat aan?"),
    ("en", "a pupil watches attack videos on his phone at break time; should i be worried?"),
    # second round: a worker's question after the videos at break time
    ("nl", "hij kijkt filmpjes van aanslagen in de pauze, wat moet ik gaan doen?"),
    # lead: a worker's plan for tomorrow after the videos is no plan of his
    ("nl", "hij kijkt filmpjes van aanslagen in de pauze, ik bespreek het morgen met zijn mentor"),
    ("nl", "in de pauze kijkt hij filmpjes van aanslagen. de mentor zegt dat hij het gesprek morgen gaat doen"),
]

URGENT_TWINS = [
    # a bag with wires, 'I'll blow you up'
    ("nl", "een jongen roept in de klas 'ik blaas jullie op', hij heeft een tas met draadjes erin en zegt dat het een bom is"),
    # a group that will blow up the town hall tonight
    ("nl", "een groep in het jongerencentrum wil vanavond het gemeentehuis opblazen, ze hebben al vuurwerkbommen"),
    # a man with a knife going at the girls now
    ("nl", "in het buurthuis loopt nu een man met een mes op de meiden van de cursus af"),
    # a pupil found hanging
    ("en", "a pupil is hanging in the changing room, he isn't moving"),
    # a colleague murdered today
    ("en", "a man murdered my colleague in the staff room today and he is still in the building"),
    # boys held hostage now
    ("en", "a man is holding the boys hostage in the youth centre right now"),
    # attack videos watched, a plan for the break with a place
    ("nl", "hij kijkt filmpjes van aanslagen en zegt dat hij het in de pauze in de aula gaat nadoen"),
    ("nl", "hij kijkt filmpjes van aanslagen en wil in de pauze de kantine opblazen"),
    # kept urgent by the lead's policy: an announced attack in town, no weapon, no date
    ("nl", "een leerling zei: 'binnenkort gaat er iets gebeuren in deze stad, let maar op', meer wilde hij niet zeggen"),
    # second round: a time and 'here' told after the videos at break time
    ("nl", "hij laat in de pauze filmpjes van aanslagen zien en zegt: vandaag gebeurt het hier"),
    ("nl", "hij kijkt in de pauze filmpjes van aanslagen en zegt dat dat hier ook gaat gebeuren"),
    ("nl", "hij kijkt filmpjes van aanslagen en zegt dat hij morgen hetzelfde doet op school"),
    # lead: 'he will do it tomorrow' told after the videos at break time
    ("nl", "hij kijkt filmpjes van aanslagen in de pauze en zegt dat hij het morgen gaat doen"),
    ("en", "he watches attack videos at break and says he'll do it tomorrow at school"),
]

test_a_game_a_play_a_class_an_exam_or_a_worry_about_videos_stays_calm = calm_by_the_word_rules(CALM)
test_a_real_bomb_a_plan_a_knife_a_hanging_a_murder_or_hostages_now_is_urgent = urgent_by_the_word_rules(URGENT_TWINS)
