"""Keyset pagination (``shared.pagination``): a page and the cursor after it, the query for the
next page, and a bad cursor answered by the gateway as a 422 problem."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI

from shared.http import handlers, problems
from shared.pagination import InvalidCursor, keyset_page, older_than, parse_keyset_cursor

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
KEY = re.compile(r"^[a-z]\d+$")


def docs(n: int) -> list[dict]:
    return [{"_id": f"d{i}", "at": T0 - timedelta(seconds=i)} for i in range(n)]


def test_a_page_and_the_cursor_after_its_last_item():
    page, after = keyset_page(docs(4), 3, "at")  # limit 3, read 4: there is more
    assert [d["_id"] for d in page] == ["d0", "d1", "d2"]
    assert parse_keyset_cursor(after, KEY) == (T0 - timedelta(seconds=2), "d2")
    assert keyset_page(docs(3), 3, "at") == (docs(3), None)  # the last page
    assert keyset_page([], 3, "at") == ([], None)


def test_the_query_after_a_position_breaks_ties_by_id():
    assert older_than("at", (T0, "d7")) == {"$or": [{"at": {"$lt": T0}}, {"at": T0, "_id": {"$lt": "d7"}}]}


def test_a_cursor_not_given_by_the_api_is_invalid():
    for bad in ("x", "AAAA", "not-base64!", keyset_page(docs(2), 1, "at")[1][:-2]):
        with pytest.raises(InvalidCursor):
            parse_keyset_cursor(bad, KEY)


async def test_the_gateway_answers_an_invalid_cursor_with_a_422_problem():
    app = FastAPI()
    handlers.install(app, logging.getLogger("test"))

    @app.get("/items")
    async def items(cursor: str) -> dict:
        return {"at": str(parse_keyset_cursor(cursor, KEY)[0])}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        r = await client.get("/items", params={"cursor": "garbage"})
        assert r.status_code == 422 and r.headers["content-type"] == problems.MEDIA_TYPE
        assert r.json()["type"] == problems.PROBLEM_TYPE_BASE + "invalid_cursor"
        good = keyset_page(docs(2), 1, "at")[1]
        assert (await client.get("/items", params={"cursor": good})).status_code == 200
