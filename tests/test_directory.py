"""The contacts directory: loading, routing, who may see what, and one test per error message."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.model import Where
from bot.errors import ContentError
from bot.escalation.directory import NATIONAL_DEFAULT, Contact, Directory, National, Region, Route
from bot.escalation.parse_directory import load_directory
from bot.escalation.municipalities import Municipality, MunicipalityIndex
from bot.escalation.office_hours import OfficeHours

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "contacts.yaml"


@pytest.fixture(scope="module")
def index() -> MunicipalityIndex:
    return MunicipalityIndex.bundled()


@pytest.fixture(scope="module")
def example(index: MunicipalityIndex) -> Directory:
    return load_directory(EXAMPLE, index)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "contacts.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str, index: MunicipalityIndex) -> list[str]:
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as error:
        load_directory(path, index)
    return [p.render() for p in error.value.problems]


# --- loading and routing ------------------------------------------------------------------------------

def test_the_example_loads_three_contacts_one_region_and_the_national_line(example: Directory) -> None:
    assert list(example.contacts) == ["utrecht_oov", "utrecht_teamleider", "den_haag_meldpunt"]
    assert example.contacts["utrecht_oov"] == Contact(
        id="utrecht_oov", function="Adviseur radicalisering, team OOV (voorbeeld)", municipalities=("Utrecht",),
        office_hours=OfficeHours.parse("ma-vr 09:00-17:00"), telegram_chat_id=100000001,
        email="radicalisering@utrecht.example.org", backup="utrecht_teamleider", where=Where(str(EXAMPLE), 11))
    assert example.regions == (Region("zvh_voorbeeld", "Zorg- en Veiligheidshuis (voorbeeld)",
                                      ("Houten", "Nieuwegein", "IJsselstein"), "utrecht_oov",
                                      Where(str(EXAMPLE), 37)),)
    assert example.national == NATIONAL_DEFAULT


def test_the_example_has_a_telegram_only_an_email_only_and_a_both_contact(example: Directory) -> None:
    reach = {c.id: (c.telegram_chat_id is not None, c.email is not None) for c in example.contacts.values()}
    assert reach == {"utrecht_oov": (True, True), "utrecht_teamleider": (True, False),
                     "den_haag_meldpunt": (False, True)}


def test_an_alias_in_the_file_is_stored_as_the_official_name(example: Directory) -> None:
    assert example.contacts["den_haag_meldpunt"].municipalities == ("'s-Gravenhage",)


def test_a_municipality_with_its_own_contact_routes_locally(example: Directory) -> None:
    zeist = Municipality("Zeist", "Utrecht")
    assert example.route(zeist) == Route("local", zeist, example.contacts["utrecht_teamleider"], None,
                                         NATIONAL_DEFAULT)


def test_a_municipality_in_a_region_routes_to_the_region_contact(example: Directory) -> None:
    houten = Municipality("Houten", "Utrecht")
    assert example.route(houten) == Route("regional", houten, example.contacts["utrecht_oov"], example.regions[0],
                                          NATIONAL_DEFAULT)


def test_any_other_municipality_routes_to_the_national_line(example: Directory) -> None:
    groningen = Municipality("Groningen", "Groningen")
    assert example.route(groningen) == Route("national", groningen, None, None, NATIONAL_DEFAULT)


def test_without_a_file_everything_routes_to_the_national_line(index: MunicipalityIndex) -> None:
    directory = load_directory(None, index)
    utrecht = Municipality("Utrecht", "Utrecht")
    assert (dict(directory.contacts), directory.regions, directory.national) == ({}, (), NATIONAL_DEFAULT)
    assert directory.route(utrecht) == Route("national", utrecht, None, None, NATIONAL_DEFAULT)


def test_contacts_are_found_by_chat_id_and_by_email_ignoring_case(example: Directory) -> None:
    assert example.contacts_for_chat(100000002) == (example.contacts["utrecht_teamleider"],)
    assert example.contacts_for_chat(999) == ()
    assert example.contact_for_email(" Meldpunt-Radicalisering@DenHaag.example.org") == \
        (example.contacts["den_haag_meldpunt"],)
    assert example.contact("nobody") is None


def test_a_contact_sees_its_own_municipalities_and_those_of_its_regions(example: Directory) -> None:
    assert example.municipalities_of("utrecht_oov") == {"Utrecht", "Houten", "Nieuwegein", "IJsselstein"}
    assert example.municipalities_of("utrecht_teamleider") == {"De Bilt", "Zeist"}
    assert example.municipalities_of("nobody") == frozenset()


def test_a_national_section_replaces_the_default(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = write(tmp_path, "contacts: []\nnational:\n  name: Advieslijn\n  phone: '0800 1234'\n"
                           "  email: advies@example.org\n  url: https://example.org/advies\n")
    assert load_directory(path, index).national == National("Advieslijn", "0800 1234", "advies@example.org",
                                                            "https://example.org/advies")


# --- one test per error message -------------------------------------------------------------------------

OK = "    function: Adviseur (voorbeeld)\n    office_hours: ma-vr 09:00-17:00\n"


def test_missing_file_names_helpdesk_contacts(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(ContentError) as error:
        load_directory(path, index)
    assert [p.render() for p in error.value.problems] == [
        f"{path}:0: the contacts file does not exist — set HELPDESK_CONTACTS to the path of the contacts YAML file "
        "(example: examples/contacts.yaml), or unset it to use only the national advice line"]


def test_a_folder_instead_of_a_file(tmp_path: Path, index: MunicipalityIndex) -> None:
    with pytest.raises(ContentError) as error:
        load_directory(tmp_path, index)
    assert [p.render() for p in error.value.problems] == [
        f"{tmp_path}:0: the contacts file is a folder, not a file — set HELPDESK_CONTACTS to the path of the "
        "contacts YAML file (example: examples/contacts.yaml), or unset it to use only the national advice line"]


def test_an_empty_file(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    assert problems(tmp_path, "", index) == [
        f"{path}:1: the contacts file should be a mapping of keys and values — it is empty"]


def test_yaml_duplicate_key(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = f"contacts:\n  - id: a\n{OK}    email: a@example.org\n    email: b@example.org\n"
    assert problems(tmp_path, text, index) == [
        f"{path}:6: key 'email' appears twice in the same block — remove or rename one of them"]


def test_unknown_top_level_key(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    assert problems(tmp_path, "contact: []\n", index) == [
        f"{path}:1: the contacts file has no 'contacts' — add 'contacts:'",
        f"{path}:1: unknown key 'contact' in the contacts file — did you mean 'contacts'?"]


def test_contacts_not_a_list(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    assert problems(tmp_path, "contacts:\n  id: a\n", index) == [
        f"{path}:1: 'contacts' should be a list — start each contact with '- id: ...'"]


def test_unknown_key_in_a_contact(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    assert problems(tmp_path, f"contacts:\n  - id: a\n{OK}    emial: a@example.org\n", index) == [
        f"{path}:2: contact 'a' has neither telegram_chat_id nor email — add at least one way to reach them",
        f"{path}:5: unknown key 'emial' in contact 'a' — did you mean 'email'?"]


def test_missing_key_in_a_contact(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = "contacts:\n  - id: a\n    office_hours: ma-vr 09:00-17:00\n    email: a@example.org\n"
    assert problems(tmp_path, text, index) == [f"{path}:2: contact 'a' has no 'function' — add 'function:'"]


def test_invalid_contact_id(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    assert problems(tmp_path, f"contacts:\n  - id: Team OOV\n{OK}    email: a@example.org\n", index) == [
        f"{path}:2: contact id 'Team OOV' is not a valid id — use lowercase letters, digits and _ (start with a "
        "letter, at most 40 characters)"]


def test_municipality_with_a_typo_suggests_the_name(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = (f"contacts:\n  - id: a\n{OK}    email: a@example.org\n"
            "    municipalities:\n      - Utrecht\n      - Amsterdm\n")
    assert problems(tmp_path, text, index) == [
        f"{path}:8: contact 'a': 'Amsterdm' is not a municipality — did you mean 'Amsterdam'?"]


def test_municipality_that_does_not_exist(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = f"contacts:\n  - id: a\n{OK}    email: a@example.org\n    municipalities: [Atlantis]\n"
    assert problems(tmp_path, text, index) == [
        f"{path}:6: contact 'a': 'Atlantis' is not a municipality — use the official name from "
        "bot/escalation/data/gemeenten.tsv"]


def test_municipality_name_that_means_several(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = f"contacts:\n  - id: a\n{OK}    email: a@example.org\n    municipalities: [Bergen]\n"
    assert problems(tmp_path, text, index) == [
        f"{path}:6: contact 'a': 'Bergen' could be 'Bergen (L.)' or 'Bergen (NH.)' — write the official name of "
        "one of them"]


def test_municipality_listed_twice_by_one_contact(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = f"contacts:\n  - id: a\n{OK}    email: a@example.org\n    municipalities: [Den Haag, \"'s-Gravenhage\"]\n"
    assert problems(tmp_path, text, index) == [f"{path}:6: contact 'a' lists 's-Gravenhage twice — remove one"]


def test_contact_with_neither_telegram_nor_email(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    assert problems(tmp_path, f"contacts:\n  - id: a\n{OK}", index) == [
        f"{path}:2: contact 'a' has neither telegram_chat_id nor email — add at least one way to reach them"]


def test_invalid_email(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    assert problems(tmp_path, f"contacts:\n  - id: a\n{OK}    email: oov at utrecht.nl\n", index) == [
        f"{path}:5: contact 'a' email 'oov at utrecht.nl' is not an e-mail address — write it as name@example.org"]


def test_chat_id_that_is_not_an_integer(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    assert problems(tmp_path, f"contacts:\n  - id: a\n{OK}    telegram_chat_id: '100000001'\n", index) == [
        f"{path}:5: contact 'a' telegram_chat_id '100000001' is not an integer — write the chat id as a number "
        "without quotes, e.g. 100000001 (group chats start with -)"]


def test_unreadable_office_hours(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = "contacts:\n  - id: a\n    function: X\n    office_hours: ma-vr 9-5\n    email: a@example.org\n"
    assert problems(tmp_path, text, index) == [
        f"{path}:4: contact 'a': office hours 'ma-vr 9-5': '9-5' is not a time range — write it like 09:00-17:00"]


def test_office_hours_that_are_not_a_text(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = "contacts:\n  - id: a\n    function: X\n    office_hours: [ma, di]\n    email: a@example.org\n"
    assert problems(tmp_path, text, index) == [
        f"{path}:4: contact 'a' office_hours should be a text — write e.g. 'ma-vr 09:00-17:00'"]


def test_backup_that_does_not_exist(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = (f"contacts:\n  - id: oov\n{OK}    email: a@example.org\n    backup: oov_bakup\n"
            f"  - id: oov_backup\n{OK}    email: b@example.org\n")
    assert problems(tmp_path, text, index) == [
        f"{path}:6: contact 'oov' has backup 'oov_bakup', which does not exist — did you mean 'oov_backup'?"]


def test_backup_that_points_to_itself(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = f"contacts:\n  - id: a\n{OK}    email: a@example.org\n    backup: a\n"
    assert problems(tmp_path, text, index) == [
        f"{path}:6: contact 'a' is its own backup — name another contact, or remove 'backup'"]


def test_duplicate_contact_ids(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = f"contacts:\n  - id: a\n{OK}    email: a@example.org\n  - id: a\n{OK}    email: b@example.org\n"
    assert problems(tmp_path, text, index) == [
        f"{path}:6: contact id 'a' is already used at {path}:2 — give every contact its own id"]


def test_municipality_served_by_two_contacts(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = (f"contacts:\n  - id: a\n{OK}    email: a@example.org\n    municipalities: [Utrecht]\n"
            f"  - id: b\n{OK}    email: b@example.org\n    municipalities: [Houten, utrecht]\n")
    assert problems(tmp_path, text, index) == [
        f"{path}:11: Utrecht is served by both 'a' ({path}:2) and 'b' — a municipality has one contact: remove it "
        "from one of them, or make one the other's backup"]


REGION_BASE = f"contacts:\n  - id: oov\n{OK}    email: a@example.org\nregions:\n"


def test_region_contact_that_does_not_exist(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = REGION_BASE + "  - id: zvh\n    name: ZVH (voorbeeld)\n    municipalities: [Houten]\n    contact: ov\n"
    assert problems(tmp_path, text, index) == [
        f"{path}:10: region 'zvh' has contact 'ov', which does not exist — did you mean 'oov'?"]


def test_region_with_a_missing_key(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = REGION_BASE + "  - id: zvh\n    municipalities: [Houten]\n    contact: oov\n"
    assert problems(tmp_path, text, index) == [f"{path}:7: region 'zvh' has no 'name' — add 'name:'"]


def test_municipality_in_two_regions(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = REGION_BASE + ("  - id: one\n    name: One\n    municipalities: [Houten]\n    contact: oov\n"
                          "  - id: two\n    name: Two\n    municipalities: [Houten]\n    contact: oov\n")
    assert problems(tmp_path, text, index) == [
        f"{path}:13: Houten is in both region 'one' ({path}:7) and 'two' — a municipality lies in one region: "
        "remove it from one of them"]


def test_duplicate_region_ids(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = REGION_BASE + ("  - id: one\n    name: One\n    municipalities: [Houten]\n    contact: oov\n"
                          "  - id: one\n    name: Two\n    municipalities: [Zeist]\n    contact: oov\n")
    assert problems(tmp_path, text, index) == [
        f"{path}:11: region id 'one' is already used — give every region its own id"]


def test_national_with_a_bad_url_and_email(tmp_path: Path, index: MunicipalityIndex) -> None:
    path = tmp_path / "contacts.yaml"
    text = "contacts: []\nnational:\n  name: X\n  phone: '1'\n  email: nope\n  url: www.example.org\n"
    assert problems(tmp_path, text, index) == [
        f"{path}:5: national email 'nope' is not an e-mail address — write it as name@example.org",
        f"{path}:6: national url 'www.example.org' is not a web address — start with https://"]


def test_all_problems_are_reported_together(tmp_path: Path, index: MunicipalityIndex) -> None:
    text = "contacts:\n  - id: a\n    function: X\n    office_hours: nooit\n    email: x\n    backup: b\n"
    assert len(problems(tmp_path, text, index)) == 3
