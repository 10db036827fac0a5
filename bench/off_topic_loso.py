"""What the off-topic check does to the judged tuning questions, each split read against the other splits' examples.

    python bench/off_topic_loso.py

The bundled examples (``bot/faq/data/off_topic_judged.txt``) are the tuning splits' own off-topic questions, so
asking the bot about those splits would let every question find itself. Here every tuning question is matched
with the check off, and the check is then applied with the examples of ``faq/off_topic.yaml`` and of every OTHER
split: a fair figure for questions like the next blind split's. Prints confident answers right and wrong before
and after, and the off-topic questions answered; and, for questions that get only "did you mean", how many lose
their buttons (the honest no-answer instead): off-topic or not covered, and answerable with a right entry among them.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.build_off_topic import off_topic_questions  # noqa: E402
from bench.judged_eval import TUNING_SPLITS, load_judged  # noqa: E402
from bot.content.load import load_content  # noqa: E402
from bot.encoder import encode  # noqa: E402
from bot.faq.off_topic import NEAREST, NEEDED, examples_among_nearest, judged_examples  # noqa: E402

SWEEP = (6, 7, 8, 9, 10)


def main() -> None:
    content = load_content(ROOT)
    index, semantic = content.faq_index, content.faq_index.semantic
    if semantic is None:
        sys.exit("the off-topic check needs the semantic signal (HELPDESK_SEMANTIC on, the encoder installed)")
    bundled = set(judged_examples())
    own = [q for q in semantic._off_topic if q not in bundled]  # faq/off_topic.yaml
    semantic._off_topic = []  # the check off: what the bot would answer without it
    folder = ROOT / "bench" / "judged"
    own_vectors = encode(own) if own else np.zeros((0, 512), dtype=np.float32)
    written_in = [(name, q) for name in TUNING_SPLITS for q in off_topic_questions(folder, (name,))]
    judged_vectors = encode([q for _, q in written_in])
    counts: Counter[str] = Counter()
    for name in TUNING_SPLITS:
        others = np.array([split != name for split, _ in written_in])
        examples = np.vstack([own_vectors, judged_vectors[others]])
        for item in load_judged(folder / name):
            question, labels = str(item["q"]), set(item.get("ids") or [])
            match, _ = index.match_asked(question, str(item.get("lang", "nl")), item.get("role"))
            if match.verdict == "suggest" and match.suggestions:
                uncovered = bool(item.get("offtopic")) or not labels
                kind = "not covered" if uncovered else "right button" if labels & set(match.suggestions) else "other"
                kind += " buttons"
            elif match.verdict == "answer":
                kind = "off-topic answered" if item.get("offtopic") else "right" if match.target in labels else "wrong"
            else:
                continue
            counts[kind, None] += 1
            among = examples_among_nearest(semantic._read(question)[2], examples @ encode([question])[0])
            for needed in SWEEP:
                counts[kind, needed] += among >= needed
    print(f"{len(TUNING_SPLITS)} tuning splits, {len(own)} examples of faq/off_topic.yaml, the other splits' "
          f"off-topic questions, {NEAREST} nearest; the bot needs {NEEDED} of them to be examples")
    print(f"{'taken away when this many of ' + str(NEAREST) + ' are examples:':48}" + "".join(f"{n:>7}" for n in SWEEP))
    for kind in ("right", "wrong", "off-topic answered", "not covered buttons", "right button buttons",
                 "other buttons"):
        print(f"  {kind:20} {counts[kind, None]:5} answered  " + " " * 18
              + "".join(f"{counts[kind, n]:7}" for n in SWEEP))
    print("(answers: confident answers taken away; buttons: 'did you mean' questions whose buttons are taken away)")

if __name__ == "__main__":
    main()
