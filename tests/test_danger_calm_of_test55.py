"""The close calls of test55 that raised 112 (not_urgent #6, #9, #27, #32 by the word rules; #13, #18, #57 by
meaning alone; scored, tuning data now), each calmed as narrowly as we could, with phrasings of our own and the
dangers beside them that must still alarm (brief DR69).

By the word rules: a pupil who thought of taking pills last year, now sees a psychologist and feels better (a past
thought is a 113 matter, not 112, by the danger policy: the pills of a thought told as past are a figure, the wish
itself keeps the 113 line, and pills had, saved or taken told after it count again); 'prinsjesdag wordt dit jaar een
bom', meaning the budget cuts (explained: a denial and an all-clear, so each sentence is read alone; a political or
budget 'bom' is a figure); a docu about a pipe bomb in the eighties, then a boy asking to go to Veterans' Day
tomorrow ('docu over' is an ``about`` phrase like 'documentaire over'); flames that always come out of a pizzeria's
wood oven (a figure with 'altijd': flames to the ceiling and a cook down in the smoke, the set's urgent twin, still
alarm).

By meaning alone (only a denial silences that reading; a figure's words count for no group, so the model then needs
its higher certainty): a homeless boy who sleeps in the night shelter tonight ('slaapt in de nachtopvang' is a
figure: the shelter is no target there).

Left, as a fix would risk real danger: 'mi ta bai mata e wethouder' shouted as a joke at a draughts game (#13: a kill
vow against a named official; a figure over it would hide the real threat, and 'als grap' as a denial would let any
threat with 'as a joke' silence both readers); 'kid dropped his phone between the tall ship and the quay, RIP phone'
(#57: no danger group at all, so only a denial could calm it, and 'dropped his phone' as a denial would also talk
down a child who falls in after it).
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules


THE_SET_S_CLOSE_CALLS_BY_THE_WORD_RULES = [
    ("nl", "een leerling vertelde vandaag rustig dat ze vorig jaar weleens dacht aan pillen slikken om er niet meer te "
           "zijn, ze heeft nu een psycholoog en voelt zich beter. hebben we toestemming van ouders nodig voor de "
           "schoolmaatschappelijk werker?"),
    ("nl", "een leerling zei 'prinsjesdag wordt dit jaar een bom' en bedoelde de bezuinigingen in de troonrede. we "
           "bespreken de koets en de begroting morgen in de les maatschappijleer"),
    ("nl", "we keken in het buurthuis een docu over een pijpbom bij een herdenking in de jaren tachtig, daarna vroeg een "
           "jongen of hij morgen mee mag naar de veteranendag in den haag"),
    ("nl", "in de pizzeria naast het jongerenwerk slaan altijd vlammen uit de houtoven, hoort zo zegt de kok. de "
           "jongens vinden het prachtig om te filmen"),
]

THE_SET_S_CLOSE_CALLS_BY_MEANING = [
    ("nl", "een dakloze jongen zit vaak achter de action, vanmiddag heb ik hem een slaapzak en soep gebracht en "
           "vannacht slaapt hij in de nachtopvang. wie kan ik mailen voor een vast bed?"),
]

# left: read as danger by meaning (see the docstring); the word rules leave them calm
THE_SET_S_CLOSE_CALLS_LEFT = [
    ("nl", "jongeren in het buurthuis riepen 'mi ta bai mata e wethouder' bij het damtoernooi toen de wethouder van ze "
           "won, puur als grap. daarna verloor hij van iedereen"),
    ("en", "kid dropped his phone between the tall ship and the quay, RIP phone"),
]

OTHER_WAYS_CALM = [
    ("nl", "een leerling zei dat de miljoenennota een politieke bom is, we bespreken het morgen in de les"),
    ("en", "he said 'budget day is gonna be a bomb' and meant the budget cuts. we discuss it tomorrow in class"),
    ("nl", "de jongen slaapt vannacht in de nachtopvang, wie betaalt dat?"),
    ("en", "the boy is sleeping at the night shelter tonight, who do I email about a permanent bed?"),
    ("nl", "we keken een docu over een aanslag met een vrachtwagen, mag ik die morgen in de klas laten zien?"),
    ("en", "we watched a doc about a school shooting, can I show it to year 9 tomorrow?"),
    ("nl", "bij de pizzabakker slaan altijd de vlammen uit de steenoven, mogen de kinderen kijken?"),
    ("en", "at the pizza night there are always flames coming out of the pizza oven, is it safe to film?"),
]

# a past thought of pills told calmly: no 112, the 113 line first (the danger policy)
A_PAST_THOUGHT_OF_PILLS_TOLD_CALMLY = [
    ("nl", "een leerling vertelde vandaag rustig dat ze vorig jaar weleens dacht aan pillen slikken om er niet meer te "
           "zijn, ze heeft nu een psycholoog en voelt zich beter. hebben we toestemming van ouders nodig voor de "
           "schoolmaatschappelijk werker?"),
    ("nl", "mijn cliënt vertelde dat hij vroeger weleens aan pillen heeft gedacht om er niet meer te zijn, nu gaat het "
           "goed. moet dat in het dossier?"),
    ("en", "she told me she used to think about taking pills to not be here anymore, she's in therapy now and doing "
           "well. can I tell her mentor?"),
]

DANGER_BESIDE_THEM = [
    ("nl", "ze dacht vorig jaar weleens aan pillen slikken, nu heeft ze ze allemaal ingenomen en reageert niet"),
    ("nl", "hij dacht vroeger aan pillen om er niet meer te zijn en heeft ze nu klaarliggen op zijn kamer"),
    ("nl", "hij heeft pillen gespaard om er niet meer te zijn"),
    ("nl", "een leerling zei 'prinsjesdag wordt dit jaar een bom' en bedoelde de bezuinigingen. zijn broer zegt dat hij "
           "morgen een bom bij de koets legt"),
    ("nl", "hij zei dat hij op prinsjesdag een bom naar de koets gooit"),
    ("nl", "hij slaapt vannacht in de nachtopvang en zegt dat hij daar morgen iedereen neersteekt"),
    ("nl", "hij zegt dat hij de nachtopvang vannacht in brand steekt"),
    ("nl", "ik keek een docu over bommen en nu ligt er een pijpbom in het fietsenhok"),
    ("nl", "in de pizzeria naast het jongerenwerk slaan de vlammen uit de houtoven tot aan het plafond en de kok ligt "
           "op de vloer in de rook"),
    ("nl", "vlammen uit de houtoven slaan over naar het dak, er zitten nog mensen binnen"),
    ("en", "flames from the pizza oven are spreading to the roof"),
    ("nl", "er slaan vlammen uit de pizzaoven en de keuken staat in brand"),
    ("nl", "opa ligt op de vloer in de rook"),
]

CALM_AS_THE_BOT_RUNS = [*THE_SET_S_CLOSE_CALLS_BY_THE_WORD_RULES, *THE_SET_S_CLOSE_CALLS_BY_MEANING, *OTHER_WAYS_CALM]

test_the_set_s_past_pills_budget_bomb_docu_and_pizza_oven_stay_calm = calm_by_the_word_rules(
    THE_SET_S_CLOSE_CALLS_BY_THE_WORD_RULES)
test_the_set_s_night_shelter_joke_and_phone_stay_calm_by_the_word_rules = calm_by_the_word_rules(
    [*THE_SET_S_CLOSE_CALLS_BY_MEANING, *THE_SET_S_CLOSE_CALLS_LEFT])
test_budget_bombs_night_shelters_docus_and_oven_flames_told_otherwise_stay_calm = calm_by_the_word_rules(
    OTHER_WAYS_CALM)
test_a_past_thought_of_pills_told_calmly_gets_the_113_line_without_112 = the_113_line_without_112(
    A_PAST_THOUGHT_OF_PILLS_TOLD_CALMLY)
test_a_danger_told_beside_them_is_urgent = urgent_by_the_word_rules(DANGER_BESIDE_THEM)


@pytest.mark.parametrize(("lang", "text"), CALM_AS_THE_BOT_RUNS)
def test_the_close_calls_of_test55_stay_calm_as_the_bot_runs(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text)
    assert not verdict.urgent, (lang, text, verdict.found)
