"""Thirty-sixth session (piiblind36b): mends of the general forms the blind file ``pii_valid_v36_ids.jsonl`` missed or
flagged (national ids, cards, IBANs and dates of birth in many registers): an id further from its cue, other words
between, by its checksum or after a colon (``DISTANT_ID_PATTERN``); CJK id cues with no word boundary ("マイナンバーは");
more cues (the Steuer-ID as "Identifikationsnummer", the German pension number, "rijksregisternr", "주민번호", the Spanish
"seguridad social" with "/" in its number); a Chinese resident id printed 6-8-4; a DNI with dots and its letter; the
numbers forms print as examples ("12345678Z", "123-45-6789", "QQ 12 34 56 C", "DE00 1234 ..."); IBANs with dashes and
a Polish account without its "PL"; no card from a number grouped as no card is printed (an order's 3-7-4) or named as a
test card; no phone from a password, a barcode or a CJK order number; dates of birth in a Japanese era year, after "sono
del" / "soy del" / "je suis du" / "ich bin vom" / "dn", a birthday's day alone as an ordinal after an age, Polish
"kończę", a Japanese or Chinese date an age is reached on. Each positive's look-alikes are pinned as negatives."""

from __future__ import annotations

import time

import pytest

from shared.pii import detect
from shared.pii.detect import find_pii, find_pii_plain
from tests.support.blind import assert_no_pii, assert_pii, kinds as _kinds


# -- national ids further from their cue ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("we need the burgerservicenummer of my son for the intake form, it is 158178397, thanks", "158178397"),
    ("la CPAM me redemande mon NIR, le voici : 172122179282082", "172122179282082"),
    ("sigorta için kimlik numaramı yazıyorum: 50276161288", "50276161288"),
    ("Meine Identifikationsnummer habe ich endlich gefunden, 24589370642.", "24589370642"),
    ("mijn rijksregisternr, zoals gevraagd: 83100290671", "83100290671"),
    ("Rentenversicherungsnummer steht hier: 12 030485 K 00 9", "12 030485 K 00 9"),
    ("numéro national (sur ma carte eID) : 83.10.02-906.71", "83.10.02-906.71"),
])
def test_an_id_further_from_its_cue(text, value):
    assert_pii(text, "NATIONAL_ID", value)


@pytest.mark.parametrize("text", [
    "the burgerservicenummer is on the letter, my order was 158178398",  # a checksum that fails, no colon
    "Identifikationsnummer kommt per Post, die Bestellnummer ist 24589370642",  # an order's number
    "sin embargo el pedido llegó con el código 4539148803",  # "sin" in Spanish is no cue
    "mi DNI lo tengo en casa, llámame al 612 345 678",  # a phone
    "TC hakkında konuştuk, sonra 2023 yılında taşındık",
])
def test_no_id_from_a_far_cue_without_its_checksum(text):
    assert_no_pii(text, "NATIONAL_ID")


@pytest.mark.parametrize("text,value", [
    ("私のマイナンバーは4268 0361 0549です", "4268 0361 0549"),
    ("주민번호 900404-1542629 입니다", "900404-1542629"),
    ("身份证 330106 19920707 4035 请登记", "330106 19920707 4035"),
    ("身份证号330106-19920707-4035", "330106-19920707-4035"),
    ("con D.N.I. 17.416.201-A y pasaporte caducado", "17.416.201-A"),
    ("nº de afiliación a la seguridad social: 28/10473829/61", "28/10473829/61"),
])
def test_cjk_cues_spaced_chinese_ids_dotted_dni_and_slashes(text, value):
    assert_pii(text, "NATIONAL_ID", value)


@pytest.mark.parametrize("text", [
    "330106 19920707 4036 is the tracking code",  # a Chinese id's shape with a failing checksum and no cue
    "订单号 3301061992 0707 4035",  # grouped otherwise
    "el DNI de ejemplo es 12345678Z",  # a form's example
    "the example says QQ 12 34 56 C",
    "NI example AB 12 34 56 C on the leaflet",
    "the SSN box shows 123-45-6789 as the example",
    "BSN 111111111 is the example in the docs",
    "el DNI 87654321X es solo un ejemplo",
])
def test_examples_and_failing_shapes_are_no_ids(text):
    assert not _kinds(text, "NATIONAL_ID") and not _kinds(text, "SSN")


def test_a_typed_run_after_a_cue_is_still_an_id():
    # a client typing "12345678901" after a cue gives a number reviewers label; only an example word beside it refuses it
    assert _kinds("TC kimlik numaram 12345678901", "NATIONAL_ID") == ["12345678901"]
    assert _kinds("SSN: 123-45-6789, the benefits office keeps asking", "SSN") == ["123-45-6789"]


# -- IBANs ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("IBAN: ES52-4084-2881-9893-5042-6998", "ES52-4084-2881-9893-5042-6998"),
    ("numer konta 27 2998 0701 1590 6096 2430 1059, proszę o zwrot", "27 2998 0701 1590 6096 2430 1059"),
    ("przelej na 27299807011590609624301059", "27299807011590609624301059"),
])
def test_ibans_with_dashes_and_a_polish_account(text, value):
    assert_pii(text, "IBAN", value)


@pytest.mark.parametrize("text", [
    "Muster-IBAN: DE00 1234 5678 9012 3456 78",  # check digits 00 are never valid
    "my IBAN is GB99 NWBK 6016 1331 9268 19",  # nor 99, cue or not
    "numer zamówienia 27 2998 0701 1590 6096 2430 1058",  # 26 digits, no valid IBAN with PL
    "ref ES-2023-0441-8830",
])
def test_no_iban_from_examples_or_failing_accounts(text):
    assert_no_pii(text, "IBAN")


# -- cards ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("charge 4908 9597 4875 2658 please", "4908 9597 4875 2658"),
    ("4908-9597-4875-2658", "4908-9597-4875-2658"),
    ("6759 1745 3835 8323 040 is my maestro", "6759 1745 3835 8323 040"),
    ("my card is 490-8959-7487-52658", "490-8959-7487-52658"),  # any grouping after a card cue
])
def test_cards_as_printed(text, value):
    assert_pii(text, "CARD", value)


@pytest.mark.parametrize("text", [
    "注文番号 490-8959748-752658 の件",  # an order number's grouping
    "order 49089-59748-752658 arrived",
    "the docs say use 4908 9597 4875 2658 as the test card",
    "sandbox: 4908959748752658",
])
def test_no_card_from_odd_groupings_or_test_cards(text):
    assert_no_pii(text, "CARD")


# -- phones --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the wifi password is 4471-8820-1193",
    "mot de passe 0612 3456 78 ne marche pas",
    "código de barras do boleto 34191.79001",
    "주문번호 2023110418822 배송",
    "订单号 13800138000 还没到",
])
def test_no_phone_from_passwords_barcodes_or_cjk_orders(text):
    assert_no_pii(text, "PHONE")


def test_a_phone_after_a_password_word_elsewhere_is_still_a_phone():
    assert _kinds("forgot my password again, call me on 07700 900123", "PHONE")


# -- dates of birth ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("生年月日：昭和63年11月2日", "昭和63年11月2日"),
    ("令和元年5月1日生まれの娘", "令和元年5月1日"),
    ("sono del 14 febbraio 1993", "14 febbraio 1993"),
    ("soy del 3 de mayo de 1999, o sea que", "3 de mayo de 1999"),
    ("je suis du 12/03/1990", "12/03/1990"),
    ("ich bin vom 3. Mai 1990", "3. Mai 1990"),
    ("dn: 02-11-1985", "02-11-1985"),
    ("I'll be 30 on the 21st, don't remind me", "21st"),
    ("kończę 18 lat 2 lutego", "2 lutego"),
    ("5月20日で25歳になる", "5月20日"),
    ("我11月12日满18岁", "11月12日"),
])
def test_more_dates_of_birth(text, date):
    assert_pii(text, "DOB", date)


@pytest.mark.parametrize("text", [
    "次の予約は平成の頃と同じ4月1日です",
    "sono del parere che il 3 maggio 2024 sia tardi",
    "la lettera è del 6 giugno 2000",
    "the party is on the 14th",
    "I turn 30 on the 3rd floor of the office",
    "I'll be 30 on the 21st of the next round? no, on the 21st floor",
    "5月20日に病院の予約があります",
    "kończę pracę 2 lutego",
    "my birthday's on the 3rd? no, my mum's birthday is on the 3rd",
    "I'll be 40 on the 9th - 9 Feb 1985 - and I dread it",
    "appointment dn 12/03/2024",
])
def test_no_date_of_birth_from_their_look_alikes(text):
    # (a day alone after a birthday word is left: "his birthday on the 9th, he died last year" is a date, not a birth)
    assert_no_pii(text, "DOB")


# -- oracle and speed ----------------------------------------------------------------------------------------------

def test_the_new_forms_are_found_the_same_by_the_plain_oracle():
    for text in ("we need the burgerservicenummer of my son, it is 158178397", "身份证 330106 19920707 4035",
                 "私のマイナンバーは4268 0361 0549です", "IBAN: ES52-4084-2881-9893-5042-6998",
                 "numer konta 27 2998 0701 1590 6096 2430 1059", "注文番号 490-8959748-752658",
                 "sono del 14 febbraio 1993", "5月20日で25歳になる", "I'll be 30 on the 21st"):
        assert find_pii(text) == find_pii_plain(text)


def test_no_catastrophic_backtracking_on_long_inputs():
    for text in ("burgerservicenummer " + "van mijn " * 3000, "DNI " * 5000, "NIR voilà " * 2000,
                 "ES62-" * 4000, "12 3456 " * 2500, "1" * 20000, "4908-9597-" * 2000, "sono del " * 2300,
                 "3月3日で" * 4000, "be 30 on the 21st " * 1100, "マイナンバー" * 3000):
        text = text[:20000]
        t0 = time.process_time()
        for pattern in (detect.DISTANT_ID_PATTERN, detect.CUED_ID_PATTERN, detect.IBAN_PATTERN,
                        detect.PL_ACCOUNT_PATTERN, detect.CN_ID_PATTERN, detect.CJK_TURNING_PATTERN,
                        detect.BIRTHDAY_PATTERN, detect._DOB_CUE):
            pattern.findall(text)
        assert time.process_time() - t0 < 2.0
