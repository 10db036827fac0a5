"""A routine question typed with a comma where its "?" would be does not talk down the danger told after it.

Helper DR84 found that "mag ik de school inlichten? er staat iemand op de rand" raised 112, but the same message with a
comma ("mag ik de school inlichten, er staat iemand op de rand") did not: the question's calm phrase calmed the whole
sentence. A clause that opens as a question ("mag ik", "hoe meld ik", "can i") is now read apart from what follows
its comma, unless the sentence ends in "?" (the comma is then inside the question) or what follows goes on with the
question ("..., for example if someone says ...", "..., met een wapen erop, ..."). Over every set no verdict moved.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    ("nl", "mag ik de school inlichten, er staat iemand op de rand"),
    ("nl", "hoe meld ik dit, hij heeft een touw en zit op zolder"),
    ("nl", "moet ik de wijkagent bellen, hij staat nu met een mes voor de deur"),
    ("nl", "bij wie meld ik dit, ze heeft net al haar pillen ingenomen"),
    ("en", "can i tell the school, he is standing on the roof edge now"),
    ("en", "who do i call, she swallowed all her pills a minute ago"),
]

CALM = [
    ("nl", "mag ik dit delen met de wijkagent, hij is 15 en zijn ouders weten het niet"),
    ("nl", "mag ik de ouders bellen, ik maak me zorgen om hem"),
    ("nl", "mag ik een foto van een tekening van een leerling, met een wapen en een vlag erop, aan de wijkagent laten zien?"),
    ("en", "what is the legal difference between a threat and a joke, for example if someone says 'I'll shoot up the "
           "school' for fun"),
    ("en", "can i share this with the police, he is 16 and watches extremist videos"),
]


test_a_danger_after_a_question_closed_by_a_comma_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_a_calm_question_with_a_comma_stays_calm = calm_by_the_word_rules(CALM)
