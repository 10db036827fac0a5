"""Which FAQ entry answers a message, and how sure that is, from two kinds of evidence per candidate.

The lexical matcher (:mod:`bot.faq.matcher`) scores how well a message covers an entry's words; the
semantic signal (:mod:`bot.faq.semantic`) how close the message is in meaning to the entry's questions.
Each alone is right first for about three in five stories, but where they agree the first entry is
usually right, and where they disagree it often is not. A small logistic model weighs both per
candidate into the probability that the candidate answers the message (shown as 0-100); the usual
rule then decides: answer when the first reaches the threshold and leads the runner-up by the margin.

The model's evidence is about scores and ranks, never about particular entries or words, so it holds
when maintainers edit the FAQ. Its weights and thresholds are trained on the judged question sets by
``bench/train_decision.py`` and shipped as ``bot/faq/data/decision.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bot.faq.thresholds import Thresholds

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["DECISION_FILE", "Decision", "FEATURES", "RULE", "confirm", "evidence", "load_decision"]

T = TypeVar("T")

DECISION_FILE = Path(__file__).parent / "data" / "decision.json"
# The evidence per candidate, in the model's order. Lexical scores are 0-100 (divided by 100 here),
# similarities cosine (-1..1); ranks are capped, so a candidate far down counts as "far".
FEATURES = ("bias", "story", "lexical", "lexical_behind_first", "lead_when_first", "lexical_first",
            "lexical_rank", "similarity", "similarity_behind_first", "semantic_first", "semantic_rank",
            "story_x_lexical", "story_x_similarity", "lexical_rule_answers")
RULE = FEATURES.index("lexical_rule_answers")  # 1 for the lexical first candidate when the lexical rule answers
LEXICAL_RANK_CAP = 10
SEMANTIC_RANK_CAP = 50


@dataclass(frozen=True, slots=True)
class Decision:
    """A trained model: one weight per feature, the thresholds on its probability (in percent), and how
    many candidates each signal brings (the ``lexical_candidates`` best by lexical score and the
    ``semantic_candidates`` nearest in meaning)."""

    weights: tuple[float, ...]
    thresholds: Thresholds
    lexical_candidates: int = 6
    semantic_candidates: int = 3
    confirm_from: float = 50.0  # see :func:`confirm`

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES):
            raise ValueError(f"a decision model needs {len(FEATURES)} weights, got {len(self.weights)}")

    def ranked(self, lexical: Mapping[int, float], similarity: NDArray[np.float32], story: bool,
               rule: Thresholds) -> list[tuple[int, float]]:
        """Candidates (target index) with the probability, in percent, that they answer; best first.
        ``rule`` is the lexical matcher's own pair (for short messages; stories use its story pair)."""
        targets, rows = evidence(lexical, similarity, story, rule, self.lexical_candidates,
                                 self.semantic_candidates)
        found = [(target, 100.0 * _sigmoid(sum(w * x for w, x in zip(self.weights, row))))
                 for target, row in zip(targets, rows)]
        found.sort(key=lambda item: item[1], reverse=True)
        rule_says = bool(rows) and rows[targets.index(found[0][0])][RULE] > 0
        return confirm(found, rule_says, story, self.thresholds, self.confirm_from)


def confirm(ranked: list[tuple[T, float]], rule_says: bool, story: bool, limits: Thresholds,
            confirm_from: float) -> list[tuple[T, float]]:
    """A short question the lexical rule answers confidently keeps that answer when the model, too, ranks
    that entry first with at least ``confirm_from`` percent: its score is raised to the answer level
    (with the margin over the runner-up). Clean short questions ("Wie nemen deel aan het casusoverleg?")
    are where the rule is most reliable and the model, trained mostly on typed stories, most cautious."""
    if story or not rule_says or not ranked or ranked[0][1] < confirm_from:
        return ranked
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    first, score = ranked[0]
    return [(first, max(score, limits.answer, runner_up + limits.margin)), *ranked[1:]]


def evidence(lexical: Mapping[int, float], similarity: NDArray[np.float32], story: bool, rule: Thresholds,
             lexical_candidates: int, semantic_candidates: int) -> tuple[list[int], list[list[float]]]:
    """The candidates and one row of :data:`FEATURES` per candidate. Pure: training uses it too.
    ``lexical`` holds the lexical score of every candidate the matcher gathered (none: no lexical
    evidence, and then no candidate at all, so an off-topic message stays unanswered); ``rule`` is the
    lexical matcher's own pair, whose verdict on its first candidate is one piece of evidence."""
    if not lexical:
        return [], []
    by_lexical = sorted(lexical, key=lexical.__getitem__, reverse=True)
    by_meaning = [int(i) for i in _top(similarity, SEMANTIC_RANK_CAP)]
    targets = list(dict.fromkeys(by_lexical[:lexical_candidates] + by_meaning[:semantic_candidates]))
    lexical_rank = {target: rank for rank, target in enumerate(by_lexical)}
    semantic_rank = {target: rank for rank, target in enumerate(by_meaning)}
    first = lexical[by_lexical[0]] / 100
    second = lexical[by_lexical[1]] / 100 if len(by_lexical) > 1 else 0.0
    closest = float(similarity[by_meaning[0]]) if by_meaning else 0.0
    flag = 1.0 if story else 0.0
    limits = rule.for_story() if story else rule
    rule_says = first * 100 >= limits.answer and (first - second) * 100 >= limits.margin
    rows = []
    for target in targets:
        score = lexical.get(target, 0.0) / 100
        rank = min(lexical_rank.get(target, LEXICAL_RANK_CAP), LEXICAL_RANK_CAP)
        near = min(semantic_rank.get(target, SEMANTIC_RANK_CAP), SEMANTIC_RANK_CAP)
        sim = float(similarity[target])
        rows.append([1.0, flag, score, score - first, first - second if rank == 0 else 0.0, float(rank == 0),
                     rank / LEXICAL_RANK_CAP, sim, sim - closest, float(near == 0), near / SEMANTIC_RANK_CAP,
                     flag * score, flag * sim, float(rank == 0 and rule_says)])
    return targets, rows


def load_decision(path: Path = DECISION_FILE) -> Decision:
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = data["weights"]
    limits = data["thresholds"]
    return Decision(weights=tuple(float(weights[name]) for name in FEATURES),
                    thresholds=Thresholds(answer=float(limits["answer"]), margin=float(limits["margin"]),
                                          suggest=float(limits["suggest"]), low_margin=float(limits["low_margin"]),
                                          story_answer=float(limits["story_answer"]),
                                          story_margin=float(limits["story_margin"])),
                    lexical_candidates=int(data["lexical_candidates"]),
                    semantic_candidates=int(data["semantic_candidates"]), confirm_from=float(data["confirm_from"]))


def _top(similarity: NDArray[np.float32], count: int) -> Sequence[int]:
    import numpy as np

    count = min(count, len(similarity))
    if count <= 0:
        return []
    top = np.argpartition(-similarity, count - 1)[:count]
    return [int(i) for i in top[np.argsort(-similarity[top])]]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, x))))
