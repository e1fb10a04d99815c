"""Thirty-second session (piiblind32): mends of the general forms the blind file ``pii_valid_v32.jsonl`` missed:
a street address without a street-type word right before a postcode ("6 The Paddocks, Wymondham, NR18 0QX"), a flat
before a house number ("Flat 12 Marlowe Court"), initials before a surname that is no common word ("J. McAllister",
"T. Mbeki-Ndlovu") and a title's initial ("Dr R Khan"), national-id cues (Nigeria's NIN, Japan's My Number, "ID nommer" and a bare upper-case "ID" taken
by South Africa's checksum only), LINE and KakaoTalk ids. Each positive's look-alikes are pinned as negatives."""

from __future__ import annotations

import pytest

from services.quality.pii import find_pii
from shared.pii.detect import find_pii_plain


def _spans(text):
    return [(s.kind, s.text) for s in find_pii(text)]


def _kinds(text, kind):
    return [t for k, t in _spans(text) if k == kind]


# -- an address before its postcode ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,address", [
    ("we're now at 9 The Orchards, Ludlow, SY8 1RT if you want to write", "9 The Orchards"),
    ("post goes to Flat 3, 27 Brambleside, Hull HU5 2QN from monday", "Flat 3, 27 Brambleside"),
    ("4 Bryn Derw, Aberystwyth, SY23 3PL", "4 Bryn Derw"),
    ("my gran is at 12 Kilbride Manor, Dublin 15, D15 KX25 now", "12 Kilbride Manor"),
    ("mail it to 880 Larkspur, Unit 2B, Boise ID 83702 please", "880 Larkspur, Unit 2B"),
    ("Flat 7 Havelock Court, Exeter EX2 4PL", "Flat 7 Havelock Court"),
    ("our flat is Flat 4, 112 Mill Lane, Leeds LS6 2PR", "Flat 4, 112 Mill Lane"),  # "flat is" is no flat
    ("the flat is 9 Juniper Court, York YO1 7HH", "9 Juniper Court"),
])
def test_an_address_without_a_street_word_before_a_postcode(text, address):
    assert ("ADDRESS", address) in _spans(text)
    assert _spans(text) == [(s.kind, s.text) for s in find_pii_plain(text)]


@pytest.mark.parametrize("text", [
    "my postcode is SY8 1RT and the nearest clinic is 20 minutes away",
    "I scored 12 Points, Level 3, then gave up",  # no postcode after
    "Chapter 4 Bleak House, then 20 pages more. SY8 1RT was on the envelope",  # a full stop between
    "Room 12 Block C, 2 Tablets, M14 6LT",  # not the shape: two words after the number then a number
])
def test_no_address_without_its_shape_right_before_a_postcode(text):
    assert _kinds(text, "ADDRESS") == []


# -- initials and a surname --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Seen by K. Osei-Bonsu and the duty nurse", "K. Osei-Bonsu"),
    ("letter copied to J.R. McIntyre (social worker)", "J.R. McIntyre"),
    ("client M. O'Rourke did not attend", "M. O'Rourke"),
    ("GP: Dr S Venkatesh, Hillside", "S Venkatesh"),
    ("ask Mrs J. Patel at reception", "J. Patel"),
])
def test_initials_before_a_surname(text, name):
    assert ("NAME", name) in _spans(text)


@pytest.mark.parametrize("text", [
    "Plan B. Then-Again was the name of the band",  # a capitalised word before the letter
    "the U.S. Air-Force base near us",  # an abbreviation, not an initial
    "Vitamin D. Self-Care is all they ever say",
    "option A. Follow-Up, apparently",
])
def test_no_name_from_a_letter_and_a_hyphenated_word(text):
    assert _kinds(text, "NAME") == []


# -- national ids ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("NIN 48213905716 for the hospital", "48213905716"),
    ("my ID is 9304152745086, SASSA needs it", "9304152745086"),
    ("ID nommer 0111221363083 (my daughter's)", "0111221363083"),
    ("マイナンバー 7477 0117 6012 を書きますか", "7477 0117 6012"),
])
def test_cued_national_ids(text, value):
    assert ("NATIONAL_ID", value) in _spans(text)


@pytest.mark.parametrize("text", [
    "my ID is 9304152745087 on the form",  # a bare "ID": only a valid checksum
    "Order ID 4471229038812 shipped",  # no checksum
    "my id is 1234567890123",  # lower case
    "マイナンバー 1234 5678 9012 は?",  # not a valid My Number
])
def test_a_bare_id_cue_needs_a_checksum(text):
    assert _kinds(text, "NATIONAL_ID") == []


def test_a_phone_after_my_number_stays_a_phone():
    assert _spans("my number is +44 7911 123456") == [("PHONE", "+44 7911 123456")]


# -- LINE and KakaoTalk ids --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,handle", [
    ("LINEのIDは mika_0914 です", "mika_0914"),
    ("LINE ID: haruto_kz22 でお願いします", "haruto_kz22"),
    ("카톡 아이디 minji_love99 로 연락주세요", "minji_love99"),
    ("카카오톡 ID는 jhkim_0707 이에요", "jhkim_0707"),
])
def test_line_and_kakaotalk_ids(text, handle):
    assert ("HANDLE", handle) in _spans(text)


@pytest.mark.parametrize("text", [
    "LINEで話しましょう、明日の10時に",
    "카톡으로 연락주세요, 내일 오후 3시",
    "my LINE manager said no",
])
def test_no_handle_without_an_id(text):
    assert _kinds(text, "HANDLE") == []
