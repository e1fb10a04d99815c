"""The browser-test harness itself (tests/support/browser.py): a page beyond localhost is
blocked, axe-core catches a real violation, screenshots land where the docs say."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.async_api import expect

from tests.support.browser import SCREENSHOTS, assert_no_serious_a11y_violations, axe_violations, eventually, is_local

pytestmark = pytest.mark.browser

PAGES = {
    # Loads a script from a CDN (which a machine without internet cannot reach) and says whether it ran.
    "/cdn": b"""<!doctype html><html lang="en"><head><title>cdn</title>
        <script src="https://cdn.jsdelivr.net/npm/left-pad@1.3.0/index.js"></script></head>
        <body><main><h1 id="state">waiting</h1></main>
        <script>window.addEventListener('load', () => {
            document.getElementById('state').textContent = typeof leftPad === 'undefined' ? 'offline' : 'online';
            new WebSocket('wss://echo.websocket.org/');
        });</script></body></html>""",
    # Two serious violations axe-core knows: an image without alt text, a button without a name.
    "/inaccessible": b"""<!doctype html><html lang="en"><head><title>bad</title></head><body><main>
        <h1>Bad page</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <button></button></main></body></html>""",
    "/fine": b"""<!doctype html><html lang="en"><head><title>fine</title></head><body><main>
        <h1>Fine page</h1><p>Some text.</p><button>Start</button></main></body></html>""",
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the stdlib's name
        body = PAGES.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body or b"not found")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_only_localhost_counts_as_local():
    assert is_local("http://127.0.0.1:8000/docs") and is_local("http://localhost/x") and is_local("http://[::1]:1/")
    assert is_local("data:image/png;base64,AA") and is_local("about:blank")
    assert not is_local("https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css")
    assert not is_local("http://127.0.0.1.nip.io/") and not is_local("http://10.0.0.1/")


async def test_requests_beyond_localhost_are_blocked_and_recorded(page, blocked_requests, console_errors, site):
    await page.goto(f"{site}/cdn")
    await expect(page.locator("#state")).to_have_text("offline")
    await eventually(lambda: len(blocked_requests) >= 2, what="both requests blocked")
    assert blocked_requests == ["https://cdn.jsdelivr.net/npm/left-pad@1.3.0/index.js", "wss://echo.websocket.org/"]
    # The browser logs the failed load as a console error, with the URL it failed on.
    assert "console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED " \
           "(at https://cdn.jsdelivr.net/npm/left-pad@1.3.0/index.js)" in console_errors, console_errors


async def test_axe_fails_on_serious_violations_and_passes_a_clean_page(page, site):
    await page.goto(f"{site}/inaccessible")
    found = {v["id"]: v["impact"] for v in await axe_violations(page)}
    assert found.get("image-alt") == "critical" and found.get("button-name") == "critical", found
    with pytest.raises(AssertionError, match=r"image-alt \(critical\)[\s\S]*at img"):
        await assert_no_serious_a11y_violations(page)
    # Scoped to what is ours, the same page passes: a check can be narrowed, visibly.
    await assert_no_serious_a11y_violations(page, {"exclude": [["img"], ["button"]]})

    await page.goto(f"{site}/fine")
    assert await assert_no_serious_a11y_violations(page) == []


async def test_a_second_page_on_a_narrow_screen_is_offline_too(new_page, blocked_requests, site):
    narrow = await new_page(viewport={"width": 390, "height": 844})
    await narrow.goto(f"{site}/cdn")
    await expect(narrow.locator("#state")).to_have_text("offline")
    assert await narrow.evaluate("() => window.innerWidth") == 390
    assert "https://cdn.jsdelivr.net/npm/left-pad@1.3.0/index.js" in blocked_requests


async def test_screenshots_are_kept_per_test(page, screenshot, site, console_errors):
    await page.goto(f"{site}/fine")
    path = await screenshot(page, "fine page")
    expected = SCREENSHOTS / "test_browser_harness.test_screenshots_are_kept_per_test" / "fine_page.png"
    assert path == expected
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 1000
    assert console_errors == []
