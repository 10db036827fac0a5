"""Train the danger check's reading by meaning (bot/safety/meaning.py) on the labelled acute-danger sets.

Every message of the acute-danger sets (urgent or close but calm; bench/urgent_*.yaml, also the training-only
urgent_train_*.yaml), and as calm examples every judged professional question (bench/judged,
../shared/eval/dev_questions.yaml) that the word rules leave calm and that is not labelled with the
acute-danger entry, and the everyday messages of bench/calm_everyday.yaml ("vertrekt vrijdag" to a shop, a
kitchen knife, "this exam will kill me"): ordinary text must not set off the emergency reply. Each is
encoded once (bot/encoder.py); a logistic model with an L2 penalty is fitted on the vectors (Newton's method,
numpy). The bot puts 112 first when the word rules OR this model say so.

First it prints a leave-one-set-out estimate: for each acute-danger set, a model trained on the others is
scored on it, beside the word rules alone (which were tuned on every one of these sets, so their figure
flatters them; only a set written after the rules were tuned is fair to both). Ordinary questions flagged
are counted the same way, leaving out one judged split at a time. Then it fits on everything and, with
``--write``, stores the model in bot/safety/data/danger_meaning.json.

    python bench/train_danger.py [--write] [--penalty 0.3] [--threshold 0.7] [--sure 0.93]

The held-out sets (bench/urgent_bench.HELD_OUT and bench/judged_eval.HELD_OUT_SPLITS) are never read here.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["HELPDESK_SEMANTIC"] = "off"  # the word rules alone; the meaning model is what is trained here

import numpy as np  # noqa: E402
import yaml  # noqa: E402

from bench import judged_eval as je  # noqa: E402
from bench.faq_bench import JUDGED  # noqa: E402
from bench.faq_eval import DEV_SET, ROOT  # noqa: E402
from bench.urgent_bench import HELD_OUT  # noqa: E402  (one place names the held-out urgent set)
from bot.content.load import load_content  # noqa: E402
from bot.encoder import encode  # noqa: E402
from bot.safety.meaning import MEANING_FILE, MIN_WORDS  # noqa: E402
from bot.safety.detector import DangerCheck, words  # noqa: E402

URGENT_DEV = ROOT.parent / "shared" / "eval" / "urgent_dev.yaml"
EVERYDAY = ROOT / "bench" / "calm_everyday.yaml"  # ordinary messages with danger-like words: calm examples only
EVERYDAY_FOLDS = 4  # one file: left out a quarter at a time
DANGER_IDS = ("acuut_gevaar", "dreiging_geweld")  # judged questions labelled with these may be urgent: not calm examples


def urgent_sets() -> list[Path]:
    found = sorted(p for p in (ROOT / "bench").glob("urgent_*.yaml") if p.name not in HELD_OUT)
    return [URGENT_DEV, *found]


def labelled(sets: list[Path]) -> tuple[list[str], list[str], np.ndarray]:
    texts, origin, labels = [], [], []
    for path in sets:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key, label in (("urgent", 1.0), ("not_urgent", 0.0)):
            for item in data.get(key) or []:
                texts.append(str(item["q"]))
                origin.append(path.name)
                labels.append(label)
    return texts, origin, np.array(labels)


def ordinary_questions() -> tuple[list[str], list[str]]:
    """The judged professional questions (none labelled with the acute-danger entries), and the shared dev set's."""
    texts, origin = [], []
    for name in (*je.TUNING_SPLITS, *sorted(p.name for p in JUDGED.glob("test*.yaml"))):
        if name in je.HELD_OUT_SPLITS or name in origin:
            continue
        for item in je.load_judged(JUDGED / name):
            if not set(item.get("ids") or ()) & set(DANGER_IDS):
                texts.append(str(item["q"]))
                origin.append(name)
    data = yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))
    for item in (data.get("in_domain") or []) + (data.get("out_of_domain") or []):
        texts.append(str(item["q"]))
        origin.append(DEV_SET.name)
    return texts, origin


def vectors(texts: list[str]) -> np.ndarray:
    return np.vstack([encode(texts[i:i + 64]) for i in range(0, len(texts), 64)]).astype(np.float64)


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """Weights, the bias last."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    ridge = penalty * np.diag(np.r_[np.ones(len(w) - 1), 0.0])  # no penalty on the bias
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        step = np.linalg.solve((xb.T * (p * (1 - p))) @ xb + ridge, xb.T @ (p - y) + ridge @ w)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def probability(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w[:-1] + w[-1])))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"store the model in {MEANING_FILE}")
    parser.add_argument("--penalty", type=float, default=0.3)
    parser.add_argument("--threshold", type=float, default=0.7, help="with a danger word beyond a time or a trip")
    parser.add_argument("--sure", type=float, default=0.93, help="without one")
    args = parser.parse_args()
    content = load_content(ROOT)
    assert content.danger is not None and content.danger.meaning is None
    texts, origin, y = labelled(urgent_sets())
    rule = np.array([content.danger.check(t).urgent for t in texts])
    read, strong = _readings(content.danger, texts)
    calm_texts, calm_origin = ordinary_questions()
    if EVERYDAY.exists():
        everyday, _, _ = labelled([EVERYDAY])
        calm_texts += everyday
        calm_origin += [f"{EVERYDAY.name}#{i % EVERYDAY_FOLDS}" for i in range(len(everyday))]  # folds: see below
    calm_rule = np.array([content.danger.check(t).urgent for t in calm_texts])
    keep = ~calm_rule
    calm_texts = [t for t, k in zip(calm_texts, keep) if k]
    calm_origin = [o for o, k in zip(calm_origin, keep) if k]
    x, calm_x = vectors(texts), vectors(calm_texts)
    origin_a, calm_origin_a = np.array(origin), np.array(calm_origin)
    print(f"{len(texts)} acute-danger set messages ({int(y.sum())} urgent), {len(calm_texts)} ordinary questions "
          f"as calm examples; penalty {args.penalty:g}, threshold {args.threshold:g} (sure {args.sure:g}); "
          f"leave one set out:")
    totals = {"rule": [0, 0], "both": [0, 0]}
    for name in dict.fromkeys(origin):
        out = origin_a == name
        w = fit(np.vstack([x[~out], calm_x]), np.r_[y[~out], np.zeros(len(calm_x))], args.penalty)
        meaning = _counts(probability(x[out], w), read[out], strong[out], args.threshold, args.sure)
        both = rule[out] | meaning
        yy = y[out]
        for key, found in (("rule", rule[out]), ("both", both)):
            totals[key][0] += int(found[yy == 1].sum())
            totals[key][1] += int(found[yy == 0].sum())
        print(f"  {name:<20} word rules {_row(rule[out], yy)}   rules or meaning {_row(both, yy)}")
    urgent_n, calm_n = int(y.sum()), int((y == 0).sum())
    for key, label in (("rule", "word rules"), ("both", "rules or meaning")):
        print(f"  all                  {label:<17} recall {100 * totals[key][0] / urgent_n:5.1f}%  "
              f"false alarms {totals[key][1]}/{calm_n}")
    calm_read, calm_strong = _readings(content.danger, calm_texts)
    flagged = {"questions": [0, 0], "everyday": [0, 0]}
    for name in dict.fromkeys(calm_origin):
        out = calm_origin_a == name
        w = fit(np.vstack([x, calm_x[~out]]), np.r_[y, np.zeros(int((~out).sum()))], args.penalty)
        kind = flagged["everyday" if name.startswith(EVERYDAY.name) else "questions"]
        kind[0] += int(_counts(probability(calm_x[out], w), calm_read[out], calm_strong[out], args.threshold,
                               args.sure).sum())
        kind[1] += int(out.sum())
    print(f"  set off by meaning, leaving each group out: judged professional questions "
          f"{flagged['questions'][0]}/{flagged['questions'][1]}, everyday messages "
          f"{flagged['everyday'][0]}/{flagged['everyday'][1]}")
    w = fit(np.vstack([x, calm_x]), np.r_[y, np.zeros(len(calm_x))], args.penalty)
    if args.write:
        MEANING_FILE.parent.mkdir(exist_ok=True)
        MEANING_FILE.write_text(json.dumps({
            "about": "acute danger by meaning (bot/safety/meaning.py), written by bench/train_danger.py --write",
            "trained": datetime.date.today().isoformat(),
            "trained_on": [*dict.fromkeys(origin), f"{len(calm_texts)} judged questions as calm examples"],
            "messages": len(texts) + len(calm_texts),
            "penalty": args.penalty,
            "threshold": args.threshold,
            "sure": args.sure,
            "bias": round(float(w[-1]), 5),
            "weights": [round(float(v), 5) for v in w[:-1]],
        }) + "\n", encoding="utf-8")
        print(f"written: {MEANING_FILE}")
    return 0


def _readings(check: DangerCheck, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """As DangerCheck.check decides: whether the model reads a message at all (not too short, no denial), and
    whether it has a word of a danger group beyond a time or a trip (``meaning_not_enough``)."""
    verdicts = [check.check(t) for t in texts]
    read = np.array([len(words(t)) >= MIN_WORDS and not v.denied for t, v in zip(texts, verdicts)])
    strong = np.array([bool(v.groups - check.rules.meaning_not_enough) for v in verdicts])
    return read, strong


def _counts(p: np.ndarray, read: np.ndarray, strong: np.ndarray, threshold: float, sure: float) -> np.ndarray:
    return read & (((p >= threshold) & strong) | (p >= sure))


def _row(found: np.ndarray, y: np.ndarray) -> str:
    return f"recall {100 * found[y == 1].mean():5.1f}%  false alarms {int(found[y == 0].sum()):2d}/{int((y == 0).sum())}"


if __name__ == "__main__":
    raise SystemExit(main())
