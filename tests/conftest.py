"""Shared fixtures: real content (the shipped one and a small fixture), real SQLite files."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from bot.content.load import load_content
from bot.content.model import Content

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CLOCK = datetime.datetime(2026, 11, 28, 12, 0, tzinfo=datetime.timezone.utc)


@pytest.fixture(scope="session")
def shipped_content() -> Content:
    return load_content(ROOT)


@pytest.fixture(scope="session")
def small_content() -> Content:
    return load_content(FIXTURES / "content_ok")
