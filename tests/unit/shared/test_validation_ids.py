"""Stored validations are kept per day, and the id says the day (``shared.mongo``)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, strategies as st

from shared.mongo import new_validation_id, validation_collection


class _Db(dict):
    def __getitem__(self, name):
        return name


def test_an_id_is_32_hex_characters_and_names_its_day():
    today = datetime.now(UTC).date()
    for day in (date(2020, 1, 1), date(2024, 2, 29), today):
        vid = new_validation_id(day)
        assert re.fullmatch(r"[0-9a-f]{32}", vid), vid  # the gateway's path pattern
        assert validation_collection(_Db(), vid) == f"validations.{day:%Y%m%d}"


def test_ids_of_one_day_differ():
    assert len({new_validation_id() for _ in range(1000)}) == 1000


def test_ids_without_a_plausible_day_have_no_day_collection():
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    assert validation_collection(_Db(), new_validation_id(tomorrow)) is not None
    for vid in ("ffffffffffffffffffffffffffffffff", "zz", "", new_validation_id(tomorrow + timedelta(days=1))):
        assert validation_collection(_Db(), vid) is None


@given(st.text(max_size=40))
def test_any_string_gives_a_day_collection_or_none(vid):
    out = validation_collection(_Db(), vid)
    assert out is None or re.fullmatch(r"validations\.\d{8}", out)
