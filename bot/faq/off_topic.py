"""Questions this help desk should not answer, told apart by meaning.

Near the FAQ's subject lie many questions it does not cover: a GDPR request to a bank, a VOG for volunteers, how
long a school keeps grade lists. Their words overlap an entry's (privacy, a club, a school), so the matcher can
answer them confidently with a neighbouring entry. Two lists hold examples of such questions: ``faq/off_topic.yaml``
(content, written and extended by maintainers) and ``data/off_topic_judged.txt`` (the off-topic questions of the
judged tuning splits, written by ``bench/build_off_topic.py``). A message whose nearest questions by meaning, among
the FAQ's own variants and these examples together, are nearly all examples is read as off-topic: the bot then
offers its closest entries as buttons instead of answering, and where no entry came near an answer it offers none
and says what it is about (the honest no-answer).

Measured before shipping (the forty-first session, ``bench/off_topic_loso.py``), each tuning split read against
the other splits' examples: 9 of the 10 nearest removed 36 confident wrong answers and 2 right ones of 13,785
questions; the hand-written examples alone, 316 of them, are too few to reach 9 of 10 (0 and 0).
Swept again in the forty-sixth session over 62 splits (14,835 questions; the bench prints 6 to 10): 8 of 10 would
take away 37 right answers for 56 off-topic ones and 1 wrong, 9 of 10 takes 4 right for 40 off-topic: 9 stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["JUDGED_FILE", "NEAREST", "NEEDED", "examples_among_nearest", "judged_examples", "reads_as_off_topic"]

NEAREST = 10  # how many of the nearest questions are counted
NEEDED = 9  # how many of them must be off-topic examples
# the off-topic questions of the judged tuning splits, written by bench/build_off_topic.py
JUDGED_FILE = Path(__file__).parent / "data" / "off_topic_judged.txt"


def judged_examples(path: Path = JUDGED_FILE) -> tuple[str, ...]:
    """The bundled examples (none when the file is missing: the check then uses faq/off_topic.yaml alone)."""
    try:
        return tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    except OSError:
        return ()


def reads_as_off_topic(nearest_variants: NDArray[np.float32], examples: NDArray[np.float32]) -> bool:
    """Whether at least ``NEEDED`` of the ``NEAREST`` highest similarities are examples'. ``nearest_variants``: the
    message's similarities to the FAQ variants nearest to it (at least ``NEAREST`` where there are that many);
    ``examples``: its similarities to every off-topic example."""
    return examples_among_nearest(nearest_variants, examples) >= NEEDED


def examples_among_nearest(nearest_variants: NDArray[np.float32], examples: NDArray[np.float32]) -> int:
    """How many of the ``NEAREST`` highest similarities are examples' (``bench/off_topic_loso.py`` tabulates it)."""
    import numpy as np

    both = np.concatenate([nearest_variants, examples])
    if len(both) <= NEAREST:
        return len(examples)
    nearest = np.argpartition(-both, NEAREST - 1)[:NEAREST]
    return int((nearest >= len(nearest_variants)).sum())
