"""Cold start of ``helpdesk ask`` (lexical path) against the ``python -c "import telegram"`` floor.

    .venv/bin/python bench/cold_start.py [--runs 15] [--semantic]

Each run is a fresh process; the commands alternate so machine load hits all alike. Prints the medians
and the ratio of the lexical path (``HELPDESK_SEMANTIC=off``; the target is at most 2x). With
``--semantic``, a cold ``helpdesk ask`` that loads the semantic model (embeddings cached) is timed too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ASK = [str(BIN / "helpdesk"), "ask", "mag ik zonder toestemming delen met de gemeente"]
COMMANDS = {"import telegram": ([sys.executable, "-c", "import telegram"], "off"), "helpdesk ask": (ASK, "off")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--semantic", action="store_true", help="also time helpdesk ask with the semantic signal")
    args = parser.parse_args()
    commands = {**COMMANDS, **({"ask, semantic": (ASK, "on")} if args.semantic else {})}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs + 1):  # the first round warms the file and embedding caches and is dropped
        for name, (command, semantic) in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "HELPDESK_SEMANTIC": semantic})
            times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(samples[1:]) * 1000 for name, samples in times.items()}
    for name, ms in medians.items():
        print(f"{name:<16} median {ms:6.0f} ms over {args.runs} runs")
    print(f"ratio {medians['helpdesk ask'] / medians['import telegram']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
