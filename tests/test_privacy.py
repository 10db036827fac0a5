"""Finding and masking Dutch personal data (bot.privacy): true positives per kind, false alarms, masking."""

from __future__ import annotations

import datetime
import gc
import random
import time

import pytest

from bot.privacy import DOUBT, KINDS, Finding, describe, find_personal_data, mask_personal_data

TODAY = datetime.date(2026, 11, 28)


def found(text: str) -> tuple[Finding, ...]:
    return find_personal_data(text, today=TODAY)


def only(kind: str, prefix: str, value: str) -> tuple[Finding, ...]:
    """The single finding expected when ``value`` stands right after ``prefix``."""
    return (Finding(kind, len(prefix), len(prefix) + len(value), value),)


def test_a_phone_number_is_found_with_its_offsets() -> None:
    assert find_personal_data("bel 06-12345678") == (Finding("phone", 4, 15, "06-12345678"),)


@pytest.mark.parametrize("value", [
    "jan@example.nl", "jan.de.vries@example.nl", "j.devries+school@example.com", "info@mail.gemeente.example.nl",
    "Sanne_1999@Hotmail.COM",
])
def test_email_addresses_are_found(value: str) -> None:
    assert found(f"mail hem op {value}, graag.") == only("email", "mail hem op ", value)


@pytest.mark.parametrize("value", [
    "06-12345678", "06 12345678", "06 1234 5678", "06 12 34 56 78", "0612345678", "(06) 12345678",
    "+31 6 12345678", "+31612345678", "+31 (0)6 12345678", "0031 6 12345678", "010-1234567", "020 123 4567",
    "0201234567", "0575-123456", "0575 12 34 56", "+32 470 12 34 56",
])
def test_phone_numbers_are_found_in_common_spellings(value: str) -> None:
    assert found(f"Zijn nummer is {value} (zei hij).") == only("phone", "Zijn nummer is ", value)


def test_a_trailing_number_after_a_phone_number_is_left_out() -> None:
    assert found("Hij belde 0612345678 12 keer") == only("phone", "Hij belde ", "0612345678")


@pytest.mark.parametrize("text", [
    "bel 112", "bel bij nood 112 of de politie", "gemeente: 14 079", "bel 14 020 voor de gemeente",
    "0800-7000 is Veilig Thuis", "politie 0900 8844", "Bel 0900-1113111", "0906-1234567", "0909 1234567",
    "bel 088 20 80 080", "088-1234567", "in 2017 en 2018", "het kostte € 1250,00", "nummer 0612345678901",
    "op 06-12-2008 gebeurde het",
])
def test_organisation_numbers_years_and_long_digit_runs_are_not_phone_numbers(text: str) -> None:
    assert [f for f in found(text) if f.kind == "phone"] == []


@pytest.mark.parametrize("value", ["111222333", "111.22.23.33", "111 22 23 33", "111.222.333", "111 222 333",
                                   "12345672"])
def test_a_number_passing_the_eleven_check_is_a_bsn(value: str) -> None:
    assert found(f"BSN: {value}.") == only("bsn", "BSN: ", value)


@pytest.mark.parametrize("text", ["bsn 123456789", "nummer 111222334", "000000000", "€ 123.456.789",
                                  "id 1112223330"])
def test_a_number_failing_the_eleven_check_is_not_a_bsn(text: str) -> None:
    assert found(text) == ()


def test_a_mobile_number_is_a_phone_number_not_a_bsn() -> None:
    assert found("0612345678") == (Finding("phone", 0, 10, "0612345678"),)


@pytest.mark.parametrize("value", [
    "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "nl91 abna 0417 1643 00",
    "BE68 5390 0754 7034", "DE89370400440532013000", "GB82 WEST 1234 5698 7654 32",
])
def test_ibans_are_found_with_or_without_spaces(value: str) -> None:
    assert found(f"rekening {value} naar hem") == only("iban", "rekening ", value)


@pytest.mark.parametrize("text", ["NL92ABNA0417164300", "NL91 ABNA 0417 1643 01", "BE69 5390 0754 7034",
                                  "NL91ABNA04171643"])
def test_an_iban_with_a_wrong_checksum_or_length_is_not_an_iban(text: str) -> None:
    assert [f for f in found(text) if f.kind == "iban"] == []


@pytest.mark.parametrize("value", [
    "1234 AB", "1234AB", "1234 AB 12", "1234 AB 12a", "1234 AB 12-3", "1234 AB, 12", "1234 AB huisnummer 12",
    "1234ab 12", "1234 ab 5b", "Dorpsstraat 12, 1234 AB", "Kerkstraat 3a 2517 KL",
])
def test_postcodes_are_found_with_house_number_and_street(value: str) -> None:
    assert found(f"Hij woont op {value} in Utrecht") == only("postcode", "Hij woont op ", value)


def test_a_full_address_is_found_as_one_street_and_postcode() -> None:
    assert found("Laan van Meerdervoort 12a, 2517 AB Den Haag") == only(
        "postcode", "", "Laan van Meerdervoort 12a, 2517 AB")


@pytest.mark.parametrize("text", [
    "in 2017 en 2018", "IN 2017 EN 2018", "1234 ab", "sinds 2015 IS", "1234 SA", "1234 SS 12",
    "hij liep 1500 km 12 dagen", "tussen 1990 of 1991",
])
def test_years_words_and_excluded_letters_are_not_postcodes(text: str) -> None:
    assert found(text) == ()


@pytest.mark.parametrize(("prefix", "value"), [
    ("Geboren op ", "12-03-2008"), ("geb. ", "12/3/2008"), ("geboortedatum: ", "12.03.2008"),
    ("Geboortedatum ", "2008-03-12"), ("geboren ", "12 maart 2008"), ("geboren op ", "3 mei 2009"),
    ("born on ", "12 march 2008"), ("date of birth: ", "March 12, 2008"), ("DOB ", "1 Jan. 2010"),
    ("d.o.b. ", "12 mrt 2008"), ("geboren op ", "3 mei"), ("geboortedag: ", "12 maart"), ("geb. ", "12-03-08"),
    ("geboren te Utrecht op ", "01-02-2024"), ("Hij had het over ", "12-03-2008"), ("zus: ", "1 sept 1999"),
])
def test_dates_after_a_birth_cue_or_long_ago_are_birth_dates(prefix: str, value: str) -> None:
    assert found(f"{prefix}{value}, zei hij") == only("birthdate", prefix, value)


@pytest.mark.parametrize("text", [
    "in 2017", "geboren in 2008", "Sinds 2008 gaat het mis", "op 12-11-2026 liet hij een filmpje zien",
    "op 3 mei 2025 was er een vechtpartij", "Op 12 mei zei hij iets", "geboortedatum: 12-11-2027",
    "Hij is geboren in 2008 en op 12-11-2026 liet hij iets zien", "geboren op 31-02-2008", "om 12.30 uur",
])
def test_years_recent_dates_and_impossible_dates_are_not_birth_dates(text: str) -> None:
    assert found(text) == ()


@pytest.mark.parametrize(("prefix", "value"), [
    ("De jongen heet ", "Daan"), ("Hij heet ", "Mohammed el Amrani"), ("Ze is genaamd ", "Sanne van der Berg"),
    ("Zijn naam is ", "Jan-Willem Bakker"), ("haar naam is ", "Fatima"), ("Naam: ", "J. de Vries"),
    ("naam:", "Özil"), ("His name is ", "Liam O'Neill"), ("a boy named ", "Tom"), ("He is called ", "Ahmed bin Salem"),
    ("Zijn bijnaam is ", "De Leeuw"), ("bijnaam: ", "Abu Bakr"), ("Ze heten ", "Jan ter Horst"),
    ("hij heet ", "Kees van den Berg"), ("Hij heet ", "Anna Maria Louise Jansen"),
    ("hij noemt zichzelf ", "Abu Omar"), ("he calls himself ", "Jay"),
])
def test_names_after_a_cue_are_found(prefix: str, value: str) -> None:
    assert found(f"{prefix}{value} en hij is 16.") == only("name", prefix, value)


def test_a_name_stops_at_a_lowercase_word_or_a_sentence_end() -> None:
    assert found("heet Anna Maria Louise Jansen Smit") == only("name", "heet ", "Anna Maria Louise Jansen Smit")
    assert found("Hij heet Daan. Hij zit in 4 havo") == only("name", "Hij heet ", "Daan")
    assert found("heet Jan van. Verder niets") == only("name", "heet ", "Jan")


@pytest.mark.parametrize("text", ["hij heet eigenlijk niet zo", "Hoe heet de jongen?", "Het water is heet. De jongen",
                                  "naam: onbekend"])
def test_a_cue_without_a_capitalised_word_is_no_name(text: str) -> None:
    assert found(text) == ()


def test_a_concern_with_a_year_and_a_recent_date_has_no_findings() -> None:
    text = ("Sinds 2023 zegt hij op school dat ongelovigen het verdienen; op 12-11-2026 liet hij een filmpje zien "
            "van een aanslag. In 2017 en 2018 was er niets aan de hand. Bij acuut gevaar bel ik 112.")
    assert found(text) == ()


def test_overlapping_candidates_keep_the_longer_one() -> None:
    assert found("IBAN NL91ABNA0417164300") == only("iban", "IBAN ", "NL91ABNA0417164300")
    assert found("heet Jan@example.nl") == only("email", "heet ", "Jan@example.nl")


def test_findings_are_sorted_by_start() -> None:
    text = "Hij heet Daan, 06-12345678, daan@example.nl, 1234 AB 5, BSN 111222333."
    assert [f.kind for f in found(text)] == ["name", "phone", "email", "postcode", "bsn"]


def test_masking_replaces_each_kind_by_its_placeholder() -> None:
    text = ("Hij heet Mohammed el Amrani, geboren op 12-03-2008, woont op Dorpsstraat 12, 1234 AB Utrecht. "
            "Bel 06-12345678 of mail m.amrani@example.nl. BSN 111222333, rekening NL91 ABNA 0417 1643 00.")
    assert mask_personal_data(text, today=TODAY) == (
        "Hij heet [naam], geboren op [geboortedatum], woont op [postcode] Utrecht. "
        "Bel [telefoonnummer] of mail [e-mail]. BSN [BSN], rekening [IBAN].")


def test_masking_uses_given_findings_and_merges_overlaps() -> None:
    text = "abc 06-12345678 def"
    assert mask_personal_data(text, [Finding("phone", 4, 15, "06-12345678")]) == "abc [telefoonnummer] def"
    assert mask_personal_data(text, []) == text
    overlapping = [Finding("bsn", 4, 12, "06-12345"), Finding("phone", 7, 15, "12345678")]
    assert mask_personal_data(text, overlapping) == "abc [BSN] def"


def test_masking_rejects_an_unknown_kind() -> None:
    with pytest.raises(ValueError):
        mask_personal_data("abc", [Finding("shoe size", 0, 1, "a")])


MIXED = [
    "bel 06-12345678",
    "Hij heet Jan-Willem van der Berg en zijn zus heet Fatima el Amrani.",
    "Mail: j.devries+school@mail.example.nl of bel +31 (0)20 123 4567",
    "BSN 111.22.23.33 en IBAN nl91abna0417164300, postcode 1234ab 12",
    "Geboren op 3 mei 2009 te Utrecht; DOB March 12, 2008; geboren op 3 mei.",
    "Dorpsstraat 12, 1234 AB Utrecht, huisnummer boven: 5678 CD huisnummer 7",
    "Naam: J. de Vries, tel. 0575-123456, geb. 12/3/2008",
    "Naam:\nSara Bakker\nGeboortedatum:\n01-02-2020\nTelefoon:\n0612345678",
]


@pytest.mark.parametrize("text", MIXED)
def test_masked_text_contains_no_personal_data(text: str) -> None:
    findings = found(text)
    masked = mask_personal_data(text, today=TODAY)
    assert findings != ()
    assert [f.text for f in findings if f.text in masked] == []
    assert find_personal_data(masked, today=TODAY) == ()


@pytest.mark.parametrize(("kind", "nl", "en"), [
    ("email", "een e-mailadres", "an e-mail address"),
    ("phone", "een telefoonnummer", "a phone number"),
    ("bsn", "een BSN (burgerservicenummer)", "a citizen service number (BSN)"),
    ("iban", "een IBAN (bankrekeningnummer)", "an IBAN (bank account number)"),
    ("postcode", "een postcode of adres", "a postcode or address"),
    ("birthdate", "een geboortedatum", "a date of birth"),
    ("name", "een naam", "a name"),
    ("address", "een adres (straat en huisnummer)", "an address (street and house number)"),
    ("handle", "een account of profiellink", "an account name or profile link"),
    ("plate", "een kenteken", "a licence plate"),
    ("class", "een klas", "a school class"),
    (DOUBT, "misschien een naam", "possibly a name"),
])
def test_each_kind_is_described_in_dutch_and_english(kind: str, nl: str, en: str) -> None:
    assert (describe(kind, "nl"), describe(kind, "en")) == (nl, en)


def test_describing_covers_exactly_the_kinds() -> None:
    assert KINDS == ("email", "phone", "bsn", "iban", "postcode", "address", "birthdate", "name", "handle", "plate",
                     "class")
    with pytest.raises(ValueError):
        describe("shoe size", "nl")
    with pytest.raises(ValueError):
        describe("email", "de")


def test_today_defaults_to_the_real_date() -> None:
    assert find_personal_data("12-03-2008") == (Finding("birthdate", 0, 10, "12-03-2008"),)
    assert mask_personal_data("geboren op 12-03-2008") == "geboren op [geboortedatum]"


def test_a_long_mixed_text_is_handled_quickly() -> None:
    parts = [*MIXED, "Sinds 2023 zegt hij op school dat ongelovigen het verdienen. ", "bel 112 of 0900 8844. ",
             "In 2017 en 2018 ging het goed; op 12-11-2026 niet. ", "x" * 40 + " ", "1234567890 " * 3]
    rng = random.Random(7)
    text = ""
    while len(text) < 10_000:
        text += rng.choice(parts) + " "
    text = text[:10_000]
    find_personal_data(text[:500], today=TODAY)  # the first call loads the place names: not what is timed here
    gc.collect()
    gc.disable()  # as timeit does: a collection of the whole test session's objects is not the masker's time
    try:
        began = time.perf_counter()
        findings = find_personal_data(text, today=TODAY)
        elapsed = time.perf_counter() - began
    finally:
        gc.enable()
    masked = mask_personal_data(text, findings)
    print(f"10,000 characters: {len(findings)} findings in {elapsed * 1000:.1f} ms")
    assert [f for f in find_personal_data(masked, today=TODAY) if f.kind != DOUBT] == []
    assert elapsed < 1.0


# --- names without a cue, addresses, accounts, plates, classes and doubts (issue 12) ---------------------------

def kinds_and_texts(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in found(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ik maak me zorgen om Mohammed.", [("name", "Mohammed")]),
    ("Lisa van Dijk deelt filmpjes", [("name", "Lisa van Dijk")]),
    ("ik sprak met mohammed over de oorlog", [("name", "mohammed")]),
    ("Zijn broer Karim el Idrissi zegt dat", [("name", "Karim el Idrissi")]),
    ("De jongen Daan zit in de klas", [("name", "Daan")]),
    ("Mevrouw de Graaf belde", [("name", "de Graaf")]),
    ("meneer Bakker wist ervan", [("name", "Bakker")]),
    ("I spoke with Tyrone about it.", [("name", "Tyrone")]),
    ("Gisteren zei Jeroen Bakker iets", [("name", "Jeroen Bakker")]),
])
def test_names_are_found_without_a_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_texts(text) == expected


@pytest.mark.parametrize("text", [
    "We hebben Veilig Thuis en het Zorg- en Veiligheidshuis gebeld, en Meld Misdaad Anoniem overwogen.",
    "Hij woont in Rosmalen en wil naar Syrië; de politie in Den Haag weet ervan.",
    "Sinds maandag praat hij over Islam, ISIS en de Koran. Hij kijkt naar Andrew Tate.",
    "De mentor, de zorgcoördinator en de wijkagent zijn ingelicht door het Landelijk Steunpunt Extremisme.",
    "Dan zegt hij dat het zo moet. Man, wat was hij boos.",
    "Hij draagt shirts van de Grijze Wolven en koopt kunstmest bij de Action.",
    "Met vriendelijke groet, Marieke",
    "Volgens de profeet Mohammed is dat verboden, zei hij.",
])
def test_organisations_places_role_words_and_sentence_starts_are_no_names(text: str) -> None:
    assert [f for f in found(text) if f.kind != DOUBT] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Hij woont op Kerkstraat 5 in Rosmalen", "Kerkstraat 5"),
    ("woont op de kerkstraat 14 bij zijn oom", "kerkstraat 14"),
    ("aan de Burgemeester de Withstraat 21 in de schuur", "Burgemeester de Withstraat 21"),
    ("op Prins Hendrikkade 120.", "Prins Hendrikkade 120"),
    ("Molenweg 17b, achterom", "Molenweg 17b"),
])
def test_a_street_with_a_house_number_is_an_address(text: str, value: str) -> None:
    assert kinds_and_texts(text) == [("address", value)]


def test_a_count_after_a_square_is_no_house_number() -> None:
    assert [f.kind for f in found("elke avond op het Stationsplein 3 uur lang")] != ["address"]


@pytest.mark.parametrize(("text", "value"), [
    ("Zijn insta is @lisa_vd2009, kijk maar", "@lisa_vd2009"),
    ("zie tiktok.com/@jayden_nl07 voor de filmpjes", "tiktok.com/@jayden_nl07"),
    ("via https://t.me/ansar_ummah_nl.", "https://t.me/ansar_ummah_nl"),
    ("Zijn account is dylanv_1488 op Discord", "dylanv_1488"),
    ("op Snapchat noemt hij zich ghazi.nl1", "ghazi.nl1"),
])
def test_handles_and_profile_links_are_accounts(text: str, value: str) -> None:
    assert kinds_and_texts(text) == [("handle", value)]


@pytest.mark.parametrize("value", ["12-ABC-3", "D-123-FG", "AB-12-CD", "1-ABC-23", "99-XX-99"])
def test_dutch_licence_plates_are_found(value: str) -> None:
    assert kinds_and_texts(f"Hij rijdt in de auto {value} rond") == [("plate", value)]


def test_a_plate_without_hyphens_counts_only_after_a_cue() -> None:
    assert kinds_and_texts("kenteken 12ABC3 gezien") == [("plate", "12ABC3")]
    assert kinds_and_texts("covid-19 en mh-17 zijn geen kentekens") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Lisa uit 3B", "3B"), ("zit in klas 2a", "klas 2a"), ("Tess uit groep 8a zegt", "groep 8a"),
    ("een leerling uit H4A zegt", "H4A"), ("hij zit in 2b bij", "2b"), ("the boy from class 5B", "class 5B"),
])
def test_school_class_codes_are_found(text: str, value: str) -> None:
    assert [(f.kind, f.text) for f in found(text) if f.kind == "class"] == [("class", value)]


@pytest.mark.parametrize("text", ["hij heeft een 3D-printer", "in 5G-masten gelooft hij", "in 4 havo", "groep 7",
                                  "in 1e instantie"])
def test_technical_words_and_school_years_are_no_class(text: str) -> None:
    assert [f for f in found(text) if f.kind == "class"] == []


def test_an_unknown_capitalised_word_is_a_doubt_and_stays_unmasked() -> None:
    text = "Hij praat steeds over Krasniqi en wil hem helpen."
    assert found(text) == (Finding(DOUBT, 22, 30, "Krasniqi"),)
    assert mask_personal_data(text) == text


def test_a_doubt_never_stands_at_a_sentence_start_or_after_an_article() -> None:
    assert found("Krasniqi belde. Hij noemde het Voorpost.") == ()


def test_setting_names_and_telegram_bots_are_no_accounts() -> None:
    text = "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather, or ask @userinfobot."
    assert [f for f in found(text) if f.kind == "handle"] == []


def test_the_mask_command_prints_findings_and_the_masked_text(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    assert main(["mask", "Lisa van Dijk uit 3B praat over Krasniqi."]) == 0
    assert capsys.readouterr().out == (
        "name          0-13   'Lisa van Dijk'\n"
        "class        18-20   '3B'\n"
        "doubt        32-40   'Krasniqi'   (asked about, not masked)\n"
        "\nmasked:\n[naam] uit [klas] praat over Krasniqi.\n")


def test_institutions_named_with_het_and_religious_figures_are_no_names() -> None:
    assert [f for f in found("Een leerling van Het Baken praat over Jezus en Maria.") if f.kind != DOUBT] == []
