"""An unknown substance sprayed about in a train, a metro, a market or a crowd now is urgent, whatever calm opinion
is told beside it (helper DR58's probe after review 30: "the government poisons them" is a calm opinion, and it must
not silence "... and is spraying something in the metro right now"). Spraying something against mould, lice or wasps
is a chore, and a past or imagined spraying is calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("en", "a man says the government is poisoning them and is spraying something in the metro right now"),
    ("nl", "een man roept dat de overheid ons vergiftigt en spuit nu iets rond in de metro"),
    ("en", "someone is spraying something at the crowd at the market now and people are screaming"),
    ("nl", "op de markt spuit iemand nu iets in de menigte, mensen rennen weg"),
    ("nl", "er staat nu een vrouw in de tram die iets uit een flesje spuit, mensen hoesten"),
]

CALM = [
    ("nl", "de schoonmaker spuit nu iets tegen schimmel in de wachtruimte, mag dat als er kinderen zijn?"),
    ("en", "the exterminator is spraying something against wasps on the platform now, can pupils wait there?"),
    ("nl", "we spuiten nu iets tegen luizen in de klas, moeten ouders dat weten?"),
    ("en", "last week a man was spraying something in the metro, it turned out to be water. do we log that?"),
    ("en", "what if someone sprays something in the train, what is the protocol?"),
    ("nl", "in de film spuit een man iets in de metro, wat vinden jullie ervan"),
]

test_something_sprayed_in_a_crowd_now_is_urgent = urgent_by_the_word_rules(URGENT)
test_a_chore_a_past_spraying_or_a_what_if_stays_calm = calm_by_the_word_rules(CALM)
