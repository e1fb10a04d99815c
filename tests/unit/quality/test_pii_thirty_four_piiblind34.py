"""Thirty-fourth session (piiblind34): mends of the general forms the blind file ``pii_valid_v34.jsonl`` missed or
flagged (cards, national ids, dates of birth and IBANs first): id cues said short or by another name (a lower-case
"steuer id", "cod fiscale", the Quebec "NAS", a NIR named "N° INSEE"); dates of birth after a form's short label
("F. nac.", "DDN", "dt. nasc."), after a possessive pronoun standing for a birth date said just before ("mine is",
"hers is", "la mía es"), and all in English words; no phone taken from the head of a number in groups of four, no
SSN from an SSN-shaped reference number. Each positive's look-alikes are pinned as negatives."""

from __future__ import annotations

import time

import pytest

from shared.pii import detect
from shared.pii.detect import find_pii, find_pii_plain
from tests.support.blind import assert_no_pii, assert_pii, kinds as _kinds


# -- national ids ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("ok my steuer id 39836432514 for the Krankenkasse", "39836432514"),
    ("Steuer ID: 39836432514", "39836432514"),
    ("cod fiscale fnnlrg58a41m869z, serve per la fattura", "fnnlrg58a41m869z"),
    ("Cod. fiscale FNNLRG58A41M869Z", "FNNLRG58A41M869Z"),
    ("Mon NAS est 722-209-202, pour le PAE.", "722-209-202"),
    ("NAS : 102 225 000", "102 225 000"),
    ("numéro d'assurance sociale 722209202", "722209202"),
    ("N° INSEE 2490464259619 56 pour la mutuelle", "2490464259619 56"),
    ("mon numéro INSEE est 249046425961956", "249046425961956"),
])
def test_an_id_cue_said_short_or_by_another_name(text, value):
    assert_pii(text, "NATIONAL_ID", value)


@pytest.mark.parametrize("text", [
    "nas férias de 2019 gastei 123456789 cêntimos",  # Portuguese "nas": a word, not a cue
    "the nas drive holds 722209202 bytes",  # a lower-case "nas" is no cue
    "NAS storage of 192 TB at work",  # no number
    "Steuer 2025: 1240 Euro zurück",  # a tax word, not the id, and no id's length
    "cod 12 pieces, fiscal year 2025",
])
def test_id_cue_look_alikes(text):
    assert_no_pii(text, "NATIONAL_ID")


# -- dates of birth ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("F. nac.: 14-07-1981. Derivado por su médico.", "14-07-1981"),
    ("fec. de nac. 02/09/1975", "02/09/1975"),
    ("DDN : 05/06/1990 — adressée par son généraliste", "05/06/1990"),
    ("date de naiss. 17/12/1984", "17/12/1984"),
    ("dt. nasc. 23/01/1999", "23/01/1999"),
    ("data di nasc. 08/08/1966", "08/08/1966"),
])
def test_a_forms_short_birth_label(text, date):
    assert_pii(text, "DOB", date)


@pytest.mark.parametrize("text", [
    "Fnac 12/03/2024 : commande livrée",  # a shop, not "F. nac."
    "ddn 05/06/2026 à 14h",  # "DDN" only in capitals
    "nasc. do sol 05:40, 12/06/2026",  # "nasc." without "data"/"dt."
    "F. Nacho 12/03/2024 signed the lease",
])
def test_short_label_look_alikes(text):
    assert_no_pii(text, "DOB")


@pytest.mark.parametrize("text,dates", [
    ("The form asked for DOBs. Mine is 11/02/1983 and hers is 30/06/2011.", ["11/02/1983", "30/06/2011"]),
    ("my husband's date of birth is 4 May 1979, mine is 19 Sep 1981", ["4 May 1979", "19 Sep 1981"]),
    ("Fecha de nacimiento de mi hermano: 03/03/1995; la mía es 21/10/1992.", ["03/03/1995", "21/10/1992"]),
    ("Sa date de naissance est le 02/02/1960, la mienne est 14/04/1988.", ["02/02/1960", "14/04/1988"]),
])
def test_a_pronoun_standing_for_a_birth_date_said_just_before(text, dates):
    assert _kinds(text, "DOB") == dates


@pytest.mark.parametrize("text", [
    "My appointment is 14/03/2026 and mine is the last slot, his is 21/03/2026.",  # no birth cue near
    "Born in Leeds, raised in York, and after thirty years of moving around, eventually settled in a small flat by "
    "the sea, where the only thing I count now is days: mine is 12/04/2026, the day I quit.",  # the cue too far back
])
def test_pronoun_look_alikes(text):
    assert_no_pii(text, "DOB")


@pytest.mark.parametrize("text,date", [
    ("I was born the ninth of February, nineteen seventy-four.", "ninth of February, nineteen seventy-four"),
    ("DOB: March the third, two thousand and one", "March the third, two thousand and one"),
    ("date of birth is the twelfth of March, nineteen ninety-two", "twelfth of March, nineteen ninety-two"),
    ("born on 21 October nineteen eighty-eight", "21 October nineteen eighty-eight"),
    ("she was born on the first of June, twenty oh five", "first of June, twenty oh five"),
])
def test_a_date_of_birth_in_english_words(text, date):
    assert_pii(text, "DOB", date)


@pytest.mark.parametrize("text", [
    "We met on the third of May, nineteen ninety, at a party.",  # no birth cue
    "the ninth of February, nineteen seventy-four, was the day the factory closed",
    "born the ninth of February",  # no year
    "born to run, nineteen eighty-four is my favourite book",
])
def test_words_date_look_alikes(text):
    assert_no_pii(text, "DOB")


def test_the_words_date_is_found_the_same_by_the_plain_oracle():
    for text in ("I was born the ninth of February, nineteen seventy-four.", "DOB: March the third, two thousand and one",
                 "no date here at all", "born in May"):
        assert find_pii(text) == find_pii_plain(text)


# -- look-alikes of phones and SSNs ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tracking code for the lamp: 4169 4704 6739 6810, still not delivered after a week of waiting",
    "the code on my letter from the lender is 5125 5401 6141 8257 and it scares me",
    "reference for the retreat booking, written on the back: 4169-4704-6739-6810",
])
def test_no_phone_from_the_head_of_a_number_in_groups_of_four(text):
    assert_no_pii(text, "PHONE")
    assert _kinds(text, "CARD") == []  # Luhn fails and no card is named


@pytest.mark.parametrize("text,phone", [
    ("call me on 0207 946 0018 tonight", "0207 946 0018"),
    ("my mobile is 07700 900 123, text first", "07700 900 123"),
])
def test_phones_still_found(text, phone):
    assert_pii(text, "PHONE", phone)


@pytest.mark.parametrize("text", [
    "Your ticket number is 512-38-4471, quote it when you call",
    "Claim no. 231-44-0917 was rejected again",
    "case ref 512 38 4471 with the housing team",
    "Member ID: 512-38-4471 on the gym card",
])
def test_an_ssn_shaped_reference_is_no_ssn(text):
    assert_no_pii(text, "SSN")


@pytest.mark.parametrize("text,ssn", [
    ("my SSN is 512-38-4471", "512-38-4471"),
    ("social security number: 512 38 4471", "512 38 4471"),
    ("here it is 512-38-4471, please keep it safe", "512-38-4471"),  # the shape alone, no other cue
])
def test_ssns_still_found(text, ssn):
    assert_pii(text, "SSN", ssn)


def test_no_catastrophic_backtracking_on_long_inputs():
    for text in ("born " + "the first of " * 2000, "Mine is " * 2500 + "DOB", "nineteen " * 2200 + "born",
                 "1234 " * 4000, "F. nac. " * 2500, "ticket " + "12-" * 6000):
        t0 = time.process_time()
        find_pii(text)
        detect.WORDED_DOB_PATTERN.findall(text)
        assert time.process_time() - t0 < 5.0
