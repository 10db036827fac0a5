"""Privacy check benchmark: span-level precision and recall per kind on bench/privacy_set.yaml.

    .venv/bin/python bench/privacy_bench.py [--errors] [--split all|tuned|heldout]

Each text marks its personal data as ``[[kind:text]]`` (see the set's header). A labelled span counts as found
when a masked finding (any kind but "doubt") overlaps it; per kind, the finding must also be of that kind. A
finding is right when it overlaps a labelled span. Also printed: how often a labelled span is masked whole,
how many labelled names only got a doubt question, and the share of texts without personal data that get a
false alarm (a masked finding) or a doubt question. ``--errors`` lists every miss and false alarm.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.privacy import DOUBT, KINDS, Finding, find_personal_data  # noqa: E402

SET = Path(__file__).with_name("privacy_set.yaml")
TODAY = datetime.date(2026, 11, 29)
_MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")


@dataclass(frozen=True)
class Labelled:
    lang: str
    index: int  # position within its language: even texts were used for tuning, odd ones are held out
    text: str
    spans: tuple[Finding, ...]


def load(path: Path = SET) -> list[Labelled]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = []
    for lang, texts in data.items():
        for index, marked in enumerate(texts):
            items.append(_parse(lang, index, marked))
    return items


def _parse(lang: str, index: int, marked: str) -> Labelled:
    plain, spans, pos = "", [], 0
    for m in _MARK.finditer(marked):
        kind, value = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"{lang} #{index}: unknown kind {kind!r}")
        plain += marked[pos:m.start()]
        spans.append(Finding(kind, len(plain), len(plain) + len(value), value))
        plain += value
        pos = m.end()
    return Labelled(lang, index, plain + marked[pos:], tuple(spans))


def _overlaps(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end


def score(items: list[Labelled], show_errors: bool = False) -> dict[str, float]:
    gold_n: Counter[str] = Counter()
    gold_hit: Counter[str] = Counter()
    gold_hit_any = gold_whole = 0
    pred_n: Counter[str] = Counter()
    pred_ok: Counter[str] = Counter()
    doubt_only = clean = clean_alarm = clean_doubt = 0
    for item in items:
        found = find_personal_data(item.text, today=TODAY)
        masked = [f for f in found if f.kind != DOUBT]
        doubts = [f for f in found if f.kind == DOUBT]
        for gold in item.spans:
            gold_n[gold.kind] += 1
            hits = [f for f in masked if _overlaps(f, gold)]
            gold_hit[gold.kind] += any(f.kind == gold.kind for f in hits)
            gold_hit_any += bool(hits)
            covered = set().union(*(range(f.start, f.end) for f in hits)) if hits else set()
            gold_whole += set(range(gold.start, gold.end)) <= covered
            if not hits:
                doubt_only += any(_overlaps(f, gold) for f in doubts)
                if show_errors:
                    print(f"MISS   {item.lang}#{item.index} {gold.kind}: {gold.text!r} in {item.text!r}")
        for f in masked:
            pred_n[f.kind] += 1
            right = [g for g in item.spans if _overlaps(f, g)]
            pred_ok[f.kind] += any(g.kind == f.kind for g in right)
            if show_errors and not right:
                print(f"FALSE  {item.lang}#{item.index} {f.kind}: {f.text!r} in {item.text!r}")
        if not item.spans:
            clean += 1
            clean_alarm += bool(masked)
            clean_doubt += bool(doubts)
            if show_errors and doubts:
                print(f"DOUBT  {item.lang}#{item.index}: {[d.text for d in doubts]} in {item.text!r}")
    total_gold, total_pred = sum(gold_n.values()), sum(pred_n.values())
    right_any = sum(1 for item in items for f in find_personal_data(item.text, today=TODAY)
                    if f.kind != DOUBT and any(_overlaps(f, g) for g in item.spans))
    print(f"{'kind':<10} {'labelled':>8} {'found':>8} {'recall':>8} {'precision':>9}")
    for kind in KINDS:
        if gold_n[kind] or pred_n[kind]:
            print(f"{kind:<10} {gold_n[kind]:>8} {pred_n[kind]:>8} {_pct(gold_hit[kind], gold_n[kind]):>8} "
                  f"{_pct(pred_ok[kind], pred_n[kind]):>9}")
    print(f"{'overall':<10} {total_gold:>8} {total_pred:>8} {_pct(gold_hit_any, total_gold):>8} "
          f"{_pct(right_any, total_pred):>9}   (kind-blind: a span masked as another kind still counts)")
    print(f"labelled spans masked whole: {_pct(gold_whole, total_gold)}; missed but asked about (doubt): "
          f"{doubt_only}")
    print(f"texts without personal data: {clean}; with a false alarm: {_pct(clean_alarm, clean)}; "
          f"with a doubt question: {_pct(clean_doubt, clean)}")
    return {"recall": gold_hit_any / max(total_gold, 1), "precision": right_any / max(total_pred, 1),
            "false_alarm_rate": clean_alarm / max(clean, 1)}


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misses, false alarms and doubts")
    parser.add_argument("--split", choices=("all", "tuned", "heldout"), default="all")
    args = parser.parse_args()
    items = load()
    chosen = {"all": items, "tuned": [i for i in items if i.index % 2 == 0],
              "heldout": [i for i in items if i.index % 2 == 1]}
    for name, subset in chosen.items():
        if args.split in ("all", name) and (args.split != "all" or name == "all" or not args.errors):
            langs = Counter(i.lang for i in subset)
            print(f"\n== {name}: {len(subset)} texts ({', '.join(f'{n} {k}' for k, n in sorted(langs.items()))}), "
                  f"{sum(len(i.spans) for i in subset)} labelled spans")
            score(subset, args.errors and name == args.split)


if __name__ == "__main__":
    main()
