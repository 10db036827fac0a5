"""Every held-out split scored once since the decision model, together: how often the targets were met, and the sign
tests against the peers pooled over splits.

    python bench/held_out_history.py [--last N]

Reads ``bench/judged/scored_once.tsv``: one row per split, the figures ``bench/faq_bench.py`` printed the one time it
was scored, by the model and the peers' thresholds of that day (trained and tuned on the splits before it). After
scoring a new split, add its row. Each comparison in a pooled test is on questions that model had never seen, so the
pooled test is a held-out figure; the splits differ in mix and in the model that was scored, so it says whether the
matcher beats a peer in general, not by how much on a given day.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.judged_eval import sign_test_p  # noqa: E402

TABLE = ROOT / "bench" / "judged" / "scored_once.tsv"
PEERS = {"vs_lexical": "lexical matcher", "vs_bm25": "bm25", "vs_token_set": "token_set_ratio"}


def read(path: Path = TABLE) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def report(rows: list[dict[str, str]]) -> list[str]:
    def values(key: str) -> list[float]:
        return [float(row[key]) for row in rows]

    precision, wrong, off = values("precision"), values("wrong"), values("offtopic_rejected")
    lines = [f"{len(rows)} held-out splits ({rows[0]['split']} to {rows[-1]['split']}), "
             f"{sum(int(row['n']) for row in rows):,} questions",
             f"  precision {min(precision):.1f}-{max(precision):.1f} %, median {statistics.median(precision):.1f} %; "
             f">= 90 % on {sum(p >= 90 for p in precision)}",
             f"  confidently wrong median {statistics.median(wrong):.1f} %; <= 3 % on {sum(w <= 3 for w in wrong)}",
             f"  off-topic rejected median {statistics.median(off):.1f} %; >= 95 % on {sum(o >= 95 for o in off)}",
             f"  stories precision median {statistics.median(values('story_precision')):.1f} %, short questions "
             f"{statistics.median(values('short_precision')):.1f} %",
             "  pooled sign test (items only the matcher gets right : only the peer gets right):"]
    for key, name in PEERS.items():
        wins = sum(int(row[key].split(":")[0]) for row in rows)
        losses = sum(int(row[key].split(":")[1]) for row in rows)
        p = sign_test_p(wins, losses)
        lines.append(f"    matcher vs {name:16} {wins}:{losses}  p " + (f"= {p:.1g}" if p > 0 else "< 1e-300"))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--last", type=int, default=10, help="also report the newest N splits apart (default 10)")
    last = parser.parse_args().last
    rows = read()
    print("\n".join(report(rows)))
    if 0 < last < len(rows):
        print("\n".join(report(rows[-last:])))


if __name__ == "__main__":
    main()
