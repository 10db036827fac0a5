"""The close calls of urgent_test58 that raised 112 (not_urgent #16, #36 and #55 by the word rules; #10 and #52 by
meaning alone; scored, tuning data now), each calmed as narrowly as we could, with phrasings of our own and the
dangers beside them that must still alarm (brief DR76).

By the word rules: a beach volleyball score, 'ze hebben ons in elkaar getrapt, 21-3, ik lig nog op de grond van het
lachen' (a figure: lying on the floor with laughter counts for no group, 'in elkaar getrapt' alone is no scene); a
colleague worried about a boy who shoots everyone with a crossbow in Skyrim (a game named as a game, like fortnite
and minecraft: a calm phrase, which calms no line told with a time or in a later clause); a Papiamento MC shouting
'e no ta hala rosea!' about a dancer while everyone was crying with laughter (the whole crowd laughing at a shouted
phrase is a denial, like DR74's 'de hele bus lag dubbel').

By meaning alone (only a denial keeps the model from reading what it denies): a farrier who told the children about
the time a horse kicked his head, ten years ago ('vertelde ... over die keer dat'); a dad who shouted and slammed a
door during last week's visit 'but calmed down quickly'. Each is a phrase of its own, not 'lachen', 'rustig' or 'een
game' alone, and a danger told in a later clause still counts.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

THE_SET_S_CLOSE_CALLS_BY_THE_WORD_RULES = [
    ("nl", "strandvolleybal vanmiddag, ze hebben ons echt in elkaar getrapt, 21-3, ik lig nog op de grond van het "
           "lachen"),
    ("nl", "jongen in het jongerencentrum speelt de hele dag skyrim en schiet daar iedereen neer met zn kruisboog, mn "
           "collega vindt dat zorgelijk. is het dat ook?"),
    ("en", "at the Dia di Bandera party the MC kept shouting 'e no ta hala rosea!' about a dancer who went ten minutes "
           "without stopping, everyone was crying with laughter"),
]

THE_SET_S_CLOSE_CALLS_BY_MEANING = [
    ("nl", "de hoefsmid vertelde de kinderen bij de manege over die keer dat een paard hem tegen zn hoofd trapte, tien "
           "jaar geleden, ze hingen aan zn lippen"),
    ("en", "is there a protocol for logging home visits in the app? the dad was shouting and slammed a door during last "
           "week's visit but calmed down quickly"),
]

OTHER_WAYS_CALM = [
    ("nl", "zaalvoetbal: ze hebben ons in elkaar getrapt, 12-1, we lagen op de grond van het lachen"),
    ("en", "we got thrashed 10-0, I was on the floor laughing"),
    ("nl", "mijn leerling speelt elden ring en schiet daar alles neer met een kruisboog, is dat erg?"),
    ("en", "he plays valorant all night and shoots everyone with a sniper, should I worry?"),
    ("en", "the DJ kept yelling 'he's not breathing!' about the dancer who never stopped, everyone was in stitches"),
    ("nl", "de opa vertelde de klas over die keer dat hij in de oorlog werd beschoten, iedereen was stil"),
    ("en", "the mum was yelling at the school gate this morning but calmed down quickly"),
]

DANGER_BESIDE_THEM = [
    ("nl", "ik lag op de grond van het lachen, maar nu ligt mijn vriend echt op de grond en ademt niet"),
    ("nl", "hij speelt skyrim, maar nu staat hij met een echte kruisboog op het schoolplein"),
    ("nl", "hij speelt de hele dag skyrim en morgen schiet hij iedereen op school neer met zijn kruisboog"),
    ("en", "everyone was crying with laughter, but now a man is stabbing people in the hall"),
    ("en", "the dad calmed down quickly, but now he is back with a knife and threatening the mother"),
    ("nl", "hij vertelde over die keer dat hij een mes trok, en nu staat hij met een mes in de gang"),
]

CALM_AS_THE_BOT_RUNS = [*THE_SET_S_CLOSE_CALLS_BY_THE_WORD_RULES, *THE_SET_S_CLOSE_CALLS_BY_MEANING]

test_the_set_s_score_game_and_joke_stay_calm = calm_by_the_word_rules(THE_SET_S_CLOSE_CALLS_BY_THE_WORD_RULES)
test_the_set_s_old_story_and_calmed_dad_stay_calm_by_the_word_rules = calm_by_the_word_rules(
    THE_SET_S_CLOSE_CALLS_BY_MEANING)
test_scores_games_jokes_and_stories_told_otherwise_stay_calm = calm_by_the_word_rules(OTHER_WAYS_CALM)
test_a_danger_told_beside_them_is_urgent = urgent_by_the_word_rules(DANGER_BESIDE_THEM)


@pytest.mark.parametrize(("lang", "text"), CALM_AS_THE_BOT_RUNS)
def test_the_close_calls_of_test58_stay_calm_as_the_bot_runs(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text)
    assert not verdict.urgent, (lang, text, verdict.found)
