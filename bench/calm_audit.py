"""Can a calm phrase talk a real danger down? Run it after adding a calm phrase, an aside, a denial or a figure of
speech to faq/danger.yaml.

    python bench/calm_audit.py [-v]

Every phrase of ``calm``, ``asides``, ``denials`` and the ``figurative`` group is put before a danger told now, in
each of the ways professionals type it: after ", maar" / ", but", after "maar" / "but" without a comma (phones type
few), in the next sentence, and after "en" / "and" with the present a few words on ("... en hij zit nu met een bom
in de aula"). None of these may silence the danger: the script prints each that does and exits 1.

It also puts each phrase in the sentence AFTER a danger told now. There a denial may rightly talk it down ("... Hij
is net opgepakt"), so those are counted and listed with -v, not failed: read them after a change.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.content.load import load_content  # noqa: E402

DANGERS = {
    "nl": ["nu staat er een man met een mes in de gang", "hij zegt dat hij morgen de school opblaast",
           "ze staat nu op het dak en wil springen", "hij vertrekt vanavond naar syrie om te vechten",
           "het buurthuis staat nu in brand en er zitten kinderen binnen"],
    "en": ["right now a man with a knife is in the hallway", "he says he will blow up the school tomorrow",
           "she is on the roof now and wants to jump", "he leaves tonight for syria to fight",
           "the youth centre is on fire now with kids inside"],
}
AND_NOW = {
    "nl": ["en hij staat nu met een mes in de gang", "en er zit nu een jongen met een bom in de aula",
           "en ze staat nu op het dak en wil springen"],
    "en": ["and he is now in the hallway with a knife", "and a boy is now in the hall with a bomb",
           "and she is on the roof now about to jump"],
}
BUT = {"nl": "maar", "en": "but"}


def phrases(root: Path) -> list[tuple[str, str]]:
    danger = yaml.safe_load((root / "faq" / "danger.yaml").read_text(encoding="utf-8"))["danger"]
    found = [("calm", p) for p in danger["calm"]] + [("aside", p) for p in danger["asides"]]
    found += [("denial", p) for p in danger["denials"]] + [("figure", p) for p in danger["words"]["figurative"]]
    return [(kind, str(p).lstrip("^").strip()) for kind, p in found]


def before(phrase: str, kind: str) -> list[str]:
    """The messages with the phrase before a danger; a denial is left out of "en ... nu" (it may end the clause)."""
    texts = []
    for lang, dangers in DANGERS.items():
        for told in dangers:
            texts += [f"{phrase}, {BUT[lang]} {told}", f"{phrase} {BUT[lang]} {told}", f"{phrase}. {told}"]
        if kind != "denial":
            texts += [f"{phrase} {told}" for told in AND_NOW[lang]]
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="also list the phrases that talk a danger down "
                                                                        "from the sentence after it")
    args = parser.parse_args()
    check = load_content(ROOT).danger.check
    silenced: list[str] = []
    after: dict[str, list[str]] = {}
    listed = phrases(ROOT)
    for kind, phrase in listed:
        silenced += [f"[{kind}] {text}" for text in before(phrase, kind) if not check(text).urgent]
        for dangers in DANGERS.values():
            for told in dangers[:1] + dangers[2:3]:  # the two told as happening now
                text = f"{told[0].upper()}{told[1:]}. {phrase}."
                if not check(text).urgent:
                    after.setdefault(kind, []).append(text)
    for line in silenced:
        print(f"SILENCED {line}")
    if args.verbose:
        for kind, texts in after.items():
            for text in texts:
                print(f"after [{kind}] {text}")
    print(f"{len(listed)} phrases; before a danger told now: {len(silenced)} silenced (must be 0); "
          f"in the sentence after it: {sum(map(len, after.values()))} talk it down "
          f"({', '.join(f'{k} {len(v)}' for k, v in sorted(after.items()))})")
    return 1 if silenced else 0


if __name__ == "__main__":
    raise SystemExit(main())
