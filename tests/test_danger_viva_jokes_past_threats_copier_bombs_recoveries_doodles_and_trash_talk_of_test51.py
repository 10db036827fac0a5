"""Ideas from urgent_test51 (scored once, blind; tuning data now) that the word rules alarmed on though they were
calm, each written in words and places of our own, with an urgent twin where one exists.

Calm (word rules alone): an examiner who will "finish off" a candidate with a last question, the room laughing; a
threat with a tool this morning, taken away by the police at once, nobody hurt, and a question what to do now; "I'll
throw a bomb under it" about a machine that jams; a pupil back in class after an overdose who wants to talk about her
recovery; a knife pulled last week, arrested on the spot, the victim fine now, and a question about support; a calm,
well-liked young person who draws knives and skulls; sports trash talk about "murdering" an opponent on a match
day; children coming out muddy and laughing from under a raft; a Heimlich lesson on a doll.

Urgent twins: the same words with a knife drawn now, a threat now, a bomb under a car, pills just swallowed, a knife
waved now, a knife drawn from a bag, a gun shown."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CALM = [
    # an examiner 'finishes off' a candidate with a question
    ("nl", "bij het mondeling examen zei de docent 'nu ga ik je afmaken met mijn laatste vraag', iedereen moest lachen"),
    ("en", "at the viva today the examiner said 'now I'll finish you off with my last question' and the whole room "
           "laughed"),
    # a threat this morning, taken away at once, nobody hurt
    ("nl", "vanochtend dreigde een man bij de fietsenmaker met een moersleutel, de politie kwam meteen en nam hem mee, "
           "niemand gewond. wat kan ik als jongerenwerker nog doen?"),
    ("en", "earlier today a customer threatened the mechanic with a wrench, police took him away within minutes, nobody "
           "hurt. what should I do now?"),
    # 'a bomb under it' about a machine that jams
    ("nl", "als die printer nog één keer vastloopt gooi ik er een bom onder, zegt mijn collega"),
    ("nl", "de directeur zei: 'we moeten er een bom onder gooien, dit project duurt veel te lang'"),
    # back in class after an overdose, wants to talk about recovery
    ("nl", "de jongen die vorige maand pillen slikte is weer op school en zit nu weer in de klas, hij wil zijn verhaal "
           "over zijn herstel doen"),
    ("en", "the boy who took pills last month is back in class now and wants to tell his group about his recovery"),
    # a knife pulled last week, arrested on the spot, the victim fine now
    ("en", "the man who pulled a knife at the petrol station last sunday was arrested on the spot and the cashier is fine "
           "now. where can she get counselling?"),
    ("nl", "de man die vorige week een mes trok in de bibliotheek is ter plekke opgepakt en de medewerker is nu weer in "
           "orde. kan zij slachtofferhulp krijgen?"),
    # draws knives and skulls, calm and well liked
    ("nl", "een meisje uit mijn groep tekent messen en doodshoofden in haar schrift, maar ze is vrolijk en heeft "
           "vriendinnen. moet ik iets?"),
    ("en", "a lad in my youth club doodles knives and skulls on his pencil case but he's cheerful and well liked, "
           "should I worry?"),
    # sports trash talk
    ("en", "our striker says he's going to murder their goalkeeper on sunday, just football banter, right?"),
    ("en", "the captain says they'll kill their quarterback on friday, typical trash talk before the game"),
    # meaning-only alarms of the set: mud and a raft, a Heimlich lesson
    ("nl", "survivaltocht: de kinderen kwamen modderig en lachend onder het vlot vandaan, één is zijn schoen kwijt"),
    ("en", "mud run: the kids crawled out from under the raft covered in mud and laughing, one lost a shoe"),
    ("nl", "op de BSO oefenden we vandaag de Heimlichgreep op een pop, de kinderen vonden het leuk"),
    ("en", "after-school club practised back blows and the Heimlich on a dummy today"),
    # second round (probes of our own near the new lines)
    ('nl', 'bij de scriptieverdediging zei de voorzitter dat hij me zou afmaken met zijn laatste vraag, ik ben geslaagd!'),
    ('en', "they'll murder their quarterback on saturday, our defence is brutal"),
    ('nl', 'vanochtend dreigde mijn zoon dat hij zijn kamer niet opruimt, wat nu?'),
]

URGENT_TWINS = [
    ("nl", "bij de diploma-uitreiking zegt een man 'nu ga ik je afmaken' en trekt een mes"),
    ("en", "at the graduation a man says 'now I'll finish you off' and pulls a knife"),
    ("nl", "een klant dreigt nu de monteur met een bandenlichter, de politie is er nog niet"),
    ("nl", "hij zegt dat hij vanavond een bom onder de auto van de wethouder legt"),
    ("en", "he says he will put a bomb under the mayor's car tonight"),
    ("nl", "de jongen die vorige maand pillen slikte is weer op school. nu heeft hij net een strip pillen geslikt en wordt "
           "suf"),
    ("en", "a man just pulled a knife at the petrol station and is waving it at the cashier now"),
    ("en", "a lad in my youth club pulls a knife out of his bag and is threatening a girl with it now"),
    ("en", "he says he's going to murder their quarterback on saturday with his dad's gun, he showed it to me"),
    # second round (probes of our own near the new lines)
    ('en', 'the kids are fine now, he just left with a gun to the mosque'),
    ('en', 'the cashier is fine now but the man is still in the shop waving the knife'),
    ('nl', 'vanochtend dreigde hij met een mes en nu staat hij weer voor de deur met dat mes'),
    ('en', "he'll murder their quarterback tonight, he has a gun in his bag"),
]

test_an_exam_joke_a_past_threat_a_copier_bomb_a_recovery_a_doodle_or_trash_talk_stays_calm = (
    calm_by_the_word_rules(CALM))
test_the_same_words_with_a_knife_a_threat_a_bomb_pills_or_a_gun_now_are_urgent = urgent_by_the_word_rules(URGENT_TWINS)
