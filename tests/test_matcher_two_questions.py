"""A message that asks two things ("vanaf welke leeftijd mag een jongere zelf toestemming geven? en moeten de ouders
dan nog iets weten?") is pulled between two entries, so the whole message gets only "did you mean". When each of
its questions gets a confident answer on its own, and both entries are among the suggestions for the whole
message, the first is answered and the second is offered first and said so. An answered message keeps its answer
and points at the second question the same way, so the second question is not dropped without a word (issue 10)."""

from __future__ import annotations

from bot.content.model import Content
from bot.engine.faq_reply import match_reply
from bot.faq.ask import answer
from bot.faq.matcher import FaqIndex, Target, Thresholds
from bot.faq.message import asking_clauses
from bot.faq.verdict import Match


def test_questions_joined_by_en_or_and_are_read_apart_and_plain_lists_are_not() -> None:
    assert asking_clauses("wie zitten er in het casusoverleg en hoor ik als docent wat er besloten wordt?") == [
        "wie zitten er in het casusoverleg", "hoor ik als docent wat er besloten wordt?"]
    assert asking_clauses("Can a teacher call the police, and does the school need consent?") == [
        "Can a teacher call the police", "does the school need consent?"]
    assert asking_clauses("Mag ik de ouders inlichten? En moet de jongere het weten?") == [
        "Mag ik de ouders inlichten?", "En moet de jongere het weten?"]
    assert asking_clauses("jongens en meisjes uit groep 8 praten erover, mag ik dit delen?") == [
        "jongens en meisjes uit groep 8 praten erover, mag ik dit delen?"]
    assert asking_clauses("Een leerling kijkt filmpjes van IS. Zijn ouders weten van niets.") == []


def _index() -> FaqIndex:
    targets = [Target("bewaren", {"nl": ["hoe lang bewaren"], "en": []}),
               Target("wissen", {"nl": ["laten wissen"], "en": []}),
               Target("ouders", {"nl": ["moeten de ouders het weten"], "en": []})]
    return FaqIndex(targets, (), Thresholds(answer=60, margin=70, suggest=20))  # the whole is pulled between two


def test_two_questions_each_answered_alone_give_the_first_answer_and_the_second_one_tap_away() -> None:
    index = _index()
    assert index.ranked("hoe lang bewaren en kan ik laten wissen?", "nl")[0][0] == "bewaren"
    match = index.match("hoe lang bewaren en kan ik laten wissen?", "nl")
    assert (match.verdict, match.target, match.also_asked) == ("answer", "bewaren", "wissen")
    assert "wissen" not in match.suggestions


def test_one_question_keeps_its_own_verdict() -> None:
    index = _index()
    single = index.match("hoe lang bewaren", "nl")
    assert (single.verdict, single.target, single.also_asked) == ("answer", "bewaren", None)
    assert index.match("bewaren en wissen", "nl").verdict == "suggest"  # no question in it: nothing read apart


def test_an_answered_message_keeps_its_answer_and_points_at_the_second_question() -> None:
    index = FaqIndex(_index().targets, (), Thresholds(answer=60, margin=10, suggest=20))
    match = index.match("hoe lang bewaren en kan ik laten wissen?", "nl")
    assert (match.verdict, match.target, match.also_asked) == ("answer", "bewaren", "wissen")
    assert index.match("hoe lang bewaren", "nl").also_asked is None


def test_a_second_question_that_finds_no_answer_of_its_own_leaves_did_you_mean() -> None:
    match = _index().match("hoe lang bewaren en wat kost een parkeervergunning?", "nl")
    assert (match.verdict, match.also_asked) == ("suggest", None)


def test_the_reply_says_where_the_second_answer_is_and_offers_it_first(shipped_content: Content) -> None:
    match = Match("answer", "toestemming_vragen_hoe", 70.0, ("inzagerecht_jongere",), also_asked="ouders_betrekken")
    for lang, words in (("nl", "Voor je tweede vraag"), ("en", "For your second question")):
        reply = match_reply(shipped_content, match, lang)
        assert words in reply.text
        assert "ouders_betrekken" in reply.buttons[0][0].id


def test_shipped_two_questions_in_dutch_and_english(shipped_content: Content) -> None:
    nl = answer(shipped_content, "vanaf welke leeftijd mag een jongere zelf toestemming geven? en moeten de ouders "
                                 "dan nog iets weten?")
    assert nl["faq_id"] == "toestemming_vragen_hoe" and "Voor je tweede vraag" in nl["answer"]
    en = answer(shipped_content, "where can I find the model covenant and is it still valid now that there is a law?",
                "en")
    assert (en["faq_id"], en["also_asked"]) == ("modelconvenant_tekst", "wet_pga_status")
    assert "For your second question" in en["answer"]


def test_did_you_mean_offers_each_questions_closest_entry_first() -> None:
    """Neither question is answered with confidence: each question's closest entry is among the buttons, after the
    whole message's own, so the second question is not lost behind the first one's neighbours."""
    targets = [Target("bewaren", {"nl": ["hoe lang bewaren"], "en": []}),
               *(Target(f"bewaren_{who}", {"nl": [f"hoe lang bewaren {who}"], "en": []})
                 for who in ("politie", "school", "gemeente")),
               Target("ouders", {"nl": ["moeten de ouders het weten"], "en": []})]
    index = FaqIndex(targets, (), Thresholds(answer=95, margin=70, suggest=20))  # the whole leans to "ouders"
    whole = index.match("hoe lang bewaren? en moeten de ouders het weten?", "nl")
    assert whole.verdict == "suggest"
    assert whole.suggestions[0] == "ouders" and "bewaren" in whole.suggestions


def test_shipped_did_you_mean_has_a_button_for_each_question(shipped_content: Content) -> None:
    reply = answer(shipped_content, "mag ik als jongerenwerker iets delen met de politie zonder toestemming? en moet "
                                    "ik de jongere dan vertellen dat ik dat gedaan heb?")
    both = {"jongerenwerker_delen_zonder_toestemming", "informeren_betrokkene"}
    if reply["verdict"] == "suggest":  # each question has its button
        assert both <= set(reply["suggestions"])
    else:  # the decision model of 2 Dec 2026 answers the first and points at the second
        assert (reply["verdict"], {reply["faq_id"], reply["also_asked"]}) == ("answer", both)


def test_a_confident_answer_points_at_the_second_question_even_when_nothing_came_close() -> None:
    """A confident answer seldom has runner-ups; the second question's entry need not be one (test37: "hoe herken
    ik radicalisering bij een meisje, en waar kan ik anoniem advies vragen?" answered the first half only)."""
    targets = [Target("signalen", {"nl": ["hoe herken ik radicalisering"], "en": []}),
               Target("advies", {"nl": ["waar kan ik anoniem advies vragen"], "en": []})]
    index = FaqIndex(targets, (), Thresholds(answer=40, margin=5, suggest=20))
    whole = index.match("hoe herken ik radicalisering bij een meisje, en waar kan ik anoniem advies vragen?", "nl")
    assert whole.verdict == "answer" and {whole.target, whole.also_asked} == {"signalen", "advies"}


def test_shipped_second_question_after_a_confident_first(shipped_content: Content) -> None:
    found = answer(shipped_content, "ik ben leerplichtambtenaar. mag ik verzuimgegevens delen met het casusoverleg? "
                                    "en wie is mijn contactpersoon bij de gemeente?")
    assert (found["faq_id"], found["also_asked"]) == ("leerplicht_delen_school_casusoverleg", "contactpersoon_gemeente")


def test_an_either_or_is_one_question_for_the_pointer() -> None:
    """R15: "mag ik dit aan mijn mentor vertellen of moet ik naar de directeur?" got a pointer to an unrelated
    entry for its second option. For the pointer of an answered message, only "en"/"and" join two questions."""
    assert asking_clauses("mag ik dit aan mijn mentor vertellen of moet ik naar de directeur?", alternatives=False) == [
        "mag ik dit aan mijn mentor vertellen of moet ik naar de directeur?"]
    assert len(asking_clauses("mag ik dit aan mijn mentor vertellen of moet ik naar de directeur?")) == 2
    targets = [Target("mentor", {"nl": ["mag ik dit aan mijn mentor vertellen"], "en": []}),
               Target("directeur", {"nl": ["moet ik naar de directeur"], "en": []})]
    index = FaqIndex(targets, (), Thresholds(answer=40, margin=5, suggest=20))
    match = index.match("mag ik dit aan mijn mentor vertellen of moet ik naar de directeur?", "nl")
    assert match.also_asked is None
