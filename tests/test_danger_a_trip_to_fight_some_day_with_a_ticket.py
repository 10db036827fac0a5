"""A wish to go and fight told as 'some day' is calm only when nothing near is told in the same sentence.

DR106 (fifty-fourth session) made "dat hij er ooit heen wil om te vechten" a denial, so that a sister's "he wants to go
there some day, no ticket, no date" is calm (the policy's trip explicitly far ahead). A denial calms the whole sentence
it stands in, so a ticket already bought, or a packed bag and a bus tonight, told after a comma went calm with it, and
the meaning model, silenced by the denial, did not read it either. A trip to fight beside a ticket, or beside a bag or a
journey and a time soon, is urgent whatever the message says; without them 'some day' stays calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_as_the_bot_runs, urgent_by_the_word_rules

NEAR_AFTER_ALL = [
    ("nl", "zn zus zegt dat hij er ooit heen wil om te vechten, hij heeft al een ticket naar syrie gekocht"),
    ("nl", "zn zus zegt dat hij er ooit heen wil om te vechten, zn tas staat ingepakt en hij vertrekt vanavond"),
    ("nl", "zn zus zegt dat hij er ooit heen wil om te vechten. hij heeft al een ticket gekocht"),
    ("nl", "ze zegt dat ze ooit wil gaan vechten, ze heeft een vliegticket voor morgen"),
    ("en", "she says he wants to go there some day to fight, he already bought a ticket for tomorrow"),
]

SOME_DAY = [
    ("nl", "zusje van een jongen uit het tienerwerk vertelt dat hij filmpjes over de Sahel kijkt en zegt dat hij er ooit "
           "heen wil om te vechten. geen ticket, geen datum. is dit al iets voor het casusoverleg?"),
    ("nl", "mijn leerling zegt over Syrië dat hij er ooit heen wil om te vechten. hij heeft geen ticket en geen plan."),
    ("en", "his sister says he watches videos about Somalia and says he wants to go there one day to fight. no ticket, "
           "no date."),
]

test_a_trip_to_fight_with_a_ticket_or_tonight_alarms = urgent_by_the_word_rules(NEAR_AFTER_ALL)
test_a_trip_to_fight_with_a_ticket_alarms_as_the_bot_runs = urgent_as_the_bot_runs(NEAR_AFTER_ALL[:1] + NEAR_AFTER_ALL[-1:])
test_some_day_without_a_ticket_or_a_date_stays_calm = calm_by_the_word_rules(SOME_DAY)
