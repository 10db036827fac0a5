"""Would a retrained decision model answer questions nobody wrote down better than the shipped one?

The shipped decision model (bot/faq/data/decision.json) was trained on 38 splits. Retraining it on every tuning split
looks better on those splits, but they flatter it: variants were written for their misses. This script answers the
question on the evidence each held-out split had when it was scored blind (the commits of ``bench.blind_time``):

    python bench/blind_time.py record                # a minute or two per split, at its scoring commit
    python bench/blind_time_models.py compare        # several minutes: today's evidence for the training splits

``bench/blind_time.py record`` answers each split in a temporary git worktree at its scoring commit and keeps, besides
its committed record, per question the candidates and their evidence rows (:func:`bot.faq.decision.evidence`) for the
whole message, with the checks that can hold an answer back, in ``bench/judged/blind_time/evidence/`` (not committed:
about 230 kB per split). ``compare`` trains models with ``bench/train_decision.py``'s own fit and
threshold tuning on the tuning splits that were never recorded (so no model is trained on a split it is scored on),
with today's content, and scores each on the recorded evidence beside the shipped model:

- "retrained": the model as ``train_decision.py --write`` would make it from those splits;
- "smooth 6" and "smooth 12": the same, with the "lexical rule answers" feature ramped over 6 or 12 points around
  the rule's level and margin instead of flipping between 0 and 1 (the flip cost right answers whenever an entry was
  added elsewhere; the confirmation of short questions stays binary).

An answer that came another way at scoring time (one of two questions in a message, the other language) is kept
unless the model answers the whole message. With the shipped model the simulation gives the recorded answer for
every question answered from the whole message.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.blind_time import EVIDENCE, SCORED_AT, describe, tally, utility  # noqa: E402
from bot.faq.decision import FEATURES, RULE, confirm  # noqa: E402
from bot.faq.matcher import FAQ_THRESHOLDS, decide  # noqa: E402
from bot.faq.thresholds import Thresholds  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LEXICAL, LEAD, FIRST, STORY = (FEATURES.index(name)
                                for name in ("lexical", "lead_when_first", "lexical_first", "story"))
COST = 3.0
Record = dict[str, Any]
Transform = Callable[[np.ndarray], np.ndarray]


def load_evidence() -> dict[str, list[Record]]:
    """Every recorded split, each question joined with today's labels (``ids``) and off-topic flag."""
    import yaml

    found = {}
    for path in sorted(EVIDENCE.glob("test*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        questions = yaml.safe_load((ROOT / "bench" / "judged" / data["split"]).read_text(encoding="utf-8"))["questions"]
        for row, item in zip(data["answers"], questions, strict=True):
            row["ids"], row["off"] = item.get("ids") or [], bool(item.get("offtopic"))
            row["x"] = np.array(row["rows"], dtype=float).reshape(len(row["rows"]), len(FEATURES))
        found[data["split"]] = data["answers"]
    return found


def smooth_rule(ramp: float) -> Transform:
    """The "lexical rule answers" feature as a ramp: 0.5 at the rule's level and margin, 1 ``ramp / 2`` points above
    both, 0 as far below either."""
    def transform(x: np.ndarray) -> np.ndarray:
        x = x.copy()
        for row in x:
            if row[FIRST] == 1.0:
                limits = FAQ_THRESHOLDS.for_story() if row[STORY] else FAQ_THRESHOLDS
                level = min(1.0, max(0.0, 0.5 + (row[LEXICAL] * 100 - limits.answer) / ramp))
                lead = min(1.0, max(0.0, 0.5 + (row[LEAD] * 100 - limits.margin) / ramp))
                row[RULE] = level * lead
        return x
    return transform


class Model:
    def __init__(self, weights: Sequence[float] | np.ndarray, limits: Thresholds, confirm_from: float,
                 transform: Transform | None = None) -> None:
        self.weights, self.limits, self.confirm_from = np.asarray(weights, dtype=float), limits, confirm_from
        self.transform = transform

    def whole(self, row: Record) -> str | None:
        """The answer to the whole message, as :meth:`bot.faq.matcher.FaqIndex.match` gives it, or None."""
        if not row["candidates"] or row["off_topic_check"] or row["vague"]:
            return None
        x = row["x"] if self.transform is None else self.transform(row["x"])
        p = 100 / (1 + np.exp(-(x @ self.weights)))
        order = sorted(range(len(p)), key=lambda k: float(p[k]), reverse=True)
        ranked = [(row["candidates"][k], float(p[k])) for k in order]
        rule_says = bool(row["x"][order[0], RULE] > 0)  # the confirmation reads the binary rule
        own = self.limits.for_story() if row["story"] else self.limits
        match = decide(confirm(ranked, rule_says, row["story"], own, self.confirm_from), own, row["worry"])
        return match.target if match.verdict == "answer" else None


def answer(row: Record, model: Model, shipped: Model) -> str | None:
    """The model's answer; one the bot gave another way at scoring time stands where the model gives none."""
    mine = model.whole(row)
    if row["got"] is not None and shipped.whole(row) != row["got"]:
        return mine or row["got"]
    return mine


def shipped_model() -> Model:
    from bot.faq.decision import load_decision

    decision = load_decision()
    return Model(decision.weights, decision.thresholds, decision.confirm_from)


def trained_models(splits: Sequence[str]) -> dict[str, Model]:
    """The variants, trained and tuned on ``splits`` with today's content (bench/train_decision.py)."""
    os.environ["HELPDESK_SEMANTIC"] = "off"
    import bench.train_decision as td
    from bot.content.load import load_content
    from bot.faq.semantic import SemanticIndex

    content = load_content(ROOT)
    semantic = SemanticIndex(content.faq_index.targets)
    questions = td.gather(content, semantic, td.judged(splits))
    keep = td.gather(content, semantic, td.shared_dev(content))
    binary = {id(q): q.rows[:, RULE].copy() for q in (*questions, *keep)}
    raw = {id(q): q.rows for q in (*questions, *keep)}

    # the confirmation of short questions reads the binary rule, whatever the feature is
    def ranked(question: Any, w: np.ndarray) -> tuple[list[tuple[str, float]], bool]:
        if not question.targets:
            return [], False
        p = 100 / (1 + np.exp(-question.rows @ w))
        order = sorted(range(len(p)), key=lambda k: float(p[k]), reverse=True)
        return [(question.ids[k], float(p[k])) for k in order], bool(binary[id(question)][order[0]] > 0)

    td.ranked = ranked
    models = {}
    for name, transform in (("retrained", None), ("smooth 6", smooth_rule(6.0)), ("smooth 12", smooth_rule(12.0))):
        for q in (*questions, *keep):
            q.rows = raw[id(q)] if transform is None else transform(raw[id(q)])
        w = td.fit(questions)
        models[name] = Model(w, td.tune(questions, w, keep, COST), td.CONFIRM_FROM, transform)
        print(f"{name}: trained on {len(questions):,} questions of {len(splits)} splits, "
              f"levels short {models[name].limits.answer:g}/{models[name].limits.margin:g}, "
              f"stories {models[name].limits.story_answer:g}/{models[name].limits.story_margin:g}", flush=True)
    return models


def compare() -> None:
    from bench import judged_eval as je

    recorded = load_evidence()
    if not recorded:
        sys.exit(f"no evidence in {EVIDENCE}: run `python bench/blind_time.py record` first")
    shipped = shipped_model()
    every = [row for rows in recorded.values() for row in rows]
    agree = sum(shipped.whole(row) == row["got"] for row in every)
    print(f"{len(recorded)} splits recorded at their scoring commits, {len(every):,} questions; the shipped model "
          f"gives the recorded answer to {agree:,} (the rest were answered another way)")
    splits = [s for s in je.TUNING_SPLITS if s not in recorded and s not in SCORED_AT]
    models = {"shipped": shipped, **trained_models(splits)}
    base = [answer(row, shipped, shipped) for row in every]
    spans, start = [], 0  # each split's questions in ``every``
    for rows in recorded.values():
        spans.append(slice(start, start + len(rows)))
        start += len(rows)
    for name, model in models.items():
        found = [answer(row, model, shipped) for row in every]
        better = worse = 0
        for span in spans:
            mine = utility(tally(every[span], found[span]), COST)
            theirs = utility(tally(every[span], base[span]), COST)
            better, worse = better + (mine > theirs), worse + (mine < theirs)
        gained = sum(bool(g) and g in r["ids"] and not (b and b in r["ids"]) for r, g, b in zip(every, found, base))
        lost = sum(bool(b) and b in r["ids"] and not (g and g in r["ids"]) for r, g, b in zip(every, found, base))
        print(f"  {name:10s} {describe(tally(every, found), COST)}  splits better {better}, worse {worse}; "
              f"right answers gained:lost {gained}:{lost}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("compare", help="train the variants and score them on the recorded evidence")
    parser.parse_args(argv)
    compare()


if __name__ == "__main__":
    main()
