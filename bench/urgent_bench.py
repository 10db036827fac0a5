"""Acute danger in typed text: recall, false alarms and the cost of the check per message.

    python bench/urgent_bench.py

Quality on every set (each file's header says how it was made). All of them have been used for tuning, so
theirs are tuning figures: ../shared/eval/urgent_dev.yaml (development), bench/urgent_set.yaml (our own set),
bench/urgent_test.yaml and bench/urgent_test2.yaml (written blind, each scored once before it was tuned on:
67.5 % recall / 9 of 80 false alarms and 75.7 % / 6 of 70), bench/urgent_test3.yaml (written blind, held out
until 29 Nov 2026, 85.0 % / 8 of 60; its misses were then read for vocabulary) and bench/urgent_test4.yaml
(written blind, scored once at 74.0 % / 8 of 50, then tuned on) and bench/urgent_test5.yaml (written blind,
scored once by the lead at 85.0 % / 14 of 60 on 29 Nov 2026, then tuned on). On 30 Nov 2026 three more blind
sets were each scored once and then tuned on: urgent_test6 (word rules 76.7 % / 7 of 60), urgent_test7 (rules
58.3 %, rules or meaning 81.7 %, 12 of 60 false alarms) and urgent_test8 (rules 53.3 %, rules or meaning 70.0 %,
10 of 60). bench/urgent_train_a.yaml, urgent_train_b.yaml and calm_everyday.yaml are training examples for the
meaning model (bench/train_danger.py), never tests. A held-out figure needs a fresh blind set.
Each set is scored twice: the word rules of faq/danger.yaml alone, and as the bot runs (rules or meaning).
Speed: the check alone over every message of every set (cold cache: a fresh checker per round, so each word
is read for the first time), against a whole engine turn on the same messages in the same run.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.address import Address
from bot.content.load import load_content  # noqa: E402
from bot.engine import Session, TextMessage, handle  # noqa: E402
from bot.safety import DangerCheck  # noqa: E402

HELD_OUT: tuple[str, ...] = ("urgent_test72.yaml",)  # to be written blind in the fifty-eighth session for a later one to score once; urgent_test12-71 were each scored once (urgent_test71: 86.7 % recall, 29/60 false alarms as the bot ran; word rules alone 71.7 %, 11/60; 6 Dec 2026) and are tuning data now
SETS = [ROOT.parent / "shared" / "eval" / "urgent_dev.yaml",
        *sorted(p for p in (ROOT / "bench").glob("urgent_*.yaml") if p.name not in HELD_OUT),
        ROOT / "bench" / "calm_everyday.yaml"]
ROUNDS = 5


def quality(checks: list[DangerCheck], path: Path) -> tuple[str, list[str]]:
    """One line per set: recall and false alarms for each check (the word rules alone, then as the bot runs)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    urgent, calm = data.get("urgent") or [], data.get("not_urgent") or []
    line = f"{path.name:20}"
    for check in checks:
        caught = sum(check.check(item["q"]).urgent for item in urgent)
        alarms = sum(check.check(item["q"]).urgent for item in calm)
        recall = f"{100 * caught / len(urgent):5.1f}% ({caught}/{len(urgent)})" if urgent else "     -    "
        line += f"   recall {recall:>15}  false alarms {alarms:>2}/{len(calm)}"
    return line, [item["q"] for item in urgent + calm]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    content = load_content(ROOT)
    assert content.danger is not None
    rules = DangerCheck(content.danger.rules, content.danger._ordinary, content.danger._known)
    checks = [rules] + ([content.danger] if content.danger.meaning is not None else [])
    print(f"{'':20}   {'word rules alone':<45}" + ("   word rules or meaning (as the bot runs)" if len(checks) > 1 else ""))
    texts: list[str] = []
    for path in SETS:
        if path.exists():
            line, found = quality(checks, path)
            print(line)
            texts += found
    check_ms: list[float] = []
    for _ in range(ROUNDS):
        fresh = DangerCheck(content.danger.rules, content.danger._ordinary, content.danger._known,
                            content.danger.meaning)
        for text in texts:
            start = time.perf_counter()
            fresh.check(text)
            check_ms.append((time.perf_counter() - start) * 1000)
    turn_ms: list[float] = []
    session = Session(Address("bench", "1"), role="docent")
    for text in texts:
        start = time.perf_counter()
        handle(content, session, TextMessage(text, at=_now()))
        turn_ms.append((time.perf_counter() - start) * 1000)
    print(f"\n{len(texts)} messages x {ROUNDS} rounds, cold word cache each round"
          f"{'; the meaning model reads what the rules let pass' if content.danger.meaning else ''}")
    print(f"danger check : p50 {statistics.median(check_ms):.3f} ms  p99 {percentile(check_ms, 0.99):.3f} ms")
    print(f"whole turn   : p50 {statistics.median(turn_ms):.3f} ms  p99 {percentile(turn_ms, 0.99):.3f} ms "
          f"(the check is {100 * statistics.median(check_ms) / statistics.median(turn_ms):.0f}% of a turn at p50)")


def _now():  # noqa: ANN202
    import datetime
    return datetime.datetime(2026, 11, 29, 12, 0, tzinfo=datetime.timezone.utc)


if __name__ == "__main__":
    main()
