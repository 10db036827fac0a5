"""A FAQ grown to N entries whose vocabulary grows with it, and how fast and how large the index is then.

Real content grows its vocabulary with every entry (new compounds, names of bodies and laws), so each
synthetic entry brings new words: compounds of two real FAQ words ("casusoverleg" + "dossier"), as Dutch
makes them. Used by bench/faq_bench.py.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.content.model import Content
from bot.faq.language_index import Target

NEW_WORDS_PER_ENTRY = 4


def synthetic_targets(content: Content, count: int, seed: int = 7) -> list[Target]:
    """``count`` entries of real FAQ words plus new compounds; the vocabulary grows about linearly."""
    rng = random.Random(seed)
    words = {lang: sorted({w for e in content.faq.values() for v in e.questions.get(lang, ()) for w in v.split()})
             for lang in ("nl", "en")}
    answer_words = {lang: sorted({w for e in content.faq.values() for w in e.answer.get(lang).split()})
                    for lang in ("nl", "en")}
    targets = []
    for n in range(count):
        variants, extra = {}, {}
        for lang in ("nl", "en"):
            pool = words[lang]
            new = [rng.choice(pool).strip("?,.").lower() + rng.choice(pool).strip("?,.").lower()
                   for _ in range(NEW_WORDS_PER_ENTRY)]
            variants[lang] = [" ".join(rng.choices(pool, k=rng.randint(4, 10)) + [rng.choice(new)])
                              for _ in range(6 if lang == "nl" else 3)]
            extra[lang] = " ".join(rng.choices(answer_words[lang], k=60) + new)
        targets.append(Target(f"synthetic_{n}", variants, extra))
    return targets


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def built(build: Callable[[], Any]) -> tuple[Any, float, float, float]:
    """(index, build seconds, traced MB kept after the build, RSS growth MB). Built twice: once plain for
    time and RSS (tracemalloc's own bookkeeping would inflate both), once under tracemalloc."""
    gc.collect()
    rss = _rss_mb()
    start = time.perf_counter()
    index = build()
    seconds = time.perf_counter() - start
    gc.collect()
    grown = _rss_mb() - rss
    tracemalloc.start()
    again = build()
    kept, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del again
    gc.collect()
    return index, seconds, kept / 2**20, grown


def latency(rank: Callable[[str, str, str | None], object], questions: Sequence[tuple[str, str, str | None]],
            repeat: int = 1) -> tuple[float, float]:
    """(p50, p99) milliseconds per question; the first pass is included (no warm caches assumed)."""
    samples = []
    for _ in range(repeat):
        for question, lang, role in questions:
            start = time.perf_counter()
            rank(question, lang, role)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]
