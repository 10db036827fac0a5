"""A cold command pays only for what it uses: no municipality table before a place is looked up, no YAML parser
once the content's parse is remembered; ``helpdesk check`` still reads and parses everything itself.

Each case runs in a fresh interpreter, which records the files it opens (an audit hook) and the modules it
imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PROBE = """
import json, sys
from pathlib import Path
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
from bot.content.load import load_content
from bot.faq.ask import answer
content = load_content(Path(sys.argv[1]), full=sys.argv[2] == "check")
seen = {"answer": answer(content, "mag ik zonder toestemming delen met de gemeente", "nl", None)["faq_id"],
        "tables": sorted({Path(p).name for p in opened if Path(p).name in ("gemeenten.tsv", "woonplaatsen.tsv")}),
        "yaml": "yaml" in sys.modules}
seen["place"] = content.municipalities.lookup("Sneek").matches[0].name
seen["tables_after"] = sorted({Path(p).name for p in opened if Path(p).name.endswith(".tsv")})
print(json.dumps(seen))
"""


def fresh_python(code: str, cache: Path, command: str) -> str:
    """What ``code`` prints in a fresh interpreter with this cache folder and the lexical path only."""
    env = {**os.environ, "HELPDESK_CACHE": str(cache), "HELPDESK_SEMANTIC": "off", "HELPDESK_CONTENT": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code, str(ROOT), command], capture_output=True, text=True,
                          env=env, check=True, cwd=ROOT).stdout


def probe(cache: Path, command: str = "ask") -> dict[str, object]:
    return dict(json.loads(fresh_python(PROBE, cache, command)))


def test_a_cold_ask_reads_no_municipality_table_until_a_place_is_looked_up(tmp_path: Path) -> None:
    seen = probe(tmp_path)
    assert seen["answer"] == "delen_zonder_toestemming" and seen["tables"] == []
    assert seen["place"] == "Súdwest-Fryslân" and seen["tables_after"] == ["gemeenten.tsv", "woonplaatsen.tsv"]


def test_a_second_cold_ask_imports_no_yaml_parser_and_answers_the_same(tmp_path: Path) -> None:
    first = probe(tmp_path)
    again = probe(tmp_path)
    assert first["yaml"] is True and again["yaml"] is False
    assert again["answer"] == first["answer"] == "delen_zonder_toestemming"


def test_helpdesk_check_reads_the_tables_and_parses_every_file_itself(tmp_path: Path) -> None:
    probe(tmp_path)
    seen = probe(tmp_path, "check")
    assert seen["tables"] == ["gemeenten.tsv", "woonplaatsen.tsv"] and seen["yaml"] is True


FROZEN = """
import contextlib, gc, io, sys
from pathlib import Path
if sys.argv[2] == "ask":
    from bot.cli import main
    with contextlib.redirect_stdout(io.StringIO()):
        main(["ask", "mag ik zonder toestemming delen met de gemeente"])
else:
    from bot.content.load import load_content
    load_content(Path(sys.argv[1]))
print(gc.get_freeze_count())
"""


def frozen(cache: Path, command: str) -> int:
    return int(fresh_python(FROZEN, cache, command).split()[-1])


def test_a_cold_ask_keeps_what_it_reads_back_out_of_the_collector_and_a_reloading_process_does_not(
        tmp_path: Path) -> None:
    frozen(tmp_path, "ask")  # fills the cache
    assert frozen(tmp_path, "ask") > 100_000  # the content, index and danger check read back: never walked again
    assert frozen(tmp_path, "load") == 0  # the bot and the chat reload content: frozen cycles would never be freed
