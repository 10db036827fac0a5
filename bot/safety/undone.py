"""Whether a message undoes, in a later clause, the danger the reading by meaning heard in it.

The reading by meaning (:mod:`bot.safety.meaning`) is one logistic model over one sentence vector for the whole
message. A close call that keeps an urgent scene's words and undoes the danger in one clause ("... poured it away,
now dancing", "... hij is wakker en stabiel") sounds almost as urgent to it as the scene itself: on the blind sets
urgent_test41..71 most of its false alarms were of that kind. This reads the message clause by clause instead:

- ``undo``: a logistic model over a clause's vector, "does this clause undo a danger?", trained on twin pairs (a
  calm twin's clauses that are not in its urgent twin say yes; every clause of an urgent message says no);
- ``danger``: the same over "does this clause tell the danger?" (an urgent twin's clauses not in its calm twin);
- the reading by meaning itself, per clause.

An alarm by meaning alone is held back when a clause that undoes comes AFTER the last clause that tells danger
(by either of the last two): "vorige week viel hij ... maar nu ligt hij en ademt niet" stays urgent. It never
touches a verdict of the word rules. Written by ``bench/train_danger_undo.py`` (with its leave-one-set-out
figures) into ``bot/safety/data/danger_undone.json``; read with the meaning model, so once per process.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from bot.encoder import encode

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["UNDONE_FILE", "Undone", "clauses", "load_undone"]

UNDONE_FILE = Path(__file__).parent / "data" / "danger_undone.json"
DIMENSIONS = 512  # of the encoder's sentence vectors
# a clause ends at a punctuation mark or a dash, or before a word that turns the story ("maar", "now", "inmiddels")
_CUT = re.compile(r"\s*[,;:.!?]+\s*|\s+-\s+|\s+(?=(?:maar|but|daarna|then|now|nu|inmiddels|intussen)\b)", re.I)


def clauses(text: str) -> list[str]:
    """The clauses of ``text`` of at least two words (the same cut as the training in bench/train_danger_undo.py)."""
    return [part for part in (piece.strip() for piece in _CUT.split(text)) if len(part.split()) >= 2]


@dataclass(frozen=True)
class Undone:
    undo: tuple[float, ...]  # weights of "this clause undoes a danger", the bias last
    danger: tuple[float, ...]  # weights of "this clause tells the danger", the bias last
    undo_from: float  # probability from which a clause undoes
    danger_from: float  # ... from which a clause tells the danger by the ``danger`` model
    told_from: float  # ... or by the reading by meaning of the clause alone

    def __post_init__(self) -> None:
        for name in ("undo", "danger"):
            if len(getattr(self, name)) != DIMENSIONS + 1:
                raise ValueError(f"the {name} model of {UNDONE_FILE.name} needs {DIMENSIONS + 1} numbers")

    @cached_property
    def _matrix(self) -> NDArray[np.float32]:
        import numpy as np

        return np.asarray([self.undo, self.danger], dtype=np.float32)

    def held_back(self, text: str, told: NDArray[np.float32], told_bias: float) -> bool:
        """Whether an alarm by meaning on ``text`` is undone by a later clause; ``told`` and ``told_bias`` are the
        weights of the reading by meaning, read per clause here."""
        parts = clauses(text)
        if len(parts) < 2:
            return False
        import numpy as np

        vectors = encode(parts).astype(np.float32)
        undo, danger = (vectors @ self._matrix[:, :-1].T + self._matrix[:, -1]).T
        meaning = vectors @ told + told_bias
        last = max((i for i in range(len(parts)) if _p(danger[i]) >= self.danger_from
                    or _p(meaning[i]) >= self.told_from), default=-1)
        return any(_p(undo[i]) >= self.undo_from for i in range(last + 1, len(parts)))


def _p(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, float(score)))))


def load_undone(path: Path = UNDONE_FILE) -> Undone:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Undone(tuple(float(w) for w in data["undo"]), tuple(float(w) for w in data["danger"]),
                  float(data["undo_from"]), float(data["danger_from"]), float(data["told_from"]))
