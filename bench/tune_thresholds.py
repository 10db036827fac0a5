"""Tune answer thresholds on the judged TUNING splits only, for the matcher and each fair peer.

    .venv/bin/python bench/tune_thresholds.py [--show-misses]

The tuning splits are bench/judged/dev.yaml, test.yaml and test4.yaml (test.yaml and test4.yaml were each scored
once as held-out splits and then read, so they became tuning data: ``judged_eval.TUNING_SPLITS``); the held-out
split (``judged_eval.HELD_OUT_SPLIT``), written blind afterwards, is never read here (bench/faq_bench.py scores it). For each system the (answer, margin) pair with
the best utility (correct items, a confident wrong answer costing two; see bench/judged_eval.py) is printed.
For the matcher only pairs within the project's limits count: ../shared/eval/dev_questions.yaml stays at
100 %, and for the story pair, of the judged stories at most ``MAX_WRONG`` are confidently wrong and at least
``MIN_REJECTED`` of the off-topic ones get no confident answer. The lexical matcher's pair is then written by
hand into ``FAQ_THRESHOLDS`` in bot/faq/matcher.py: the rule of the lexical matcher alone, which the decision
model (bench/train_decision.py) also reads as one piece of evidence. bench/faq_bench.py tunes the peers with the
same code.

Last run (29 Nov 2026 late, 154 entries, tuning splits dev + test + test4, n=798):

    lexical matcher  answer 57, margin 2; stories 52, 8: right 43.0%  precision 90.6%  conf.wrong 4.3%
                     off-topic rejected 99.3%  utility 366   -> written into FAQ_THRESHOLDS
    before           answer 57, margin 1; stories 41, 10: right 46.3%  precision 87.9%  conf.wrong 5.9%
                     off-topic rejected 98.7%  utility 360

Before that (29 Nov 2026, 137 entries, HELPDESK_SEMANTIC=off, tuning splits dev + test), after the subject words (a story naming none of
them scores 28 lower), exact-variant candidates and the persoonsgegevens synonym split:

    lexical matcher  answer 57, margin 1; stories 41, 10: tuning right 52.0%  precision 93.0%  conf.wrong 4.0%
                     off-topic rejected 100.0%  (n=405)  utility 222   -> written into FAQ_THRESHOLDS
    before           answer 55, margin 2; stories 40, 10: right 51.3%  precision 92.9%  conf.wrong 4.2%
                     off-topic rejected 98.9%  utility 217
    token_set_ratio  answer 90, margin 12; stories 94, 8: right 13.1%  precision 93.0%  conf.wrong 1.0%
    bm25             answer 3.5, margin 0.25; stories 8.5, 1.5: right 33.0%  precision 90.2%  conf.wrong 4.2%
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import judged_eval as je  # noqa: E402
from bench.faq_bench import ANSWER_GRID, JUDGED, MARGIN_GRID  # noqa: E402
from bench.faq_eval import DEV_SET, ROOT, load_set  # noqa: E402
from bench.peers import Bm25Peer, Ranker, TokenSetPeer  # noqa: E402
from bot.content.load import _faq_target, load_content  # noqa: E402
from bot.content.model import Content  # noqa: E402
from bot.engine.faq_reply import answer_text  # noqa: E402
from bot.faq.language import detect_language  # noqa: E402
from bot.faq.matcher import FaqIndex, Thresholds, decide  # noqa: E402
from bot.faq.message import read_message  # noqa: E402

MATCHER_ANSWERS = [float(x) for x in range(20, 81)]
MATCHER_MARGINS = [1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]  # a margin at every level: never 0
MAX_WRONG = 0.03  # the limit for confidently wrong answers
MIN_REJECTED = 0.95  # ... and for off-topic questions left unanswered

def keeps_shared_dev(content: Content, index: FaqIndex | None = None) -> Callable[[Thresholds], bool]:
    """Whether thresholds keep ../shared/eval/dev_questions.yaml (regex-scored) at 100 % / 100 %: the
    project's standing dev figure, so the matcher's short-message pair must keep it."""
    ind, ood = load_set(DEV_SET)
    items = [(i, True) for i in ind] + [(i, False) for i in ood]
    langs = [detect_language(str(i["q"]), i.get("lang") or "nl") for i, _ in items]
    index = index or content.faq_index
    ranked = [index.ranked(str(i["q"]), lang, i.get("role")) for (i, _), lang in zip(items, langs)]
    stories = [read_message(str(i["q"])).story for i, _ in items]

    def allowed(limits: Thresholds) -> bool:
        checking_stories = limits.story_answer is not None  # je.tune checks a story pair on its own
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


def within_limits(dev: list[dict[str, Any]], ranked: list[je.Ranked]) -> Callable[[Thresholds], bool]:
    """Whether a story pair keeps the judged dev stories within ``MAX_WRONG`` and ``MIN_REJECTED``."""
    part = [(i, r) for i, r in zip(dev, ranked) if je.long_message(i)]

    def allowed(limits: Thresholds) -> bool:
        if limits.story_answer is None:  # je.tune checks a story pair on its own
            return True
        found = je.outcomes([i for i, _ in part], [r for _, r in part], limits)
        wrong = sum(o == "wrong" for o in found)
        offtopic = [o for (i, _), o in zip(part, found) if i.get("offtopic")]
        return (wrong <= MAX_WRONG * len(part)
                and sum(o == "silent" for o in offtopic) >= MIN_REJECTED * len(offtopic))
    return allowed


def _any(limits: Thresholds) -> bool:
    return True


def tune_matcher(content: Content, dev: list[dict[str, Any]], index: FaqIndex, answers: list[float],
                 margins: list[float]) -> tuple[Thresholds, list[str], list[je.Ranked]]:
    ranked = je.rank_all(dev, index.ranked)
    shared, judged = keeps_shared_dev(content, index), within_limits(dev, ranked)
    best = je.tune(dev, ranked, answers, margins, lambda limits: shared(limits) and judged(limits))
    return best, je.outcomes(dev, ranked, best), ranked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-misses", action="store_true", help="print the matcher's dev items it gets wrong")
    args = parser.parse_args()
    content = load_content(Path(os.environ.get("HELPDESK_CONTENT") or ROOT))
    dev = je.load_tuning(JUDGED)
    targets = [_faq_target(e) for e in content.faq.values()]
    lexical = FaqIndex(targets, content.synonyms, subject=content.faq_index.subject)
    best, found, _ = tune_matcher(content, dev, lexical, MATCHER_ANSWERS, MATCHER_MARGINS)
    print(f"{'lexical matcher':<16} {_pair(best)}: dev {je.report(dev, found).row()}  utility {je.utility(dev, found):g}")
    committed = content.faq_index  # as the bot runs it: with the decision model when the encoder is installed
    ranked = je.rank_all(dev, committed.ranked)
    now = je.outcomes(dev, ranked, committed.thresholds)
    print(f"{'committed':<16} {'decision model' if committed.decision else 'lexical'}, {_pair(committed.thresholds)}: "
          f"dev {je.report(dev, now).row()}  utility {je.utility(dev, now):g}")
    if args.show_misses:
        for item, outcome, candidates in zip(dev, now, ranked):
            if not je.correct(item, outcome):
                limits = committed.thresholds
                match = decide(candidates, limits.for_story() if je.long_message(item) else limits)
                top = ", ".join(f"{i} {s:.0f}" for i, s in candidates[:3])
                print(f"    {outcome:<6} {item.get('ids') or ('off' if item.get('offtopic') else 'none')}"
                      f" <- {match.verdict}: {top} | {item['q']}")
    peers: dict[str, tuple[Ranker, list[float], list[float]]] = {"token_set_ratio": (TokenSetPeer(targets), [float(x) for x in ANSWER_GRID["token_set_ratio"]],
                                    [float(x) for x in MARGIN_GRID["token_set_ratio"]]),
             "bm25": (Bm25Peer(targets), [float(x) for x in ANSWER_GRID["bm25"]], [float(x) for x in MARGIN_GRID["bm25"]])}
    for name, (system, answers, margins) in peers.items():
        ranked = je.rank_all(dev, system.ranked)
        best = je.tune(dev, ranked, answers, margins, _any)
        print(f"{name:<16} {_pair(best)}: dev {je.report(dev, je.outcomes(dev, ranked, best)).row()}")
    return 0


def _pair(limits: Thresholds) -> str:
    story = limits.for_story()
    return f"answer {limits.answer:g}, margin {limits.margin:g}; stories {story.answer:g}, {story.margin:g}"


if __name__ == "__main__":
    sys.exit(main())
