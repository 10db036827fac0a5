"""Shared by the FAQ benchmark and tuning: question sets, scoring by the rules of ../shared/eval/score.py.

An in-domain question counts when the bot answers confidently and the answer text matches every ``need``
regex; an out-of-domain question counts when the bot gives no confident answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.content.model import Content
from bot.faq.ask import answer

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "eval" / "dev_questions.yaml"
HELDOUT_SET = ROOT / "bench" / "heldout_questions.yaml"

Answerer = Callable[[str, str, str | None], dict]


@dataclass(frozen=True)
class Figures:
    in_domain: float
    out_of_domain: float
    n: int
    misses: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"in_domain={self.in_domain:.1f}% out_of_domain={self.out_of_domain:.1f}% n={self.n}"


def load_set(path: Path) -> tuple[list[dict], list[dict]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data.get("in_domain", []), data.get("out_of_domain", [])


def score_set(path: Path, ask: Answerer) -> Figures:
    ind, ood = load_set(path)
    hits, misses = 0, []
    for item in ind:
        result = ask(item["q"], item.get("lang", "nl"), item.get("role"))
        text = result.get("answer") or ""
        if result.get("faq_id") is not None and all(re.search(n, text, re.I) for n in item["need"]):
            hits += 1
        else:
            misses.append(f"MISS {item['q']!r} -> {result.get('faq_id')} ({result.get('score')})")
    rejected = 0
    for item in ood:
        result = ask(item["q"], item.get("lang", "nl"), item.get("role"))
        if result.get("faq_id") is None:
            rejected += 1
        else:
            misses.append(f"FALSE {item['q']!r} -> {result.get('faq_id')} ({result.get('score')})")
    return Figures(100 * hits / max(len(ind), 1), 100 * rejected / max(len(ood), 1), len(ind) + len(ood),
                   tuple(misses))


def bot_answerer(content: Content) -> Answerer:
    return lambda q, lang, role: answer(content, q, lang, role)
