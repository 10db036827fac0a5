"""Read a YAML file into plain dicts and lists that remember their line numbers.

Parsing is done by :mod:`bot.content.yaml_parse` (libyaml; ``yes``/``no`` stay strings, a key twice is an
error). With ``remember=True`` a clean parse is kept in the cache folder (``HELPDESK_CACHE``, default
``~/.cache/helpdesk``), keyed by the file's bytes and the parser's code, and read back on the next start
instead of parsing again: a cold ``helpdesk ask`` then neither parses the content nor imports PyYAML. A file
with problems is never remembered, so its errors are found and shown every time; ``helpdesk check`` does
not use the cache at all. A cache file that cannot be read is ignored and written again.

The cache holds pickles, as Python's own ``__pycache__`` holds bytecode: whoever can write the cache folder
can already change the code, so it must be a folder only the bot's user can write (as the default is).
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import time
from pathlib import Path
from typing import Any

from bot.content.problems import Problem
from bot.content.yaml_values import LineDict, LineList, line_of

__all__ = ["LineDict", "LineList", "line_of", "read_yaml"]

_PARSER_CODE = ("yaml_parse.py", "yaml_values.py")  # a change to these makes every remembered parse stale
_STALE_DAYS = 30  # a remembered parse not written again for this long is deleted when another one is written


def read_yaml(path: Path, shown_as: str, *, remember: bool = False) -> tuple[Any, list[Problem]]:
    """Parse ``path``; problems name the file as ``shown_as`` (a path relative to the content root).

    ``remember``: reuse a remembered clean parse of exactly these bytes, and remember a new clean one."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(shown_as, 1, f"file is not UTF-8 text ({exc.reason})", "save it as UTF-8")]
    memo = _memo_file(raw) if remember else None
    if memo is not None:
        data = _recall(memo)
        if data is not None:
            return data, []
    from bot.content.yaml_parse import parse_yaml  # here, not on top: a remembered parse needs no PyYAML

    data, problems = parse_yaml(text, shown_as)
    if memo is not None and data is not None and not problems:
        _keep(memo, data)
    return data, problems


def _cache_folder() -> Path:
    return Path(os.environ.get("HELPDESK_CACHE") or Path.home() / ".cache" / "helpdesk")


@functools.cache
def _parser_digest() -> bytes:
    digest = hashlib.sha256(sys.version.encode())
    for name in _PARSER_CODE:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.digest()


def _memo_file(raw: bytes) -> Path:
    """Named by the file's bytes and the parser's code, so any copy of the same file shares it."""
    return _cache_folder() / f"yaml-{hashlib.sha256(_parser_digest() + raw).hexdigest()[:40]}.pickle"


def _recall(memo: Path) -> Any:
    try:
        with memo.open("rb") as file:
            return pickle.load(file)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError,
            ValueError):
        return None  # unreadable or from another version: parse again, and the next write replaces it


def _keep(memo: Path, data: Any) -> None:
    """Write atomically (another process may be reading it); drop parses not written for a month (old versions)."""
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        stale = time.time() - _STALE_DAYS * 86400
        for old in memo.parent.glob("yaml-*.pickle"):
            if old.stat().st_mtime < stale:
                old.unlink(missing_ok=True)
        partial = memo.with_name(f"{memo.name}.{os.getpid()}.partial")
        partial.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, memo)
    except OSError:
        pass  # a read-only home: the file is simply parsed again next time
