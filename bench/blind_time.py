"""The answers each held-out split got when it was scored, and what other answer levels would have done to them.

Every judged split was scored once, blind, at one commit (``SCORED_AT``). Afterwards variants were written for its
misses, so today the tuning splits flatter any answer level tuned on them: a question whose words were added as a
variant scores higher than a new one would. This script checks each split's scoring commit out into a temporary
git worktree, answers the split's questions there as the bot did then (:func:`bot.faq.ask.answer`) and records per
question what the decision had to go on: the model's probabilities for its first three candidates before a short
question's confirmation (:func:`bot.faq.decision.confirm`), whether the lexical rule answered, whether the off-topic
check or the vague check would hold an answer back, and whether the message is a story. The records hold no
question text; labels are read from today's split files, so later relabelling counts.

    python bench/blind_time.py record [SPLIT ...]      # a minute or two per split; all of SCORED_AT without names
                                                       # (also the evidence for bench/blind_time_models.py)
    python bench/blind_time.py levels [--cost 3]       # leave-one-split-out over the records
    python bench/blind_time.py levels --confirm 60 --write   # ... with the confirmation level held at 60, and ship
                                                       # the levels chosen on all splits (decision.json)

``levels`` tries two changes, each chosen on the other splits by utility (right answers minus ``cost`` times wrong
and off-topic answers, the cost the shipped model was trained with) and scored on the left-out split:

- higher answer levels (short questions, stories) and a higher confirmation level: answers can only be taken away;
- a "lead rule": a first candidate far ahead of the runner-up is answered below the answer level (where neither the
  off-topic nor the vague check holds it back).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RECORDS = ROOT / "bench" / "judged" / "blind_time"
# per question, the evidence rows the decision model weighed (bench/blind_time_models.py); about 230 kB a split, so
# not committed: ``record`` writes them again
EVIDENCE = RECORDS / "evidence"
# The commit each split was scored at: the clean clone named in its "Scored" commit message, or the commit right
# before that message where it names none.
SCORED_AT = {
    "test55.yaml": "d515d08", "test56.yaml": "10c461b", "test57.yaml": "7fae0f3", "test58.yaml": "59fdb9b",
    "test59.yaml": "6eda157", "test60.yaml": "48b2d73", "test61.yaml": "140f3b5", "test62.yaml": "a155a0b",
    "test63.yaml": "dbb1bd2", "test64.yaml": "74037fd", "test65.yaml": "60aacd7", "test66.yaml": "8ffbf84",
    "test67.yaml": "5734bd0", "test68.yaml": "dd791e6", "test69.yaml": "8170fd3", "test70.yaml": "068f367",
    "test71.yaml": "594de84", "test72.yaml": "5eb60df", "test73.yaml": "5b585c7",
}
# The answer levels (short questions, stories) and the confirmation level each split was answered with when it was
# recorded; records from before the fifty-fifth session carry none and were all answered at these:
RECORDED_BEFORE = (74.0, 72.0, 50.0)
NO_LEAD = ((101.0, 0.0), (101.0, 0.0))
Record = dict[str, Any]


def record(split: str) -> None:
    """Answer ``split`` at its scoring commit in a temporary worktree and write its records."""
    RECORDS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as parent:
        tree = Path(parent) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), SCORED_AT[split]],
                       check=True)
        try:
            subprocess.run([sys.executable, __file__, "_answer", str(tree), split, str(RECORDS / f"{Path(split).stem}.json")],
                           check=True, cwd=tree)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def answer_there(tree: Path, split: str, out: Path) -> None:
    """Runs inside the worktree (a separate process), with that commit's ``bot`` package first on the path."""
    sys.path.insert(0, str(tree))
    os.chdir(tree)
    import yaml

    import bot.faq.decision as decision
    from bot.content.load import load_content
    from bot.faq.ask import answer
    from bot.faq.message import read_message

    content = load_content(tree)
    index = content.faq_index
    places = getattr(index, "places", None)  # a town read as "gemeente", as the matcher does
    off_topic = getattr(index.semantic, "off_topic", None)  # the off-topic check came in test56's session
    seen: list[tuple[list[tuple[int, float]], bool]] = []
    weighed: list[tuple[list[int], list[list[float]]]] = []  # the evidence rows (bench/blind_time_models.py)
    confirm, evidence = decision.confirm, decision.evidence

    def spy(ranked: list[tuple[int, float]], rule_says: bool, *rest: Any) -> list[tuple[int, float]]:
        seen.append((list(ranked[:3]), rule_says))
        return confirm(ranked, rule_says, *rest)

    def spy_evidence(*args: Any, **kwargs: Any) -> tuple[list[int], list[list[float]]]:
        found = evidence(*args, **kwargs)
        weighed.append(found)
        return found

    setattr(decision, "confirm", spy)  # the model calls them by their module name
    setattr(decision, "evidence", spy_evidence)
    questions = yaml.safe_load((ROOT / "bench" / "judged" / split).read_text(encoding="utf-8"))["questions"]
    rows, weights = [], []
    for item in questions:
        question, role = item["q"], item.get("role")
        reply = answer(content, question, item.get("lang") or "nl", role)
        lang = reply["lang"]
        text = places.generalise(question, lang) if places is not None else question
        seen.clear()
        weighed.clear()
        index.ranked(text, lang, role)
        raw, rule_says = seen[-1] if seen else ([], False)
        targets, evidence_rows = weighed[-1] if weighed else ([], [])
        message = read_message(question)
        rows.append({"got": reply["faq_id"], "urgent": reply["urgent"], "suggestions": reply["suggestions"][:3],
                     "first": [[index.targets[t].id, round(p, 2)] for t, p in raw], "rule_answers": rule_says,
                     "off_topic_check": bool(off_topic is not None and off_topic(text)),
                     "vague": bool(index.vague(text, lang)), "story": message.story})
        weights.append({"got": reply["faq_id"], "candidates": [index.targets[t].id for t in targets],
                        "rows": [[round(x, 5) for x in row] for row in evidence_rows],
                        "off_topic_check": rows[-1]["off_topic_check"], "vague": rows[-1]["vague"],
                        "story": message.story, "worry": message.worry})
    shipped = decision.load_decision()  # that commit's decision.json, as its answers were given
    levels = [shipped.thresholds.answer, shipped.thresholds.story_answer, shipped.confirm_from]
    out.write_text(dumps({"split": split, "commit": SCORED_AT[split], "levels": levels}, rows), encoding="utf-8")
    EVIDENCE.mkdir(parents=True, exist_ok=True)
    (EVIDENCE / out.name).write_text(json.dumps({"split": split, "commit": SCORED_AT[split], "answers": weights}),
                                     encoding="utf-8")
    print(f"{split}: {len(rows)} questions at {SCORED_AT[split]} -> {out.relative_to(tree) if out.is_relative_to(tree) else out}")


def dumps(head: dict[str, Any], rows: list[Record]) -> str:
    """The records as JSON with one answer per line, so a diff shows which answers changed."""
    lines = ",\n".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows)
    return json.dumps(head)[:-1] + ', "answers": [\n' + lines + "\n]}\n"


def load_records() -> dict[str, list[Record]]:
    """Every recorded split, each answer joined with today's labels (``ids``) and off-topic flag."""
    import yaml

    found = {}
    for path in sorted(RECORDS.glob("test*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        questions = yaml.safe_load((ROOT / "bench" / "judged" / data["split"]).read_text(encoding="utf-8"))["questions"]
        rows = []
        for row, item in zip(data["answers"], questions, strict=True):
            first = row["first"]
            rows.append({**row, "ids": item.get("ids") or [], "off": bool(item.get("offtopic")),
                         "levels": tuple(data.get("levels", RECORDED_BEFORE)),
                         "p1": first[0][1] if first else 0.0, "p2": first[1][1] if len(first) > 1 else 0.0,
                         "candidate": first[0][0] if first else None})
        found[data["split"]] = rows
    return found


Levels = tuple[float, float, float]
Lead = tuple[tuple[float, float], tuple[float, float]]


def outcome(rows: Iterable[Record], levels: Levels | None = None, lead: Lead = NO_LEAD) -> dict[str, int]:
    """Right, wrong, off-topic answered and rejected, had the answer levels been ``levels`` (None: as recorded) and
    the lead rule ``lead`` ((level, lead) for short questions, then for stories). Levels can only take answers away
    from those given at the recorded levels."""
    rows = list(rows)
    answers = []
    for row in rows:
        got = row["got"]
        if (got is not None and levels is not None and _decided_by_levels(row, row["levels"])
                and not _decided_by_levels(row, levels)):
            got = None  # a higher level takes this answer away
        elif got is None and row["candidate"] and not row["off_topic_check"] and not row["vague"]:
            level, ahead = lead[1] if row["story"] else lead[0]
            if row["p1"] >= level and row["p1"] - row["p2"] >= ahead:
                got = row["candidate"]
        answers.append(got)
    return tally(rows, answers)


def tally(rows: Sequence[Record], answers: Sequence[str | None]) -> dict[str, int]:
    """Right, wrong, off-topic answered and rejected, for these answers (None: no answer) to these questions."""
    counts = dict.fromkeys(("right", "wrong", "answerable", "off_answered", "off_rejected"), 0)
    for row, got in zip(rows, answers, strict=True):
        if row["off"]:
            counts["off_answered" if got else "off_rejected"] += 1
            continue
        counts["answerable"] += 1
        if got:
            counts["right" if got in row["ids"] else "wrong"] += 1
    return counts


def _decided_by_levels(row: Record, levels: Levels) -> bool:
    """Whether the answer's own probability reaches ``levels``: its kind's answer level, or for a short question the
    lexical rule answers, the confirmation level. An answer given below the shipped levels came another way (one of
    two questions in the message, the other language) and is left as it was."""
    short, story, confirm_from = levels
    p1 = next((p for entry, p in row["first"] if entry == row["got"]), row["p1"])
    return p1 >= (story if row["story"] else short) or (not row["story"] and row["rule_answers"] and p1 >= confirm_from)


def utility(counts: dict[str, int], cost: float) -> float:
    return counts["right"] - cost * (counts["wrong"] + counts["off_answered"])


def describe(counts: dict[str, int], cost: float = 3.0) -> str:
    answered = counts["right"] + counts["wrong"]
    off = counts["off_answered"] + counts["off_rejected"]
    return (f"utility {utility(counts, cost):6.0f}  "
            f"right {counts['right']:5d} ({100 * counts['right'] / max(1, counts['answerable']):4.1f} %)  "
            f"wrong {counts['wrong']:4d} ({100 * counts['wrong'] / max(1, counts['answerable']):4.1f} %)  "
            f"precision {100 * counts['right'] / max(1, answered):5.1f} %  "
            f"off-topic rejected {100 * counts['off_rejected'] / max(1, off):5.1f} %")


def add(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {key: a.get(key, 0) + b[key] for key in b}


def leave_one_out(splits: dict[str, list[Record]], candidates: Sequence[Any], score: Callable[[list[Record], Any],
                  dict[str, int]], cost: float) -> dict[str, int]:
    total: dict[str, int] = {}
    for name, rows in splits.items():
        others = [row for other, more in splits.items() if other != name for row in more]
        chosen = max(candidates, key=lambda c: utility(score(others, c), cost))
        counts = score(rows, chosen)
        print(f"  {name:12s} {chosen}  {describe(counts, cost)}")
        total = add(total, counts)
    return total


def levels(cost: float, write: bool = False, confirm_level: float | None = None) -> None:
    splits = load_records()
    if not splits:
        sys.exit(f"no records in {RECORDS}: run `python bench/blind_time.py record` first")
    every = [row for rows in splits.values() for row in rows]
    print(f"{len(splits)} splits recorded at their scoring commits, {len(every):,} questions; cost of a wrong answer {cost:g}")
    print(f"as answered when scored:      {describe(outcome(every), cost)}")
    grid = [(float(s), float(t), float(c)) for s in range(74, 100, 2) for t in range(72, 100, 2)
            for c in ((confirm_level,) if confirm_level is not None else (50, 60, 70, 74, 80, 85, 90, 101))]
    print("higher answer levels (short, story, confirmation), chosen on the other splits:")
    print(f"  leave-one-split-out:  {describe(leave_one_out(splits, grid, outcome, cost), cost)}")
    chosen = max(grid, key=lambda c: utility(outcome(every, c), cost))
    print(f"  chosen on all splits: {chosen} (in-sample {describe(outcome(every, chosen), cost)})")
    if write:
        ship(chosen, len(splits), len(every), cost, confirm_level is not None)
    leads = [((float(a), float(m)), (float(b), float(k))) for a in (101, 40, 50, 60, 65) for m in (20, 30, 40, 50)
             for b in (101, 40, 50, 60, 65) for k in (20, 30, 40, 50)]
    print("lead rule ((level, lead) for short questions, for stories), chosen on the other splits:")
    print(f"  leave-one-split-out:  "
          f"{describe(leave_one_out(splits, leads, lambda r, c: outcome(r, None, c), cost), cost)}")


def ship(chosen: Levels, splits: int, questions: int, cost: float, held: bool) -> None:
    """Write ``chosen`` into the shipped decision model: the levels the model was tuned to on the tuning splits are
    too low for new questions (variants written from each split's misses flatter them), so the answer levels come
    from the blind-time answers instead. bench/train_decision.py --write puts its own back; run this again after it."""
    from bot.faq.decision import DECISION_FILE as path  # this checkout's shipped model

    data = json.loads(path.read_text(encoding="utf-8"))
    data["thresholds"]["answer"], data["thresholds"]["story_answer"], data["confirm_from"] = chosen
    data["levels_from"] = (f"bench/blind_time.py levels --write: chosen on the blind-time answers of {splits} splits "
                           f"({questions} questions) at a wrong answer's cost of {cost:g}"
                           + (f", the confirmation level held at {chosen[2]:g}" if held else ""))
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"written: {path} (answer {chosen[0]:g}, stories {chosen[1]:g}, confirmation {chosen[2]:g})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="answer splits at their scoring commits")
    rec.add_argument("splits", nargs="*", help="e.g. test66.yaml (default: all of SCORED_AT)")
    lev = sub.add_parser("levels", help="leave-one-split-out over the records")
    lev.add_argument("--cost", type=float, default=3.0)
    lev.add_argument("--write", action="store_true", help="ship the levels chosen on all splits in decision.json")
    lev.add_argument("--confirm", type=float, help="hold the confirmation level at this (percent) instead of choosing it")
    there = sub.add_parser("_answer")  # internal: runs inside a worktree
    there.add_argument("tree", type=Path)
    there.add_argument("split")
    there.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        for split in args.splits or list(SCORED_AT):
            record(split if split.endswith(".yaml") else f"{split}.yaml")
    elif args.command == "levels":
        levels(args.cost, args.write, args.confirm)
    else:
        answer_there(args.tree, args.split, args.out)


if __name__ == "__main__":
    main()
