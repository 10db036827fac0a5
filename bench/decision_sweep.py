"""How the decision model's tuning choices would have scored one split: fit on the tuning splits without it,
tune with each wrong-answer cost and short-question confirmation level, and score that split.

    python bench/decision_sweep.py test18.yaml

Used after test18's one blind scoring (30 Nov 2026) to ask whether a stricter model would have avoided its wrong
short answers; to see the content as it was scored, run it in a worktree of that commit (878f486) with this file
copied in. The split named is read, so use it only on a split that has been scored already.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["HELPDESK_SEMANTIC"] = "off"  # the lexical index alone; the semantic half is built by the trainer

from bench import judged_eval as je  # noqa: E402
from bench import train_decision as td  # noqa: E402
from bot.content.load import load_content  # noqa: E402
from bot.faq.semantic import SemanticIndex  # noqa: E402

COSTS = (2.0, 3.0, 4.0, 6.0)
CONFIRM = (50.0, 65.0, 80.0, 101.0)  # 101: the short-question confirmation off


def main() -> int:
    split = sys.argv[1] if len(sys.argv) > 1 else "test18.yaml"
    content = load_content(td.ROOT)
    semantic = SemanticIndex(content.faq_index.targets)
    training = td.gather(content, semantic, td.judged([s for s in td.TRAINING_SPLITS if s != split]))
    keep = td.gather(content, semantic, td.shared_dev(content))
    held = td.gather(content, semantic, td.judged([split]))
    w = td.fit(training)
    items = [q.item for q in held]
    for cost in COSTS:
        for confirm_from in CONFIRM:
            td.CONFIRM_FROM = confirm_from
            limits = td.tune(training, w, keep, cost)
            found = td.outcomes(held, w, limits)
            print(f"wrong costs {cost:g}, confirm from {confirm_from:g} {td._pairs(limits)}: "
                  f"{je.report(items, found).row()}")
            for story in (False, True):
                part = [(i, o) for i, o, q in zip(items, found, held) if q.story == story]
                row = je.report([i for i, _ in part], [o for _, o in part]).row()
                print(f"    {'stories' if story else 'short':<8} {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
