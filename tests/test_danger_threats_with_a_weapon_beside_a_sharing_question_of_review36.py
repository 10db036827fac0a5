"""A weapon held up to threaten someone, told as now, and a sharing question in the same sentence (reading review 36).

Urgent: someone who threatens people with a knife, scissors or a hammer now ('een jongen bedreigt twee meisjes met
een mes bij de kassa', 'a man is threatening the staff with a hammer', 'dreigt met een mes bij de ingang'), or
stands waving a knife with words in between ('staat bij de ingang met een mes te zwaaien'). A question about the
rules after it ('mag ik zijn naam doorgeven', 'can I pass on his name') asks about sharing; it does not make the
danger unreal (the danger policy: the question never talks down a danger told as happening now).

Calm: the same words about last year, in a film, in rap lyrics, as a what-if or a question about a rule, a threat
with something that is no weapon ('met een pak slaag', 'met ontslag'), or a flag waved on the playground.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

THREATENED_NOW = [
    # reading review 36: the probes of #1 word for word
    ("nl", "een jongen bedreigt twee meisjes met een mes bij de kassa, mag ik zijn naam doorgeven"),
    ("nl", "badmeester: een jongen staat bij de ingang met een mes te zwaaien en roept dat ze moeten oprotten, mag ik "
           "zn naam doorgeven"),
    # the same kind in other words
    ("en", "a boy is threatening two girls with a knife at the till, can i pass on his name"),
    ("nl", "een jongen dreigt met een mes bij de ingang, mag ik dit delen"),
    ("en", "a man is threatening the staff with a hammer in the lobby, can I share the footage later"),
    ("nl", "mag ik zijn naam doorgeven? een jongen bedreigt twee meisjes met een mes bij de kassa"),
    ("nl", "twee jongens staan de kassière te bedreigen met een schaar, mag ik de beelden aan de politie geven"),
    ("en", "he threatens the driver with a knife right now, may I share his name with the police"),
    ("nl", "bij de bushalte staat een man met een groot mes te zwaaien naar kinderen, mag ik de school bellen"),
]

NOT_NOW_OR_NO_WEAPON = [
    ("nl", "hij bedreigde haar vorig jaar met een mes, mag ik dit delen"),
    ("nl", "mag een school een leerling schorsen die een docent bedreigt met een mes?"),
    ("nl", "in de film bedreigt de hoofdpersoon zijn vader met een mes, mag ik die film in de les laten zien"),
    ("nl", "een leerling bedreigt docenten met een mes in zijn rap teksten, mag ik dit delen met de wijkagent"),
    ("en", "last year he threatened her with a knife, can i share that with the school"),
    ("en", "what if a pupil threatens a teacher with a knife, may I tell the police his name"),
    ("en", "the boy threatens other kids with a beating if they tell, can i share this"),
    ("nl", "hij stond vorige week met een mes te zwaaien in de kantine, mag ik dit in het dossier zetten"),
    ("nl", "ze staat met een vlag te zwaaien op het schoolplein, mag ik een foto delen"),
    ("nl", "de baas dreigt met ontslag als ik erover praat, mag ik dit delen met de vakbond"),
]

test_a_weapon_held_up_now_stays_urgent_beside_a_sharing_question = urgent_by_the_word_rules(THREATENED_NOW)
test_the_same_words_past_in_a_film_or_without_a_weapon_stay_calm = calm_by_the_word_rules(NOT_NOW_OR_NO_WEAPON)
