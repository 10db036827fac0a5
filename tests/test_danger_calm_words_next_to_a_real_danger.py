"""Every calm word added in a round is probed next to a real danger told in the same clause. Probing the calm words
written from urgent_test27 (a locked rifle case, a note about threats, a threat letter last week, a passport with
the parents, a mentor now) found these: the calm phrase "locked rifle case" silenced a hunter aiming at parents, "a
note about" hid what a note said ("killing everyone tomorrow"), "last week" calmed a knife told after ", and now",
and "neerschiet" was not read at all when the victims stood between "iedereen" and the verb. And a clause after
"maar" / "but" typed without a comma (phones type few) was calmed by a calm word before it: with a danger told after
each of ~1,490 calm phrases, denials and figures that way, 1,863 of 14,880 messages were calm; now none is."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("en", "the hunter took the rifle out of the locked rifle case and is aiming at the parents"),
    ("en", "i found a note about killing everyone tomorrow at school in his bag"),
    ("nl", "ik vond een notitie over het opblazen van de school morgen om 9 uur"),
    ("en", "a threatening letter last week, and now there is a man with a knife at the door of the mosque"),
    ("nl", "vorige week kreeg de imam een dreigbrief, en nu staat er een man met een jerrycan benzine bij de deur"),
    ("nl", "zijn paspoort ligt bij de ouders en hij zegt dat hij morgen iedereen in de aula neerschiet"),
    ("nl", "hij zegt dat hij vanavond zijn stiefvader neersteekt"),
    ("en", "he made threats at work and says he will blow up the office tomorrow"),
    ("en", "a man took hostages in the bank now, the police hostage negotiator is not there yet"),
    ("nl", "niks aan de hand maar nu staat er een man met een mes in de gang"),
    ("nl", "het was vorige week een grapje maar nu staat hij met een mes bij de ingang"),
    ("en", "it was a joke but he has a gun in his bag right now"),
    ("nl", "vorige week een dreigbrief en vandaag staat hij met een mes voor de deur"),
    ("en", "we got a threatening letter last week, today he is at the door with a knife"),
    ("en", "a neighbour is a hunter with a locked rifle case but right now he is pointing the rifle at the kids"),
]

CALM = [
    ("en", "a dad at our daycare is a hunter and picks up his kid with a locked rifle case in the car. how do we "
           "handle a scared colleague calmly?"),
    ("en", "a colleague joked 'if the printer jams again i will blow this place up', everyone laughed. hr wants "
           "examples for a note about threats at work, is this one?"),
    ("en", "my class watched a film about a hijacked ship, and now they want to talk about hostage negotiation"),
    ("nl", "vorige week stond er een man met een mes, en nu is hij opgepakt"),
    ("nl", "hij zei dat hij een bom had maar het was een grapje"),
    ("nl", "vorige week stond er een man met een mes en nu is hij opgepakt"),
    ("nl", "geen acuut gevaar maar ik maak me zorgen over zijn posts"),
    ("en", "a neighbour is a hunter and keeps his rifle in a locked gun case in the car during the school run, is "
           "that allowed"),
]


test_a_real_danger_beside_a_calm_word_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_the_close_call_stays_calm = calm_by_the_word_rules(CALM)
