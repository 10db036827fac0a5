"""Cold start of ``helpdesk ask`` (lexical path) against the ``python -c "import telegram"`` floor.

    .venv/bin/python bench/cold_start.py [--runs 15] [--semantic]

Each run is a fresh process; the commands alternate so machine load hits all alike. Prints the medians of
wall time and of CPU time (user + system of the child, which other processes on a busy machine disturb
less), the ratios of the lexical path (``HELPDESK_SEMANTIC=off``; the target is at most 2x), and the load
average before and after. With ``--semantic``, a cold ``helpdesk ask`` that loads the semantic model
(embeddings cached) is timed too.

The first round is dropped: it warms the file cache, writes the bytecode of ``bot/`` (as an install does) and
fills the cache folder (``HELPDESK_CACHE``) with what a start remembers, as any start after the first does: the parse of each content file and the proven
decision-table walk. A first start after a content change pays for both again.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ASK = [str(BIN / "helpdesk"), "ask", "mag ik zonder toestemming delen met de gemeente"]
COMMANDS = {"import telegram": ([sys.executable, "-c", "import telegram"], "off"), "helpdesk ask": (ASK, "off")}


def timed(command: list[str], semantic: str) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=child_env(semantic))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def child_env(semantic: str) -> dict[str, str]:
    """The environment of a timed start. Without ``PYTHONDONTWRITEBYTECODE`` (some shells set it), so the dropped first
    round writes the bytecode an installed package has (pip compiles it on install); with it every start compiled
    the whole of ``bot/`` again from source, some 150-250 ms that no user pays."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "HELPDESK_SEMANTIC": semantic}


def load() -> str:
    return " ".join(f"{figure:.2f}" for figure in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--semantic", action="store_true", help="also time helpdesk ask with the semantic signal")
    args = parser.parse_args()
    commands = {**COMMANDS, **({"ask, semantic": (ASK, "on")} if args.semantic else {})}
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    before = load()
    for _ in range(args.runs + 1):  # the first round warms the file, parse and embedding caches and is dropped
        for name, (command, semantic) in commands.items():
            wall, cpu = timed(command, semantic)
            walls[name].append(wall)
            cpus[name].append(cpu)
    wall_ms = {name: statistics.median(samples[1:]) * 1000 for name, samples in walls.items()}
    cpu_ms = {name: statistics.median(samples[1:]) * 1000 for name, samples in cpus.items()}
    for name in commands:
        print(f"{name:<16} median {wall_ms[name]:6.0f} ms wall, {cpu_ms[name]:6.0f} ms CPU over {args.runs} runs")
    print(f"ratio {wall_ms['helpdesk ask'] / wall_ms['import telegram']:.2f}x wall, "
          f"{cpu_ms['helpdesk ask'] / cpu_ms['import telegram']:.2f}x CPU")
    print(f"load average (1, 5, 15 min) before {before}, after {load()} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
