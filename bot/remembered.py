"""What a start remembers for the next one, in the cache folder (``HELPDESK_CACHE``, default
``~/.cache/helpdesk``): the parse of each content file (:mod:`bot.content.yaml_source`), the proof that the
content passed every rule (:mod:`bot.content.proven`), each language's FAQ index
(:mod:`bot.faq.remembered_index`) and the danger check (:mod:`bot.safety.remembered_check`).

Every file is named by a digest of what it was made from, including the bot's own code, so a change to either
makes it stale and it is simply made again; nothing is ever updated in place. Files not written again for a
month (older versions) are deleted when another one of their kind is written. A file that cannot be read is
ignored, and a folder that cannot be written only means the work is done again next time.

The cache holds pickles, as Python's own ``__pycache__`` holds bytecode: whoever can write the cache folder can
already change the code, so it must be a folder only the bot's user can write (as the default is).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["cache_folder", "code_digest", "keep", "keep_for_life", "mark", "marked", "recall", "remembered_file"]

STALE_DAYS = 30
_for_life = False  # set by keep_for_life()


def cache_folder() -> Path:
    return Path(os.environ.get("HELPDESK_CACHE") or Path.home() / ".cache" / "helpdesk")


@functools.cache
def code_digest() -> bytes:
    """The Python version and every source file of the bot: what any remembered result may depend on."""
    digest = hashlib.sha256(sys.version.encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.digest()


def remembered_file(kind: str, made_from: bytes) -> Path:
    """Where what was made from ``made_from`` by this code is kept: ``<kind>-<digest>.pickle`` in the cache folder
    (stale files are dropped per ``kind``, the part of the name before the first ``-``)."""
    return cache_folder() / f"{kind}-{hashlib.sha256(code_digest() + made_from).hexdigest()[:40]}.pickle"


def keep_for_life() -> None:
    """From now on, what is read back is kept out of the garbage collector's passes (``gc.freeze``).

    For a process that serves one content until it ends (``helpdesk ask``). A cold start reads back some 150,000
    small objects; left to the collector, they are walked again and again while the content is put together,
    about 100 ms of a start that takes 650. Not for a process that reloads content (the bot, the console chat):
    an object frozen while still in use is never freed once it sits in a reference cycle, and the content has them.
    """
    global _for_life
    _for_life = True


def recall(path: Path) -> Any:
    """What :func:`keep` wrote at ``path``, or None when it is missing or unreadable."""
    collecting = gc.isenabled()
    gc.disable()  # reading back tens of thousands of small objects would start the collector over and over
    try:
        with path.open("rb") as file:
            return pickle.load(file)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError,
            ValueError):
        return None  # unreadable or from another version: made again, and the next write replaces it
    finally:
        if _for_life:
            gc.freeze()
        if collecting:
            gc.enable()


def keep(path: Path, data: Any) -> None:
    """Write atomically (another process may be reading it), and drop stale files of the same kind (the part
    of the name before the first ``-``)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _drop_stale(path)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, path)
    except OSError:
        pass  # a read-only home: the work is simply done again next time


def marked(path: Path) -> bool:
    return path.exists()


def mark(path: Path) -> None:
    """An empty file whose name is the whole message ("this content passed")."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _drop_stale(path)
        path.touch()
    except OSError:
        pass


def _drop_stale(path: Path) -> None:
    kind = path.name.split("-", 1)[0]
    stale = time.time() - STALE_DAYS * 86400
    for old in path.parent.glob(f"{kind}-*"):
        try:
            if old.stat().st_mtime < stale:
                old.unlink(missing_ok=True)
        except OSError:
            continue
