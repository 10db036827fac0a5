"""Context is not a correction (round DR18). Many calm phrases in faq/danger.yaml did not make a danger unreal: they
told where or why something happened (a roofer, a cooking class, a wedding, a school trip, a move for work), who the
person is (a returnee, a criminal record, dementia, a shooting club), or asked a worried question ("is dit een
signaal", "waarschijnlijk stoer doen"). As calm phrases they talked down a weapon waved or held at someone beside
them: "de dakdekker zwaait met een mes naar de bewoners" was calm. They are ``asides`` now: they still calm their own
sentence for an ``urgent_unless_calm`` line, but no weapon in use (``urgent_unless_corrected``). A blade held at
someone (a box cutter at a throat, scissors, broken glass) and a weapon waiting for someone joined
``urgent_unless_corrected``. The calm phrases that do make a danger unreal (a film, a play, a game, a water pistol, a
past event handled, "stel dat") still talk down the same weapon.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # an aside in the same sentence as a weapon in use
    ("nl", "de dakdekker zwaait met een mes naar de bewoners op de galerij"),
    ("nl", "na de afscheidsreceptie staat hij over haar heen met een schaar"),
    ("nl", "anonieme melding: er zwaait een jongen met een mes op het schoolplein"),
    ("nl", "bij de schietvereniging zwaait hij met zijn pistool naar de trainer"),
    ("nl", "hij heeft een strafblad en zwaait met een mes in de supermarkt"),
    ("nl", "hij zwaait met een mes in de aula, waarschijnlijk gewoon stoer doen"),
    ("nl", "op de bruiloft zwaait zijn oom met een pistool naar de gasten"),
    ("nl", "tijdens de kookcursus haalt hij uit naar de docent met een mes"),
    ("nl", "een jongen die hier altijd rondhangt heeft een mes bij zich op het schoolplein"),
    ("nl", "hij staat te wachten op de conciërge met een pistool, bij de afscheidsreceptie"),
    ("en", "my client with dementia is waving a knife at the home carer in the hallway"),
    ("en", "he is holding a box cutter to his sister's throat, probably just bragging"),
    ("en", "my student comes back from the school trip with a gun in his bag at school"),
    # an aside in the sentence after a weapon in use
    ("nl", "hij zwaait met een mes in de kantine. hij is net terug van vakantie"),
    ("nl", "hij houdt een schaar tegen de keel van zijn zus. mag ik dit delen met school?"),
    ("nl", "ze drijft haar zusje in een hoek met een gebroken fles. is dat een signaal"),
    ("nl", "hij zit te wachten op zijn docent met een mes bij de fietsenstalling, is dit een signaal?"),
    ("en", "the roofer is waving a knife at the tenants. can I share this with the housing corporation?"),
    ("en", "he is standing over her with a box cutter. we are on holiday, what do I do"),
    ("en", "he is waving a knife in the canteen. he wants to move for work to another country, should I be worried?"),
    ("nl", "hij zwaait met een mes in de aula, kan ik dit bespreken met de wijkagent?"),
    ("en", "a student is waving a knife in the canteen. can I discuss this with the police?"),
]

CALM = [
    # the aside in its everyday use
    ("nl", "mijn leerling gaat in de meivakantie naar familie in Marokko, mag ik dit delen met de "
           "leerplichtambtenaar?"),
    ("nl", "een leerling vindt de aanslag in Parijs terecht, is dit een signaal?"),
    ("nl", "de dakdekker staat al de hele ochtend op het dak bij de zonnepanelen"),
    ("nl", "mijn cliënt met dementie roept dat hij iedereen gaat vermoorden"),
    ("nl", "hij stuurt geld naar een stichting in syrie, is dat een signaal van radicalisering?"),
    ("nl", "hij is lid van een schietvereniging en heeft een vergunning voor zijn pistool"),
    ("nl", "een anonieme melding zegt dat hij extreme filmpjes deelt, hoe ga ik daarmee om?"),
    ("nl", "er hangen elke avond jongeren rond bij het winkelcentrum, is dat een signaal?"),
    ("en", "he is going to his cousin's wedding in Turkey during the summer holiday, should I be worried?"),
    ("en", "my client is a returnee from syria and has a mentor now, can I share his file with the school?"),
    ("nl", "ik wil in het team bespreken dat een leerling vorige week een mes bij zich had op school"),
    ("nl", "kan ik met de wijkagent bespreken dat hij extreme filmpjes deelt?"),
    # a calm phrase kept beside a staged, pretend or past weapon
    ("nl", "in de film zwaait hij met een mes in de kantine"),
    ("nl", "vorig jaar hield hij een schaar tegen de keel van zijn zus, dat is afgehandeld"),
    ("nl", "in het toneelstuk houdt de schurk een schaar tegen de keel van de koning"),
    ("nl", "stel dat een leerling met een mes zwaait in de kantine, wie moet ik bellen?"),
    ("nl", "hij zwaaide met een mes in de aula. bleek een rubberen mes van de toneelles"),
    ("en", "he waved a gun in the canteen, turned out to be a water pistol"),
    ("en", "in the game he is holding a knife to the guard's throat"),
    ("en", "in the drill song he is waving a knife at the opps"),
]


test_an_aside_beside_a_weapon_in_use_stays_urgent = urgent_by_the_word_rules(CAUGHT)
test_an_aside_alone_or_a_staged_or_past_weapon_stays_calm = calm_by_the_word_rules(CALM)


# A danger its own sentence tells as happening now, with nothing calm beside it, is talked down afterwards only by a
# denial ("hij is net opgepakt"): not by a sharing question, an opinion or a training what-if in the next sentence.
TOLD_NOW_THEN_CALM = [
    ("nl", "Er steekt nu een man met een mes mensen neer bij de ingang. Mag ik dit delen?"),
    ("nl", "Er steekt nu een man met een mes mensen neer bij de ingang. Ik snap waarom hij boos is."),
    ("nl", "Er steekt nu een man met een mes mensen neer bij de ingang. Hij zit bij de schietvereniging."),
    ("en", "Right now a man with a knife is in the hallway. What if a pupil ever does this?"),
    ("nl", "Er staat nu een jongen met een mes in de gang. Wat als een leerling ooit zoiets doet?"),
    ("en", "A boy is stabbing a girl in the canteen. Can I share this with the parents?"),
    ("nl", "Een man slaat een vrouw in elkaar op straat. Mag ik dit filmen?"),
    # firm now: arson told as it happens, a weapon on the way to a target, beating with a belt, a sharp threat
    ("nl", "Een man steekt de deur van de moskee in brand. Mag ik dit delen?"),
    ("en", "A man is setting fire to the door of the mosque. Should I call the gemeente?"),
    ("nl", "Hij heeft een pistool in zijn hand en loopt richting de school. Mag ik dit delen met de wijkagent?"),
    ("nl", "De vader slaat zijn zoon met een riem op het schoolplein. Wat zeg ik tegen de andere ouders?"),
    ("nl", "Een leerling bedreigt de conciërge met een schaar in de hal. Mag ik de ouders bellen?"),
]
TOLD_NOW_THEN_DENIED = [
    ("nl", "Er staat nu een man met een mes in de gang. Hij is net opgepakt."),
    ("en", "Right now a man with a knife is in the hallway. He has been arrested."),
]
TOLD_AS_PAST = [
    # the words of the firm lines above told as past events, or a fire door, with a sharing question: calm
    ("nl", "hij heeft vorig jaar een leraar met een schaar bedreigd, mag ik dat aan de nieuwe school vertellen?"),
    ("nl", "toen hij 12 was stak hij een keer een prullenbak in brand, mag ik dat in het dossier zetten?"),
    ("nl", "hij sloeg vroeger zijn zoon met een riem, mag ik dat delen?"),
    ("en", "we had a fire drill and the fire door was blocked, can I report that?"),
]


test_a_calm_sentence_after_a_danger_told_now_does_not_talk_it_down = urgent_by_the_word_rules(TOLD_NOW_THEN_CALM)
test_a_denial_after_a_danger_told_now_still_talks_it_down = calm_by_the_word_rules(TOLD_NOW_THEN_DENIED)
test_the_same_words_told_as_past_events_stay_calm = calm_by_the_word_rules(TOLD_AS_PAST)
