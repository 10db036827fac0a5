"""helpdesk chat previews edited content without a restart, and keeps the last good content when an edit breaks it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bot.app import HelpDesk, build_conversations
from bot.channels.console import RELOAD_REFUSED, RELOADED, ConsoleChat
from bot.config import Settings
from tests.conftest import FIXTURES, ROOT

QUESTION = "Heb ik toestemming nodig om te delen?"
OLD = "Vraag in de regel eerst toestemming."
NEW = "Vraag altijd eerst toestemming, en leg vast waarvoor."


def _root(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", root)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _scripted(lines: list[tuple[str, Callable[[], None] | None]], out: list[str]) -> Callable[[str], str]:
    """input() for the chat: before handing over each line, make the edit that goes with it; the line is
    echoed into ``out`` as a terminal would show it, so the output splits into turns."""
    pending = list(lines)

    def read(prompt: str) -> str:
        if not pending:
            raise EOFError
        line, edit = pending.pop(0)
        if edit is not None:
            edit()
        out.append(f"{prompt}{line}")
        return line

    return read


def test_chat_answers_with_edited_content_and_keeps_the_last_good_when_an_edit_is_broken(tmp_path: Path) -> None:
    root = _root(tmp_path)
    faq = root / "faq" / "basis.yaml"
    out: list[str] = []
    chat = ConsoleChat(HelpDesk(build_conversations(Settings(content_root=root, db_path=tmp_path / "db.sqlite"))),
                       tmp_path / "verslagen", write=out.append, read=_scripted([
                           (QUESTION, None),
                           (QUESTION, lambda: _edit(faq, OLD, NEW)),
                           (QUESTION, lambda: _edit(faq, "    related: [toestemming_nodig]",
                                                    "    related: [toestemming_nodig]\n    relatd: []")),
                           (QUESTION, None),
                       ], out))
    chat.run()
    _welcome, first, second, third, fourth = "\n".join(out).split(f"> {QUESTION}")
    assert OLD in first and NEW not in first
    assert f"[{RELOADED}]" in second and NEW in second
    line = next(n for n, text in enumerate(faq.read_text(encoding="utf-8").splitlines(), 1) if "relatd" in text)
    assert f"[{RELOAD_REFUSED}]" in third and f"faq/basis.yaml:{line}: unknown key 'relatd'" in third
    assert NEW in third
    assert RELOAD_REFUSED not in fourth and NEW in fourth


def test_running_chat_process_picks_up_an_edit(tmp_path: Path) -> None:
    root = _root(tmp_path)
    env = {"HELPDESK_CONTENT": str(root), "HELPDESK_DB": str(tmp_path / "db.sqlite"), "PATH": "",
           "HOME": str(tmp_path)}
    chat = subprocess.Popen([sys.executable, "-m", "bot", "chat"], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert chat.stdin is not None and chat.stdout is not None
    chat.stdin.write(QUESTION + "\n")
    chat.stdin.flush()
    seen = _read_until(chat.stdout.readline, OLD)
    _edit(root / "faq" / "basis.yaml", OLD, NEW)
    out, err = chat.communicate(QUESTION + "\n/quit\n", timeout=60)
    assert OLD in seen and RELOADED in out and NEW in out, err


def _read_until(readline: Callable[[], str], wanted: str) -> str:
    seen = ""
    while wanted not in seen:
        line = readline()
        if not line:
            break
        seen += line
    return seen


def test_a_first_chat_in_an_empty_home_makes_its_data_folder_and_answers(tmp_path: Path) -> None:
    """A new user's first ``helpdesk chat``: no ~/.local/share yet, no settings, only the project folder."""
    env = {"HOME": str(tmp_path / "home"), "PATH": "", "HELPDESK_SEMANTIC": "off"}
    run = subprocess.run([sys.executable, "-m", "bot", "chat"], cwd=ROOT, env=env, input=QUESTION + "\n/quit\n",
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "toestemming" in run.stdout.lower()
    assert (tmp_path / "home" / ".local" / "share" / "helpdesk" / "helpdesk.db").exists()
