"""Municipality lookup: the bundled CBS list, aliases, former municipalities, typos and choices."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from bot.errors import ContentError
from bot.escalation.municipalities import Lookup, Municipality, MunicipalityIndex, normalise
from bot.escalation.places import read_places

DATA = Path(__file__).resolve().parent.parent / "bot" / "escalation" / "data"


@pytest.fixture(scope="module")
def index() -> MunicipalityIndex:
    return MunicipalityIndex.bundled()


def found(name: str, province: str, note_nl: str = "", note_en: str = "") -> Lookup:
    return Lookup("found", (Municipality(name, province),), note_nl, note_en)


def test_all_342_municipalities_load_with_their_province(index: MunicipalityIndex) -> None:
    assert len(index) == 342 == len(index.names())
    provinces = Counter(index.get(name).province for name in index.names())  # type: ignore[union-attr]
    assert provinces == {"Noord-Brabant": 56, "Gelderland": 51, "Zuid-Holland": 50, "Noord-Holland": 44,
                         "Limburg": 31, "Utrecht": 26, "Overijssel": 25, "Fryslân": 18, "Zeeland": 13,
                         "Drenthe": 12, "Groningen": 10, "Flevoland": 6}


def test_bundled_table_is_the_shared_domain_file() -> None:
    shared = Path("/work/shared/domain/gemeenten.tsv")
    if not shared.exists():
        pytest.skip("shared domain folder not present")
    assert (DATA / "gemeenten.tsv").read_bytes() == shared.read_bytes()


def test_every_alias_target_exists_and_every_alias_has_a_source(index: MunicipalityIndex) -> None:
    assert len(index.aliases) == 40
    for alias in index.aliases:
        assert alias.to and all(index.get(name) is not None for name in alias.to), alias
        assert alias.source.strip(), alias


def test_get_takes_the_exact_official_name_only(index: MunicipalityIndex) -> None:
    assert index.get("'s-Gravenhage") == Municipality("'s-Gravenhage", "Zuid-Holland")
    assert index.get("Den Haag") is None
    assert index.get("utrecht") is None


@pytest.mark.parametrize(("typed", "name", "province"), [
    ("Den Haag", "'s-Gravenhage", "Zuid-Holland"),
    ("The Hague", "'s-Gravenhage", "Zuid-Holland"),
    ("s-gravenhage", "'s-Gravenhage", "Zuid-Holland"),
    ("den bosch", "'s-Hertogenbosch", "Noord-Brabant"),
    ("'s Hertogenbosch", "'s-Hertogenbosch", "Noord-Brabant"),
    ("sudwest fryslan", "Súdwest-Fryslân", "Fryslân"),
    ("Zuidwest-Friesland", "Súdwest-Fryslân", "Fryslân"),
    ("De Friese Meren", "De Fryske Marren", "Fryslân"),
    ("Noordoost-Friesland", "Noardeast-Fryslân", "Fryslân"),
    ("Tietjerksteradeel", "Tytsjerksteradiel", "Fryslân"),
    ("Nuenen", "Nuenen, Gerwen en Nederwetten", "Noord-Brabant"),
    ("Hengelo", "Hengelo", "Overijssel"),
    ("Hengelo (O.)", "Hengelo", "Overijssel"),
    ("Laren", "Laren", "Noord-Holland"),
    ("Bergen NH", "Bergen (NH.)", "Noord-Holland"),
    ("bergen (l.)", "Bergen (L.)", "Limburg"),
    ("Utrecht", "Utrecht", "Utrecht"),
    ("Groningen", "Groningen", "Groningen"),
    ("gemeente Zeist", "Zeist", "Utrecht"),
    ("Zeist gemeente", "Zeist", "Utrecht"),
    ("in de gemeente Zeist", "Zeist", "Utrecht"),
    ("  ZEIST!  ", "Zeist", "Utrecht"),
    ("Capelle", "Capelle aan den IJssel", "Zuid-Holland"),
])
def test_official_names_and_aliases_are_found_whatever_the_spelling(
        index: MunicipalityIndex, typed: str, name: str, province: str) -> None:
    assert index.lookup(typed) == found(name, province)


def test_a_merged_former_municipality_is_found_with_a_note(index: MunicipalityIndex) -> None:
    assert index.lookup("Weesp") == found("Amsterdam", "Noord-Holland", "Weesp hoort sinds 2022 bij Amsterdam.",
                                          "Weesp has been part of Amsterdam since 2022.")
    assert index.lookup("hellevoetsluis") == found("Voorne aan Zee", "Zuid-Holland",
                                                   "Hellevoetsluis hoort sinds 2023 bij Voorne aan Zee.",
                                                   "Hellevoetsluis has been part of Voorne aan Zee since 2023.")


def test_haaren_split_over_four_municipalities_asks_to_choose(index: MunicipalityIndex) -> None:
    assert index.lookup("Haaren") == Lookup(
        "choose", tuple(Municipality(n, "Noord-Brabant") for n in ("Boxtel", "Oisterwijk", "Tilburg", "Vught")),
        "Haaren is in 2021 verdeeld over Boxtel, Oisterwijk, Tilburg en Vught.",
        "In 2021, Haaren was divided between Boxtel, Oisterwijk, Tilburg and Vught.")


def test_haren_is_not_mistaken_for_haaren(index: MunicipalityIndex) -> None:
    assert index.lookup("Haren") == found("Groningen", "Groningen", "Haren hoort sinds 2019 bij Groningen.",
                                          "Haren has been part of Groningen since 2019.")


def test_bergen_asks_to_choose_between_limburg_and_noord_holland(index: MunicipalityIndex) -> None:
    assert index.lookup("Bergen") == Lookup("choose", (Municipality("Bergen (L.)", "Limburg"),
                                                       Municipality("Bergen (NH.)", "Noord-Holland")))


def test_the_start_of_two_names_asks_to_choose(index: MunicipalityIndex) -> None:
    assert index.lookup("Midden") == Lookup("choose", (Municipality("Midden-Delfland", "Zuid-Holland"),
                                                       Municipality("Midden-Drenthe", "Drenthe"),
                                                       Municipality("Midden-Groningen", "Groningen")))


def test_a_village_that_also_starts_a_municipalitys_name_asks_to_choose(index: MunicipalityIndex) -> None:
    assert index.lookup("Alphen") == Lookup("choose", (Municipality("Alphen aan den Rijn", "Zuid-Holland"),
                                                       Municipality("Alphen-Chaam", "Noord-Brabant"),
                                                       Municipality("West Maas en Waal", "Gelderland")),
                                            place="Alphen")


@pytest.mark.parametrize(("typed", "name", "province"), [
    ("Amsterdm", "Amsterdam", "Noord-Holland"),
    ("Rotterdan", "Rotterdam", "Zuid-Holland"),
    ("Eindhovn", "Eindhoven", "Noord-Brabant"),
    ("Groningne", "Groningen", "Groningen"),
    ("Zwole", "Zwolle", "Overijssel"),
    ("Hertogenbosch", "'s-Hertogenbosch", "Noord-Brabant"),
])
def test_a_typo_with_one_clearly_best_candidate_is_found(
        index: MunicipalityIndex, typed: str, name: str, province: str) -> None:
    assert index.lookup(typed) == found(name, province)


def test_a_typo_close_to_several_names_asks_to_choose(index: MunicipalityIndex) -> None:
    assert index.lookup("Lieden") == Lookup("choose", (Municipality("Leiden", "Zuid-Holland"),
                                                       Municipality("Leusden", "Utrecht"),
                                                       Municipality("Wierden", "Overijssel")))


@pytest.mark.parametrize("typed", ["pizzeria", "", "   ", "xyz", "Den", "Friesland", "Fryslân", "Limburg",
                                   "Noord-Brabant", "provincie Utrecht", "Amsterdam-Zuidoost"])
def test_provinces_short_fragments_and_nonsense_are_unknown(index: MunicipalityIndex, typed: str) -> None:
    assert index.lookup(typed) == Lookup("unknown", ())


def test_resolve_takes_names_and_aliases_but_no_typos(index: MunicipalityIndex) -> None:
    assert index.resolve("den haag") == (Municipality("'s-Gravenhage", "Zuid-Holland"),)
    assert index.resolve("Bergen") == (Municipality("Bergen (L.)", "Limburg"),
                                       Municipality("Bergen (NH.)", "Noord-Holland"))
    assert index.resolve("Amsterdm") == ()


def test_normalise_ignores_case_accents_apostrophes_and_punctuation() -> None:
    assert normalise("'s-Hertogenbosch") == "s hertogenbosch"
    assert normalise("Súdwest-Fryslân") == "sudwest fryslan"
    assert normalise("Nuenen, Gerwen en Nederwetten") == "nuenen gerwen en nederwetten"
    assert normalise("Bergen (NH.)") == "bergen nh"


def test_lookup_takes_less_than_a_millisecond(index: MunicipalityIndex) -> None:
    texts = ["Amsterdm", "pizzeria", "Den Haag", "Groningne", "Alphen aan de Rijn", "Haaren", "gemeente Sittard"]
    start = time.perf_counter()
    for _ in range(100):
        for text in texts:
            index.lookup(text)
    assert (time.perf_counter() - start) / (100 * len(texts)) < 0.001


def test_an_alias_to_a_name_not_in_the_list_is_refused_with_its_line(tmp_path: Path) -> None:
    table = tmp_path / "gemeenten.tsv"
    table.write_text("name\tprovince\nAmsterdam\tNoord-Holland\n", encoding="utf-8")
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("aliases:\n  Weesp: {to: Amsterdm, since: 2022, source: x}\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        MunicipalityIndex.from_files(table, aliases)
    assert [p.render() for p in error.value.problems] == [
        f"{aliases}:2: alias 'Weesp' points to 'Amsterdm', which is not a municipality — did you mean 'Amsterdam'?"]


def test_an_alias_without_a_source_is_refused(tmp_path: Path) -> None:
    table = tmp_path / "gemeenten.tsv"
    table.write_text("name\tprovince\nAmsterdam\tNoord-Holland\n", encoding="utf-8")
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("aliases:\n  Weesp: {to: Amsterdam}\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        MunicipalityIndex.from_files(table, aliases)
    assert [p.render() for p in error.value.problems] == [
        f"{aliases}:2: alias 'Weesp' has no 'source' — add 'source:'"]


def test_an_alias_that_reads_as_another_municipality_is_refused(tmp_path: Path) -> None:
    table = tmp_path / "gemeenten.tsv"
    table.write_text("name\tprovince\nAmsterdam\tNoord-Holland\nPurmerend\tNoord-Holland\n", encoding="utf-8")
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("aliases:\n  PURMEREND: {to: Amsterdam, source: x}\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        MunicipalityIndex.from_files(table, aliases)
    assert [p.render() for p in error.value.problems] == [
        f"{aliases}:2: alias 'PURMEREND' reads the same as the municipality 'Purmerend' — remove the alias"]


def test_the_start_of_a_former_municipality_keeps_its_note(index: MunicipalityIndex) -> None:
    assert index.lookup("Mill") == Lookup("found", (Municipality("Land van Cuijk", "Noord-Brabant"),),
                                          "Mill en Sint Hubert hoort sinds 2022 bij Land van Cuijk.",
                                          "Mill en Sint Hubert has been part of Land van Cuijk since 2022.", "Mill")


# --- places: woonplaatsen and districts (CBS woonplaatsen.tsv) -------------------------------------------------

@pytest.mark.parametrize(("typed", "name", "province", "place"), [
    ("Sneek", "Súdwest-Fryslân", "Fryslân", "Sneek"),
    ("Rosmalen", "'s-Hertogenbosch", "Noord-Brabant", "Rosmalen"),
    ("zaandam", "Zaanstad", "Noord-Holland", "Zaandam"),
    ("Kudelstaart", "Aalsmeer", "Noord-Holland", "Kudelstaart"),
    ("Hoogvliet", "Rotterdam", "Zuid-Holland", "Hoogvliet"),
    ("Scheveningen", "'s-Gravenhage", "Zuid-Holland", "Scheveningen"),
    ("Grou", "Leeuwarden", "Fryslân", "Grou"),
    ("in Sneek", "Súdwest-Fryslân", "Fryslân", "Sneek"),
    ("Rosmalem", "'s-Hertogenbosch", "Noord-Brabant", "Rosmalen"),
    ("Snek", "Súdwest-Fryslân", "Fryslân", "Sneek"),
])
def test_a_woonplaats_or_district_is_found_with_its_municipality(
        index: MunicipalityIndex, typed: str, name: str, province: str, place: str) -> None:
    assert index.lookup(typed) == Lookup("found", (Municipality(name, province),), place=place)


def test_a_place_in_several_municipalities_asks_to_choose(index: MunicipalityIndex) -> None:
    assert index.lookup("Velp") == Lookup("choose", (Municipality("Land van Cuijk", "Noord-Brabant"),
                                                     Municipality("Rheden", "Gelderland")), place="Velp")


def test_the_end_of_a_municipality_alias_is_offered_with_places_that_start_with_it(index: MunicipalityIndex) -> None:
    assert index.lookup("Bosch") == Lookup("choose", (Municipality("'s-Hertogenbosch", "Noord-Brabant"),
                                                      Municipality("Zeist", "Utrecht")))


def test_a_municipality_name_wins_over_a_village_of_the_same_name(index: MunicipalityIndex) -> None:
    assert index.lookup("Hengelo") == found("Hengelo", "Overijssel")


def test_a_municipality_typo_wins_over_a_village_close_to_it(index: MunicipalityIndex) -> None:
    assert index.lookup("Groningne") == found("Groningen", "Groningen")


def test_every_place_row_points_to_a_municipality_and_the_table_is_the_shared_file(
        index: MunicipalityIndex) -> None:
    places, problems = read_places(DATA / "woonplaatsen.tsv", set(index.names()))
    assert problems == [] and len(places) > 3400
    assert (DATA / "woonplaatsen.tsv").read_text(encoding="utf-8").splitlines()[2503].startswith("'t Loo\t")
    shared = Path("/work/shared/domain/woonplaatsen.tsv")
    if shared.exists():
        assert (DATA / "woonplaatsen.tsv").read_bytes() == shared.read_bytes()


def test_a_place_row_with_an_unknown_municipality_is_refused_with_its_line(tmp_path: Path) -> None:
    table = tmp_path / "woonplaatsen.tsv"
    table.write_text("woonplaats\tgemeente\tprovincie\nSneek\tSudwest Fryslan\tFryslân\n", encoding="utf-8")
    places, problems = read_places(table, {"Súdwest-Fryslân"})
    assert places == [] and [p.render() for p in problems] == [
        f"{table}:2: 'Sneek' lies in 'Sudwest Fryslan', which is not a municipality — use the official name from "
        "gemeenten.tsv"]


def test_nearest_names_are_suggested_when_nothing_matches(index: MunicipalityIndex) -> None:
    assert index.lookup("Amsterdam-Zuidoost") == Lookup("unknown", ())
    assert index.nearest("Amsterdam-Zuidoost") == (
        (Municipality("Amsterdam", "Noord-Holland"), ""), (Municipality("Amstelveen", "Noord-Holland"), "Amsterdamse Bos"),
        (Municipality("Ouder-Amstel", "Noord-Holland"), "Amsterdam-Duivendrecht"))
    assert index.nearest("pizzeria") == ()


def test_the_municipality_command_prints_what_the_bot_understands(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.cli import main

    monkeypatch.delenv("HELPDESK_CONTACTS", raising=False)
    assert main(["municipality", "Sneek"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ik begrijp: gemeente Súdwest-Fryslân (Sneek). Voor gemeente Súdwest-Fryslân is in deze "
                          "bot geen contactpersoon ingesteld. Landelijk advies, ook anoniem: Landelijk Steunpunt "
                          "Extremisme (LSE), 088 20 80 080, info@hetlse.nl.\n")
    assert out.endswith("saved: Súdwest-Fryslân\n")
    assert main(["municipality", "--lang", "en", "Velp"]) == 1
    assert capsys.readouterr().out == ("Velp lies in more than one municipality. Which one do you mean?\n"
                                       "button: Land van Cuijk (Noord-Brabant)\nbutton: Rheden (Gelderland)\n"
                                       "button: None of these\n")
