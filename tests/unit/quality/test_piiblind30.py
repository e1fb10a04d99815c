"""Thirtieth session (piiblind30): mends of the general forms the blind file ``pii_valid_v30.jsonl`` missed:
a card after its owner or a cue in Italian, Turkish and Dutch; Turkish "T.C. No" and Polish "nr dowodu" ids;
a found name's other mentions and its list neighbours (same case, gazetteer given names)."""

from __future__ import annotations

import pytest

from tests.support.blind import assert_no_pii, assert_pii
from tests.support.pii import spans as _spans


@pytest.mark.parametrize("text,card", [
    ("he used my card 4929 1234 5678 9012 without asking", "4929 1234 5678 9012"),
    ("she took her card: 5412 7500 1234 5678 and left", "5412 7500 1234 5678"),
    ("numero carta 4023 6011 2233 4455", "4023 6011 2233 4455"),
    ("il numero della carta è 4023601122334455", "4023601122334455"),
    ("kart numarası 4543 2100 1234 5678", "4543 2100 1234 5678"),
    ("kredi kartım 4543 2100 1234 5678 onda kaldı", "4543 2100 1234 5678"),
    ("kaartnummer 5355 0812 3456 7890", "5355 0812 3456 7890"),
])
def test_a_card_after_its_owner_or_cue(text, card):
    assert_pii(text, "CARD", card)
    assert_no_pii(text, "PHONE")


@pytest.mark.parametrize("text", [
    "my card was declined 3 times on 12/05",
    "my card number has 16 digits, is that normal?",
    "my library card 4929 1234 5678 9012 expired",
    "la carta costa 12 euro",
    "kart numarası nerede yazıyor?",
])
def test_no_card_without_a_number_or_for_another_card(text):
    assert_no_pii(text, "CARD")


@pytest.mark.parametrize("text,value", [
    ("T.C. No: 34567890123", "34567890123"),
    ("T.C. kimlik 34567890123 lazım mı", "34567890123"),
    ("nr dowodu ABC123456", "ABC123456"),
    ("Nr. dowodu: ABC 123456", "ABC 123456"),
])
def test_turkish_and_polish_id_cues(text, value):
    assert_pii(text, "NATIONAL_ID", value)


@pytest.mark.parametrize("text", ["T.C. 1923 yılında kuruldu", "nr dowodu mam w szufladzie",
                                  "T.C. Sağlık Bakanlığı 184 hattı"])
def test_no_id_after_those_cues_without_one(text):
    assert_no_pii(text, "NATIONAL_ID")


def test_a_found_name_is_found_at_its_other_mentions():
    text = "ok update: told jess n amira about the cutting. jess was fine but amira told her mum"
    assert [t for k, t in _spans(text) if k == "NAME"] == ["jess", "amira", "jess", "amira"]


@pytest.mark.parametrize("text,names", [
    ("ok so basically connor, liam and siobhan all left me out of the group chat again", ["connor", "liam", "siobhan"]),
    ("me, chloe, ryan and kofi used to be a group", ["chloe", "ryan", "kofi"]),
    ("My 3 kids are Lily, Oscar and Freddie and I'm doing this for them", ["Lily", "Oscar", "Freddie"]),
])
def test_list_neighbours_of_a_found_name(text, names):
    assert [t for k, t in _spans(text) if k == "NAME"] == names


@pytest.mark.parametrize("text,names", [
    ("I saw Sarah, May 2024 was the worst month", ["Sarah"]),
    ("Thanks Anna, Will you call me tomorrow?", ["Anna"]),
    ("me and Tom went to Paris, Rome and Berlin", ["Tom"]),
    ("me and Tom, and honestly the rest of them, argued", ["Tom"]),
    ("i miss jess and the dog so much", ["jess"]),
])
def test_no_list_name_for_months_places_or_words(text, names):
    assert [t for k, t in _spans(text) if k == "NAME"] == names


@pytest.mark.parametrize("text,name", [
    ("wczoraj pokłóciłam się z chłopakiem, Kacprem, znowu", "Kacprem"),
    ("pokłóciłam się z mężem Tomkiem", "Tomkiem"),
    ("od chłopaka Kacpra dostałam wiadomość", "Kacpra"),
    ("mieszkam u brata Pawła w Krakowie", "Pawła"),
])
def test_a_name_after_a_polish_relation_in_its_case(text, name):
    assert_pii(text, "NAME", name)


@pytest.mark.parametrize("text", ["pojechałam z mamą do Warszawy", "byłam z babcią w Tesco",
                                  "z siostrą Wigilię spędzamy razem"])
def test_no_name_after_a_polish_relation_before_a_place_or_feast(text):
    assert_no_pii(text, "NAME")
