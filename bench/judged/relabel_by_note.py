"""Relabel "no entry yet" items of the judged set by their note alone, never by reading the questions.

    python bench/judged/relabel_by_note.py            # print the notes and what would change
    python bench/judged/relabel_by_note.py --write    # change dev.yaml and test.yaml in place

For every line whose note is ``no entry yet: <topic>`` with a topic in ``DECISIONS``, ``ids: []`` becomes
``ids: [<entry>]`` and the note becomes ``entry added <DATE>: <topic>``. The line is edited as text, so the
files keep their one-item-a-line layout; only the note is matched and only the note is printed, so the
held-out test questions stay unread.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATE = "2026-11-29"
# topic in the note -> the entry that now answers it (decided per note, issue 10 point 2)
DECISIONS: dict[str, str] = {
    "what an aandachtsfunctionaris is": "aandachtsfunctionaris",
    "what an aandachtsfunctionaris does": "aandachtsfunctionaris",
    "right to object to sharing": "bezwaar_en_verwijderen",
    "right to erasure after the case": "bezwaar_en_verwijderen",
    "complaint by a young person about a wrong label": "klacht_verkeerd_label",
    "wrongly included in the PGA: what then": "klacht_verkeerd_label",
    "protecting an anonymous reporter at the municipality": "melder_beschermen",
    "whether the person learns who reported him": "melder_beschermen",
    "names leaked publicly by someone else": "namen_gelekt_online",
    "spiritual carers (pastor, chaplain) and secrecy": "geestelijk_verzorgers_geheim",
    "concerns about adults (beyond 23)": "zorgen_volwassene",
    "divorced parents with joint custody disagree about sharing": "gescheiden_ouders_delen",
    "where to report extremist content online": "extremistische_content_melden",
    "talking to the press": "pers_vragen",
    "jihadism versus salafism": "jihadisme_salafisme",
}
NOTE = re.compile(r'note: "no entry yet: (?P<topic>[^"]*)"')


def relabel_line(line: str) -> tuple[str, str | None]:
    """The line with its label changed, and the topic it was changed for (None: left alone)."""
    found = NOTE.search(line)
    if found is None or found.group("topic") not in DECISIONS:
        return line, None
    topic = found.group("topic")
    if line.count("ids: []") != 1:
        raise SystemExit(f"a line with the note {topic!r} has no single 'ids: []'; relabel it by hand")
    changed = line.replace("ids: []", f"ids: [{DECISIONS[topic]}]")
    return changed.replace(found.group(0), f'note: "entry added {DATE}: {topic}"'), topic


def main(write: bool) -> None:
    for name in ("dev.yaml", "test.yaml"):
        path = HERE / name
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        out = []
        for number, line in enumerate(lines, 1):
            changed, topic = relabel_line(line)
            note = NOTE.search(line)
            if note is not None:
                verdict = f"-> {DECISIONS[topic]}" if topic else "(left: no entry answers it)"
                print(f"{name}:{number}: {note.group('topic')} {verdict}")
            out.append(changed)
        if write:
            path.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
