"""Would retraining the decision model help? The shipped model against models retrained without each split, on the
splits the shipped model never saw.

    python bench/decision_retrain_check.py

``bot/faq/data/decision.json`` names the splits it was trained on. Every tuning split after those is, for the shipped
model, a question set it never saw. For each such split a model is trained and tuned on every other tuning split (as
``bench/train_decision.py`` does, the shared dev set kept at 100 %) and scored on it beside the shipped model, both on
the same candidates and evidence. Both compare fairly: neither saw the split. (The FAQ's variants were written from
the misses of all tuning splits, which flatters both alike.) Retrain only when the retrained models gain on utility
(a confident wrong answer costs two right ones; the retrained models' thresholds are tuned at the wrong-answer cost
the shipped model was tuned at), not only on right answers. The held-out split is never read here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from bench import judged_eval as je  # noqa: E402
from bench import train_decision as td  # noqa: E402  (sets HELPDESK_SEMANTIC=off for the lexical index)
from bot.content.load import load_content  # noqa: E402
from bot.faq.decision import DECISION_FILE, load_decision  # noqa: E402
from bot.faq.semantic import SemanticIndex  # noqa: E402
from bot.faq.thresholds import Thresholds  # noqa: E402


def shipped() -> tuple[np.ndarray, Thresholds, list[str], float]:
    """The shipped model's weights and thresholds (as the bot loads them), the splits it was trained on, and the
    wrong-answer cost its thresholds were tuned at."""
    model = load_decision()
    about = json.loads(DECISION_FILE.read_text(encoding="utf-8"))
    return (np.array(model.weights), model.thresholds, list(about["trained_on"]),
            float(about.get("wrong_cost", je.WRONG_COST)))


def main() -> int:
    weights, limits, trained_on, cost = shipped()
    unseen = [split for split in je.TUNING_SPLITS if split not in trained_on]
    if not unseen:
        print("the shipped model was trained on every tuning split: nothing to compare on")
        return 0
    content = load_content(td.ROOT)
    semantic = SemanticIndex(content.faq_index.targets)
    questions = td.gather(content, semantic, td.judged(je.TUNING_SPLITS))
    keep = td.gather(content, semantic, td.shared_dev(content))
    print(f"shipped model trained on {len(trained_on)} splits; {len(unseen)} tuning splits it never saw, "
          f"each against a model retrained and tuned without it:")
    every: dict[str, list[str]] = {"shipped": [], "retrained": []}
    items_all: list[dict[str, object]] = []
    better = worse = 0
    for split in unseen:
        held = [q for q in questions if q.split == split]
        train = [q for q in questions if q.split != split]
        w = td.fit(train)
        own = td.tune(train, w, keep, cost)  # tuned as the shipped model was
        items = [q.item for q in held]
        ours, theirs = td.outcomes(held, weights, limits), td.outcomes(held, w, own)
        u_ours, u_theirs = je.utility(items, ours), je.utility(items, theirs)
        better += u_theirs > u_ours
        worse += u_theirs < u_ours
        every["shipped"] += ours
        every["retrained"] += theirs
        items_all += items
        print(f"  {split:<11} shipped   {je.report(items, ours).row()}  utility {u_ours:g}")
        print(f"  {'':<11} retrained {je.report(items, theirs).row()}  utility {u_theirs:g}")
    for name, found in every.items():
        print(f"  all         {name:<9} {je.report(items_all, found).row()}  utility {je.utility(items_all, found):g}")
    wins, losses, p = je.sign_test(items_all, every["retrained"], every["shipped"])
    print(f"  retrained better on {better} splits, worse on {worse}; items only the retrained models get right : "
          f"only the shipped one {wins}:{losses}, p={p:.2g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
