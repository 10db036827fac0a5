"""Documentation that must not drift: flow pictures, the README's commands and CI, the content guide."""

from __future__ import annotations

import re
from pathlib import Path

from bot.content.model import Content
from bot.flow_graph import flow_markdown
from tests.conftest import ROOT


def test_flow_pictures_are_up_to_date(shipped_content: Content) -> None:
    for flow in shipped_content.flows.values():
        path = ROOT / "docs" / "flows" / f"{flow.id}.md"
        assert path.exists() and path.read_text(encoding="utf-8") == flow_markdown(flow), \
            f"{path} is out of date: run 'helpdesk graph'"


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in ci.splitlines()


def test_readme_quick_start_has_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", quick_start, flags=re.S)
    assert len(commands) == 2 and "helpdesk chat" in commands[0] and "pytest" in commands[1]


def test_example_contacts_directory_validates(tmp_path: Path) -> None:
    from bot.content.load import load_content

    content = load_content(ROOT, ROOT / "examples" / "contacts.yaml")
    assert content.directory is not None and len(content.directory.contacts) >= 3
