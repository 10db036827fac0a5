"""FAQ matcher benchmark: the matcher and its fair peers in one run, on the judged sets, then scale.

    .venv/bin/python bench/faq_bench.py [--synthetic 10000] [--no-peers-at-scale]

Quality (bench/judged/, ids judged by reading): every system's thresholds are tuned on the dev split only
(the matcher's decision model and its thresholds by bench/train_decision.py, ``FAQ_THRESHOLDS`` for the
lexical matcher by bench/tune_thresholds.py; the peers' are tuned here by the same code), then
the test split is scored: right answers (an acceptable id), precision, confidently wrong answers over all
items, off-topic rejection, separately for messages of more and of at most 15 words and without the questions
worded word for word as a tuning question (blind writers repeat short fragments), and a paired sign
test of the matcher against each peer (the lexical-only matcher is one of them, and with ``--previous`` the
matcher of an earlier revision). The naive WRatio baseline keeps
the matcher's thresholds and is labelled naive. The regex-scored sets (../shared/eval/dev_questions.yaml,
bench/heldout_questions.yaml) are printed for the matcher as before.

Scale: a FAQ grown to ``--synthetic`` entries with a vocabulary that grows with it (bench/scale.py):
p50/p99 latency per question, index memory (tracemalloc, and RSS growth) and build time. With
``--semantic-at-scale`` the synthetic entries are embedded too (slow: a few minutes at 10,000 entries).
The semantic model's load time and memory are printed on their own.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import judged_eval as je  # noqa: E402
from bench.faq_eval import DEV_SET, HELDOUT_SET, ROOT, bot_answerer, load_set, score_set  # noqa: E402
from bench.peers import Bm25Peer, NaiveWRatio, Ranker, TokenSetPeer  # noqa: E402
from bench.scale import built, latency, synthetic_targets  # noqa: E402
from bot.content.load import _faq_target, load_content  # noqa: E402
from bot.faq.matcher import FAQ_THRESHOLDS, FaqIndex, Thresholds  # noqa: E402

JUDGED = ROOT / "bench" / "judged"
ANSWER_GRID: dict[str, Sequence[float]] = {"token_set_ratio": range(40, 101, 2), "bm25": [x / 2 for x in range(0, 61)]}
MARGIN_GRID: dict[str, Sequence[float]] = {"token_set_ratio": [0, 1, 2, 3, 5, 8, 12], "bm25": [0, 0.25, 0.5, 1, 1.5, 2, 3, 4]}


def _eager(index: FaqIndex) -> FaqIndex:
    for lang in ("nl", "en"):
        index.language(lang)
    if index.semantic is not None:
        index.semantic.similarities("warm")  # builds (or reads from the cache) the variant embeddings
    return index


def _semantic_load(index: FaqIndex) -> tuple[float, float]:
    """Seconds to load the model and embed (or read the cached embeddings of) the variants, and RSS growth."""
    from bench.scale import _rss_mb

    rss = _rss_mb()
    start = time.perf_counter()
    _eager(index)
    return time.perf_counter() - start, _rss_mb() - rss


def tuned_peers(systems: dict[str, Ranker], dev: list[dict[str, Any]]) -> dict[str, Thresholds]:
    matcher = systems["matcher"]
    limits = {"matcher": matcher.thresholds if isinstance(matcher, FaqIndex) else FAQ_THRESHOLDS,
              "lexical matcher": FAQ_THRESHOLDS, "naive WRatio": FAQ_THRESHOLDS}
    for name in ("token_set_ratio", "bm25"):
        ranked = je.rank_all(dev, systems[name].ranked)
        limits[name] = je.tune(dev, ranked, list(ANSWER_GRID[name]), MARGIN_GRID[name])
    return limits


_PREVIOUS = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from bot.content.load import load_content
from bot.faq.language import detect_language
content = load_content(Path(sys.argv[2]))
found = []
for item in json.load(sys.stdin):
    q = str(item["q"])
    match = content.faq_index.match(q, detect_language(q, item.get("lang") or "nl"), item.get("role"))
    found.append(match.target if match.verdict == "answer" else None)
print(json.dumps(found))
"""


def previous_outcomes(checkout: Path, items: list[dict[str, Any]]) -> list[str]:
    """The matcher of an earlier revision (its code at ``checkout``, e.g. from ``git worktree add``), with its own
    thresholds and decisions, on today's content, in a process of its own (lexical: HELPDESK_SEMANTIC=off)."""
    env = {**os.environ, "HELPDESK_SEMANTIC": "off", "PYTHONPATH": str(checkout)}
    answered = json.loads(subprocess.run([sys.executable, "-c", _PREVIOUS, str(checkout), str(ROOT)], env=env,
                                         input=json.dumps(items), capture_output=True, text=True, check=True).stdout)
    return ["silent" if target is None else "right" if target in (item.get("ids") or []) else "wrong"
            for item, target in zip(items, answered)]


def quality(systems: dict[str, Ranker], previous: Path | None = None, held_out: str = je.HELD_OUT_SPLIT) -> None:
    test_path = JUDGED / held_out
    if not test_path.exists():
        print(f"no held-out split {held_out} in {JUDGED} (write one blind first): peers skipped")
        return
    dev, test = je.load_tuning(JUDGED), je.load_judged(test_path)
    limits = {name: lim for name, lim in tuned_peers(systems, dev).items() if name in systems}
    print(f"judged: tuning {' + '.join(je.TUNING_SPLITS)} {len(dev)} items, held out {held_out} "
          f"{len(test)} items (scored below)")
    for name, lim in limits.items():
        print(f"  thresholds {name:<16} answer {lim.answer:g}, margin {lim.margin:g}; "
              f"stories {lim.for_story().answer:g}, {lim.for_story().margin:g}")
    found = {name: je.outcomes(test, je.rank_all(test, system.ranked), limits[name],
                               system if isinstance(system, FaqIndex) else None) for name, system in systems.items()}
    if previous is not None:
        found["previous matcher"] = previous_outcomes(previous, test)
    fresh = je.new_wording(dev)
    repeats = sum(not fresh(i) for i in test)
    for label, keep in (("all", lambda i: True), ("> 15 words", je.long_message),
                        ("<= 15 words", lambda i: not je.long_message(i)),
                        (f"without the {repeats} questions worded as a tuning question", fresh)):
        print(f"\ntest, {label}:")
        for name, outs in found.items():
            picked = [(i, o) for i, o in zip(test, outs) if keep(i)]
            print(f"  {name:<16} {je.report([i for i, _ in picked], [o for _, o in picked]).row()}")
    print("\npaired sign test on test (items only the matcher gets right : only the other gets right):")
    for name, outs in found.items():
        if name != "matcher":
            wins, losses, p = je.sign_test(test, found["matcher"], outs)
            print(f"  matcher vs {name:<16} {wins}:{losses}  p = {p:.4f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--synthetic", type=int, default=10_000)
    parser.add_argument("--no-peers-at-scale", action="store_true")
    parser.add_argument("--no-quality", action="store_true", help="latency and scale only: the test split is not scored")
    parser.add_argument("--previous", type=Path, help="a checkout of an earlier revision: its matcher joins the "
                        "judged comparison as a peer (e.g. git worktree add /tmp/prev <rev>)")
    parser.add_argument("--held-out", default=je.HELD_OUT_SPLIT, help="the held-out split in bench/judged/ to "
                        "score (default %(default)s; an earlier one, e.g. test2.yaml, to repeat its figure)")
    parser.add_argument("--semantic-at-scale", action="store_true", help="embed the synthetic entries too (slow)")
    args = parser.parse_args()

    root = Path(os.environ.get("HELPDESK_CONTENT") or ROOT)
    content = load_content(root)
    targets = [_faq_target(e) for e in content.faq.values()]
    systems: dict[str, Ranker] = {"matcher": content.faq_index}
    if content.faq_index.semantic is not None:
        systems["lexical matcher"] = FaqIndex(targets, content.synonyms, subject=content.faq_index.subject)
    systems.update({"token_set_ratio": TokenSetPeer(targets), "bm25": Bm25Peer(targets),
                    "naive WRatio": NaiveWRatio(targets)})
    print(f"FAQ: {len(content.faq)} entries, {sum(len(v) for t in targets for v in t.variants.values())} variants; "
          f"matcher: {'lexical + semantic' if content.faq_index.semantic else 'lexical only'}")
    if content.faq_index.semantic is not None:
        seconds, rss = _semantic_load(content.faq_index)
        print(f"semantic model: loaded in {seconds:.2f} s, RSS +{rss:.0f} MB (with the FAQ's variant embeddings)")
    print()
    if not args.no_quality:
        quality(systems, args.previous, args.held_out)
    print("\nregex-scored sets (matcher only; heldout was used for tuning before, so it is not held out):")
    for path in (DEV_SET, HELDOUT_SET):
        if path.exists():
            print(f"  {path.name:<24} {score_set(path, bot_answerer(content))}")

    questions = [(str(i["q"]), i.get("lang") or "nl", i.get("role")) for path in sorted(JUDGED.glob("*.yaml"))
                 for i in je.load_judged(path)]
    if not questions:
        questions = [(str(i["q"]), i.get("lang") or "nl", i.get("role")) for path in (DEV_SET, HELDOUT_SET)
                     for part in load_set(path) for i in part]
    p50, p99 = latency(content.faq_index.ranked, questions)
    print(f"\nlatency at {len(targets)} entries over {len(questions)} questions: matcher p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    d50, d99 = latency(content.faq_index.match_asked, questions)
    print(f"  as the bot decides (the language, two questions read apart): p50 {d50:.2f} ms, p99 {d99:.2f} ms")
    if "lexical matcher" in systems:
        l50, l99 = latency(systems["lexical matcher"].ranked, questions)
        print(f"  lexical matcher alone: p50 {l50:.2f} ms, p99 {l99:.2f} ms")
    if args.synthetic:
        big = targets + synthetic_targets(content, args.synthetic - len(targets))
        model = content.faq_index.decision if args.semantic_at_scale else None
        if model is not None:
            index, seconds, traced, rss = built(lambda: _eager(FaqIndex(big, content.synonyms, semantic=model, subject=content.faq_index.subject)))
            s50, s99 = latency(index.ranked, questions)
            print(f"at {len(big)} entries, semantic (embeddings built in {seconds:.0f} s): p50 {s50:.2f} ms, "
                  f"p99 {s99:.2f} ms; RSS +{rss:.0f} MB")
        index, seconds, traced, rss = built(lambda: _eager(FaqIndex(big, content.synonyms, subject=content.faq_index.subject)))
        words = sum(len(index.language(lang).surface) for lang in ("nl", "en"))
        q50, q99 = latency(index.ranked, questions)
        print(f"at {len(big)} entries ({words} distinct words): matcher p50 {q50:.2f} ms, p99 {q99:.2f} ms; "
              f"index {traced:.0f} MB traced, RSS +{rss:.0f} MB; build {seconds:.1f} s")
        if not args.no_peers_at_scale:
            bm25, seconds, traced, rss = built(lambda: Bm25Peer(big))
            b50, b99 = latency(bm25.ranked, questions)
            print(f"at {len(big)} entries: bm25 p50 {b50:.2f} ms, p99 {b99:.2f} ms; index {traced:.0f} MB traced, "
                  f"RSS +{rss:.0f} MB; build {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
