"""Each deliberately broken fixture in tests/fixtures/broken/ produces its own ``path:line:`` message.

A fixture's first line says what it does to the valid fixture content: ``# replaces: <file>`` or
``# deletes: <file>``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.load import ContentHolder, load_content
from bot.errors import ContentError
from tests.conftest import FIXTURES

EXPECTED = {
    "yaml_syntax": "faq/basis.yaml:5: YAML syntax error: mapping values are not allowed here — a text containing "
                   "': ' must be quoted, or written as a block with |-",
    "unknown_key": "faq/extra.yaml:7: unknown key 'anwser' in FAQ entry — did you mean 'answer'?",
    "wrong_type": "faq/extra.yaml:7: FAQ entry 'extra_vraag' 'answer' should be a mapping of keys and values — found a text",
    "dangling_related": "faq/extra.yaml:13: FAQ entry 'extra_vraag' links to 'toestemming_nodg', which does not exist "
                        "— did you mean 'toestemming_nodig'?",
    "dangling_next": "flows/sharing.yaml:10: message node 'first' next points to node 'secnd', which does not exist in "
                     "flow 'sharing' — did you mean 'second'?",
    "unreachable": "flows/sharing.yaml:11: node 'orphan' cannot be reached from the start of flow 'sharing' — link to it "
                   "from another node, or remove it",
    "no_way_out": "flows/sharing.yaml:8: choice 'first' shows no option to role 'jongerenwerker' — add an option without "
                  "'roles'",
    "input_free_loop": "flows/sharing.yaml:8: node 'first' is in a loop that never waits for the user — put a choice or "
                       "question in the loop, or end it",
    "subject_not_words": "faq/synonyms.yaml:4: 'subject:' should be a list of words or phrases — write "
                         "[radicalisering, extremisme, casusoverleg]",
    "party_not_words": "faq/synonyms.yaml:6: a party should be a list of one or more words — write [school, docent]",
    "duplicate_id": "faq/extra.yaml:3: FAQ id 'acuut_gevaar' is already used at faq/basis.yaml:3 — give every entry its "
                    "own id",
    "duplicate_variant": "faq/extra.yaml:4: question 'Wat doe ik bij acuut gevaar?' is under FAQ entries 'acuut_gevaar' "
                         "(faq/basis.yaml:3) and 'extra_vraag' — keep it under one entry only",
    "missing_translation": "faq/extra.yaml:8: FAQ entry 'extra_vraag' 'answer' has no 'en' translation — add 'en:'",
    "long_button": "flows/sharing.yaml:11: button id 'o:sharing:a_node_with_a_rather_long_name:an_option_with_a_long_name_too'"
                   " is 71 bytes; Telegram allows 64 — use shorter flow, node or option ids",
    "long_text": "flows/sharing.yaml:8: text of 'first' (nl) is 4100 characters; Telegram shows at most 4096 — shorten it "
                 "or split it over two nodes",
    "missing_sources": "faq/extra.yaml:10: FAQ entry 'extra_vraag' has no sources — every answer needs at least one source",
    "variant_not_text": "faq/extra.yaml:7: FAQ entry 'extra_vraag' 'question' 'nl': item 2 is not a text — found a mapping: "
                        "YAML reads a line with ': ' in it as a key and a value; put the text in quotes",
    "too_few_variants": "faq/extra.yaml:4: FAQ entry 'extra_vraag' has 1 'nl' question variant(s) — write at least 3 ways "
                        "to ask it, so the matcher finds it",
    "unknown_role": "faq/extra.yaml:13: unknown role 'docnt' in FAQ entry 'extra_vraag' — did you mean 'docent'?",
    "unknown_faq_in_flow": "flows/sharing.yaml:8: node 'first' shows FAQ entry 'toestemming_nodg', which does not exist "
                           "— did you mean 'toestemming_nodig'?",
    "unknown_kind": "flows/sharing.yaml:8: node 'first' has unknown kind 'mesage' — did you mean 'message'?",
    "duplicate_key": "faq/extra.yaml:9: key 'nl' appears twice in the same block — remove or rename one of them",
    "needs_subject_not_true_or_false": "faq/extra.yaml:14: FAQ entry 'extra_vraag' 'needs_subject' should be true or "
                                       "false — write needs_subject: true, or leave it out",
    "local_contact_not_true_or_false": "faq/extra.yaml:14: FAQ entry 'extra_vraag' 'local_contact' should be true or "
                                       "false — write local_contact: true, or leave it out",
    "needs_one_of_never_named": "faq/extra.yaml:14: FAQ entry 'extra_vraag': the 'nl' question 'mijn buurman hangt een "
                                "vlag op' names none of its needs_one_of words, so it could never be answered — add the "
                                "word it uses to needs_one_of, or reword the question",
    "needs_one_of_not_a_list": "faq/extra.yaml:14: FAQ entry 'extra_vraag' 'needs_one_of' should be a list of texts — "
                               "found a mapping",
    "bad_date": "faq/extra.yaml:13: FAQ entry 'extra_vraag' 'reviewed' should be a date — write it as 2026-11-28",
    "danger_unknown_group": "faq/danger.yaml:7: 'urgent_when:' names the word group 'son', which does not exist — "
                            "did you mean 'soon'?",
    "danger_missing": "faq/danger.yaml:0: the acute-danger vocabulary is missing — restore faq/danger.yaml: without it "
                      "the bot cannot put 112 first",
    "danger_bad_steps": "faq/danger.yaml:3: steps_node 'signalling:by_rol' is not a node of any flow — did you mean "
                        "'signalling:by_role'?",
    "danger_bad_suicide_entry": "faq/danger.yaml:3: suicide_talk_entry 'toestemming_nodg' is not a FAQ id — did you "
                                "mean 'toestemming_nodig'?",
    "danger_unknown_key": "faq/danger.yaml:7: unknown key 'calms' in 'danger:' — did you mean 'calm'?",
    "danger_spelling_two_words": "faq/danger.yaml:9: each line of 'spellings:' should map one word to one word — got "
                                 "'nx': 'niks nada'",
    "danger_list_item_too_far": "faq/danger.yaml:5: 'aanslag* - bomaanslag' reads as one phrase with a lone '-' in it "
                                "— a '- ' indented further than the list joins the line above: give each '- ' the same "
                                "indent",
    "danger_wide_mark_alone": "faq/danger.yaml:6: '... neer': '...' stands between two words — write it as "
                              "'steekt ... neer'",
    "danger_two_pictographs": "faq/danger.yaml:5: '🔪🩸': '🔪🩸' is not a word — use letters, digits, ' and -, with * at "
                              "an end, or one pictograph such as 🔪",
    "table_gap": "flows/sharing.yaml:14: table 'decide' has no rule for whom=parents (every role) — add a rule for "
                 "these answers, or end the table with a rule without 'when'",
    "table_unknown_value": "flows/sharing.yaml:16: rule 1 of table 'decide' expects 'whom' to be 'parnets', which is "
                           "not one of its values — did you mean 'parents'?",
    "table_unused_rule": "flows/sharing.yaml:17: rule 2 of table 'decide' never applies: earlier rules catch every "
                         "answer it covers, or no path gives these answers — remove it, move it up, or correct its "
                         "'when'",
    "note_unknown_answer": "flows/sharing.yaml:17: note 1 of 'outcome' looks at 'whon', which is neither 'role' nor a "
                           "choice of flow 'sharing' — did you mean 'whom'?",
    "typed_word_twice": "flows/sharing.yaml:12: typing 'school' at choice 'whom' would pick both 'school' and "
                        "'parents' — keep each label and synonym for one option only",
    "empty_file": "faq/basis.yaml:0: could not be read, so links between files were not checked yet — fix the problem "
                  "below first, then run 'helpdesk check' again",
    "missing_flow": "flows:0: there is no flow with id 'escalation'; the main menu needs it — add flows/escalation.yaml "
                    "with 'id: escalation'",
}


def broken_copy(case: str, target: Path) -> Path:
    shutil.copytree(FIXTURES / "content_ok", target)
    return break_content(case, target)


def break_content(case: str, target: Path) -> Path:
    """Apply the broken fixture ``case`` to the content folder ``target`` (its first line says which file)."""
    fixture = (FIXTURES / "broken" / f"{case}.yaml").read_text(encoding="utf-8")
    action, _, name = fixture.splitlines()[0].removeprefix("# ").partition(": ")
    if action == "deletes":
        (target / name).unlink()
    else:
        (target / name).write_text(fixture, encoding="utf-8")
    return target


def test_every_broken_fixture_has_an_expected_message() -> None:
    assert sorted(p.stem for p in (FIXTURES / "broken").glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_broken_content_is_refused_with_its_message(case: str, tmp_path: Path) -> None:
    with pytest.raises(ContentError) as refused:
        load_content(broken_copy(case, tmp_path / "content"))
    assert EXPECTED[case] in [p.render() for p in refused.value.problems]


def test_an_emptied_file_is_named_and_not_buried_under_follow_on_errors(tmp_path: Path) -> None:
    root = broken_copy("empty_file", tmp_path / "content")
    (root / "faq" / "basis.yaml").write_text("", encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        load_content(root)
    assert [p.render() for p in refused.value.problems] == [
        EXPECTED["empty_file"],
        "faq/basis.yaml:1: the file is empty — restore its content (git checkout -- FILE shows the last committed one) "
        "or delete it",
    ]


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    root = broken_copy("unknown_key", tmp_path / "content")
    (root / "flows" / "sharing.yaml").write_text((FIXTURES / "broken" / "unreachable.yaml").read_text())
    with pytest.raises(ContentError) as refused:
        load_content(root)
    paths = {p.path for p in refused.value.problems}
    assert paths == {"faq/extra.yaml", "flows/sharing.yaml"}


def test_failed_reload_keeps_serving_the_last_good_content(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", root)
    holder = ContentHolder(root)
    good = holder.content
    (root / "faq" / "basis.yaml").write_text("faq:\n  - id: [broken\n")

    problems = holder.reload_if_changed()

    assert problems and problems[0].path == "faq/basis.yaml"
    assert holder.content is good


def test_reload_picks_up_a_valid_change(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", root)
    holder = ContentHolder(root)
    path = root / "faq" / "basis.yaml"
    path.write_text(path.read_text().replace("Bel 112 of de politie.", "Bel direct 112."))

    assert holder.reload_if_changed() == []
    assert holder.content.faq["acuut_gevaar"].answer.wordings["nl"] == "Bel direct 112."


@pytest.fixture
def clean_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the clean content, with its own cache folder (``tmp_path / "cache"``)."""
    monkeypatch.setenv("HELPDESK_CACHE", str(tmp_path / "cache"))
    root = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", root)
    return root


def test_a_clean_decision_table_walk_is_remembered_and_a_changed_flow_is_walked_again(
        tmp_path: Path, clean_root: Path) -> None:
    load_content(clean_root)
    assert len(list((tmp_path / "cache").glob("tables-*"))) == 1
    broken = broken_copy("table_gap", tmp_path / "again")
    with pytest.raises(ContentError) as refused:
        load_content(broken)
    assert EXPECTED["table_gap"] in [p.render() for p in refused.value.problems]


def test_content_that_passed_every_rule_is_trusted_only_while_its_files_are_the_same(
        tmp_path: Path, clean_root: Path) -> None:
    load_content(clean_root)
    load_content(clean_root)  # the same files: the remembered clean check is trusted
    assert len(list((tmp_path / "cache").glob("verified-*"))) == 1
    break_content("dangling_related", clean_root)
    with pytest.raises(ContentError) as refused:  # one FAQ file changed: every rule is checked again
        load_content(clean_root)
    assert EXPECTED["dangling_related"] in [p.render() for p in refused.value.problems]
    with pytest.raises(ContentError):
        load_content(clean_root)  # broken content is never remembered as clean
