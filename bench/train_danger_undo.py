"""Train the clause reading that holds back an alarm by meaning undone in a later clause (bot/safety/undone.py).

The close calls of the acute-danger sets keep an urgent scene's words and undo the danger in one clause ("poured
it away, now dancing"); the reading by meaning (one vector for the whole message) hears the scene and alarms. Most
sets since urgent_test53 are written in twin pairs: item i of ``urgent`` and item i of ``not_urgent`` share a scene.
That gives clause labels for free. Each message is cut into clauses (``bot.safety.undone.clauses``); rapidfuzz
pairs the clauses of the twins:

- undo: a clause of the calm twin with no close clause in the urgent one says yes, the shared ones say no, and so
  does every clause of every urgent message of the sets (none of them undoes its danger);
- danger: a clause of the urgent twin with no close clause in the calm one says yes, every other twin clause no.

Two logistic models over the clause vectors (L2 penalty, Newton's method, numpy, as bench/train_danger.py) are
fitted. The bot holds back an alarm by meaning alone when a clause with ``undo`` from ``--undo-from`` comes after
the last clause that tells danger (``danger`` from ``--danger-from`` or the meaning model on the clause alone from
``--told-from``); the word rules are never overruled.

First it prints leave-one-group-out figures as the bot runs (word rules OR meaning, the shipped meaning model):
the acute-danger sets are cut into twelve groups by name; the clause models scored on a set were trained without
its group. kinds_check51/56/57, bench/calm_everyday.yaml and the judged questions are never training data here.
Beside each figure stands the same without the clause reading, and every urgent message it loses is printed.
With ``--write`` the models trained on every set go to bot/safety/data/danger_undone.json.

    python bench/train_danger_undo.py [--write] [--cache DIR] [--undo-from 0.3] [--danger-from 0.5] [--told-from 0.2]

The held-out sets (bench/urgent_bench.HELD_OUT, bench/judged_eval.HELD_OUT_SPLITS, and test74 while it is
written) are never read here. ``--cache DIR`` keeps the sentence vectors between runs (encoding takes minutes).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import yaml  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

import bot.safety.meaning as meaning_module  # noqa: E402
import bot.safety.undone as undone_module  # noqa: E402
from bench import judged_eval as je  # noqa: E402
from bench.faq_bench import JUDGED  # noqa: E402
from bench.faq_eval import ROOT  # noqa: E402
from bench.train_danger import fit, urgent_sets  # noqa: E402
from bench.urgent_bench import HELD_OUT  # noqa: E402
from bot.content.load import load_content  # noqa: E402
from bot.encoder import encode  # noqa: E402
from bot.safety.meaning import MEANING_FILE, load_meaning  # noqa: E402
from bot.safety.undone import UNDONE_FILE, Undone, clauses  # noqa: E402

NEVER = {*HELD_OUT, *je.HELD_OUT_SPLITS, "test74.yaml"}
KINDS = ("kinds_check51.yaml", "kinds_check56.yaml", "kinds_check57.yaml")
EVERYDAY = ROOT / "bench" / "calm_everyday.yaml"
TWINS = 70  # rapidfuzz partial ratio of the first 40 characters from which item i of both lists share a scene
SAME = 70  # rapidfuzz ratio from which two clauses of twins are the same clause
GROUPS = 12
PENALTY = 1.0


@dataclasses.dataclass
class Item:
    source: str
    kind: str  # urgent (an acute-danger set), train (training only), kinds, everyday, judged
    text: str
    urgent: bool
    index: int


def items() -> list[Item]:
    found = []
    for path in urgent_sets():
        found += _set_items(path, "train" if path.name.startswith("urgent_train") else "urgent")
    for name in KINDS:
        found += _set_items(ROOT / "bench" / name, "kinds")
    found += _set_items(EVERYDAY, "everyday")
    names = dict.fromkeys((*je.TUNING_SPLITS, *sorted(p.name for p in JUDGED.glob("test*.yaml"))))
    for name in (n for n in names if n not in NEVER):
        found += [Item(f"judged/{name}", "judged", str(q["q"]), False, i)
                  for i, q in enumerate(je.load_judged(JUDGED / name))]
    return found


def _set_items(path: Path, kind: str) -> list[Item]:
    if path.name in NEVER:
        raise SystemExit(f"{path.name} is held out")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Item(path.name, kind, str(q["q"]), key == "urgent", i)
            for key in ("urgent", "not_urgent") for i, q in enumerate(data.get(key) or [])]


def group(source: str) -> int:
    return sum(map(ord, source)) % GROUPS


def clause_rows(found: list[Item]) -> list[tuple[str, int | None, int | None, int]]:
    """Clauses with their undo and danger labels (None: not a training row of that model) and their group."""
    rows: list[tuple[str, int | None, int | None, int]] = []
    by_set: dict[str, dict[tuple[bool, int], str]] = {}
    for item in found:
        if item.kind in ("urgent", "train"):
            by_set.setdefault(item.source, {})[(item.urgent, item.index)] = item.text
    for source, messages in by_set.items():
        for (is_urgent, index), text in messages.items():
            if not is_urgent:
                continue
            own = clauses(text)
            calm = messages.get((False, index))
            twin = clauses(calm) if calm and fuzz.partial_ratio(text[:40], calm[:40]) >= TWINS else []
            for part in own:  # no clause of an urgent message undoes its danger
                told = int(max(fuzz.ratio(part, other) for other in twin) < SAME) if twin else None
                rows.append((part, 0, told, group(source)))
            for part in (twin if own else []):
                rows.append((part, int(max(fuzz.ratio(part, other) for other in own) < SAME), 0, group(source)))
    return rows


def fitted(x: np.ndarray, labels: list[int | None], groups: np.ndarray, left_out: int | None) -> np.ndarray:
    """One clause model (weights, the bias last) on the rows labelled for it, without group ``left_out``."""
    keep = np.array([label is not None for label in labels]) & (groups != left_out)
    return fit(x[keep], np.array([label or 0 for label in labels], float)[keep], PENALTY)


class Vectors:
    """Sentence vectors, encoded in batches, kept in ``cache`` (a folder) when given."""

    def __init__(self, cache: Path | None) -> None:
        self.cache, self.rows, self.array = cache, {}, np.zeros((0, 512), np.float32)
        if cache and (cache / "texts.json").exists():
            self.rows = {t: i for i, t in enumerate(json.loads((cache / "texts.json").read_text(encoding="utf-8")))}
            self.array = np.load(cache / "vectors.npy")

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self.rows))
        if missing:
            new = [encode(missing[i:i + 64]) for i in range(0, len(missing), 64)]
            self.rows.update((t, len(self.rows) + i) for i, t in enumerate(missing))
            self.array = np.vstack([self.array, *new]).astype(np.float32)
            if self.cache and len(missing) > 50:
                self.save()
        return self.array[[self.rows[t] for t in texts]]

    def save(self) -> None:
        if self.cache:
            self.cache.mkdir(parents=True, exist_ok=True)
            (self.cache / "texts.json").write_text(json.dumps(list(self.rows)), encoding="utf-8")
            np.save(self.cache / "vectors.npy", self.array)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"store the models in {UNDONE_FILE}")
    parser.add_argument("--cache", type=Path, help="a folder that keeps the sentence vectors between runs")
    parser.add_argument("--undo-from", type=float, default=0.3)
    parser.add_argument("--danger-from", type=float, default=0.5)
    parser.add_argument("--told-from", type=float, default=0.2)
    args = parser.parse_args()
    vectors = Vectors(args.cache)
    meaning_module.encode_one = lambda text: vectors([text])[0]  # type: ignore[assignment]  # the bot's reading, cached
    undone_module.encode = vectors  # type: ignore[assignment]
    found = items()
    vectors([item.text for item in found])
    rows = clause_rows(found)
    x = vectors([row[0] for row in rows]).astype(np.float64)
    undo, danger, groups = [row[1] for row in rows], [row[2] for row in rows], np.array([row[3] for row in rows])
    print(f"{len(rows)} clauses ({sum(u or 0 for u in undo)} undo, {sum(d or 0 for d in danger)} tell the danger) "
          f"in {GROUPS} groups of acute-danger sets; penalty {PENALTY:g}, undo from {args.undo_from:g}, "
          f"danger from {args.danger_from:g}, told by meaning from {args.told_from:g}")
    full = (fitted(x, undo, groups, None), fitted(x, danger, groups, None))
    models = {g: (fitted(x, undo, groups, g), fitted(x, danger, groups, g)) for g in range(GROUPS)}
    content = load_content(ROOT)
    assert content.danger is not None
    shipped = dataclasses.replace(load_meaning(MEANING_FILE), undone=None)  # the model as shipped before UC58
    reading = lambda pair: Undone(tuple(pair[0]), tuple(pair[1]), args.undo_from, args.danger_from, args.told_from)
    with_undone = {g: dataclasses.replace(shipped, undone=reading(pair)) for g, pair in models.items()}
    with_full = dataclasses.replace(shipped, undone=reading(full))
    before, after = [], []
    for item in found:
        if item.kind == "train":
            continue
        content.danger.meaning = shipped
        verdict = content.danger.check(item.text)
        before.append(verdict.urgent)
        if verdict.urgent and any(f.startswith("meaning:") for f in verdict.found):
            content.danger.meaning = with_undone[group(item.source)] if item.kind == "urgent" else with_full
            after.append(content.danger.check(item.text).urgent)
        else:
            after.append(verdict.urgent)
        if before[-1] and not after[-1] and item.urgent:
            print(f"  LOST {item.source} #{item.index + 1}: {item.text}")
    vectors.save()
    scored = [item for item in found if item.kind != "train"]
    recent = {f"urgent_test{k}.yaml" for k in range(41, 72)}
    table: list[tuple[str, Callable[[Item], bool]]] = [
        ("urgent_test41..71", lambda i: i.source in recent), ("all acute-danger sets", lambda i: i.kind == "urgent"),
        ("kinds_check51/56/57", lambda i: i.kind == "kinds"), ("calm_everyday", lambda i: i.kind == "everyday"),
        ("judged questions (112 lines)", lambda i: i.kind == "judged")]
    print(f"  {'':<30} {'urgent caught':>27}   {'calm alarmed':>27}")
    print(f"  {'':<30} {'without':>13} {'with':>13}   {'without':>13} {'with':>13}")
    for label, chosen in table:
        print(f"  {label:<30} " + "   ".join(" ".join(_count(scored, b, chosen, want) for b in (before, after))
                                              for want in (True, False)))
    if args.write:
        UNDONE_FILE.write_text(json.dumps(_stored(full, args, found)) + "\n", encoding="utf-8")
        print(f"written: {UNDONE_FILE}")
    return 0


def _count(scored: list[Item], verdicts: list[bool], chosen: Callable[[Item], bool], want: bool) -> str:
    picked = [v for item, v in zip(scored, verdicts, strict=True) if chosen(item) and item.urgent == want]
    return f"{sum(picked):>6}/{len(picked):<6}"


def _stored(full: tuple[np.ndarray, np.ndarray], args: argparse.Namespace, found: list[Item]) -> dict[str, Any]:
    return {
        "about": "clauses that undo an alarm by meaning (bot/safety/undone.py), written by bench/train_danger_undo.py",
        "trained": datetime.date.today().isoformat(),
        "trained_on": list(dict.fromkeys(i.source for i in found if i.kind in ("urgent", "train"))),
        "penalty": PENALTY,
        "undo_from": args.undo_from,
        "danger_from": args.danger_from,
        "told_from": args.told_from,
        "undo": [round(float(v), 5) for v in full[0]],
        "danger": [round(float(v), 5) for v in full[1]],
    }


if __name__ == "__main__":
    raise SystemExit(main())
