"""Danger replies of the judged split test61 (scored, tuning data now): the questions its labeller noted as danger
(brief DR79, forty-sixth session), with variants that must keep or change their reply.

- The three labelled acute (#140 a pistol shown and 'vrijdag bij de synagoge', #148 a man threatening to attack a
  mosque tomorrow, #185 'moet ik bij acuut gevaar 112 bellen') keep 112 by the word rules.
- #147, a tenant storing barrels and bags of fertiliser in a rented garage box who acts oddly (how do I report it
  anonymously?), got 112: fertiliser counted as a weapon on its own. By the danger policy material without a plan is
  calm, so fertiliser is a group of its own: alone, or beside 'wil' or 'zei', it is calm; every other weapon line has
  a fertiliser twin, and beside a target, fuel mixed in, gas cans, a timer, a sign of a violent ideology ('day of the
  rope', an IS flag) or told as now it alarms as before (test42 and test8's judged lines labelled acute stay urgent).
- #161, a refugee volunteer told by a young man that he wants to go back to fight, who asks whether he may tell the
  municipality without him knowing, got 112 while #158 (a dentist: a patient's brother plans to join a militia;
  may I tell anyone under medical secrecy?) stayed calm. As decided in test43 and test55, a wish without a date told
  in confidence and asked about as a question of sharing is calm: 'can I tell the municipality', 'without him
  knowing' are asides (they talk down no firm line, and a departure with a time beside them still alarms).
- The other questions noted as danger in passing stay calm as the bot runs.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

THE_THREE_LABELLED_ACUTE = [
    ("nl", "ik ben koerier en een collega liet vandaag in de bus een pistool zien en zei 'vrijdag bij de "
           "synagoge'. ik zit nu thuis en weet niet wat te doen. wie bel ik als eerste?"),
    ("nl", "ik ben ambulancemedewerker en hoorde bij een inzet een man dreigen dat hij morgen met zijn broers de "
           "moskee aanvalt. bel ik dan 112 of de politie op het gewone numer?"),
    ("nl", "moet ik bij acuut gevaar 112 bellen en wie licht daarna de gemeente in over de jongere?"),
]

THE_THIRTEEN_OTHERS_NOTED_AS_DANGER = [
    ("nl", "ik ben kapper en een vaste klant van 19 laat steeds filmpjes zien van mannen met wapens en zegt dat "
           "hij 'binnenkort ook gaat'. ik ken hem al jaren. waar meld ik zoiets, politie of gemeente?"),
    ("nl", "als begeleider dagbesteding hoor ik een deelnemer met een lvb steeds praten over een online vriend "
           "die hem naar syrie wil haalen. moet ik dit bij de politie of bij de gemeente melden?"),
    ("nl", "ik ben brandweerman en bij een uitruk zag ik in een slaapkamer vlaggen van een verboden groep en een "
           "map met plattegronden van een station. ik heb niks gezegd. bij wie leg ik dit neer?"),
    ("nl", "als gz psycholoog hoor ik van een client van 20 dat hij met vrienden een aanslag bespreekt, maar "
           "volgens hem is het 'maar praten'. wanneer mag ik mijn beroepsgeheim hier doorbeken?"),
    ("nl", "ik ben docent frans en een meisje uit de brugklas vertelt dat haar broer van 17 naar een "
           "trainingskamp in het buitenland wil. mag ik dit zelf bij de gemeente melden of moet dat via de "
           "directie?"),
    ("nl", "als klantmanager bij sociale zaken heb ik een klant die zijn bsn weigert omdat hij 'soeverein' is en "
           "mij dreigt met een 'tribunaal'. moet ik dit doorgeven aan oov of is dat overdreven?"),
    ("nl", "ik ben bedrijfsleider van een supermarkt en een vakkenvuller van 17 vertelt collega's dat de "
           "gewapende jihad de enige weg is. ik wil het niet overdrijven. wat is een verstandige eerste stapp?"),
    ("nl", "ik ben volleybaltrainer en wil een meisje van 15 aanspreken op haar posts over 'het westen dat moet "
           "branden'. hoe begin ik dat gesprek zonder dat ze meteen dichtklapt of wegblijft van de training?"),
    ("nl", "ik verhuur garageboxen en zie dat een huuder er vaten en zakken kunstmest opslaat en zich vreemd "
           "gedraagt. ik wil niet dat hij weet dat ik het was. hoe meld ik dit anoniem?"),
    ("en", "I'm a Turkish-born dentist in Rotterdam. A young patient told me his brother plans to travel abroad "
           "to join a militia. I have medical secrecy. Am I allowed to tell anyone about this?"),
    ("en", "I volunteer at a language café for refugees in Leeuwarden, and I'm originally from Eritrea. A young "
           "man says he wants to go back to fight. Can I tell the municipality without him knowing?"),
    ("en", "I run a surf school in Zandvoort and I'm from South Africa. One of my instructors, 19, posts racist "
           "content and jokes about a coming race war. Who can I call for advice?"),
    ("nl", "een jongere in psychose roept dat hij van allah moet doden. is dit een zaak voor ggz of radicalisering?"),
]

FERTILISER_ALONE_IS_MATERIAL = [
    ("nl", "ik verhuur garageboxen en een huurder slaat er zakken kunstmest op, moet ik dat melden?"),
    ("en", "a tenant stores bags of fertiliser in his garage box and acts odd, how do I report that anonymously?"),
    ("nl", "de boer heeft vaten kunstmest in de schuur staan voor het voorjaar"),
    ("nl", "we verkopen kunstmest in de tuinafdeling, moeten we letten op grote aankopen?"),
]

FERTILISER_BESIDE_A_TARGET_FUEL_GAS_A_TIMER_AN_IDEOLOGY_OR_NOW = [
    ("nl", "hij slaat kunstmest op in de garagebox en zegt dat het voor het gemeentehuis is"),
    ("en", "he mixed fertiliser and diesel in a barrel in the garage"),
    ("nl", "een jongen kocht kunstmest en gasbusjes en zei dat het zaterdag knalt"),
    ("en", "my neighbour's son keeps buying fertiliser and talks about the day of the rope"),
    ("nl", "hij is nu in de schuur met de kunstmest bezig en zegt dat het morgen gebeurt"),
    ("nl", "kunstmest en een timer in zijn kluisje"),
]

A_WISH_TO_FIGHT_TOLD_IN_CONFIDENCE_WITH_A_SHARING_QUESTION = [
    ("en", "a young man says he wants to go back to fight. Can I tell the municipality without him knowing?"),
    ("nl", "een jongen zegt dat hij terug wil om te vechten. mag ik de gemeente inlichten zonder dat hij het weet?"),
    ("en", "he told me he wants to fight over there one day, can I inform the municipality without him knowing?"),
]

LEAVING_TO_FIGHT_WITH_A_TIME_BESIDE_THE_SAME_QUESTION = [
    ("en", "he wants to go back to fight and leaves tonight, can I tell the municipality?"),
    ("nl", "hij zegt dat hij vannacht vertrekt om te gaan vechten, mag ik de gemeente inlichten zonder dat hij "
           "het weet?"),
]

test_the_three_labelled_acute_are_urgent = urgent_by_the_word_rules(THE_THREE_LABELLED_ACUTE)
test_fertiliser_alone_is_calm = calm_by_the_word_rules(FERTILISER_ALONE_IS_MATERIAL)
test_fertiliser_beside_a_plan_or_a_device_is_urgent = urgent_by_the_word_rules(
    FERTILISER_BESIDE_A_TARGET_FUEL_GAS_A_TIMER_AN_IDEOLOGY_OR_NOW)
test_a_wish_to_fight_told_in_confidence_with_a_sharing_question_is_calm = calm_by_the_word_rules(
    A_WISH_TO_FIGHT_TOLD_IN_CONFIDENCE_WITH_A_SHARING_QUESTION)
test_leaving_to_fight_with_a_time_is_urgent_beside_the_same_question = urgent_by_the_word_rules(
    LEAVING_TO_FIGHT_WITH_A_TIME_BESIDE_THE_SAME_QUESTION)


@pytest.mark.parametrize(("lang", "text"), THE_THIRTEEN_OTHERS_NOTED_AS_DANGER)
def test_the_others_noted_as_danger_stay_calm_as_the_bot_runs(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text)
    assert not verdict.urgent, (lang, text, verdict.found)
