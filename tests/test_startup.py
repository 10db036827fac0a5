"""``helpdesk serve`` as a real process against the Bot API stand-in: what it does at startup when things are
wrong (a rejected token, a Bot API that fails for a while, a second instance, a broken database), and
what it never writes to its log."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.standin.bot_api import BotApiStandIn
from tests.telegram_harness import TOKEN

USER = 4242


@pytest.fixture
def standin() -> Iterator[BotApiStandIn]:
    with BotApiStandIn() as api:
        yield api


def environment(tmp_path: Path, standin: BotApiStandIn, **extra: str) -> dict[str, str]:
    return {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": f"http://127.0.0.1:{standin.port}",
            "HELPDESK_DB": str(tmp_path / "serve.db"), "PYTHONPATH": str(ROOT), **extra}


def serve(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen[str]) -> str:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    return process.communicate(timeout=30)[0]


def answered(standin: BotApiStandIn, chat: int, text: str, timeout: float = 20) -> None:
    before = len(standin.sent(chat))
    standin.push_message(chat, text)
    standin.wait_for(lambda: len(standin.sent(chat)) > before, timeout=timeout)


def test_a_rejected_token_exits_2_with_a_plain_message_and_never_prints_the_token(tmp_path: Path) -> None:
    with BotApiStandIn(token="999999:the-only-token-this-stand-in-accepts-0000") as strict:
        result = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=environment(tmp_path, strict),
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    last = [line for line in result.stderr.splitlines() if line.startswith("helpdesk serve stopped.")]
    assert last and "Telegram refused the bot token" in last[0]
    assert TOKEN not in result.stderr + result.stdout and TOKEN.split(":")[1] not in result.stderr + result.stdout


def test_a_bot_api_failing_at_startup_delays_the_start_but_does_not_end_it(tmp_path: Path,
                                                                         standin: BotApiStandIn) -> None:
    standin.fail_next("getMe", status=502, times=2)
    standin.fail_next("deleteWebhook", status=502, times=2)
    process = serve(environment(tmp_path, standin))
    try:
        answered(standin, USER, "/start", timeout=40)
    finally:
        log = stop(process)
    assert TOKEN.split(":")[1] not in log


def test_a_second_instance_on_the_same_database_refuses_to_start(tmp_path: Path, standin: BotApiStandIn) -> None:
    env = environment(tmp_path, standin)
    first = serve(env)
    try:
        answered(standin, USER, "/start")
        second = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, capture_output=True,
                                text=True, timeout=60)
        assert second.returncode == 2 and "already running" in second.stderr and "Traceback" not in second.stderr
    finally:
        stop(first)


def test_debug_logging_never_writes_what_users_typed(tmp_path: Path, standin: BotApiStandIn) -> None:
    process = serve(environment(tmp_path, standin, HELPDESK_LOG_LEVEL="DEBUG"))
    try:
        answered(standin, USER, "/start")
        answered(standin, USER, "mijn leerling zegt zorgwoordzeventien en bel 0612345678")
    finally:
        log = stop(process)
    assert "INFO" in log and "zorgwoordzeventien" not in log and "0612345678" not in log


@pytest.mark.parametrize("damage", ["corrupt", "read_only_folder"])
def test_a_broken_database_ends_with_a_plain_message(tmp_path: Path, standin: BotApiStandIn, damage: str) -> None:
    env = environment(tmp_path, standin)
    db = Path(env["HELPDESK_DB"])
    if damage == "corrupt":
        db.write_bytes(b"this is not a database" * 100)
    else:
        env["HELPDESK_DB"] = "/proc/helpdesk/serve.db"
    result = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2 and "database" in result.stderr and "Traceback" not in result.stderr


def test_a_process_killed_with_sigkill_leaves_no_lock_behind(tmp_path: Path, standin: BotApiStandIn) -> None:
    env = environment(tmp_path, standin)
    first = serve(env)
    answered(standin, USER, "/start")
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=30)
    second = serve(env)
    try:
        time.sleep(0.5)
        answered(standin, USER, "/start")
    finally:
        stop(second)


def test_a_log_line_that_cannot_be_formatted_never_falls_back_to_the_raw_text(capsys: pytest.CaptureFixture[str]
                                                                             ) -> None:
    import io
    import logging

    from bot.app import RedactingFormatter, RedactingHandler

    stream = io.StringIO()
    handler = RedactingHandler(stream)
    handler.setFormatter(RedactingFormatter("%(message)s"))
    record = logging.LogRecord("telegram", logging.ERROR, __file__, 1, "rejected %d", (TOKEN,), None)
    handler.handle(record)  # "%d" with a string: formatting fails, logging's fallback would print the args
    assert TOKEN not in stream.getvalue() and "could not be written" in stream.getvalue()
    assert TOKEN.split(":")[1] not in capsys.readouterr().err
