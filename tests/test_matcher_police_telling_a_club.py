"""Who tells whom about a club member: the police telling a sports club is `politie_informeert_sportclub` (art. 19
Wpg, the police chief decides), a club or trainer going to the police is `positie_vrijwilligers_en_trainers`.
Reading review 40 #28: "may the police tell a football club that a youth player is in the pga?", asked by a police
officer, was answered with the volunteers' entry at 82.6. That entry is written for volunteers, trainers and club
boards (role `anders`)."""

from __future__ import annotations

import pytest

from bot.content.model import Content


@pytest.mark.parametrize(("text", "lang", "role"), [
    ("may the police tell a football club that one of its youth players is in the pga?", "en", "politie"),
    ("mag de politie de voetbalclub vertellen dat een jeugdspeler in de pga zit?", "nl", "politie"),
    ("mag de wijkagent onze hockeyclub waarschuwen over een lid", "nl", "anders"),
])
def test_the_police_telling_a_club(shipped_content: Content, text: str, lang: str, role: str) -> None:
    assert shipped_content.faq_index.match(text, lang, role).target == "politie_informeert_sportclub"


@pytest.mark.parametrize(("text", "lang"), [("mag een voetbalclub zelf de politie bellen over een speler", "nl"),
                                            ("ik ben maar vrijwilliger, mag ik iets doorgeven", "nl")])
def test_a_club_or_a_volunteer_going_to_the_police(shipped_content: Content, text: str, lang: str) -> None:
    assert shipped_content.faq_index.match(text, lang, "anders").target == "positie_vrijwilligers_en_trainers"
