"""Two everyday sentences that raised 112 by the word rules (found by helper DR79 in the forty-sixth session).

"we gaan morgen naar de kerk", "zondag gaan we naar het concert": the line [intent, soon, symbol] read the bare verb
"gaan" as an intent, beside a time and a place of worship or a venue. "we gaan (samen) naar" is now an aside: it
calms that line in its own sentence, while a weapon, an attack or a plan told beside it still counts.

"flauwgevallen bij het bloedprikken, nu weer prima": "nu" made a faint a medical emergency now. Well again after the
faint is a denial, tied to the faint ("flauwgevallen ... weer prima"), so someone else being fine talks no danger down.
"""

from __future__ import annotations

from tests.danger_rules import calm_as_the_bot_runs, calm_by_the_word_rules, urgent_by_the_word_rules

GOING_TOGETHER = [
    ("nl", "we gaan morgen naar de kerk"),
    ("nl", "we gaan vanavond naar het concert"),
    ("nl", "we gaan vanavond naar het festival met de jongeren, hoe regel ik het toezicht?"),
    ("nl", "zondag gaan we naar de kerk, mag ik daar foto's van de groep maken?"),
    ("nl", "we gaan straks naar de synagoge voor de bar mitswa van een leerling"),
    ("nl", "morgen gaan we met de klas naar de moskee voor een rondleiding"),
    ("nl", "we gaan vanavond naar de parade in de stad"),
]

FAINT_OVER = [
    ("nl", "flauwgevallen bij het bloedprikken, nu weer prima"),
    ("nl", "een leerling is flauwgevallen bij het bloedprikken maar is nu weer prima"),
    ("nl", "ze viel flauw in de gymzaal en is nu weer oké"),
    ("en", "she fainted at the blood test but is fine again"),
]

DANGER_BESIDE_THEM = [
    ("nl", "we gaan vanavond naar de moskee en steken hem in brand"),
    ("nl", "we gaan vanavond naar de synagoge, hij heeft een mes bij zich en zegt dat hij de rabbijn gaat neersteken"),
    ("nl", "hij zegt dat hij vanavond naar de moskee gaat om ze allemaal te straffen"),
    ("nl", "hij is flauwgevallen en ademt niet, zijn broer is nu weer prima"),
    ("nl", "ze is flauwgevallen en reageert nu nergens op"),
]

test_going_somewhere_together_stays_calm = calm_by_the_word_rules(GOING_TOGETHER)
test_a_faint_that_is_over_stays_calm = calm_by_the_word_rules(FAINT_OVER)
test_a_danger_told_beside_them_is_urgent = urgent_by_the_word_rules(DANGER_BESIDE_THEM)


test_they_stay_calm_as_the_bot_runs = calm_as_the_bot_runs([*GOING_TOGETHER, *FAINT_OVER])
