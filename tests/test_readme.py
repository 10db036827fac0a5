"""The README's commands are the ones CI runs, so a new user's first steps are tested on every push."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def readme_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_ci_runs_the_readme_test_command() -> None:
    test_command = next(c for c in readme_commands() if c.endswith("pytest"))
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert test_command in ci_lines


def test_quick_start_is_two_commands_at_most() -> None:
    chat = next(c for c in readme_commands() if c.endswith("helpdesk chat"))
    assert chat.count("&&") <= 2 and chat.startswith("python3 -m venv .venv")
