"""The layers hold, measured over the import graph of ``bot/`` (every ``import`` in the source, read with ``ast``).

- no import cycle between modules of ``bot/`` (type-only imports count: they are a cycle a reader must follow);
- the Telegram SDK (``telegram``) is imported only inside ``bot/channels/telegram/``;
- ``bot/engine/`` and ``bot/escalation/`` import nothing from each other: the application layer
  (``bot/conversations.py``) carries effects from one to the other.

``KNOWN_VIOLATIONS`` listed what was still to be moved (15 at the start of issue 14); it is empty now and
stays so.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT

BOT = ROOT / "bot"

KNOWN_VIOLATIONS: set[str] = set()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(BOT.rglob("*.py"))}


def imports_of(module: str) -> set[str]:
    """Every module ``module`` imports, anywhere in its source; ``from pkg import mod`` names ``pkg.mod``."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in MODULES else base)
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def layer_violations() -> Iterator[str]:
    for module, targets in GRAPH.items():
        for target in sorted(targets):
            if _inside(target, "telegram") and not _inside(module, "bot.channels.telegram"):
                yield f"{module} imports {target}"
            for one, other in (("bot.engine", "bot.escalation"), ("bot.escalation", "bot.engine")):
                if _inside(module, one) and _inside(target, other):
                    yield f"{module} imports {target}"


def cycles() -> Iterator[str]:
    """Each set of modules that import one another in a circle (a strongly connected component), once."""
    reach = {module: _reachable(module) for module in MODULES}
    seen: set[str] = set()
    for module in MODULES:
        circle = sorted(other for other in reach[module] if module in reach[other])
        if circle and module not in seen:
            seen.update(circle)
            yield "cycle among " + ", ".join(circle)


def _reachable(start: str) -> set[str]:
    found: set[str] = set()
    todo = [start]
    while todo:
        for target in GRAPH[todo.pop()] & MODULES.keys():
            if target not in found:
                found.add(target)
                todo.append(target)
    return found


def test_the_import_scan_sees_the_layers_it_checks() -> None:
    assert "bot.engine.turn" in MODULES and "bot.escalation.service" in MODULES
    assert "bot.engine.replies" in GRAPH["bot.engine.turn"]
    assert any(_inside(t, "telegram") for t in GRAPH["bot.channels.telegram.app"])


def test_no_new_cycle_telegram_import_or_engine_escalation_import() -> None:
    found = set(layer_violations()) | set(cycles())
    assert found - KNOWN_VIOLATIONS == set(), "a new layering violation: move the import behind the application layer"


def test_known_violations_list_shrinks_as_they_are_fixed() -> None:
    found = set(layer_violations()) | set(cycles())
    assert KNOWN_VIOLATIONS - found == set(), "fixed: remove these from KNOWN_VIOLATIONS in tests/test_architecture.py"


def test_the_readme_architecture_picture_names_modules_that_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    picture = readme.split("```mermaid\nflowchart LR", 1)[1].split("```", 1)[0]
    named = re.findall(r'"(bot/[\w/.]+)"', picture)
    assert len(named) >= 15
    missing = [name for name in named if not (ROOT / name).exists()]
    assert missing == [], f"README.md's architecture picture names {missing}: update the picture"
