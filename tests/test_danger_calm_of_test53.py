"""The fourteen close calls of test53 that raised 112 (not_urgent #4, #8, #14, #19, #21, #23, #31, #34, #35, #47, #48,
#50, #51, #52; scored, tuning data now), each calmed as narrowly as we could, with phrasings of our own and the dangers
beside them that must still alarm (brief DR65).

By the word rules: an advert in which a man 'gijzelt' the salesman for a discount (haggling called a hostage taking);
a resident who said calmly he sometimes no longer wants to live, no plan, GP tomorrow (the time is the appointment's:
the 113 line, no 112); 'mi ta mata bo!' shouted as the black ball is shot into the pocket, asked as a question;
'ik ga dood' said all the time in the heat; the film Taken ('the bit where'); a rap battle 'murdered' with a verse; a
radio station's drill today with an 'armed man'; a comedy sketch with a plastic hunting rifle.

By meaning alone (only a denial silences that reading, so these are denials: made up or practised, said in the
message): a doll sunk to practise a rescue; a motor club's wrench evening ('sleutelavond'); a sentence practised in a
language café; a boy who may cut the ribbon at a mosque opening that 'wordt de bom'; a group's name given as a
nickname ('noemde hem als grap al-shabaab', a figure); a son in recovery now after pills last year.

Beside each, a danger told now or to come still alarms: a knife in the showroom, a suicide tonight, shooting or
stabbing in the pool hall, an unconscious girl in the heat, a man pushing a girl into a boot now, a real gun after the
drill, a real hunting rifle tonight, a stabbing after the battle, a child really under water after the doll.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules

THE_SET_S_CLOSE_CALLS_BY_THE_WORD_RULES = [
    ("nl", "in de autoshowroom draaide vandaag een reclame waarin een man de verkoper 'gijzelt' tot hij korting krijgt, "
           "mn leerlingen vonden het hilarisch"),
    ("nl", "in het biljartcafé roepen de mannen 'mi ta mata bo!' als ze de zwarte bal erin schieten, is dat een "
           "bedreiging of gwn een uitdrukking in het papiaments?"),
    ("nl", "zandsculpturenfestival gisteren was zo heet, 'ik ga dood' zei elke vrijwilliger om de vijf minuten, maar "
           "iedereen dronk genoeg en het ging prima"),
    ("en", "at the drive-in cinema we watched Taken, the bit where the girl gets pushed into a car boot had the whole "
           "group screaming"),
    ("en", "rap battle at the youth centre, the winner absolutely murdered the other guy with his last verse, crowd "
           "went wild. how do I write that up for the subsidy report and who signs it?"),
    ("en", "the local radio station ran a drill today where an 'armed man' walked into the studio and the presenter "
           "locked herself in the control room. good idea for our centre too?"),
    ("en", "for the school talent show a boy wants to do a comedy sketch with a plastic hunting rifle. is that allowed "
           "under the school rules?"),
]

OTHER_WAYS_CALM = [
    ("nl", "in de reclame gijzelt een vrouw de kassière tot ze korting krijgt, grappig bedoeld"),
    ("en", "in the advert a man holds the salesman hostage until he gets a discount"),
    ("nl", "bij het poolen roept hij altijd mi ta mata bo als hij de zwarte bal erin schiet, is dat een bedreiging?"),
    ("nl", "bij het voetbal roepen ze mi ta mata bo als ze de bal erin schieten, is dat een bedreiging?"),
    ("en", "in the pool hall they yell mi ta mata bo when they shoot the black, is that a threat or just an expression?"),
    ("nl", "het was zo warm op de kermis, 'ik ga dood' zeiden ze allemaal, maar iedereen had water"),
    ("nl", "'ik ga dood' zei iedereen in de bus, de airco was kapot"),
    ("en", "we watched a thriller, the part where the boy is pushed into the boot scared the kids"),
    ("en", "she murdered him with her verse at the poetry slam, the crowd loved it"),
    ("nl", "de school hield vandaag een oefening waarbij een acteur als 'gewapende man' binnenkwam en iedereen zich "
           "opsloot"),
    ("en", "our school ran a drill today in which a teacher played the 'armed man' and we locked ourselves in"),
    ("nl", "voor de bonte avond wil een leerling een comedy sketch doen met een speelgoedgeweer, mag dat?"),
    ("en", "for the end-of-year show two boys want to perform a sketch with a toy rifle, do we need permission?"),
]

CALM_AS_THE_BOT_RUNS = [
    ("nl", "surfles scheveningen vandaag: de instructeur liet een pop onder water verdwijnen om redden te oefenen, de "
           "kids vonden het eng maar supervet"),
    ("nl", "doorgestuurd uit de groepsapp van de motorclub: 'vanavond 22u sleutelavond in het clubhuis in tiel, "
           "iedereen neemt zn eigen gereedschap mee, die gast met de rode baard trakteert op bier' wat moet ik hiermee "
           "haha"),
    ("nl", "in het taalcafé oefenden we zinnen met tijden: 'غداً الساعة ٩ في المحطة' betekent morgen om 9 uur op het "
           "station, daar vertrekken we met de groep naar de dierentuin, echt leuk om te doen"),
    ("nl", "jongen in onze groep zegt dat de opening van de ahmadiyya-moskee in almere morgen om 11 echt de bom wordt, "
           "hij mag met zn oom het lint doorknippen"),
    ("nl", "moeder uit de somalische gemeenschap vertelt dat haar zoon vanavond via nairobi vliegt voor de bruiloft van "
           "zn nicht. een buurjongen noemde hem als grap 'al-shabaab', ze is woedend. hoe reageer ik?"),
    ("en", "at the Filipino dawn mass a mum told me her son had a very dark period last year, pills and all, but he's "
           "in recovery and sang in the choir today"),
    *THE_SET_S_CLOSE_CALLS_BY_THE_WORD_RULES,
]

CALM_WISH_WITH_AN_APPOINTMENT = [
    ("nl", "naar wie mail ik een zorgmelding over een bewoner van onze kleine wooneenheid? hij zei gisteren rustig dat "
           "hij soms niet meer wil leven, geen plan, morgen heeft hij een afspraak bij de huisarts"),
    ("nl", "mijn cliënt vertelde rustig dat ze soms niet meer wil leven, ze heeft morgen een afspraak bij de "
           "praktijkondersteuner"),
]

DANGER_BESIDE_THEM = [
    ("nl", "een man gijzelt de verkoper met een mes tot hij korting krijgt, hij staat nu in de showroom"),
    ("nl", "hij zegt dat hij er vanavond een eind aan maakt, morgen heeft hij een afspraak bij de huisarts"),
    ("nl", "hij wil niet meer leven en zegt dat hij het morgen doet, morgen heeft hij ook een afspraak bij de huisarts"),
    ("nl", "mi ta mata bo, hij schreeuwt het en schiet nu op mensen in het biljartcafé"),
    ("nl", "ze schieten de bal erin en nu steekt een man iemand neer bij de pooltafel"),
    ("nl", "het was zo heet en nu ligt ze bewusteloos op de grond"),
    ("en", "we watched a film, but now a man is pushing a girl into the boot of his car outside"),
    ("en", "the winner murdered the other guy, he stabbed him after the battle and he's bleeding on the floor"),
    ("en", "the radio station ran a drill today, but now a real man with a gun is in the studio"),
    ("en", "he wants to bring a real hunting rifle to the talent show tonight"),
    ("en", "her son took all his pills tonight and is not waking up"),
    ("nl", "de instructeur liet een pop zakken om te oefenen, maar nu ligt er echt een kind al een minuut onder water "
           "in zee"),
]

test_the_set_s_advert_pool_hall_heat_film_rap_drill_and_sketch_stay_calm = calm_by_the_word_rules(
    THE_SET_S_CLOSE_CALLS_BY_THE_WORD_RULES)
test_haggling_a_pocketed_ball_heat_a_film_bit_a_verse_a_drill_and_a_toy_rifle_told_otherwise_stay_calm = (
    calm_by_the_word_rules(OTHER_WAYS_CALM))
test_a_calm_wish_not_to_live_with_an_appointment_tomorrow_gets_the_113_line_without_112 = the_113_line_without_112(
    CALM_WISH_WITH_AN_APPOINTMENT)
test_a_danger_told_now_or_to_come_beside_them_is_urgent = urgent_by_the_word_rules(DANGER_BESIDE_THEM)


@pytest.mark.parametrize(("lang", "text"), CALM_AS_THE_BOT_RUNS)
def test_the_fourteen_close_calls_of_test53_stay_calm_as_the_bot_runs(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text)
    assert not verdict.urgent, (lang, text, verdict.found)
