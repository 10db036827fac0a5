"""helpdesk test says what to write for a node no transcript visits: a transcript that reaches it, ready to save."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.content.model import Content
from bot.content.schema import ROLES
from bot.transcript_skeleton import skeleton
from bot.transcripts import reachable, run_transcript
from tests.conftest import ROOT


def test_skeleton_for_every_reachable_node_and_role_replays_and_visits_it(shipped_content: Content,
                                                                            tmp_path: Path) -> None:
    for flow_id in ("signalling", "sharing"):
        for role in ROLES:
            for node in sorted(reachable(shipped_content.flows[flow_id], role)):
                hint = skeleton(shipped_content, node, role, folder=str(tmp_path))
                assert hint is not None, (node, role)
                path = Path(hint.path)
                path.write_text(hint.text, encoding="utf-8")
                [outcome] = run_transcript(shipped_content, path, path.name)
                assert outcome.ok and node in outcome.visited, (hint.text, [f.render() for f in outcome.failures])


def test_skeleton_presses_the_answers_that_lead_to_an_outcome_for_that_role(shipped_content: Content) -> None:
    hint = skeleton(shipped_content, "sharing:o_adult", "docent")
    assert hint is not None and hint.path == "tests/conversations/sharing_o_adult_docent.yaml"
    steps = re.findall(r"^  - (?:press|say): (.+?)(?:      #.*)?$", hint.text, flags=re.M)
    assert steps == ["/menu", '"Mag ik informatie delen?"', '"Nee"', '"De ouders"',
                     '"Wat ik zag, zonder naam of herleidbare details"', '"Ja, gegeven"', '"18 tot en met 23 jaar"']
    assert "role: docent" in hint.text and "# passes sharing:o_adult" in hint.text


def test_no_skeleton_for_a_node_the_role_cannot_reach(shipped_content: Content) -> None:
    assert skeleton(shipped_content, "sharing:does_not_exist", "docent") is None
    unreachable = next(node for node in shipped_content.flows["sharing"].nodes
                       if node not in reachable(shipped_content.flows["sharing"], "politie"))
    assert skeleton(shipped_content, unreachable, "politie") is None


def test_failing_coverage_prints_a_transcript_that_fixes_it_when_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "conversations"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "conversations" / "sharing_teacher.yaml", folder)
    monkeypatch.setenv("HELPDESK_CONTENT", str(ROOT))
    monkeypatch.setenv("HELPDESK_DB", str(tmp_path / "db.sqlite"))
    assert main(["test", "--folder", str(folder)]) == 1
    out = capsys.readouterr().out
    first = re.search(r"  not visited: (\S+) as (\S+)\n\n(# Save as (\S+) .+?\n)\n", out, flags=re.S)
    assert first is not None, out
    node, role, text, path = first.groups()
    assert path == f"{folder}/{node.replace(':', '_')}_{role}.yaml"
    Path(path).write_text(text, encoding="utf-8")
    main(["test", "--folder", str(folder)])
    assert f"not visited: {node} as {role}\n" not in capsys.readouterr().out
