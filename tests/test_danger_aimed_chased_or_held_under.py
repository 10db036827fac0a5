"""A weapon aimed at people, someone chased with a knife, someone held under water, a weapon thrown, a bomb vest
with "nobody leaves", a threat to kill everyone: urgent by the words alone, even when the message also names a
museum, a cooking club, a swimming lesson, a fake gun, help that has come or a calm question (calm words that a
round of rules added for lessons, hobbies and handled incidents). Written by hand after probing those calm words with dangers next
to them; the everyday uses of the same words stay calm."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "in het oorlogsmuseum richt een man een pistool op een groep kinderen"),
    ("nl", "hij richt zijn geweer op de kinderen in de speeltuin"),
    ("en", "at the museum a man is pointing a gun at the visitors"),
    ("en", "he says it's only a fake gun but he is pointing it at the kids on the playground"),
    ("nl", "bij de kookles rent een jongen met een keukenmes achter zijn klasgenoot aan"),
    ("nl", "hij zit met een mes achter haar aan door de gang"),
    ("en", "at cooking club one of the boys is chasing another with a kitchen knife"),
    ("nl", "tijdens de zwemles houdt een vader zijn zoon onder water en laat hem niet los"),
    ("nl", "een kind ging kopje onder in het diepe en komt niet meer boven"),
    ("en", "at swimming practice a man keeps a girl under water and won't let go"),
    # help that has come, or a calm question, never silences a danger told after it in the same message
    ("nl", "de ambulance was er snel en hij is nu opgenomen, maar zijn broer staat met een geweer voor de deur"),
    ("nl", "de hulpdiensten waren er snel en ze is nu opgenomen, maar haar ex dreigt het ziekenhuis in brand te steken"),
    ("nl", "hoe vang ik de groep op? een jongen zei net dat hij straks iedereen neerschiet"),
    ("en", "how do I support my class? a boy just said he will stab everyone after lunch"),
    ("nl", "bij techniek maakte hij een houten zwaard, nu pakt een ander een beitel en steekt op hem in"),
    # a weapon thrown, a bomb vest or a weapon with "nobody leaves", in a museum
    ("nl", "in het museum gooit een man een molotovcocktail naar de kassa"),
    ("en", "at the war museum a man in a bomb vest shouts that nobody leaves"),
]

CALM = [
    ("nl", "ons project richt zich vooral op jongeren en mensen met een wapenvergunning"),
    ("en", "the teacher is pointing at the map of the battle, the kids love it"),
    ("nl", "ik loop achter met de administratie van de kookclub, wie heeft de messen besteld"),
    ("nl", "bij de zwemles leren de kinderen onder water zwemmen, mijn dochter vindt het eng"),
    ("en", "my son practises holding his breath under water, when is that too long for a ten year old"),
    ("nl", "ze oefent haar adem in te houden onder water, vanaf welke leeftijd mag dat bij de zwemclub"),
    ("nl", "we zitten al weken achter de gemeente aan voor een antwoord over de melding"),
]


test_aimed_chased_or_held_under_is_urgent_next_to_calm_words = urgent_by_the_word_rules(CAUGHT)
test_the_same_words_in_everyday_use_stay_calm = calm_by_the_word_rules(CALM)
