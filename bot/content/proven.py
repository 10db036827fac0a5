"""Remember that content passed its checks, so starting a command does not check the same content again.

Two proofs, each an empty marker file in the cache folder (:mod:`bot.remembered`) named by a digest of what was
checked and of the bot's code:

- ``tables``: the exhaustive walk through the decision tables (7,000 paths) passed for these exact flow files,
  so a FAQ edit does not walk them again;
- ``verified``: every rule passed for these exact content files (FAQ, flows, danger vocabulary).

``helpdesk check`` always checks everything; only a clean result is remembered, so broken content is checked,
and its problems shown, every time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.remembered import cache_folder, code_digest, mark, marked

__all__ = ["content_proven", "remember_content", "remember_tables", "tables_proven"]


def _marker(kind: str, root: Path, files: list[Path]) -> Path | None:
    digest = hashlib.sha256(code_digest())
    try:
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    except OSError:
        return None
    return cache_folder() / f"{kind}-{digest.hexdigest()[:32]}"


def _flows(root: Path) -> list[Path]:
    return sorted((root / "flows").glob("*.yaml"))


def _content(root: Path) -> list[Path]:
    return sorted([*(root / "faq").glob("*.yaml"), *_flows(root)])


def tables_proven(root: Path) -> bool:
    marker = _marker("tables", root, _flows(root))
    return marker is not None and marked(marker)


def remember_tables(root: Path) -> None:
    marker = _marker("tables", root, _flows(root))
    if marker is not None:
        mark(marker)


def content_proven(root: Path) -> bool:
    marker = _marker("verified", root, _content(root))
    return marker is not None and marked(marker)


def remember_content(root: Path) -> None:
    marker = _marker("verified", root, _content(root))
    if marker is not None:
        mark(marker)
