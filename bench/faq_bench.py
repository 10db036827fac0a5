"""FAQ matcher benchmark: quality on the dev and held-out sets, latency, index build time, and the same
figures for a naive baseline, all in one run so the gain is a ratio.

    .venv/bin/python bench/faq_bench.py [--synthetic 10000] [--repeat 3]

The baseline is rapidfuzz WRatio over the raw question variants (no normalisation, stemming, synonyms
or IDF), with the same thresholds. Latency is per question, over every dev and held-out question.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process  # noqa: E402

from bench.faq_eval import DEV_SET, HELDOUT_SET, ROOT, Figures, load_set, score_set  # noqa: E402
from bot.content.load import _faq_target, load_content  # noqa: E402
from bot.content.model import Content  # noqa: E402
from bot.engine.faq_reply import match_reply  # noqa: E402
from bot.faq.matcher import FAQ_THRESHOLDS, FaqIndex, Target, Thresholds  # noqa: E402
from bot.faq.verdict import Match  # noqa: E402


class NaiveIndex:
    """The baseline: best WRatio of any raw variant per entry, same thresholds and margin rule."""

    def __init__(self, targets: Sequence[Target], thresholds: Thresholds = FAQ_THRESHOLDS) -> None:
        self.thresholds = thresholds
        self.choices: dict[str, list[str]] = {"nl": [], "en": []}
        self.owners: dict[str, list[str]] = {"nl": [], "en": []}
        for target in targets:
            for lang in ("nl", "en"):
                for variant in target.variants.get(lang, ()):
                    self.choices[lang].append(variant)
                    self.owners[lang].append(target.id)

    def match(self, text: str, lang: str, role: str | None = None) -> Match:
        best: dict[str, float] = {}
        for _, score, index in process.extract(text, self.choices[lang], scorer=fuzz.WRatio, limit=40):
            owner = self.owners[lang][index]
            best[owner] = max(best.get(owner, 0.0), score)
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        if not ranked:
            return Match.nothing()
        (top, score), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
        limits = self.thresholds
        if score >= limits.answer and (score - runner_up >= limits.margin or score >= limits.sure):
            return Match("answer", top, score)
        close = tuple(i for i, s in ranked[:3] if s >= limits.suggest)
        return Match("suggest", None, score, close) if close else Match.nothing(score)


def answerer(content: Content, index: FaqIndex | NaiveIndex) -> Callable[[str, str, str | None], dict]:
    def ask(question: str, lang: str, role: str | None) -> dict:
        match = index.match(question, lang, role)
        reply = match_reply(content, match, lang)
        return {"faq_id": match.target if match.verdict == "answer" else None, "answer": reply.text,
                "score": match.score}
    return ask


def synthetic_targets(content: Content, count: int, seed: int = 7) -> list[Target]:
    """``count`` entries made of the real FAQ's words, so postings and vocabulary look like a large FAQ."""
    rng = random.Random(seed)
    words = {lang: sorted({w for e in content.faq.values() for v in e.questions.get(lang, ()) for w in v.split()})
             for lang in ("nl", "en")}
    answer_words = sorted({w for e in content.faq.values() for w in e.answer.nl.split()})
    targets = []
    for n in range(count):
        variants = {lang: [" ".join(rng.choices(words[lang], k=rng.randint(4, 10))) for _ in range(6 if lang == "nl" else 3)]
                    for lang in ("nl", "en")}
        extra = " ".join(rng.choices(answer_words, k=60))
        targets.append(Target(f"synthetic_{n}", variants, {"nl": extra, "en": extra}))
    return targets


def latency(index: FaqIndex | NaiveIndex, questions: list[tuple[str, str, str | None]], repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        for question, lang, role in questions:
            start = time.perf_counter()
            index.match(question, lang, role)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def timed(build: Callable[[], object]) -> tuple[object, float]:
    start = time.perf_counter()
    built = build()
    return built, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--synthetic", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    content = load_content(ROOT)
    targets = [_faq_target(e) for e in content.faq.values()]
    questions = [(i["q"], i.get("lang", "nl"), i.get("role")) for path in (DEV_SET, HELDOUT_SET) if path.exists()
                 for part in load_set(path) for i in part]

    ours, build_ours = timed(lambda: FaqIndex(targets, content.synonyms))
    naive, build_naive = timed(lambda: NaiveIndex(targets))
    print(f"FAQ: {len(content.faq)} entries, {sum(len(v) for t in targets for v in t.variants.values())} variants; "
          f"{len(questions)} questions for latency\n")
    rows: list[tuple[str, str, str]] = []
    for name, path in (("dev set", DEV_SET), ("held-out set", HELDOUT_SET)):
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        mine: Figures = score_set(path, answerer(content, ours))  # type: ignore[arg-type]
        base: Figures = score_set(path, answerer(content, naive))  # type: ignore[arg-type]
        rows.append((name, str(mine), str(base)))
    print(f"{'quality':<14} {'matcher':<48} naive baseline")
    for name, mine_text, base_text in rows:
        print(f"{name:<14} {mine_text:<48} {base_text}")

    p50, p99 = latency(ours, questions, args.repeat)  # type: ignore[arg-type]
    b50, b99 = latency(naive, questions, args.repeat)
    print(f"\nlatency at {len(targets)} entries: matcher p50 {p50:.2f} ms, p99 {p99:.2f} ms; "
          f"baseline p50 {b50:.2f} ms, p99 {b99:.2f} ms")
    print(f"index build at {len(targets)} entries: matcher {build_ours * 1000:.0f} ms, baseline {build_naive * 1000:.0f} ms")

    if args.synthetic:
        big = targets + synthetic_targets(content, args.synthetic - len(targets))
        big_ours, big_build = timed(lambda: FaqIndex(big, content.synonyms))
        big_naive, big_naive_build = timed(lambda: NaiveIndex(big))
        q50, q99 = latency(big_ours, questions, 1)  # type: ignore[arg-type]
        n50, n99 = latency(big_naive, questions, 1)
        print(f"latency at {len(big)} entries: matcher p50 {q50:.2f} ms, p99 {q99:.2f} ms; "
              f"baseline p50 {n50:.2f} ms, p99 {n99:.2f} ms")
        print(f"index build at {len(big)} entries: matcher {big_build:.1f} s, baseline {big_naive_build:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
