"""Cold start of ``helpdesk ask`` (lexical path) against the ``python -c "import telegram"`` floor.

    .venv/bin/python bench/cold_start.py [--runs 15]

Each run is a fresh process; the two commands alternate so machine load hits both alike. Prints the
medians and the ratio (the target is at most 2x).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
COMMANDS = {
    "import telegram": [sys.executable, "-c", "import telegram"],
    "helpdesk ask": [str(BIN / "helpdesk"), "ask", "mag ik zonder toestemming delen met de gemeente"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs + 1):  # the first round warms the file cache and is dropped
        for name, command in COMMANDS.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(samples[1:]) * 1000 for name, samples in times.items()}
    for name, ms in medians.items():
        print(f"{name:<16} median {ms:6.0f} ms over {args.runs} runs")
    print(f"ratio {medians['helpdesk ask'] / medians['import telegram']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
