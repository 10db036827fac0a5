"""A question about the rules ("mag ik dit delen", "may I share this") is the heart of this help desk, and a calm
phrase: "mag ik delen dat een leerling vorige week een mes bij zich had?" is no emergency. But a question corrects
nothing told before it. "hij zwaait met een mes in de aula. mag ik dit delen met de wijkagent" was calm, because a
calm phrase in a later sentence talked the danger down as "sorry, een waterpistool" does; and the calm "^mag" (only
at the start of a message) counted at the start of every sentence. Now a weapon in use or carried at a place
(``urgent_unless_corrected`` in faq/danger.yaml) is talked down only by a denial or a calm phrase, not by a question
(``asides``, which also hold a reason for a trip: "for his grandma's funeral"), and a ``^`` phrase inside a message
counts as a question. Archery and a fear of flying were calm phrases (round DR17); they are figures now, whose words
count for nothing but which make no crossbow pointed at children unreal.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "hij zwaait met een mes in de aula. mag ik dit delen met de wijkagent"),
    ("nl", "hij zwaait met een mes in de aula mag ik dit delen met de wijkagent"),
    ("nl", "hij zwaait met een mes in de aula. mag ik hierover iets delen met de wijkagent"),
    ("nl", "een leerling heeft een mes bij zich op school. mag ik hierover met de politie praten?"),
    ("nl", "een leerling heeft een mes bij zich op school en dreigt ermee. mag ik hierover met de politie praten?"),
    ("nl", "er loopt een jongen met een mes rond op het schoolplein. mag ik dit doorgeven aan de wijkagent?"),
    ("nl", "er loopt een jongen rond met een mes op het schoolplein, mag ik de wijkagent bellen"),
    ("nl", "hij houdt een mes tegen de keel van zijn vriendin. mag ik hierover iets zeggen tegen de school?"),
    ("en", "my student has a gun in his bag at school. may I share this with the police?"),
    ("en", "a student is waving a knife in the canteen. can i share this with the police?"),
    ("en", "a boy is walking around with a knife in the schoolyard. can i tell the police?"),
    # an aside or a figure beside a weapon in use: a reason for a trip, a sport, a fear of flying
    ("en", "after grandpa's funeral he is waving a knife at his cousins in the car park"),
    ("en", "archery club member just pointed his crossbow at the kids in the parking lot"),
    ("nl", "mijn client is bang om te vliegen en heeft net gezegd dat hij het vliegtuig gaat opblazen"),
    ("nl", "ze gaan de route omleggen en hem morgen omleggen met een mes"),
    # gaps DR18 found: standing with a weapon at a place, a blade at a throat in a cooking lesson, any weapon waved
    ("nl", "is dit een signaal? hij staat met een mes bij de ingang van de school"),
    ("nl", "mag ik dit delen? er staat een jongen met een mes op het schoolplein"),
    ("en", "a man is standing with a knife at the school gate, can i tell the parents?"),
    ("nl", "tijdens de kookles houdt hij een mes tegen de keel van zijn klasgenoot"),
    ("en", "a scout leader says a boy is waving an axe at the scouts"),
]

CALM = [
    ("nl", "mag ik delen dat een leerling vorige week een mes bij zich had?"),
    ("nl", "mag ik delen dat een leerling gisteren met een mes zwaaide in de aula?"),
    ("nl", "mag een school een mes in beslag nemen"),
    ("nl", "wat doe ik als een leerling met een mes zwaait in de aula?"),
    ("nl", "in de film zwaait hij met een mes, mag ik die film in de klas laten zien?"),
    ("nl", "toneelles: hij zwaait met een houten mes. mag ik dit filmen?"),
    ("nl", "er ligt een pistool op tafel! sorry, een waterpistool"),
    ("nl", "hij loopt altijd rond met een grote mond, mag ik dit delen?"),
    ("en", "My client is scared of flying, his flight to Istanbul is tomorrow for his grandma's funeral. Any tips to "
           "calm him down?"),
    ("nl", "mijn dochter doet aan handboogschieten bij een vereniging, is dat een risico?"),
    ("en", "the kids were waving flags at the parade, can i share the photos with the parents?"),
    ("en", "End of shift note: a man was waving a phone with a photo of a gun. Police arrived within minutes and "
           "took him away, everyone is safe."),
    # 'omleggen' (slang for killing) of a bus line or a bandage
    ("nl", "de gemeente gaat morgen de buslijn omleggen vanwege werkzaamheden, moet ik de ouders informeren?"),
    ("nl", "we moeten het verband morgen omleggen bij de wond van die jongen"),
    ("nl", "Mijn cliënt had vorige maand al haar pillen ingenomen, ze is toen opgenomen en is nu weer thuis en "
           "stabiel. Wat mag ik hierover met school delen?"),
]


test_a_weapon_in_use_stays_urgent_beside_a_sharing_question = urgent_by_the_word_rules(CAUGHT)
test_a_question_about_a_past_or_staged_weapon_stays_calm = calm_by_the_word_rules(CALM)
