"""A question about the passport measure or a travel ban is about a procedure (faq: paspoort_uitreis_maatregel),
not a departure: calm. A departure with a time, or someone at the airport now, stays urgent whatever the question
asks about the passport."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CALM = [
    ("en", "can a passport be cancelled to stop someone joining isis"),
    ("en", "who decides on a travel ban for a young man who might join a terrorist group?"),
    ("nl", "paspoort vervallen verklaren als iemand zich bij een terreurgroep wil aansluiten, hoe gaat dat?"),
    ("nl", "wie vraagt een uitreisverbod aan voor iemand die naar een strijdgroep wil?"),
]

CAUGHT = [
    ("nl", "hij vertrekt vanavond naar syrie om te vechten, kan de politie zijn paspoort nog intrekken?"),
    ("en", "he is leaving for syria tonight to fight, can his passport be cancelled?"),
    ("nl", "hij staat nu op schiphol om bij IS te gaan vechten, kan zijn paspoort ongeldig worden gemaakt?"),
]


test_a_question_about_the_passport_measure_is_calm = calm_by_the_word_rules(CALM)
test_a_departure_now_or_tonight_stays_urgent = urgent_by_the_word_rules(CAUGHT)
