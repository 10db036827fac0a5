"""Plain emergencies told as happening, with no weapon, time or target: someone being stabbed, beaten, choked,
attacked or dragged off; shots or an explosion; someone unconscious, not breathing or drowning. These short
messages were missed by the word rules (and most by meaning) until the eleventh session. Calm: a first-aid
question, a film, a past explosion in a lesson, abuse online or by 'the government', bullying now and then (a worry
to report, not an emergency), sports and games."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "er wordt iemand neergestoken bij de snackbar"),
    ("nl", "er wordt geschoten bij het winkelcentrum"),
    ("nl", "mijn collega wordt aangevallen in de spreekkamer"),
    ("nl", "twee mannen slaan hem in elkaar voor de deur"),
    ("nl", "er was net een harde explosie bij de moskee"),
    ("nl", "ze sleuren een jongen een auto in"),
    ("nl", "er ligt een meisje bewusteloos op de wc"),
    ("nl", "een peuter is in de sloot gevallen en in het water gevallen, hij komt niet boven"),
    ("en", "a man is beating a woman at the bus stop"),
    ("en", "shots fired outside the community centre"),
    ("en", "someone is being stabbed in the car park"),
    ("en", "a guy is choking the receptionist"),
    ("en", "my colleague is not breathing"),
    ("en", "a kid is drowning in the pool"),
    ("nl", "gijzeling in het gemeentehuis"),
    ("nl", "er is ruzie op het plein en er vloeit bloed"),
    ("en", "a man is holding people hostage in the pharmacy"),
    ("en", "he is bleeding badly, someone cut him"),
    ("nl", "de vrouw boven gilt om hulp, haar vriend slaat haar"),
    ("nl", "er wordt een meisje aangerand achter de sporthal"),
    ("nl", "een stel jongens gooit stenen naar de ambulance"),
    ("nl", "er hangt een jongen aan een touw in de fietsenkelder"),
    ("nl", "mijn leerling is flauwgevallen en ademt raar"),
    ("en", "someone is assaulting a woman in the stairwell"),
    ("en", "my client hanged himself in his room, i just found him"),
    ("nl", "er is net een jongen neergeschoten bij de snackbar"),
    ("nl", "er zijn schoten gevallen in de straat van het buurthuis"),
    ("nl", "een man ligt op het fietspad en beweegt niet meer"),
    ("nl", "mijn leerling stikt in een snoepje, ze krijgt geen lucht"),
    ("nl", "aanrijding bij de schoolpoort, veel gewonden"),
    ("nl", "een bouwvakker is van het dak gevallen"),
    ("en", "a boy has been stabbed behind the station"),
    ("en", "we heard gunshots near the youth club"),
    ("en", "my pupil can't breathe after a bee sting"),
]

CALM = [
    ("nl", "wat doe je als iemand bewusteloos raakt? leren we dat bij de ehbo cursus"),
    ("nl", "de explosie in beiroet in 2020 kwam ter sprake in de les"),
    ("nl", "mijn leerling wordt soms in elkaar geslagen door klasgenoten, hoe meld ik dat"),
    ("nl", "hij zegt dat hij wordt aangevallen door de overheid, is dat complotdenken?"),
    ("en", "we watched a film about a kidnapping in class, how do i discuss it"),
    ("en", "what if a pupil is being attacked online with hate messages, can i share that"),
    ("en", "the kids are beating the record in the pool"),
    ("en", "sign ups have exploded this year"),
    ("nl", "mijn neus bloedt erg na de gymles, moet ik naar de huisarts"),
    ("nl", "ze is vorige week flauwgevallen bij gym, moet ik dat aan de ouders melden"),
    ("nl", "de wijk schreeuwt om hulp bij de gemeente voor meer jongerenwerkers"),
    ("nl", "het overleg met de gemeente beweegt niet meer sinds de nieuwe wethouder"),
    ("nl", "het stikt hier van de jongeren met extreme ideeen, waar begin ik?"),
    ("en", "my laptop is not responding, how do i send the form"),
    ("nl", "een oud-leerling is vorig jaar neergeschoten in rotterdam, de klas praat erover"),
]


test_violence_or_a_medical_emergency_told_now_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_the_same_words_without_an_emergency_stay_calm = calm_by_the_word_rules(CALM)
