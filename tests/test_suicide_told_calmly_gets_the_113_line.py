"""Suicide or self-harm told without acute danger gets the 113 line, without the 112 alarm.

A professional who writes "mijn cliënt heeft suïcidale gedachten, mag ik de huisarts bellen?" is not reporting an
emergency, and the word rules rightly stay calm; but the reply used to say nothing of 113 Zelfmoordpreventie at all.
Now the 113 line opens whatever such a message gets (an answer, "did you mean", no answer), in the chat and in
``helpdesk ask``. The words are narrow (``suicidetalk`` in faq/danger.yaml): suicide named as such, not a suicide
attack, a roof, a bridge or a cut.
"""

from __future__ import annotations

import pytest

from bot.address import Address
from bot.content.model import Content
from bot.engine import Session, TextMessage, TextReply, handle
from bot.faq.ask import answer
from bot.texts.engine import say
from tests.conftest import CLOCK

LINE_113 = {"nl": "113 Zelfmoordpreventie", "en": "113 Zelfmoordpreventie (suicide prevention)"}
ALARM = "112"

TOLD_CALMLY = [
    ("nl", "mijn cliënt heeft suïcidale gedachten, mag ik de huisarts bellen?"),
    ("nl", "een leerling praat over zelfmoord, mag ik de ouders inlichten?"),
    ("nl", "hij wil zich ophangen. mag ik dit delen?"),
    ("nl", "ze deed vorig jaar een zelfmoordpoging en het gaat nu beter, mag ik dat aan de mentor vertellen?"),
    ("nl", "een jongere vertelde vorige maand dat hij zichzelf iets wilde aandoen, nu gaat het beter. valt dat onder "
           "mijn beroepsgeheim?"),
    ("en", "my client wants to kill himself. may i break confidentiality?"),
    ("en", "a pupil with a history of self-harm asks me to keep it secret, can i tell the school nurse?"),
    ("en", "what is the protocol when a client brings up suicide?"),
    # DR45: a wish not to be there any more, said calmly beside a question about sharing
    ("nl", "een vrouw van 22 die ik begeleid denkt dat het beter is als ze er niet meer is. mag ik dat met haar "
           "huisarts delen?"),
    ("nl", "een cliënt zei vandaag rustig dat iedereen beter af is zonder mij, zegt ze. valt dat onder mijn "
           "beroepsgeheim?"),
    ("nl", "mijn leerling schreef in zijn dagboek dat het beter zou zijn als hij er niet meer was. mag ik zijn ouders "
           "bellen?"),
    ("en", "a client of 22 told me quietly that everyone would be better off without me, she says. can i tell her "
           "doctor?"),
    ("en", "my student wrote that it would be better if i wasn't here anymore. do i need consent to share it?"),
    ("en", "a young man in our programme says he'd be better off dead. what is the protocol?"),
    # thirty-first session: the reflexive 'zichzelf' as well as 'zich'
    ("nl", "ze zei vorige week dat ze zichzelf wilde ophangen, nu gaat het beter. mag ik dat met de mentor delen?"),
]

NOT_ABOUT_SUICIDE = [
    ("nl", "wat is een zelfmoordaanslag"),
    ("nl", "hoe leg ik een zelfmoordterrorist uit aan een kind"),
    ("en", "how do i discuss a suicide attack with my class"),
    ("en", "what is a suicide bomber"),
    ("nl", "mag ik delen zonder toestemming"),
    ("nl", "ik ga dood van het lachen om die les"),
    ("nl", "in de kookles leren ze uien snijden, heb ik toestemming nodig"),
    ("nl", "vorig jaar sprong hij van de brug in het kanaal voor een weddenschap, nu is het een grap in de klas"),
    # DR45: 'er niet meer' of a problem or of someone leaving a post is no wish to die
    ("nl", "het probleem is er niet meer, moet ik de melding intrekken?"),
    ("nl", "als hij er niet meer is, wie neemt het over in het zorgteam?"),
    ("nl", "de jongerenwerker is er niet meer, bij wie kan ik nu terecht?"),
    ("en", "the problem is not there any more, do i withdraw the report?"),
    ("en", "we are better off without the old procedure, is the new one online?"),
]


def first_text(content: Content, text: str, lang: str) -> str:
    session = Session(Address("test", "1"), lang=lang, role="zorg")
    turn = handle(content, session, TextMessage(text, at=CLOCK))
    return next(r.text for r in turn.replies if isinstance(r, TextReply))


@pytest.mark.parametrize(("lang", "text"), TOLD_CALMLY)
def test_suicide_told_calmly_opens_with_113_and_no_alarm(shipped_content: Content, lang: str, text: str) -> None:
    assert shipped_content.danger is not None
    verdict = shipped_content.danger.check(text)
    assert not verdict.urgent and verdict.suicide_talk, (text, verdict.found)
    first = first_text(shipped_content, text, lang)
    assert LINE_113[lang] in first and ALARM not in first.partition("113")[0]


@pytest.mark.parametrize(("lang", "text"), TOLD_CALMLY)
def test_helpdesk_ask_gives_the_same_113_line(shipped_content: Content, lang: str, text: str) -> None:
    result = answer(shipped_content, text, lang)
    assert not result["urgent"] and result["answer"].startswith(say("emergency_suicide", lang))


@pytest.mark.parametrize(("lang", "text"), NOT_ABOUT_SUICIDE)
def test_a_suicide_attack_a_joke_or_a_kitchen_knife_gets_no_113_line(shipped_content: Content, lang: str,
                                                                     text: str) -> None:
    assert shipped_content.danger is not None
    verdict = shipped_content.danger.check(text)
    assert not verdict.suicide_talk, (text, verdict.found)
    assert "0800-0113" not in first_text(shipped_content, text, lang)


def test_an_urgent_suicide_message_keeps_112_first_and_113_under_it(shipped_content: Content) -> None:
    first = first_text(shipped_content, "ze heeft net al haar pillen ingenomen en reageert niet meer", "nl")
    assert first.index("112") < first.index("0800-0113")


@pytest.mark.parametrize("text", ["ze wil zichzelf ophangen", "ik wil mezelf ophangen",
                                  "hij dreigt zich op te hangen in de schuur, hij heeft het touw al"])
def test_hanging_oneself_told_with_zichzelf_raises_112_with_113_under_it(shipped_content: Content, text: str) -> None:
    """'zichzelf ophangen' was urgent but without the 113 line: only 'zich ophangen' counted as suicide."""
    first = first_text(shipped_content, text, "nl")
    assert first.index("112") < first.index("0800-0113")
