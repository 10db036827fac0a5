"""Acute danger by situation, in Dutch and English: suicide and self-harm with intent or in progress, violence
happening now, threats and departures with a near time, lists of targets; and the calm side (a lesson, a
documentary, a school project, history, training, a joke flagged as a joke) that never calms a message which
also says the danger is now or soon. Then every path: a danger story typed at any flow step, the escalation
intake and the invite-code step gets the emergency reply first, and the console chat shows no log lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.address import Address
from bot.content.model import Content
from bot.engine import ButtonPress, Session, TextMessage, TextReply, Turn, handle
from bot.engine.effects import RedeemInvite
from bot.engine.flow_runner import enter
from bot.faq.ask import answer
from tests.conftest import CLOCK
from tests.test_danger_channels import console

EMERGENCY = {"nl": "🚨 Acuut gevaar? Bel nu 112.", "en": "🚨 Acute danger? Call 112 now."}
LINE_113 = {"nl": "113 Zelfmoordpreventie: bel gratis 113 of 0800-0113", "en": "call 113 or 0800-0113 free of charge"}

SUICIDE = [
    ("nl", "een leerling appt dat ze er vanavond een eind aan maakt"),
    ("nl", "mijn cliënt heeft een afscheidsbrief achtergelaten en neemt niet op"),
    ("nl", "hij staat op de brug en zegt dat hij springt"),
    ("nl", "ze heeft net een hele strip pillen geslikt"),
    ("en", "my student says she will kill herself tonight"),
    ("en", "he is on the roof of the school and says he'll jump"),
    ("en", "she texted me goodbye and took all her sleeping pills"),
]
VIOLENCE_NOW = [
    ("nl", "er wordt op dit moment een jongen in elkaar geslagen op het schoolplein"),
    ("nl", "zijn broer slaat hem nu, hij belt me vanuit de badkamer"),
    ("en", "a girl is being attacked outside the youth centre right now"),
    ("en", "they are beating him up as we speak"),
]
THREAT_SOON = [
    ("nl", "hij zei dat hij overmorgen een schoolshooting gaat doen"),
    ("nl", "een leerling wil donderdag een aanslag plegen op de markt"),
    ("en", "he posted that the school shooting happens on friday"),
    ("nl", "hij heeft een lijst met namen van klasgenoten en wil ze aanpakken"),
    ("en", "she keeps a list of names of teachers she says she will get back at"),
]
DEPARTURE_SOON = [
    ("nl", "ze vertrekt morgen naar syrië om zich bij de strijders aan te sluiten"),
    ("nl", "zijn vlucht naar het kalifaat gaat over twee dagen"),
    ("en", "he flies to syria next week, his cousin already booked the ticket"),
    ("en", "my client leaves for the caliphate on thursday"),
]
CALM = [
    ("nl", "we hebben in de les de aanslag in christchurch van 2019 besproken, hoe ga ik verder"),
    ("nl", "we kijken een documentaire over de aanslagen van 11 september, tips?"),
    ("nl", "een leerling schrijft een werkstuk over wapens in de tweede wereldoorlog"),
    ("nl", "vorig jaar dreigde een leerling met een mes, hoe hadden we dat beter kunnen doen"),
    ("nl", "hij riep dat hij een bom in zn tas had, maar zei meteen grapje. hoe reageer ik?"),
    ("en", "i want to train my team: which signs show someone wants to travel to a conflict zone"),
    ("en", "he said he'd bomb the exam lol, he meant fail it"),
    ("en", "the news says the threat level went up, what does that mean for our centre"),
]
SECOND_PASS_URGENT = [  # families from bench/urgent_test5.yaml, in phrasings of our own
    ("nl", "er ligt iemand op de grond en ze blijven hem schoppen"),
    ("en", "someone just got stabbed outside the gym rite now"),
    ("nl", "vrijdag 9 uur kantine, iedereen die het verdient gaat eraan"),
    ("en", "he texted sorry for everything and there is a rope in his room"),
    ("en", "she has saved up pills and a bottle of vodka for tonight"),
    ("nl", "ze heeft haar polsen doorgesneden en er is veel bloed"),
    ("en", "he locked the classroom and says no one leaves until the police come"),
    ("nl", "zaterdag gaat er iets branden bij het azc zei hij"),
    ("nl", "lijst met namen en adressen van raadsleden met maandag erboven"),
    ("nl", "een leerling heeft net een hele strip paracetamol geslikt"),
    ("nl", "een leerling appte dat ze vanavond al haar pillen neemt, grapje zei ze erbij"),
]
SECOND_PASS_CALM = [
    ("nl", "is een boksbeugel strafbaar in nederland?"),
    ("nl", "mag een leerling een stiletto bij zich hebben"),
    ("en", "how do i explain the christchurch attack to my class"),
    ("en", "last month he was arrested for threatening the school, he is in custody. what can we share?"),
    ("nl", "drie jaar geleden heeft ze pillen geslikt, nu gaat het goed"),
    ("en", "she took two paracetamol for a headache this morning"),
    ("nl", "wat gebeurt er met jongeren die terugkomen uit syrië"),
    ("nl", "training volgende week: wie heeft casussen over wapens"),
    ("nl", "het oude mes is ingeleverd bij de politie"),
    ("nl", "hoe vaak komt een gijzeling op school voor"),
    ("en", "she forgot all her pills at home today"),
    # praising attacks that happened is a worry (the signalling guide), not an emergency
    ("nl", "ik ben docent. een leerling van 15 deelt filmpjes van IS en zegt dat de aanslagen terecht waren. mag ik "
           "dit aan de gemeente doorgeven?"),
    ("en", "i'm a teacher and a pupil says the attacks by IS were justified. who do i talk to?"),
    # the writer's own role is not a target: "ik ben docent" + "aanslagen" is a worry about a pupil
    ("nl", "ik ben docent en een leerling heeft het steeds over aanslagen, wat moet ik daarmee"),
    ("nl", "als docent maak ik me zorgen, een leerling kijkt filmpjes van aanslagen"),
    ("en", "i am a teacher and a student keeps talking about attacks online, should i report it"),
    ("nl", "ik werk bij de politie en een jongen in mijn wijk praat over aanslagen in europa, wat mag ik delen met "
           "school"),
    ("nl", "jongerenwerker hier, in het buurthuis hebben jongens het over de aanslag in solingen"),
]
JOKE_BUT_SOON = [
    ("nl", "hij zei grapje, maar ook dat hij morgen met een mes naar school komt"),
    ("en", "lol he says he will shoot up the school tomorrow, his friends laughed"),
    ("nl", "we bespraken in de les de aanslag, en nu zegt een leerling dat hij vrijdag de klas opblaast"),
    ("nl", "hij zegt dat de aanslagen terecht waren en dat hij morgen met een mes naar de docent gaat"),
    ("nl", "een leerling zegt dat hij een aanslag op de docent gaat plegen"),
    ("en", "he says he will attack the teacher after class"),
    ("en", "one of my students is plotting an attack on the school"),
    ("nl", "hij wil een aanslag plegen op de politie"),
    ("nl", "hij wil vanavond een aanslag op het buurthuis plegen"),
]


def reply_to(content: Content, text: str, lang: str, session: Session | None = None) -> Turn:
    session = session or Session(Address("test", "1"), lang=lang, role="docent")
    return handle(content, session, TextMessage(text, at=CLOCK))


def first_text(turn: Turn) -> str:
    return next(r.text for r in turn.replies if isinstance(r, TextReply))


@pytest.mark.parametrize(("lang", "text"), SUICIDE)
def test_suicide_or_self_harm_with_intent_gets_112_first_then_the_113_line(shipped_content: Content, lang: str,
                                                                          text: str) -> None:
    first = first_text(reply_to(shipped_content, text, lang))
    assert first.startswith(EMERGENCY[lang]) and LINE_113[lang] in first
    assert first.index("112") < first.index("0800-0113")


@pytest.mark.parametrize(("lang", "text"), SUICIDE)
def test_under_112_the_113_line_is_for_afterwards_not_an_alternative(shipped_content: Content, lang: str,
                                                                    text: str) -> None:
    first = first_text(reply_to(shipped_content, text, lang))  # reading review 48: "zonder acuut gevaar?" under pills
    assert ("Eerst 112. Voor daarna" if lang == "nl" else "112 first. For afterwards") in first
    assert "zonder acuut gevaar?" not in first and "without acute danger?" not in first


def test_other_emergencies_get_no_113_line(shipped_content: Content) -> None:
    first = first_text(reply_to(shipped_content, "hij komt morgen met een mes naar school", "nl"))
    assert first.startswith(EMERGENCY["nl"]) and "0800-0113" not in first


def test_an_arrest_or_a_lesson_never_calms_a_threat_that_is_happening_soon(shipped_content: Content) -> None:
    assert shipped_content.danger is not None
    text = "zijn broer is opgepakt, nu dreigt hij morgen de docent neer te steken, we bespraken het in de les"
    assert shipped_content.danger.check(text).urgent


def test_suicidal_thoughts_in_the_past_are_calm(shipped_content: Content) -> None:
    assert shipped_content.danger is not None
    assert not shipped_content.danger.check("mn cliënt had vroeger suïcidale gedachten, nu is hij stabiel").urgent


@pytest.mark.parametrize(("lang", "text"), VIOLENCE_NOW + THREAT_SOON + DEPARTURE_SOON + JOKE_BUT_SOON
                         + SECOND_PASS_URGENT)
def test_violence_now_threats_and_departures_with_a_near_time_get_112_first(shipped_content: Content, lang: str,
                                                                            text: str) -> None:
    assert first_text(reply_to(shipped_content, text, lang)).startswith(EMERGENCY[lang])


@pytest.mark.parametrize(("lang", "text"), CALM + SECOND_PASS_CALM)
def test_lessons_history_training_and_flagged_jokes_are_calm(shipped_content: Content, lang: str, text: str) -> None:
    assert shipped_content.danger is not None
    verdict = shipped_content.danger.check(text)
    assert not verdict.urgent, verdict.found


def test_helpdesk_ask_never_promises_steps_below_that_are_not_there(shipped_content: Content) -> None:
    for lang, text in (("nl", "hij komt morgen met een mes naar school"), ("en", "he brings a gun tomorrow")):
        said = answer(shipped_content, text, lang)["answer"]
        assert said.startswith(EMERGENCY[lang])
        assert "hieronder" not in said.split("\n\n")[0] and "below" not in said.split("\n\n")[0]


def test_danger_typed_at_the_signalling_flows_own_danger_step_gets_112_first(shipped_content: Content) -> None:
    session = handle(shipped_content, Session(Address("test", "1"), role="zorg"),
                     ButtonPress("menu:signalling", at=CLOCK)).session
    assert session.node == "signalling:danger"
    turn = reply_to(shipped_content, "als ik morgen niet vertrek naar de strijd ben ik een verrader, zn vlucht gaat "
                    "morgen om 6 uur naar syrie", "nl", session)
    assert first_text(turn).startswith(EMERGENCY["nl"])
    assert turn.session.node == "signalling:danger"  # the step is asked again after the emergency reply


def test_danger_typed_at_the_sharing_flows_what_step_gets_112_first(shipped_content: Content) -> None:
    session = enter(shipped_content, Session(Address("test", "1"), role="docent"), "sharing:what",
                    CLOCK.isoformat()).session
    assert session.node == "sharing:what"
    turn = reply_to(shipped_content, "ze appt me net dat ze vanavond een eind aan haar leven maakt", "nl", session)
    first = first_text(turn)
    assert first.startswith(EMERGENCY["nl"]) and LINE_113["nl"] in first


def test_danger_typed_in_the_escalation_intake_gets_112_first(shipped_content: Content) -> None:
    session = Session(Address("test", "1"), role="jongerenwerker", registered=True)
    session = handle(shipped_content, session, ButtonPress("menu:contact", at=CLOCK)).session
    assert session.flow == "escalation"
    turn = reply_to(shipped_content, "someone is being beaten up in front of the youth centre right now", "en",
                    session.replace(lang="en"))
    assert first_text(turn).startswith(EMERGENCY["en"])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_danger_typed_at_the_invite_code_step_is_no_failed_code_and_the_step_stays(shipped_content: Content,
                                                                                   lang: str) -> None:
    session = handle(shipped_content, Session(Address("test", "1"), lang=lang, role="jongerenwerker"),
                     ButtonPress("menu:contact", at=CLOCK)).session
    assert session.node is not None and session.node.startswith("access:")
    text = {"nl": "ik heb geen code maar er staat nu een jongen met een mes voor de deur",
            "en": "i have no code but a boy with a knife is at the door right now"}[lang]
    turn = reply_to(shipped_content, text, lang, session)
    assert first_text(turn).startswith(EMERGENCY[lang])
    assert not any(isinstance(effect, RedeemInvite) for effect in turn.effects)
    assert turn.session.node == session.node


def test_console_chat_shows_no_log_lines_after_a_danger_story_and_a_wrong_code(tmp_path: Path) -> None:
    printed = console(tmp_path, "1", "1", "4", "ik heb geen code maar er staat nu een jongen met een mes voor de deur",
                      "ABCD-EFGH-JKLM")
    danger, wrong = printed[3], printed[4]
    assert danger.startswith(EMERGENCY["nl"]) and "klopt niet" not in danger
    assert "WARNING" not in "".join(printed) and "invite code" not in "".join(printed)
    assert "wrong, used or expired invite code" in (tmp_path / "chat.db.log").read_text(encoding="utf-8")
    assert wrong  # the wrong code got its own answer in the chat
