"""Write ``bot/faq/data/off_topic_judged.txt``: the off-topic questions of the judged tuning splits, one per line.

    python bench/build_off_topic.py

The bot reads them beside ``faq/off_topic.yaml`` as questions it should not answer (:mod:`bot.faq.off_topic`):
blind writers put 35 near-domain off-topic questions in every split, and together they cover the kinds of
question that lie next to the FAQ far more densely than a hand-written list. Only tuning splits are read, never
the held-out one. Because each tuning question then finds itself among the examples, figures over the tuning
splits overstate what this does; ``bench/off_topic_loso.py`` reads each split against the other splits' examples.
Run it again after a held-out split has been scored and added to ``TUNING_SPLITS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.judged_eval import HELD_OUT_SPLITS, TUNING_SPLITS, load_judged  # noqa: E402
from bot.faq.off_topic import JUDGED_FILE  # noqa: E402


def off_topic_questions(folder: Path, splits: tuple[str, ...] = TUNING_SPLITS) -> list[str]:
    assert not set(splits) & set(HELD_OUT_SPLITS), "a held-out split must never become an example"
    found = [" ".join(str(item["q"]).split()) for name in splits for item in load_judged(folder / name)
             if item.get("offtopic")]
    return list(dict.fromkeys(q for q in found if q))


def main() -> None:
    questions = off_topic_questions(ROOT / "bench" / "judged")
    JUDGED_FILE.write_text("".join(q + "\n" for q in questions), encoding="utf-8")
    print(f"{len(questions)} off-topic questions from {len(TUNING_SPLITS)} tuning splits -> "
          f"{JUDGED_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
