"""A weapon or an armed person present now at a spot in a school, then a may-I question (DR100, fifty-first session).

- A bomb, an explosive, a firearm or a suspicious package lying at a spot in a school or building ("er ligt een bom in de aula"), or a person
  with a weapon standing, sitting or walking there ("er staat een man met een mes in de gang", "a man with a knife is
  in the hallway"), is danger told as a fact. A following question whether one may share or report it ("mag ik dit
  delen?") is an aside and does not talk it down (the ``urgent_unless_corrected`` lines of the groups ``here100``,
  ``armed100``, ``isthere100`` and ``spot100``).
- A past marker, a film, a game, a drill, a joke, a rule question, a knife where it belongs (a kitchen drawer), talk
  about weapons ("een vraag over messen", "a folder about bombs") and the police having taken the weapon stay calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_as_the_bot_runs, urgent_by_the_word_rules

PRESENT_THEN_MAY_I = [
    ("nl", "er ligt een bom in de aula. mag ik dit delen?"),
    ("en", "a man with a knife is in the hallway, may I share this?"),
    ("nl", "er staat een man met een mes in de gang, mag ik dit melden?"),
    ("nl", "er loopt een jongen met een pistool door de school, mag ik dit doorgeven aan de politie?"),
    ("nl", "hier staat een man met een geweer bij de ingang, mag ik dit delen met de directie?"),
    ("nl", "bij ons op school loopt een leerling rond met een mes. mag ik dit melden?"),
    ("en", "there is a bomb in the gym, may I tell someone?"),
    ("en", "there is a guy with a gun in the cafeteria right now, can I share this with my colleagues?"),
    ("nl", "er zit een man met een mes in de klas, mag ik de ouders inlichten?"),
    ("en", "a student is walking around the school with a knife, may I report this?"),
    ("nl", "er ligt een explosief in de hal, mag ik dit doorgeven?"),
    ("en", "someone with a gun is in the building, am I allowed to share this?"),
    ("nl", "er ligt een pistool op de gang, mag ik dit delen met collega's?"),
    ("nl", "in de kantine staat een jongen met een mes te zwaaien. mag ik dit melden bij de politie?"),
    ("en", "there's a man with a machete in the lobby, may I inform the parents?"),
    ("nl", "in de klas staat een leerling met een mes, mag ik de politie bellen?"),
    ("en", "a boy with a gun is in the classroom, can I tell the parents?"),
    ("nl", "er loopt een man met een bijl in de gang. mag ik dit doorgeven?"),
    ("nl", "in de gang ligt een bom, mag ik dit melden?"),
    ("nl", "in de aula ligt een pistool, mag ik dit delen met de mentor?"),
    ("nl", "op het schoolplein staat een man met een pistool, mag ik dit delen?"),
    ("en", "there's a man with a knife at the school gate, may I share this?"),
    ("nl", "er zit een jongen met een mes op de wc, mag ik dit melden?"),
    ("en", "a man with a gun is standing at the entrance, may I share this?"),
    ("nl", "er ligt een verdacht pakket in de aula, mag ik dit delen?"),
    ("nl", "er loopt een gewapende man door de gang, mag ik dit delen?"),
]

CALM_TWINS = [
    ("nl", "vorige week lag er een nepbom in de aula, mag ik dit delen?"),
    ("nl", "in de film staat een man met een mes in de gang"),
    ("nl", "een leerling had gisteren een mes bij zich, mag ik dit melden?"),
    ("nl", "de politie heeft het mes al meegenomen"),
    ("nl", "de politie heeft zijn mes al in beslag genomen, mag ik dit delen met school?"),
    ("en", "the police already took the knife, may I share this?"),
    ("nl", "mag ik dit delen als er een bom in de school ligt?"),
    ("nl", "vorig jaar stond er een man met een mes in de gang, mag ik dit in het dossier zetten?"),
    ("nl", "in het spel ligt een bom in de aula, mag ik dit delen?"),
    ("nl", "bij de ontruimingsoefening lag er een nepbom in de hal, mag ik dit melden?"),
    ("en", "a man with a knife was in the hallway last month, may I share this?"),
    ("en", "we found a knife in the hallway and it has already been removed, may I share this?"),
    ("nl", "er lag een mes in de gang maar de politie is er al, mag ik dit delen met de ouders?"),
    ("en", "there is a knife in the kitchen drawer, may I share this?"),
    ("en", "in the game there is a bomb in the hall, may I share this?"),
    ("nl", "een leerling zei dat er een bom in de aula ligt, maar het was een grap. mag ik dit delen?"),
    ("nl", "er zit een jongen in de klas die filmpjes over bommen kijkt, mag ik dit melden?"),
    ("nl", "er staat in het reglement dat messen op school verboden zijn, mag ik dit delen?"),
    ("en", "there is a boy in my class who watches bomb videos, may I share this?"),
    ("en", "there is a student in the classroom who talks about bombs, may I share this?"),
    ("nl", "een leerling zit in de klas met een vraag over messen, mag ik dit melden?"),
    ("nl", "er is een leerling met een interesse in wapens op school, mag ik dit delen met de wijkagent?"),
    ("nl", "er ligt een folder over bommen in de aula, mag ik die delen?"),
    ("nl", "er ligt een brief over een bommelding in de lerarenkamer, mag ik die delen?"),
    ("nl", "mag een school een mes in beslag nemen als het in de klas ligt?"),
    ("en", "there is a knife amnesty box in the hall, may I share this?"),
    ("nl", "er ligt een nepgeweer in de aula voor het toneelstuk, mag ik dit delen?"),
    ("nl", "vorige week lag er een verdacht pakket in de aula, het bleek een tas met boeken"),
    ("nl", "er ligt een verdacht pakket in de aula, maar het bleek een vergeten gymtas"),
    ("nl", "er staat een gewapende agent bij de ingang van de school, mag ik dit delen?"),
    ("nl", "in de film loopt een gewapende man door de gang"),
    ("nl", "gisteren liep er een man met een mes door de school, mag ik dit melden?"),
]

test_a_weapon_present_at_school_stays_urgent_after_a_may_i_question = urgent_by_the_word_rules(PRESENT_THEN_MAY_I)
test_the_past_a_film_a_game_a_drill_talk_about_weapons_or_a_handled_weapon_stays_calm = calm_by_the_word_rules(
    CALM_TWINS)
test_the_gap_found_by_dr98_is_urgent_as_the_bot_runs = urgent_as_the_bot_runs(PRESENT_THEN_MAY_I[:3])
