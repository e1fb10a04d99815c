"""The fifth PII pass (issue 12; tuned on pii_train_v9.jsonl): an IBAN kind (any country, compact or
grouped, either case; mod-97 without a cue, the country's length after an explicit one; an
organisation's account is not personal), identifiers after an explicit cue reported with a failed
checksum while cue-less numbers keep theirs, reference numbers that are neither ids nor phones,
birth cues of the Nordic languages, nouns after a German article, Italian titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.quality.evaluation import evaluate_pii
from shared.pii import find_pii, redact

LABELLED = Path(__file__).resolve().parents[2] / "support" / "labelled"


def found(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find_pii(text)]


@pytest.mark.parametrize("text, iban", [
    ("my account is GB82 WEST 1234 5698 7654 32, can he see it?", "GB82 WEST 1234 5698 7654 32"),
    ("he has my iban gb82west12345698765432 and I want it back", "gb82west12345698765432"),
    ("Meine IBAN: DE44500105175407324931", "DE44500105175407324931"),
    ("virez sur FR76 3000 6000 0112 3456 7890 189 svp", "FR76 3000 6000 0112 3456 7890 189"),
    ("conto IT60 X054 2811 1010 0000 0123 456 di mia madre", "IT60 X054 2811 1010 0000 0123 456"),
    ("IT 60 X 05428 11101 000000123456 è il mio conto", "IT 60 X 05428 11101 000000123456"),  # Italian grouping
    ("stuur het naar NL91 ABNA 0417 1643 00 alsjeblieft", "NL91 ABNA 0417 1643 00"),
    ("NO93 8601 1117 947 is my Norwegian account", "NO93 8601 1117 947"),  # the shortest country
])
def test_ibans_of_any_country_and_writing(text, iban):
    assert ("IBAN", iban) in found(text), found(text)


def test_an_iban_is_cut_back_to_its_country_length():
    # the words after it are not part of it, nor is a second group of digits
    assert found("DE44 5001 0517 5407 3249 31 and 2024 was hard") == [("IBAN", "DE44 5001 0517 5407 3249 31")]


def test_a_cued_iban_with_a_typo_is_still_personal():
    assert found("my IBAN is GB82 WEST 1234 5698 7654 33") == [("IBAN", "GB82 WEST 1234 5698 7654 33")]


@pytest.mark.parametrize("text", [
    "the code GB82 WEST 1234 5698 7654 33 is printed on the box",  # no cue: the failed check digits decide
    "tracking JD014600003412345678 says delivered",  # no country JD
    "Spendenkonto des Vereins: DE44 5001 0517 5407 3249 31",  # an organisation's account
    "donations to the charity: GB82 WEST 1234 5698 7654 32, thank you",
    "licence key GB45-KX92-LL01-0093 keeps failing",
])
def test_not_a_personal_iban(text):
    assert not [k for k, _ in found(text) if k == "IBAN"], found(text)


def test_an_organisation_word_then_my_own_account():
    text = "the charity paid the grant into my account GB82 WEST 1234 5698 7654 32"
    assert ("IBAN", "GB82 WEST 1234 5698 7654 32") in found(text)


def test_an_iban_redacts_as_its_own_kind():
    assert redact("IBAN DE44500105175407324931, thanks") == "IBAN [IBAN], thanks"


def test_no_phone_inside_an_iban():
    text = "IBAN IT 40 S 05428 11101 000000123456 intestato all'associazione"
    assert not [k for k, _ in found(text) if k == "PHONE"], found(text)


@pytest.mark.parametrize("text, value", [
    ("hospital number 4505577103 on the wristband", "4505577103"),  # check digit fails
    ("patient no. 450 557 7103, ward 6", "450 557 7103"),
    ("4505577103 is my NHS number", "4505577103"),
    ("身份证号码是110105198507123019", "110105198507123019"),
])
def test_explicitly_cued_ids_with_a_failed_checksum(text, value):
    assert ("NATIONAL_ID", value) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "4505577103 was the order, the NHS shop never sent it",  # no "NHS number" after it
    "the hospital said 4505577103 calls were logged",
])
def test_cue_less_ids_keep_their_checksum(text):
    assert not [k for k, _ in found(text) if k == "NATIONAL_ID"], found(text)


@pytest.mark.parametrize("text", [
    "numer zamówienia 90031098992, paczka zaginęła",  # a valid PESEL's digits as an order number
    "bestelnummer 025243615 is nog niet bezorgd",
    "Die Rechnungsnummer 22381567927 steht oben rechts",
    "référence du dossier FR 2024 118 943, la CAF ne répond pas",
    "het dossiernummer bij de gemeente is 2024-0041-887",
    "the embassy line is +44 20 7946 0321 but they're closed",
])
def test_references_are_neither_ids_nor_phones(text):
    assert not [k for k, _ in found(text) if k in ("NATIONAL_ID", "PHONE")], found(text)


def test_an_ni_number_is_grouped_as_people_write_it():
    assert found("My medication batch is labelled PL34 2271 B") == []
    assert found("NI: PY 21 45 80 A") == [("NATIONAL_ID", "PY 21 45 80 A")]


@pytest.mark.parametrize("text, dob", [
    ("Födelsedatum 1994-08-21", "1994-08-21"),
    ("fødselsdato 03.11.1987", "03.11.1987"),
    ("syntymäaika 12.4.1990", "12.4.1990"),
])
def test_nordic_birth_cues(text, dob):
    assert ("DOB", dob) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Meine Steuer-ID stimmt, das Finanzamt sagt aber etwas anderes",
    "die Praxis will das Geld bis Freitag",
])
def test_a_noun_after_a_german_article_is_no_name(text):
    assert not [k for k, _ in found(text) if k == "NAME"], found(text)


def test_an_italian_title_in_lower_case():
    assert ("NAME", "Benedetti") in found("la mia psicologa, la dottoressa Benedetti, è in ferie")


def test_floors_on_the_fifth_pass_files():
    r = evaluate_pii(LABELLED / "pii_train_v9.jsonl")
    assert r["precision"] >= 0.98 and r["recall"] >= 0.97, r["by_kind"]
    # the validation part: measured on, never tuned on (README: its figures before and after)
    r = evaluate_pii(LABELLED / "pii_valid_v9.jsonl")
    assert r["precision"] >= 0.95 and r["recall"] >= 0.95, r["by_kind"]
    assert r["by_kind"]["IBAN"]["recall"] >= 0.95
