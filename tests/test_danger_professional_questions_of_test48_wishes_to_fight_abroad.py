"""A wish to go and fight abroad: the lead's policy after test48 (DR50), which the sessions since test41 left open.

Calm: a wish to go to a conflict area or to join a fighting group, with no date or months away ('praat over naar syrie
gaan om te strijden', 'said he'll join an armed group after summer', 'de zoon van de overburen wil naar syrie'), a
parent's 'mijn zoon wil naar syrie' and a wish to go there to fight included: a worry for the police's non-emergency
line and the municipality, which the FAQ gives. Before DR50 a parent's cry (test41), a purpose to fight (DR40's line)
and a subordinate 'die naar syrië wil om te vechten' (test44, the first test file) were urgent; they are calm here.

Urgent: a departure now or within a day: at the airport, leaving tonight, on the train to Istanbul now, gone with his
passport and a bag, a ticket held (for tomorrow or with no date: the means for the trip), taken along against one's
will now, or a passport and a suitcase ready for the trip.

Left to the lead: urgent_set.yaml's 'hij wil naar irak om te strijden voor de islamitische staat' (a wish, no date)
is labelled urgent there and is calm by this policy.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


WISH_CALM = [
    ("nl", "een leerling praat over naar syrie gaan om te strijden. wie moet ik inlichten?"),
    ("en", "he said he'll join an armed group after summer. who do i tell?"),
    ("nl", "de zoon van de overburen wil naar syrie. bij wie kan ik dat melden?"),
    ("en", "my client wants to go and fight in syria next year. who can advise me?"),
    ("nl", "een jongen wil na de zomer naar syrie om te vechten"),
    ("nl", "hij wil in syrie gaan vechten, hij heeft het er steeds over"),
    ("nl", "mijn dochter wil naar het kalifaat, ik weet niet wat ik moet doen"),
    ("en", "he wants to join the fighters in syria. is there a helpline for parents?"),
    ("en", "a pupil wants to go to syria. do i inform the municipality?"),
    # urgent before DR50 (test41, test44, test45, test_danger): a parent's cry and a purpose to fight, no date
    ("en", "he supports a group that fights in syria and wants to join them"),
    ("en", "I need to talk to someone, my son wants to go to syria"),
    ("nl", "naar wie moet ik, mijn zoon wil naar syrie"),
    ("nl", "een moeder zei dat haar oudste naar syrie wil om te vechten"),
    ("nl", "ik maak me zorgen over een leerling die naar syrië wil om te vechten"),
    ("nl", "mijn zoon wil naar syrie, ik moet met iemand praten"),
    ("nl", "een leerling zegt dat hij naar syrie wil om te vechten. wijkagent of gemeente?"),
    ("nl", "hij wil naar irak om te strijden voor een terreurgroep, hij heeft het er vaak over"),
]
DEPARTURE_NOW_URGENT = [
    ("nl", "hij staat nu op schiphol om naar syrie te vliegen"),
    ("nl", "hij vertrekt vanavond naar syrie om te strijden"),
    ("en", "my son left tonight with his passport and a bag to join the fighters in syria"),
    ("nl", "hij is weg met zijn paspoort en een tas, hij wil naar syrie"),
    ("en", "he wants to go to syria, he left with his passport and a bag"),
    ("nl", "hij heeft een ticket voor morgen naar turkije om in syrie te gaan vechten"),
    ("en", "he has a ticket for tomorrow to istanbul, he wants to join an armed group"),
    ("en", "he wants to go to syria and flies tonight"),
    ("nl", "de zoon van de overburen wil naar syrie en vertrekt vannacht"),
    ("en", "he wants to go to syria, he is at the airport now"),
    ("nl", "hij wil naar syrie en heeft al een ticket"),
    ("en", "he wants to go to syria and already has a ticket"),
    ("nl", "hij wil naar syrie om te vechten, hij zit nu in de trein naar istanbul"),
    ("nl", "een jongen van 16 wil naar het kalifaat, zijn paspoort en zijn koffer liggen al klaar"),
    ("en", "she wants to go to syria and her suitcase is packed"),
    ("nl", "een leerling praat over naar syrie gaan om te strijden en vertrekt morgen"),
    ("en", "he said he'll join an armed group and he flies to turkey tonight"),
    ("nl", "een meisje wil naar het kalifaat vertrekken, ze heeft al een ticket"),
    ("en", "she is about to leave for a conflict zone to marry a fighter"),
    ("nl", "zijn ooms nemen hem vanavond mee naar syrie, tegen zijn wil"),
]

test_a_wish_to_fight_abroad_with_no_departure_is_calm = calm_by_the_word_rules(WISH_CALM)
test_a_departure_now_or_within_a_day_is_urgent = urgent_by_the_word_rules(DEPARTURE_NOW_URGENT)
