"""A negation ("niet", "geen", "not") reaches no further than its own clause: it stops at "en", "and", "maar", "but"
or a comma. It used to reach three words on, past the joining word, so "ze reageert niet en haar lippen zijn blauw"
read the blue lips as negated and a child who is not breathing counted for nothing (helper DR35, twenty-sixth
session). Over every urgent set and every calm message and judged question, the word rules caught three more urgent
messages and quieted one calm one, and lost none.

A risk taken: a negation shared by two nouns ("hij heeft geen mes en pistool bij zich") now reads the second noun as
said; the reading by meaning raised that message before as well, and "geen mes of pistool" (with "of") is unchanged."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "ze reageert niet en haar lippen zijn blauw"),
    ("nl", "hij beweegt niet meer en ademt heel raar"),
    ("nl", "hij zweet niet meer en geeft geen antwoord"),
    ("en", "she does not respond and her lips are blue"),
    # "not moving" beside blue lips or a grey face was read by neither reader when told with a comma (lead's probe)
    ("en", "he is not moving, his lips are turning blue"),
    ("en", "my son is not moving, lips blue"),
    ("en", "the baby is grey and not moving"),
    ("nl", "hij beweegt niet, zijn lippen worden blauw"),
    ("nl", "de baby is grauw en beweegt niet"),
]

CALM = [
    ("nl", "ze is niet bewusteloos en praat weer"),
    ("nl", "hij heeft geen wapen en is rustig"),
    ("nl", "geen mes en ook geen pistool gevonden"),
    ("nl", "er is geen bom en geen dreiging, alleen een grap"),
    ("nl", "niemand is gewond en de politie is er al"),
    ("nl", "hij is niet gewond, hij zit rustig in de klas"),
    ("en", "she is not unconscious and is talking again"),
    ("nl", "in de les ehbo leerden we: beweegt niet en lippen blauw, dan bel je 112"),
    ("nl", "wat doe je als iemand niet beweegt en blauwe lippen heeft?"),
    ("en", "he was not moving and his lips were blue last week, he is fine now"),
]


test_a_sign_after_the_joining_word_counts = urgent_by_the_word_rules(CAUGHT)
test_within_its_clause_a_negation_still_calms = calm_by_the_word_rules(CALM)
