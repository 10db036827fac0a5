"""Acute danger in typed text: recall, false alarms and the cost of the check per message.

    python bench/urgent_bench.py

Quality on every set (each file's header says how it was made). All of them have been used for tuning, so
theirs are tuning figures: ../shared/eval/urgent_dev.yaml (development), bench/urgent_set.yaml (our own set),
bench/urgent_test.yaml and bench/urgent_test2.yaml (written blind, each scored once before it was tuned on:
67.5 % recall / 9 of 80 false alarms and 75.7 % / 6 of 70), bench/urgent_test3.yaml (written blind, held out
until 29 Nov 2026, 85.0 % / 8 of 60; its misses were then read for vocabulary) and bench/urgent_test4.yaml
(written blind, scored once at 74.0 % / 8 of 50, then tuned on) and bench/urgent_test5.yaml (written blind,
scored once by the lead at 85.0 % / 14 of 60 on 29 Nov 2026, then tuned on). A held-out figure needs a fresh
blind set.
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

SETS = [ROOT.parent / "shared" / "eval" / "urgent_dev.yaml", ROOT / "bench" / "urgent_set.yaml",
        ROOT / "bench" / "urgent_test.yaml", ROOT / "bench" / "urgent_test2.yaml",
        ROOT / "bench" / "urgent_test3.yaml", ROOT / "bench" / "urgent_test4.yaml",
        ROOT / "bench" / "urgent_test5.yaml"]  # all used for tuning
ROUNDS = 5


def quality(check: DangerCheck, path: Path) -> tuple[str, list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    urgent, calm = data.get("urgent", []), data.get("not_urgent", [])
    caught = sum(check.check(item["q"]).urgent for item in urgent)
    alarms = sum(check.check(item["q"]).urgent for item in calm)
    texts = [item["q"] for item in urgent + calm]
    recall = 100 * caught / max(len(urgent), 1)
    return (f"{path.name:20} recall {recall:5.1f}% ({caught}/{len(urgent)})  false alarms {alarms}/{len(calm)}",
            texts)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    content = load_content(ROOT)
    assert content.danger is not None
    texts: list[str] = []
    for path in SETS:
        if path.exists():
            line, found = quality(content.danger, path)
            print(line)
            texts += found
    check_ms: list[float] = []
    for _ in range(ROUNDS):
        fresh = DangerCheck(content.danger.rules, content.danger._ordinary, content.danger._known)
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
    print(f"\n{len(texts)} messages x {ROUNDS} rounds, cold word cache each round")
    print(f"danger check : p50 {statistics.median(check_ms):.3f} ms  p99 {percentile(check_ms, 0.99):.3f} ms")
    print(f"whole turn   : p50 {statistics.median(turn_ms):.3f} ms  p99 {percentile(turn_ms, 0.99):.3f} ms "
          f"(the check is {100 * statistics.median(check_ms) / statistics.median(turn_ms):.0f}% of a turn at p50)")


def _now():  # noqa: ANN202
    import datetime
    return datetime.datetime(2026, 11, 29, 12, 0, tzinfo=datetime.timezone.utc)


if __name__ == "__main__":
    main()
