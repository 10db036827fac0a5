"""A goodbye written as 'als ik er niet meer ben, zorg dan voor ...' with a second sign (no answer, an empty strip
of pills) is urgent; the bare wish 'beter als ik er niet meer ben', said calmly, is a suicide thought that gets the
113 line without the 112 alarm (reading review 27 #8, DR52), and a grandmother's 'als ik er niet meer ben krijg jij
het huis' stays calm. A parent serving a sentence for an attack plan is a past event (C61's entry on the child). DR52 had narrowed the goodbye to 'ik er morgen/vanavond niet meer ben', which let the first
two cases below go silent; the lead put back the conditional goodbye with the words that follow it."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    ("nl", "ze stuurde me net: als ik er niet meer ben, zorg goed voor mama. ze neemt haar telefoon niet op"),
    ("nl", "mijn leerling appte: als ik er niet meer ben mag jij mijn gitaar hebben. nu reageert hij niet meer"),
    ("nl", "hij schreef een brief: als ik er niet meer ben, weet dan dat ik van jullie hou. de brief lag naast een lege pillenstrip"),
    ("en", "her farewell note was on the bed next to an empty blister pack"),
    ("nl", "ze zei: beter als ik er niet meer ben, en nu staat ze op het dak"),
    # a sentence served is over, a new plan or an escape with a weapon now is not
    ("nl", "mijn broer zit vast voor een aanslag en zijn vrienden bereiden nu een nieuwe aanslag voor op het station, vanavond"),
    ("nl", "de jongen die vastzit voor een bedreiging is vanochtend ontsnapt en staat nu met een mes bij school"),
]

CALM = [
    ("nl", "mijn oma zegt vaak: als ik er niet meer ben krijg jij het huis. mag ik dat met de mentor bespreken?"),
    ("nl", "het is beter als ik er niet meer ben, zei hij rustig tegen me. bij wie kan ik terecht?"),
    ("nl", "mijn kleinzoon zei dat het beter is als ik er niet meer ben. hij kijkt haatpredikers. advies?"),
    ("nl", "we vonden een lege pillenstrip in de klas, wat moet ik doen?"),
    ("en", "after the drama lesson about a goodbye letter, a pupil found an empty pill packet in the bin. may I ask him about it?"),
    # a parent serving a sentence for a plan long past: the teacher asks about the child (C61's entry)
    ("en", "a pupil's dad is serving time for preparing an attack. what should I as a teacher keep in mind?"),
    ("nl", "de vader van een leerling zit vast voor het voorbereiden van een aanslag, waar let ik op als docent?"),
    ("nl", "zijn vader zit een straf uit voor terrorisme. de jongen is stil. hoe help ik hem?"),
]

test_a_conditional_goodbye_with_a_second_sign_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_a_calm_wish_or_an_empty_strip_alone_stays_calm = calm_by_the_word_rules(CALM)
