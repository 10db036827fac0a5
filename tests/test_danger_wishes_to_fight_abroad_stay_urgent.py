"""A wish to go and fight abroad is 112 first, with or without a date: the policy the shared development set holds.

The shared set (`../shared/eval/urgent_dev.yaml`) labels "een jongen uit het buurthuis wil zich aansluiten bij een
terroristische groep in het buitenland" urgent, with no date; travelling to join a fighting group is stopped before
the departure, so the bot puts 112 first for the wish as for the departure. Helper DR50 wrote these lines in the
thirty-second session for the opposite policy (a wish without a date calm); the lead reversed it against the shared
set's label, and kept the lines, all urgent, so that no later calm phrase quiets them.
"""

from __future__ import annotations

from tests.danger_rules import urgent_by_the_word_rules

WISH = [
    ("nl", "een leerling praat over naar syrie gaan om te strijden. wie moet ik inlichten?"),
    ("en", "he said he'll join an armed group after summer. who do i tell?"),
    ("nl", "de zoon van de overburen wil naar syrie. bij wie kan ik dat melden?"),
    ("en", "my client wants to go and fight in syria next year. who can advise me?"),
    ("nl", "een jongen wil na de zomer naar syrie om te vechten"),
    ("nl", "hij wil in syrie gaan vechten, hij heeft het er steeds over"),
    ("nl", "mijn dochter wil naar het kalifaat, ik weet niet wat ik moet doen"),
    ("en", "he wants to join the fighters in syria. is there a helpline for parents?"),
    ("en", "a pupil wants to go to syria. do i inform the municipality?"),
    ("en", "he supports a group that fights in syria and wants to join them"),
    ("en", "I need to talk to someone, my son wants to go to syria"),
    ("nl", "naar wie moet ik, mijn zoon wil naar syrie"),
    ("nl", "een moeder zei dat haar oudste naar syrie wil om te vechten"),
    ("nl", "ik maak me zorgen over een leerling die naar syrië wil om te vechten"),
    ("nl", "mijn zoon wil naar syrie, ik moet met iemand praten"),
    ("nl", "een leerling zegt dat hij naar syrie wil om te vechten. wijkagent of gemeente?"),
    ("nl", "hij wil naar irak om te strijden voor een terreurgroep, hij heeft het er vaak over"),
]

DEPARTURE = [
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

test_a_wish_to_fight_abroad_is_urgent_with_or_without_a_date = urgent_by_the_word_rules(WISH)
test_a_departure_to_fight_abroad_is_urgent = urgent_by_the_word_rules(DEPARTURE)
