"""Short scenes of urgent_test55 that no word rule caught (scored, tuning data now), each fixed as a kind with
phrasings of our own and close calls that stay calm (brief DR69).

Both readers missed eight scenes, six of them 8-10 words with no alarm word (urgent #15, #16, #24, #25, #49, #52,
#32, #39): purple lips and wheezing with every breath; a child under water in a pool, not moving; a child crawled
into an underground bin, no longer answering; a girl outside the fence high up on the Euromast; a girl under a punt,
not coming up; an old man gone grey with no pulse; lightning struck a pitch, a boy flat and no heartbeat; through
the ice with only his hat still floating. A routine question asked first never talks them down (the danger policy).

Calm: a first-aid course, a film, last winter, blue lips from the cold; lying still under water practised at a
swimming lesson; a pupil who 'crawled into his shell' and does not answer mails; a window cleaner or an abseiler
outside the railing with a harness; waiting outside the fence near a bridge; a smartwatch without a heartbeat; a
beard gone grey; lightning that struck a tree or a tower with no one hurt; a hat lost on the ice, or a hat gone
through it with the boy laughing on the bank.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


THE_SET_S_EIGHT_SCENES = [
    ("nl", "jongen bij de haringkar, lippen paars, piept bij elke adem"),
    ("nl", "kind ligt in het natuurbad onder water, beweegt niet"),
    ("nl", "kind in de ondergrondse container gekropen, antwoordt niet meer"),
    ("nl", "meisje zit buiten het hek op de euromast, zwaait gedag"),
    ("en", "girl under the punter in Giethoorn, not coming up"),
    ("en", "chess club, old man gone grey, no pulse"),
    ("nl", "bliksem sloeg net in op het voetbalveld van de amateurclub, een jongen van de o15 ligt plat en ik voel geen "
           "hartslag"),
    ("nl", "kind door het ijs gezakt in de uiterwaarden bij ons dorp komma we zien alleen nog zn muts drijven punt"),
]

BLUE_LIPS_AND_WHEEZING = [
    ("nl", "meisje op de kermis, lippen blauw, piept bij elke ademhaling"),
    ("nl", "kind op het schoolplein heeft blauwe lippen en ademt piepend"),
    ("en", "boy at the food truck, lips going purple, wheezing with every breath"),
    ("en", "he ate a satay skewer at the fair, his lips are purple and he wheezes with each breath"),
    ("nl", "mag ik de allergielijst delen met de kantine? een leerling heeft net een pindakoek op, lippen paars en hij "
           "piept bij elke ademhaling"),
    ("en", "kid at the market stall, purple lips, not breathing"),
]

UNDER_WATER_AND_STILL_OR_NOT_COMING_UP = [
    ("nl", "jongen ligt op de bodem van het zwembad onder water en beweegt niet"),
    ("nl", "man ligt onder water in de vijver, beweegt niet meer"),
    ("en", "kid under water in the pool, not moving"),
    ("en", "a man is lying under water at the bottom of the lake and isn't moving"),
    ("nl", "mag ik de zwemlijst delen met de gemeente? een kind ligt onder water in het diepe en beweegt niet"),
    ("en", "boy under the pedal boat, not coming up"),
    ("nl", "meisje onder de kano in de gracht, komt niet boven"),
    ("nl", "jongen onder de waterfiets in de plas, komt niet meer boven"),
    ("en", "kid under the canoe on the canal, hasn't come up"),
    ("en", "a child under the rowing boat and he's not coming up"),
]

A_CHILD_SHUT_IN_A_BOX_A_FRIDGE_OR_A_BIN = [
    ("nl", "peuter is in de oude koelkast in de schuur gekropen, de deur is dicht en hij antwoordt niet"),
    ("nl", "kind in de speelgoedkist geklommen, deksel dicht, reageert niet meer"),
    ("en", "toddler climbed into the chest freezer in the garage, lid shut, not answering"),
    ("en", "kid crawled into the dumpster behind the school, not answering anymore"),
    ("nl", "mag ik de camerabeelden opvragen? een kleuter is in een afvalcontainer gekropen en geeft geen antwoord meer"),
    ("nl", "mijn zoontje zit opgesloten in de kofferbak van de auto en antwoordt niet meer"),
]

OUTSIDE_A_FENCE_OR_A_RAILING_HIGH_UP = [
    ("nl", "jongen staat buiten de reling op de erasmusbrug en kijkt naar beneden"),
    ("nl", "meisje zit aan de verkeerde kant van het hek op het dak van de parkeergarage"),
    ("en", "a girl is sitting outside the railing at the top of the tower, waving"),
    ("en", "lad standing on the wrong side of the fence on the bridge, looking down"),
    ("nl", "mag ik haar naam doorgeven aan de politie? ze zit buiten het hek op de kerktoren en zwaait gedag"),
    ("nl", "man is over de reling geklommen op de uitkijktoren en staat aan de buitenkant"),
]

NO_PULSE_AND_GREY_OR_LYING = [
    ("nl", "opa ligt op de vloer, grauw, ik voel geen pols"),
    ("en", "man at the bus stop went grey, I can't find a pulse"),
    ("nl", "collega ligt naast het kopieerapparaat, ik voel geen hartslag"),
    ("nl", "mag ik zijn dossier openen? meneer is grauw geworden en ik voel geen hartslag meer"),
    ("en", "she's gone grey and isn't breathing"),
    ("nl", "bij de bingo zakt een oude vrouw in elkaar, grauw, geen pols"),
]

STRUCK_BY_LIGHTNING_OR_A_LIVE_WIRE_AND_DOWN = [
    ("nl", "bliksem sloeg in op de camping, een man ligt in het gras en reageert niet"),
    ("en", "lightning hit the football pitch, a boy is down and has no pulse"),
    ("nl", "de bliksem is ingeslagen bij de golfbaan, er ligt iemand op de grond"),
    ("nl", "jongen kreeg een schok van de bovenleiding, ligt naast het spoor en ademt niet"),
    ("en", "kid touched a live wire at the substation, he's lying there and not moving"),
]

THROUGH_THE_ICE_AND_ONLY_A_HAT_OR_A_HAND = [
    ("nl", "jongen door het ijs gezakt bij de vaart, we zien alleen nog zn muts drijven"),
    ("en", "kid fell through the ice, all we can see is his hat floating"),
    ("nl", "meisje door het ijs gegaan, alleen haar muts drijft nog in het wak"),
    ("en", "someone went through the ice on the lake, just a hand sticking out"),
    ("nl", "mag ik de ouders bellen zonder de directeur? een leerling is door het ijs gezakt, we zien alleen nog zijn "
           "muts"),
    ("en", "through the ice at the pond, only his cap still floating"),
]

CLOSE_CALLS_CALM = [
    ("nl", "na het zwemmen in het buitenbad had hij blauwe lippen van de kou, nu zit hij met warme chocomel"),
    ("nl", "ehbo-cursus: blauwe lippen en een piepende ademhaling, wat doe je eerst?"),
    ("nl", "vorige week piepte hij bij elke adem en had hij paarse lippen, nu heeft hij een puffer en gaat het goed"),
    ("nl", "de carnavalsgroep heeft paarse lippen geschminkt en de piepende eend doet mee"),
    ("nl", "bij de duikles bleef ze expres twee minuten onder water zonder te bewegen, apneu-oefening"),
    ("nl", "in de film ligt het meisje onder water en beweegt niet"),
    ("nl", "ehbo-cursus: wat doe je als een kind onder water ligt en niet beweegt?"),
    ("en", "at swimming lessons they practise lying still under water for ten seconds"),
    ("nl", "we voeren in giethoorn met de punter, het meisje onder de paraplu kwam niet boven op de foto"),
    ("en", "the kids capsized the canoe on purpose at the training, under the canoe for a few seconds and came up "
           "laughing"),
    ("nl", "de leerling is in zijn schulp gekropen en antwoordt niet meer op mijn mails"),
    ("en", "the tenant has crawled into his shell and is not answering my letters"),
    ("nl", "ehbo-cursus: wat doe je als een kind in een koelkast is gekropen en niet antwoordt?"),
    ("nl", "in de film kruipt het kind in de vriezer en antwoordt niet meer"),
    ("nl", "bij verstoppertje kroop hij vorige week in de kist, hij antwoordde niet om te winnen en kwam er lachend uit"),
    ("nl", "de kat is in de container gekropen, wie belt de dierenambulance?"),
    ("nl", "tijdens onze rondleiding op de euromast stond een glazenwasser buiten het hek, met een harnas aan"),
    ("en", "during the tour a window cleaner stood outside the railing on the tower, harness on and clipped in"),
    ("nl", "in de film zit het meisje buiten het hek op de toren en zwaait gedag"),
    ("nl", "we wachten buiten het hek bij de brug tot de school uitgaat"),
    ("nl", "de fietsen staan buiten het hek bij de ophaalbrug"),
    ("nl", "abseilen van de euromast: ze stond gezekerd buiten de reling en zwaaide naar ons"),
    ("nl", "de ouders staan buiten het hek van het schoolplein en zwaaien gedag"),
    ("nl", "bij de ehbo-cursus leerden we: voel je geen hartslag, start dan met reanimeren"),
    ("en", "first aid course today: if there's no pulse and the person has gone grey, start CPR"),
    ("nl", "mijn smartwatch geeft geen hartslag aan, batterij leeg?"),
    ("en", "the old man's beard has gone grey, his pulse is fine, he just wants to play chess"),
    ("nl", "bij de echo was er geen hartslag meer, mijn collega heeft een miskraam gehad. mag ik haar verlof regelen?"),
    ("nl", "de reanimatiepop ligt op de grond en heeft geen hartslag, wie oefent eerst?"),
    ("nl", "vorige zomer sloeg de bliksem in op het voetbalveld, gelukkig lag er niemand"),
    ("nl", "de bliksem sloeg in op de kerktoren, niemand gewond, mogen de kinderen komen kijken?"),
    ("en", "lightning struck the tree in the park last night, nobody was hurt"),
    ("nl", "bij natuurkunde: wat doe je als de bliksem inslaat en iemand ligt plat op het veld?"),
    ("nl", "bliksem sloeg in bij de buren, de tv ligt eruit"),
    ("nl", "de router is door de bliksem getroffen en reageert niet meer"),
    ("en", "lightning struck the tree, branches all over the ground"),
    ("nl", "de bliksem sloeg in op de boom, die ligt nu op de grond"),
    ("nl", "op de ijsbaan verloor hij zijn muts, alleen zn muts ligt nog op het ijs, hij is al thuis"),
    ("nl", "in de film zakt de jongen door het ijs en zien ze alleen nog zijn muts"),
    ("nl", "vorige winter zakte een kind door het ijs, we zagen alleen nog zijn muts, hij is gered en nu weer fit"),
    ("nl", "zijn muts is door het ijs gezakt, alleen nog zn muts drijft daar, hij zelf staat lachend op de kant"),
    ("nl", "ehbo-cursus: iemand zakt door het ijs en je ziet alleen nog zijn hand, wat doe je?"),
]

# the reading by meaning raises 112 over these (blue lips told with 'nu', a wheeze told with bilberries, a diving
# lesson, a canoe capsized on purpose, 'crawled into his shell', a film, a first-aid course in English, a hat on the
# ice): left, as only a denial silences that reading (brief DR69)
READ_AS_DANGER_BY_MEANING = [
    ("nl", "na het zwemmen in het buitenbad had hij blauwe lippen van de kou, nu zit hij met warme chocomel"),
    ("nl", "vorige week piepte hij bij elke adem en had hij paarse lippen, nu heeft hij een puffer en gaat het goed"),
    ("nl", "bij de duikles bleef ze expres twee minuten onder water zonder te bewegen, apneu-oefening"),
    ("en", "the kids capsized the canoe on purpose at the training, under the canoe for a few seconds and came up "
           "laughing"),
    ("en", "the tenant has crawled into his shell and is not answering my letters"),
    ("nl", "in de film zit het meisje buiten het hek op de toren en zwaait gedag"),
    ("en", "first aid course today: if there's no pulse and the person has gone grey, start CPR"),
    ("nl", "op de ijsbaan verloor hij zijn muts, alleen zn muts ligt nog op het ijs, hij is al thuis"),
    ("nl", "in de film zakt de jongen door het ijs en zien ze alleen nog zijn muts"),
    ("nl", "zijn muts is door het ijs gezakt, alleen nog zn muts drijft daar, hij zelf staat lachend op de kant"),
]
CALM_AS_THE_BOT_RUNS = [line for line in CLOSE_CALLS_CALM if line not in READ_AS_DANGER_BY_MEANING]

test_the_eight_scenes_of_test55_are_urgent = urgent_by_the_word_rules(THE_SET_S_EIGHT_SCENES)
test_blue_or_purple_lips_with_a_wheeze_at_every_breath_are_urgent = urgent_by_the_word_rules(BLUE_LIPS_AND_WHEEZING)
test_under_water_and_still_or_under_a_boat_and_not_coming_up_is_urgent = urgent_by_the_word_rules(
    UNDER_WATER_AND_STILL_OR_NOT_COMING_UP)
test_a_child_crawled_into_or_shut_in_a_box_a_fridge_or_a_bin_and_not_answering_is_urgent = urgent_by_the_word_rules(
    A_CHILD_SHUT_IN_A_BOX_A_FRIDGE_OR_A_BIN)
test_someone_outside_a_fence_or_a_railing_high_up_is_urgent = urgent_by_the_word_rules(
    OUTSIDE_A_FENCE_OR_A_RAILING_HIGH_UP)
test_no_pulse_with_a_grey_face_or_lying_down_is_urgent = urgent_by_the_word_rules(NO_PULSE_AND_GREY_OR_LYING)
test_struck_by_lightning_or_a_live_wire_and_down_is_urgent = urgent_by_the_word_rules(
    STRUCK_BY_LIGHTNING_OR_A_LIVE_WIRE_AND_DOWN)
test_through_the_ice_with_only_a_hat_or_a_hand_seen_is_urgent = urgent_by_the_word_rules(
    THROUGH_THE_ICE_AND_ONLY_A_HAT_OR_A_HAND)
test_courses_films_the_cold_shells_harnesses_smartwatches_and_lost_hats_stay_calm = calm_by_the_word_rules(
    CLOSE_CALLS_CALM)


@pytest.mark.parametrize(("lang", "text"), CALM_AS_THE_BOT_RUNS)
def test_the_close_calls_stay_calm_as_the_bot_runs(shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text)
    assert not verdict.urgent, (lang, text, verdict.found)
