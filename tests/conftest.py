"""Shared fixtures: real content (the shipped one and a small fixture), real SQLite files.

A test run has its own cache folders (HELPDESK_CACHE, HELPDESK_SEMANTIC_CACHE), set before collection and
removed at the end, so remembered YAML parses, proven-walk markers and embeddings never land in the home
folder, and no run starts warm from what an earlier run or a command left there. Tests of the cache itself
point it at their own folder. The XDG folders move too: headless Chromium (test_stats) writes its crash
report settings under XDG_CONFIG_HOME and dconf under XDG_CACHE_HOME, and a database left at its default
would go under XDG_DATA_HOME."""

from __future__ import annotations

import datetime
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from bot.content.load import load_content
from bot.content.model import Content
from bot.safety import DangerCheck

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CLOCK = datetime.datetime(2026, 11, 28, 12, 0, tzinfo=datetime.timezone.utc)
SESSION_FOLDERS = ("HELPDESK_CACHE", "HELPDESK_SEMANTIC_CACHE", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")

_outside: dict[str, str | None] = {}
_session_folder: list[Path] = []


def pytest_configure(config: pytest.Config) -> None:
    """Before collection, so nothing a test module does on import can reach the home folder either.
    Subprocesses started by tests inherit the setting through the environment."""
    folder = Path(tempfile.mkdtemp(prefix="helpdesk-tests-"))
    _session_folder.append(folder)
    for name in SESSION_FOLDERS:
        _outside[name] = os.environ.get(name)
        os.environ[name] = str(folder / name.lower())


def pytest_unconfigure(config: pytest.Config) -> None:
    for name, value in _outside.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    _outside.clear()
    while _session_folder:
        shutil.rmtree(_session_folder.pop(), ignore_errors=True)


@pytest.fixture(scope="session")
def shipped_content() -> Content:
    return load_content(ROOT)


@pytest.fixture(scope="session")
def shipped_danger(shipped_content: Content) -> DangerCheck:
    """The shipped content's danger check (the shipped content always has faq/danger.yaml)."""
    assert shipped_content.danger is not None
    return shipped_content.danger


@pytest.fixture(scope="session")
def lexical_content() -> Content:
    """The shipped content with the lexical matcher alone (``HELPDESK_SEMANTIC=off``, the fallback without the
    semantic package): its rule is what the decision model's evidence and confirmation build on."""
    before = os.environ.get("HELPDESK_SEMANTIC")
    os.environ["HELPDESK_SEMANTIC"] = "off"
    try:
        return load_content(ROOT)
    finally:
        if before is None:
            del os.environ["HELPDESK_SEMANTIC"]
        else:
            os.environ["HELPDESK_SEMANTIC"] = before


@pytest.fixture(scope="session")
def small_content() -> Content:
    return load_content(FIXTURES / "content_ok")


@pytest.fixture
def lexical_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, with the semantic model off: for tests of what a start remembers."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("HELPDESK_CACHE", str(folder))
    monkeypatch.setenv("HELPDESK_SEMANTIC", "off")
    return folder


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A copy of the shipped faq/ and flows/, to edit or to load from another path."""
    root = tmp_path / "content"
    shutil.copytree(ROOT / "faq", root / "faq")
    shutil.copytree(ROOT / "flows", root / "flows")
    return root
