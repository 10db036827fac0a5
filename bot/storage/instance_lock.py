"""One ``helpdesk serve`` per database: a second one would answer every message (and deliver everything) twice.

The lock is an exclusive ``flock`` on ``<database>.lock`` beside the database. The operating system drops it
when the process ends in any way (SIGKILL included), so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from bot.errors import ConfigError

__all__ = ["InstanceLock"]


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._file: IO[str] | None = None

    def acquire(self) -> InstanceLock:
        """Take the lock, or raise ConfigError naming the database and the process that holds it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the life of the process
        except OSError as exc:
            raise ConfigError(f"cannot use the database folder {self.path.parent} ({exc.strerror}): check that it "
                              "exists and is writable, or set HELPDESK_DB to another file") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise ConfigError(f"another 'helpdesk serve' (pid {holder}) is already running on {self.path.with_suffix('')}"
                              ". Stop it first, or give this one its own HELPDESK_DB: two would send everything "
                              "twice") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle
        return self

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
