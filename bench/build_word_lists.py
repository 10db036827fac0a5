"""Rebuild bot/faq/data/words_{nl,en}.txt.gz from wordfreq (CC BY-SA 4.0): ``pip install wordfreq`` first.

    .venv/bin/python bench/build_word_lists.py
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wordfreq import top_n_list  # noqa: E402

from bot.faq.normalise import fold  # noqa: E402

SIZES = {"nl": 50_000, "en": 30_000}
DATA = Path(__file__).resolve().parent.parent / "bot" / "faq" / "data"


def main() -> int:
    for lang, size in SIZES.items():
        words: dict[str, None] = {}
        for word in top_n_list(lang, size):
            folded = fold(word)
            if len(folded) >= 2 and folded.isalnum():
                words.setdefault(folded)
        with gzip.GzipFile(DATA / f"words_{lang}.txt.gz", "wb", mtime=0) as out:
            out.write(("\n".join(words) + "\n").encode())
        print(f"{lang}: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
