"""A calm phrase or a denial calms the sentence it stands in, or the clause before ", maar" / ", but", not a danger
told after it. An audit put a danger after each of the ~1,400 calm phrases and denials of faq/danger.yaml: 42 of
them silenced "..., maar nu staat er een man met een mes in de gang" (every denial did, even told in the sentence
before). What comes after the danger still talks it down ("..., maar het was een grapje")."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "er is niks concreets. nu staat er wel een jongen met een pistool in de aula"),
    ("nl", "er speelt nu niets, maar in de gang staat een man met een mes"),
    ("nl", "geen plannen zei hij, maar nu staat hij met een mes bij de ingang"),
    ("en", "nothing concrete, but right now a man with a knife is in the hallway"),
    ("en", "it was a song about a shooting, but right now he is standing in the canteen with a gun"),
    ("nl", "het bleek speelgoed, maar nu heeft hij een echt pistool bij zich in de klas"),
    # a turn to the present after "en" / "and" a few words on: "vorige week" calms what went before, not the bomb now
    ("nl", "vorige week was het rustig en hij zit nu met een bom in de aula"),
    ("nl", "hij heeft vorige week gedreigd de school op te blazen en zit nu met een bom in de aula"),
    ("en", "last week was quiet and he is now in the hall with a bomb"),
    ("en", "everything is fine and a boy is now in the hall with a bomb"),
    ("en", "it was a school project and a boy is now in the hall with a bomb"),
]

CALM = [
    ("nl", "hij zei dat hij een bom in zijn tas had, maar het was een grapje"),
    ("nl", "er is geen acuut gevaar, maar ik maak me zorgen over zijn uitspraken over de oorlog"),
    ("en", "no immediate danger, but I worry about what he posts online"),
    ("nl", "ons bestuur wil nu camera's ophangen bij de ingang, mag dat"),
    ("nl", "de school wil posters ophangen over radicalisering, wat zetten we erop"),
    ("nl", "hij heeft vorige week gedreigd en is nu opgenomen"),
    ("en", "he threatened last week and is now in custody"),
]


test_a_danger_after_a_calm_clause_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_what_comes_after_still_talks_a_danger_down = calm_by_the_word_rules(CALM)
