"""Entries that look like general privacy questions answer only a message that names the subject.

Over the 63 tuning splits, seven entries were the bot's confident answer to 14 questions the blind labellers marked
as off-topic (a complaint about a wijkagent or a teacher, who gets a divorced family's school report, wifi logs at a
youth centre, a Woo request refused, parents' consent for a school trip abroad, a boa's bodycam) and to one right
answer only. The police's access entry stays open to any message that names the police (an earlier decision,
``tests/test_matcher_police_access_needs_a_police_word.py``), although the labellers call "how do I request my
police records" off-topic. With ``needs_subject: true`` such an entry is not a candidate for a message
that names nothing of radicalisation, extremism, the case conference or the covenant; the same question asked about
the subject still reaches it.
"""

from __future__ import annotations

import pytest

from bot.content.model import Content

LOOK_ALIKES = [
    "klacht_over_politie_of_gemeente", "ouder_zonder_gezag_informatie",
    "jongerencentrum_wifi_monitoren", "docent_beschuldigd_door_ouder", "journalist_vraagt_informatie_pga",
    "incident_groepsreis_buitenland", "boa_camerabeelden_delen",
]

OFF_TOPIC = [
    ("nl", "klacht indienen over een wijkagent"),
    ("nl", "ouders gescheiden wie krijgt het rapport"),
    ("nl", "wifi logs van leerlingen bekijken mag dat"),
    ("nl", "mag de gemeente mijn woo verzoek weigeren"),
    ("nl", "toestemming ouders schoolreis naar het buitenland"),
    ("nl", "bodycam bij boa's wie bekijkt beelden"),
]

ON_SUBJECT = [
    ("nl", "Mag ons jongerencentrum via de wifi bekijken wie extremistische filmpjes kijkt, en dat aan de gemeente "
           "doorgeven?", "jongerencentrum_wifi_monitoren"),
    ("nl", "Een ouder beschuldigt mij als docent ervan dat ik haar dochter radicaliseer na een les over een omstreden "
           "onderwerp. Wat nu?", "docent_beschuldigd_door_ouder"),
    ("nl", "een journalist dient een woo-verzoek in over een jongeman die in de persoonsgerichte aanpak zou zitten. "
           "moet de gemeente dat vrijgeven?", "journalist_vraagt_informatie_pga"),
]


def test_the_look_alikes_need_the_subject(shipped_content: Content) -> None:
    assert all(shipped_content.faq[i].needs_subject for i in LOOK_ALIKES)


@pytest.mark.parametrize(("lang", "text"), OFF_TOPIC)
def test_a_general_privacy_question_gets_none_of_them(shipped_content: Content, lang: str, text: str) -> None:
    match, _ = shipped_content.faq_index.match_asked(text, lang)
    assert match.target not in LOOK_ALIKES or match.verdict != "answer", (text, match)


@pytest.mark.parametrize(("lang", "text", "entry"), ON_SUBJECT)
def test_the_same_topic_asked_about_the_subject_still_gets_its_entry(shipped_content: Content, lang: str, text: str,
                                                                       entry: str) -> None:
    ranked = [i for i, _ in shipped_content.faq_index.ranked(text, lang)[:3]]
    assert entry in ranked, (text, ranked)
