"""The shared dev set (``../shared/eval/dev_questions.yaml``) stays at 100 % in domain and 100 % off-topic.

``python ../shared/eval/score.py ../shared/eval/dev_questions.yaml`` is the project's first figure, but nothing ran
it in the tests: in the thirty-first session one new question variant in another entry ("een leerling doet voor
school onderzoek ...") took "Wat doet de gemeente met mijn zorgmelding?" from a sure answer to "did you mean",
and only the before-stop check saw it. This test scores the set the way score.py does (a confident answer whose
text has every needed concept; no answer to an off-topic question). It is skipped where the shared folder is not
beside the repository, as in a plain clone elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from bot.content.model import Content
from bot.faq.ask import answer
from tests.conftest import ROOT

DEV_SET = ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
needs_dev_set = pytest.mark.skipif(not DEV_SET.exists(), reason=f"{DEV_SET} is not beside this repository")


def dev_set() -> dict[str, list[dict[str, Any]]]:
    return yaml.safe_load(DEV_SET.read_text(encoding="utf-8")) if DEV_SET.exists() else {}


@needs_dev_set
@pytest.mark.parametrize("item", dev_set().get("in_domain") or [], ids=lambda item: str(item["q"])[:50])
def test_every_dev_question_gets_a_sure_answer_with_its_concepts(shipped_content: Content,
                                                                 item: dict[str, Any]) -> None:
    result = answer(shipped_content, item["q"], item.get("lang", "nl"), item.get("role"))
    missing = [need for need in item["need"] if not re.search(need, result["answer"], re.I)]
    assert result["faq_id"] is not None and not missing, (result["faq_id"], result["score"], missing)


@needs_dev_set
@pytest.mark.parametrize("item", dev_set().get("out_of_domain") or [], ids=lambda item: str(item["q"])[:50])
def test_no_off_topic_dev_question_gets_an_answer(shipped_content: Content, item: dict[str, Any]) -> None:
    result = answer(shipped_content, item["q"], item.get("lang", "nl"), item.get("role"))
    assert result["faq_id"] is None, (result["faq_id"], result["score"])
