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

__all__ = ["CONTENT", "TABLES", "is_proven", "remember"]

TABLES = "tables"  # the flow files: their decision tables were walked
CONTENT = "verified"  # every content file: every rule passed


def is_proven(root: Path, proof: str) -> bool:
    marker = _marker(root, proof)
    return marker is not None and marked(marker)


def remember(root: Path, proof: str) -> None:
    marker = _marker(root, proof)
    if marker is not None:
        mark(marker)


def _marker(root: Path, proof: str) -> Path | None:
    flows = sorted((root / "flows").glob("*.yaml"))
    files = flows if proof == TABLES else sorted([*(root / "faq").glob("*.yaml"), *flows])
    digest = hashlib.sha256(code_digest())
    try:
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    except OSError:
        return None
    return cache_folder() / f"{proof}-{digest.hexdigest()[:32]}"
