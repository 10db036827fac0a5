"""A shooter told as a person ("er loopt een schutter door de school") is a shooting, as "a shooter in the school" was.

The English "shooter" was caught through the verb ("shoot*"); the Dutch "schutter" shares no letters with "schiet"
and was missed by both readers. The guild (schutterij), a sport shooter at the club and a shooter in the past stay calm.
"""

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    ("nl", "er loopt een schutter door de school"),
    ("nl", "er loopt een schutter rond bij de school, we hebben de deuren op slot gedaan"),
    ("nl", "schutter in de school nu!!"),
    ("nl", "er is een schutter in het winkelcentrum, we zitten verstopt in de opslag"),
    ("nl", "politie zegt dat er twee schutters bij het station zijn, wat moeten we doen met de kinderen"),
    ("en", "there is a shooter in the school"),
]

CALM = [
    ("nl", "de schutterij loopt mee in de optocht"),
    ("nl", "hij is lid van de schutterij, mag ik dat delen"),
    ("nl", "hij is sportschutter bij een vereniging, moet ik dat melden?"),
    ("nl", "in de geschiedenisles hadden we het over de schutter van alphen in 2011"),
    ("nl", "mag ik zorgen over een jongere delen met de wijkagent?"),
]

test_a_shooter_told_as_a_person_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_the_guild_a_sport_shooter_and_history_stay_calm = calm_by_the_word_rules(CALM)