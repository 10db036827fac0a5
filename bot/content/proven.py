"""Remember that the exhaustive decision-table walk passed for these exact flows, so starting a command does not
walk 7,000 paths again. ``helpdesk check`` always walks them; only a clean result is remembered, so broken
content is checked every time. The key covers the flow files and the code that walks them."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

__all__ = ["remember", "tables_proven"]

_CODE = ("verify_tables.py", "paths.py", "model.py", "parse_flow.py")


def _marker(root: Path) -> Path | None:
    digest = hashlib.sha256()
    try:
        for path in sorted((root / "flows").glob("*.yaml")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        for name in _CODE:
            digest.update((Path(__file__).parent / name).read_bytes())
    except OSError:
        return None
    folder = Path(os.environ.get("HELPDESK_CACHE") or Path.home() / ".cache" / "helpdesk")
    return folder / f"tables-proven-{digest.hexdigest()[:32]}"


def tables_proven(root: Path) -> bool:
    marker = _marker(root)
    return marker is not None and marker.exists()


def remember(root: Path) -> None:
    marker = _marker(root)
    if marker is None:
        return
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        pass  # a read-only home: the walk simply runs again next time
