"""Thirty-third session (piiblind33): mends of the general forms the blind file ``pii_valid_v33.jsonl`` missed or
flagged wrongly: a card number typed after the word for a card in any language in a sentence ("carte n° ...", "con
la carta ...", "the other card: ...") when its checksum fails; a date of birth with a bare two-digit year after a month ("dob 9 sept
91"), with "del" before its year ("3 de junio del 1999", "4 aprile del 1970") and with a Turkish case suffix before
the cue after it ("12 Mart 1985'te doğdum"); numbers after English "reference", VAT and Turkish order and tracking
cues, and the tail of a number printed in groups of four, are no phones; an Eircode right after a street address,
a town at most between. Each positive's look-alikes are pinned as negatives."""

from __future__ import annotations

import re

import pytest
from stdnum import luhn

from services.quality.pii import find_pii
from shared.pii.detect import find_pii_plain


def _spans(text):
    return [(s.kind, s.text) for s in find_pii(text)]


def _kinds(text, kind):
    return [t for k, t in _spans(text) if k == kind]


# -- a card after the bare word for a card -----------------------------------------------------------------------

@pytest.mark.parametrize("text,card", [
    ("la carte 4970 5555 1234 9876 a été débitée deux fois", "4970 5555 1234 9876"),
    ("hab mit der Karte 5213 9876 5432 1000 bezahlt, aber nichts bekommen", "5213 9876 5432 1000"),
    ("pagué con la tarjeta 4556 0011 2233 4455 y no llegó nada", "4556 0011 2233 4455"),
    ("try the other card: 4024-0071-2345-6789 please", "4024-0071-2345-6789"),
    ("karta nr 5105 1051 0510 5101, płatność odrzucona", "5105 1051 0510 5101"),
    ("use card # 3782 822463 10006 for the deposit", "3782 822463 10006"),
    ("o cartão 4111 2222 3333 4445 foi recusado", "4111 2222 3333 4445"),
    ("zapłaciłam kartą 4970 5555 1234 9876 i nic", "4970 5555 1234 9876"),
    ("jag betalade med mitt kort 4556 0011 2233 4455 igår", "4556 0011 2233 4455"),
    ("the same card, 5213 9876 5432 1000, was charged twice", "5213 9876 5432 1000"),
])
def test_a_card_after_the_bare_card_word(text, card):
    assert not luhn.is_valid(re.sub(r"\D", "", card))  # the word, not the checksum, makes it a card
    assert ("CARD", card) in _spans(text)
    assert _spans(text) == [(s.kind, s.text) for s in find_pii_plain(text)]


@pytest.mark.parametrize("text", [
    "gift card 4970 5555 1234 9876 says already redeemed",
    "my library card 2000 1234 5678 9010 expired",
    "Nectar card 9826 3000 1234 5678, points gone",  # no issuer's first digit
    "SIM card 8944 1100 2233 4455 667 in the old phone",  # an ICCID, 19 digits
    "the card reader showed 4000 1234 5678 9011 on the screen",  # a word between
    "loyalty card 5213 9876 5432 1000",
    "card ending 4821, charged twice",
    "Karte **** **** **** 1180 belastet",
    "card 4111 1111 1111 1112",  # the bare word alone: a number written for an example
    "Karte 4970 5555 1234 9876 laut Beispiel im Handbuch",
    "my gift card 4970 5555 1234 9876 has £20 on it",
])
def test_no_card_from_other_cards_or_without_the_word_right_before(text):
    assert _kinds(text, "CARD") == []


# -- dates of birth ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("DOB 9 sept 91, lives alone", "9 sept 91"),
    ("born 23 November 02 in Leeds", "23 November 02"),
    ("fecha de nacimiento 3 de junio del 1999", "3 de junio del 1999"),
    ("nata il 4 aprile del 1970 a Bari", "4 aprile del 1970"),
    ("12 Mart 1985'te doğdum ve Ankara'da büyüdüm", "12 Mart 1985"),
    ("5 Ekim 2001'de doğdum", "5 Ekim 2001"),
])
def test_dates_of_birth_in_more_forms(text, date):
    assert ("DOB", date) in _spans(text)
    assert _spans(text) == [(s.kind, s.text) for s in find_pii_plain(text)]


@pytest.mark.parametrize("text", [
    "born 3 May 12 weeks early, she's fine now",  # a count after the month, not a year
    "he was born 4 July 10 minutes before midnight",
    "the appointment is 4 july 25 at the clinic",  # no birth cue
    "she died 9 sept 91",
    "3 Mart 2020'de vefat etti",  # a death, Turkish suffix and no birth cue
    "la reunión es el 2 de enero del 2026",
])
def test_no_birth_date_without_a_year_after_a_cue(text):
    assert _kinds(text, "DOB") == []


# -- numbers that are no phones ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Reference number for your claim: 4471 2290 118",
    "reference for the transfer 7720 3319 044",
    "VAT no. GB 987 6543 21 on the receipt",
    "sipariş no 5321234567 hâlâ kargoda",
    "kargo takip numarası 7302 1145 9981",
    "parcel 9261 2900 1234 5678 0123 45 still in transit",
    "Sendungsnummer 0034 0434 1612 3456 78",
])
def test_references_and_long_grouped_numbers_are_no_phones(text):
    assert _kinds(text, "PHONE") == []


@pytest.mark.parametrize("text,phone", [
    ("ring me on 07700 900118 or 07700 900461", "07700 900461"),
    ("Tel 0161 496 0732, ask for the duty worker", "0161 496 0732"),
    ("telefonum 0532 987 65 43", "0532 987 65 43"),
])
def test_phones_stay_phones(text, phone):
    assert ("PHONE", phone) in _spans(text)


# -- an Eircode right after a street address ---------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("post it to 4 Strand Road, Bray A98 X2Y7 please", "A98 X2Y7"),
    ("Flat 2, 15 Main Street, Naas, W91 P2C3", "W91 P2C3"),
    ("Address: 7 Harbour Road\nKinsale\nP17 Y098", "P17 Y098"),
])
def test_an_eircode_after_a_street_address(text, code):
    assert ("POSTCODE", code) in _spans(text)
    assert _spans(text) == [(s.kind, s.text) for s in find_pii_plain(text)]


@pytest.mark.parametrize("text", [
    "my voucher code is A98 X2Y7",  # no address, no Irish place
    "12 Main Street was shut, batch K45 T2P9 recalled later that week",  # more than a town between
])
def test_no_eircode_without_an_address_or_an_irish_place(text):
    assert _kinds(text, "POSTCODE") == []
