"""Tune answer thresholds on the judged DEV split only, for the matcher and each fair peer.

    .venv/bin/python bench/tune_thresholds.py [--show-misses]

For each system the (answer, margin) pair with the best utility on bench/judged/dev.yaml (correct items,
a confident wrong answer costing two; see bench/judged_eval.py) is printed. The matcher's pair is then
written by hand into ``FAQ_THRESHOLDS`` in bot/faq/matcher.py; bench/faq_bench.py tunes the peers with the
same code. The test split is never read here.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import judged_eval as je  # noqa: E402
from bench.faq_bench import ANSWER_GRID, JUDGED, MARGIN_GRID  # noqa: E402
from bench.faq_eval import DEV_SET, ROOT, load_set  # noqa: E402
from bench.peers import Bm25Peer, TokenSetPeer  # noqa: E402
from bot.content.load import _faq_target, load_content  # noqa: E402
from bot.content.model import Content  # noqa: E402
from bot.engine.faq_reply import answer_text  # noqa: E402
from bot.faq.language import detect_language  # noqa: E402
from bot.faq.matcher import FAQ_THRESHOLDS, Thresholds, decide  # noqa: E402
from bot.faq.message import read_message  # noqa: E402

MATCHER_ANSWERS = [float(x) for x in range(20, 81)]
MATCHER_MARGINS = [1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]  # a margin at every level: never 0


def keeps_shared_dev(content: Content) -> Callable[[Thresholds], bool]:
    """Whether thresholds keep ../shared/eval/dev_questions.yaml (regex-scored) at 100 % / 100 %: the
    project's standing dev figure, so the matcher's short-message pair must keep it."""
    ind, ood = load_set(DEV_SET)
    items = [(i, True) for i in ind] + [(i, False) for i in ood]
    langs = [detect_language(str(i["q"]), i.get("lang") or "nl") for i, _ in items]
    ranked = [content.faq_index.ranked(str(i["q"]), lang, i.get("role")) for (i, _), lang in zip(items, langs)]
    stories = [read_message(str(i["q"])).story for i, _ in items]

    def allowed(limits: Thresholds) -> bool:
        checking_stories = limits.answer == 100  # je.tune checks a story pair with the short pair at 100
        for (item, in_domain), candidates, story, lang in zip(items, ranked, stories, langs):
            if story != checking_stories:
                continue
            match = decide(candidates, limits.for_story() if story else limits)
            answered = match.verdict == "answer" and match.target is not None
            if not in_domain and answered:
                return False
            if in_domain:
                text = answer_text(content, match.target, lang) if answered and match.target else ""
                if not answered or not all(re.search(n, text, re.I) for n in item["need"]):
                    return False
        return True
    return allowed


def _any(limits: Thresholds) -> bool:
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-misses", action="store_true", help="print the matcher's dev items it gets wrong")
    args = parser.parse_args()
    content = load_content(Path(os.environ.get("HELPDESK_CONTENT") or ROOT))
    dev = je.load_judged(JUDGED / "dev.yaml")
    targets = [_faq_target(e) for e in content.faq.values()]
    grids = {"matcher": (content.faq_index, MATCHER_ANSWERS, MATCHER_MARGINS),
             "token_set_ratio": (TokenSetPeer(targets), list(ANSWER_GRID["token_set_ratio"]), MARGIN_GRID["token_set_ratio"]),
             "bm25": (Bm25Peer(targets), ANSWER_GRID["bm25"], MARGIN_GRID["bm25"])}
    for name, (system, answers, margins) in grids.items():
        ranked = je.rank_all(dev, system.ranked)
        best = je.tune(dev, ranked, answers, margins, keeps_shared_dev(content) if name == "matcher" else _any)
        found = je.outcomes(dev, ranked, best)
        print(f"{name:<16} answer {best.answer:g}, margin {best.margin:g}; stories answer {best.story_answer:g}, "
              f"margin {best.story_margin:g}: dev {je.report(dev, found).row()}")
        if name == "matcher":
            now = je.outcomes(dev, ranked, FAQ_THRESHOLDS)
            print(f"{'  committed':<16} answer {FAQ_THRESHOLDS.answer:g}, margin {FAQ_THRESHOLDS.margin:g}; stories "
                  f"{FAQ_THRESHOLDS.story_answer}, {FAQ_THRESHOLDS.story_margin}: "
                  f"dev {je.report(dev, now).row()}")
            if args.show_misses:
                for item, outcome, candidates in zip(dev, now, ranked):
                    if not je.correct(item, outcome):
                        match = decide(candidates, FAQ_THRESHOLDS.for_story() if je.long_message(item)
                                       else FAQ_THRESHOLDS)
                        top = ", ".join(f"{i} {s:.0f}" for i, s in candidates[:3])
                        print(f"    {outcome:<6} {item.get('ids') or ('off' if item.get('offtopic') else 'none')}"
                              f" <- {match.verdict}: {top} | {item['q']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
