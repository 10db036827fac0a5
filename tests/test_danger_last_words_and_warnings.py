"""Last words then silence, someone by the tracks with a goodbye, a wish to be dead with a time, a firebomb in the
making, a promised act at a target with no way back, and a warning to avoid a place at a set time are acute danger
(call 112). And what stays calm: a figure of speech, a school suspension, a craft project, a threat talked through and
apologised for since, fake bombs, a protest song's chorus, 'bomb' an exam, a series, a disaster plan, an escape room
or a play about a danger."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CAUGHT = [
    ("nl", "mijn dochter zette in de familieapp 'zeg sorry tegen mijn broertje, hou van jullie allemaal' "
           "en ze neemt niet meer op"),
    ("en", "my nephew posted 'tell my sister sorry' in the group chat and now his phone is off"),
    ("nl", "een leerling stuurt: ik ben er morgen niet meer, zeg tegen mijn vader dat het niet zijn schuld is"),
    ("nl", "hij zit bij het spoor achter de fabriek en reageert niet meer, zijn laatste app was 'doei mama'"),
    ("en", "my friend is standing by the tracks near the station and won't pick up, she texted 'bye mum'"),
    ("nl", "ze wordt volgende week naar het buitenland gebracht om te trouwen en zegt dat ze zich liever van kant "
           "maakt"),
    ("en", "she says she would rather die than be married off and now she is not answering her phone"),
    ("nl", "mijn buurjongen heeft flessen en lappen in de garage en zegt dat hij het buurthuis in brand gaat steken"),
    ("en", "he has bottles and rags in the garage and said he'll set fire to the mosque tonight"),
    ("nl", "client zegt dat hij nu met wat hij beloofd had bij het stadhuis staat en dat er geen weg terug is"),
    ("en", "he called from outside the town hall with what he promised and said there's no way back"),
    ("nl", "een leerling zei tegen mijn collega: blijf morgen weg uit de aula om 11 uur"),
    ("en", "a pupil whispered to me: stay in the staffroom tomorrow at 11, and keep away from the canteen"),
    ("en", "a boy told me quietly: don't go to the market at 9 tomorrow, that's all I can say"),
    # an apology does not talk down a danger told after it, nor one in the same sentence
    ("nl", "hij heeft gisteren excuses gemaakt aan zijn mentor. maar net zei hij dat hij morgen de school opblaast"),
    ("en", "he apologised to the teacher yesterday. now he is standing at the gate with a knife"),
    ("nl", "hij heeft excuses gemaakt maar zegt dat hij morgen iedereen neerknalt"),
    # a real gas bottle under a carnival float
    ("nl", "er zit een gasfles onder de praalwagen en hij wil hem bij het podium laten ontploffen"),
]

CALM = [
    ("en", "my son said he'd rather die than go to the dentist tomorrow haha"),
    ("nl", "de leerling kan na de schorsing niet meer terug naar school, wat nu"),
    ("en", "he can't go back to school now after the expulsion, what are his options"),
    ("nl", "hoe lang duurt het voordat een jongere die radicaliseert niet meer terug kan?"),
    ("en", "don't go to the canteen today, the food is awful"),
    ("nl", "we hebben lege flessen en lappen verzameld voor het knutselproject morgen"),
    ("nl", "mijn zoon werkt bij het spoor en neemt niet op"),
    ("nl", "mijn broer zei 'love you all' op zijn afscheidsfeest morgen"),
    ("nl", "we gaan vanavond een kampvuur maken met de klas op het strand"),
    # a threat talked through and apologised for since
    ("nl", "in de groepsapp dreigde een jongen gisteravond zijn klasgenoot neer te steken. vandaag heeft hij met de "
           "mentor gepraat en excuses gemaakt. hoe leg ik dit vast?"),
    ("en", "one of our residents shouted last night that he'd stab the staff. this morning he apologised to his "
           "key worker. do we report it?"),
    # fake bombs for carnival, a protest song's chorus, 'bomb' an exam, a series, a disaster plan, a game, a play
    ("nl", "ons jongerenwerk bouwt een carnavalswagen met nepbommen en raketten van karton, kan dat?"),
    ("nl", "het schoolkoor wil een oud protestlied zingen met 'we steken alles in de fik' in het refrein"),
    ("en", "my colleague joked he'd bomb the exam tomorrow, how do I explain that expression to my pupils"),
    ("en", "my son binge-watches a series about a hostage taking and re-enacts it with his friends"),
    ("nl", "de gemeente maakt een draaiboek voor als er ooit een aanslag gebeurt op de markt"),
    ("nl", "morgen spelen we een escaperoom over de ontmanteling van een bom met de klas"),
    ("nl", "onze jeugdtheatergroep speelt zondag een stuk over een gijzeling in een bank"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_last_words_a_goodbye_by_the_tracks_a_firebomb_or_a_warning_to_stay_away_is_urgent(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_a_figure_of_speech_an_apology_since_or_a_game_series_or_play_about_danger_stays_calm(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)
