"""A payment card named just before a number: the number is a card whether or not its checksum holds (a typo,
or a number written as an example); without that cue a card still needs Luhn and an issuer digit."""

from __future__ import annotations

import pytest
from stdnum import luhn

from shared.pii import find_pii, redact


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find_pii(text)]


CUED = [
    ("my visa is 4532 1234 5678 9012, please don't share it", "4532 1234 5678 9012"),
    ("Card number: 1234-5678-9012-3456", "1234-5678-9012-3456"),
    ("I read out my credit card 5500 0000 0000 0005 to the caller", "5500 0000 0000 0005"),
    ("he took my debit card (4929 1111 2222 3333) and emptied it", "4929 1111 2222 3333"),
    ("numéro de carte 4970 1234 5678 9012", "4970 1234 5678 9012"),
    ("meine Kreditkarte 5312 3456 7890 1234 wurde gesperrt", "5312 3456 7890 1234"),
    ("mi tarjeta de crédito es 4111 2222 3333 4444", "4111 2222 3333 4444"),
    ("amex 3782 822463 10006", "3782 822463 10006"),
]


@pytest.mark.parametrize("text, number", CUED)
def test_a_named_payment_card_is_a_card_whatever_its_checksum(text, number):
    assert ("CARD", number) in kinds(text)
    assert number not in redact(text, find_pii(text))


def test_the_cued_examples_fail_luhn_or_the_issuer_digit():
    """Else the tests above would pass on the old code."""
    import re
    assert sum(not luhn.is_valid(re.sub(r"\D", "", n)) for _, n in CUED) >= len(CUED) - 1


@pytest.mark.parametrize("text", [
    "the tracking number is 4532 1234 5678 9012",  # no card named, Luhn fails
    "my library card number is 1234 5678 9012 3456 lol",  # not a payment card
    "order 1234567890123456 arrived late",
    "my visa was approved in 2019 after 14 months",  # an immigration visa, no number
    "card ending in 4066",  # four digits are no card
])
def test_numbers_without_a_payment_card_named_are_not_cards(text):
    assert not [k for k, _ in kinds(text) if k == "CARD"]


def test_a_luhn_valid_card_needs_no_cue():
    assert ("CARD", "4111 1111 1111 1111") in kinds("it was 4111 1111 1111 1111 I think")
