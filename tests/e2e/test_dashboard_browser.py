"""The dashboard in a real browser (Chromium via Playwright, offline) against the whole system:
sign in, drop examples/ on the upload zone, start a run, watch it complete without a reload,
download the JSONL export and check its SHA-256 against the page, see a redacted email in the
quality view and a reject's reason, be refused the keys page as a viewer. Every page is
screenshotted (test-artifacts/screenshots/) and checked with axe-core (no serious or critical
violation)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
from playwright.async_api import expect

from tests.e2e.conftest import make_key
from tests.support.browser import assert_no_serious_a11y_violations

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
EMAIL = "jordan.reyes@example.org"
# A session with an email in a client turn: quality redacts it to [EMAIL] (pii_policy redact).
CONTACT_SESSION = {"messages": [
    {"role": "user", "content": f"I keep panicking before work. Could you email me at {EMAIL} with the breathing steps?"},
    {"role": "assistant", "content": "That sounds exhausting. Let's go through a slow breathing exercise together now: "
                                     "in for four counts, hold for four, out for six. How does that feel?"},
    {"role": "user", "content": "A bit calmer, thank you. It helps to have something to do when it starts."},
    {"role": "assistant", "content": "I'm glad it helps. Noticing the first signs early gives you time to use it."},
]}


@pytest.fixture(scope="module")
def dashboard_built() -> Path:
    """``make dashboard``: npm ci when the lockfile changed, a build when the sources did (the
    gateway reads the build on every request, so the running stack serves it at once)."""
    if shutil.which("npm") is None:
        if os.environ.get("CI"):
            pytest.fail("npm is not on PATH; CI must have Node.js 20 to build the dashboard")
        pytest.skip("npm is not on PATH (Node.js 20 needed to build the dashboard)")
    proc = subprocess.run(["make", "-s", "dashboard"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, f"make dashboard failed\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    index = ROOT / "gateway" / "dashboard" / "dist" / "index.html"
    assert index.is_file()
    return index


@pytest.fixture
def dropped_files(tmp_path) -> list[Path]:
    contact = tmp_path / "contact_session.jsonl"
    contact.write_text(json.dumps(CONTACT_SESSION) + "\n", encoding="utf-8")
    return [*sorted(p for p in EXAMPLES.iterdir() if p.is_file()), contact]


async def drop_files(page, target, files: list[Path]) -> None:
    """A real drop event on ``target`` carrying ``files`` (what a drag from the desktop delivers)."""
    payload = [{"name": f.name, "text": f.read_text(encoding="utf-8")} for f in files]
    transfer = await page.evaluate_handle("""(files) => {
        const dt = new DataTransfer();
        for (const f of files) dt.items.add(new File([f.text], f.name, {type: 'application/x-ndjson'}));
        return dt;
    }""", payload)
    await target.dispatch_event("dragover", {"dataTransfer": transfer})
    await target.dispatch_event("drop", {"dataTransfer": transfer})


async def sign_in(page, base: str, key: str, path: str = "/dashboard/pipeline") -> None:
    await page.goto(f"{base}{path}")
    await expect(page.get_by_test_id("sign-in-form")).to_be_visible()
    await page.get_by_test_id("sign-in-key").fill(key)
    await page.get_by_test_id("sign-in-submit").click()
    await expect(page.get_by_test_id("whoami")).to_be_visible()


async def check_page(page, screenshot, name: str) -> None:
    await expect(page.get_by_test_id("error-banner")).to_have_count(0)
    await screenshot(page, name)
    await assert_no_serious_a11y_violations(page)


async def test_a_run_from_drop_to_download_in_the_browser(dashboard_built, page, screenshot, gateway_url, api_key,
                                                          dropped_files, console_errors, blocked_requests):
    await page.goto(f"{gateway_url}/dashboard/pipeline")
    await expect(page.get_by_test_id("sign-in-form")).to_be_visible()
    await check_page(page, screenshot, "01-sign-in")
    await sign_in(page, gateway_url, api_key)
    assert api_key not in page.url
    assert await page.evaluate("() => sessionStorage.getItem('dp.apiKey')") == api_key
    assert await page.evaluate("() => localStorage.length") == 0
    await expect(page.get_by_test_id("tier")).to_have_text("admin")

    # from here on the page never reloads: progress comes over the WebSocket
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url) if frame == page.main_frame else None)

    await drop_files(page, page.get_by_test_id("upload-dropzone"), dropped_files)
    states = page.get_by_test_id("upload-state")
    await expect(states).to_have_count(len(dropped_files))
    for i in range(len(dropped_files)):
        await expect(states.nth(i)).to_contain_text("done")
    for bar in await page.get_by_test_id("upload-progress").all():
        await expect(bar).to_have_attribute("data-value", "100")
    await expect(page.get_by_test_id("run-dataset-option").and_(page.locator(":checked"))).to_have_count(len(dropped_files))
    await page.get_by_test_id("run-pii").select_option("redact")
    async with page.expect_response("**/api/v1/pipeline/execute") as answer:
        await page.get_by_test_id("start-run").click()
    run_id = (await (await answer.value).json())["run_id"]

    row = page.locator(f'[data-testid="run-row"][data-run-id="{run_id}"]')
    await expect(row).to_be_visible()
    await screenshot(page, "02-pipeline-run-started")
    await expect(row).to_have_attribute("data-status", "completed", timeout=180_000)
    await expect(row.get_by_test_id("run-status")).to_have_text("completed")
    await expect(row.get_by_test_id("run-progress")).to_have_attribute("data-value", "100")
    await expect(row.get_by_test_id("run-percent")).to_have_text("100%")
    assert navigations == [], f"the page reloaded or navigated: {navigations}"

    shown = (await row.get_by_test_id("export-sha256-jsonl").text_content()).strip()
    async with page.expect_download() as download_info:
        await row.get_by_test_id("export-link-jsonl").click()
    download = await download_info.value
    body = Path(await download.path()).read_bytes()
    assert hashlib.sha256(body).hexdigest() == shown
    assert download.suggested_filename == f"{run_id}.jsonl"
    lines = [json.loads(line) for line in body.splitlines() if line.strip()]
    assert lines and all("messages" in line for line in lines)
    assert EMAIL not in body.decode() and "[EMAIL]" in body.decode()  # redacted in the export too
    await expect(row.get_by_test_id("export-verified-jsonl")).to_have_text("checksum verified")
    await check_page(page, screenshot, "03-pipeline-completed")

    # quality of the run: the conversation with the redacted email, the rejects with their reasons
    await row.get_by_role("link", name="Quality").click()
    await expect(page.get_by_test_id("page-quality-run")).to_be_visible()
    assert page.url.endswith(f"/dashboard/quality/{run_id}")
    await expect(page.get_by_test_id("quality-summary")).to_be_visible()
    placeholder = page.get_by_test_id("conversation-view").get_by_test_id("pii-placeholder").filter(has_text="[EMAIL]")
    await expect(placeholder.first).to_be_visible()
    await expect(page.get_by_test_id("conversation-view").filter(has_text=EMAIL)).to_have_count(0)
    reasons = page.get_by_test_id("reject-reason")
    await expect(reasons.first).to_be_visible()
    assert {"invalid_json_line", "unknown_format", "missing_assistant_turn"} <= set(await reasons.all_text_contents())
    await check_page(page, screenshot, "04-quality-run")

    for nav, page_id, name in (("nav-datasets", "page-datasets", "05-datasets"), ("nav-quality", "page-quality", "07-quality"),
                               ("nav-analytics", "page-analytics", "08-analytics"),
                               ("nav-production", "page-production", "09-production"), ("nav-keys", "page-keys", "10-keys")):
        await page.get_by_test_id(nav).click()
        await expect(page.get_by_test_id(page_id)).to_be_visible()
        if page_id == "page-analytics":
            await expect(page.get_by_test_id("services-table")).to_be_visible()
        if page_id == "page-keys":
            await expect(page.get_by_test_id("key-create-form")).to_be_visible()
        await check_page(page, screenshot, name)
        if page_id == "page-datasets":
            await page.get_by_test_id("dataset-row").filter(has_text="counselling_sessions.jsonl").first.get_by_role("link").click()
            await expect(page.get_by_test_id("page-dataset")).to_be_visible()
            await expect(page.get_by_test_id("reject-reason").first).to_be_visible()
            await expect(page.get_by_test_id("preview-pair").first).to_be_visible()
            await check_page(page, screenshot, "06-dataset")

    await page.set_viewport_size({"width": 390, "height": 844})  # a phone
    await page.get_by_test_id("nav-pipeline").click()
    await expect(row).to_be_visible()
    assert await page.evaluate("() => document.documentElement.scrollWidth") <= 390 + 1
    await screenshot(page, "11-pipeline-narrow")
    assert console_errors == [] and blocked_requests == []


async def test_a_viewer_is_refused_the_keys_page_and_sees_no_upload(dashboard_built, page, screenshot, gateway_url,
                                                                   client, console_errors):
    viewer = await make_key(client, "viewer")
    await sign_in(page, gateway_url, viewer, "/dashboard/keys")  # a deep link, straight to the keys page
    await expect(page.get_by_test_id("tier")).to_have_text("viewer")
    await expect(page.get_by_test_id("keys-refused")).to_be_visible()
    await expect(page.get_by_test_id("keys-refused")).to_contain_text("keys:manage")
    await expect(page.get_by_test_id("key-create-form")).to_have_count(0)
    await expect(page.get_by_test_id("nav-keys")).to_have_count(0)
    await check_page_refused(page, screenshot)

    await page.get_by_test_id("nav-pipeline").click()
    await expect(page.get_by_test_id("page-pipeline")).to_be_visible()
    await expect(page.get_by_test_id("upload-dropzone")).to_have_count(0)
    await expect(page.get_by_test_id("start-run")).to_have_count(0)
    await expect(page.get_by_test_id("not-allowed").first).to_be_visible()
    await screenshot(page, "viewer-pipeline")

    # the key is revoked: the next call answers 401 and the dashboard returns to sign-in
    key_id = viewer.split("_")[1]
    assert (await client.delete(f"/api/v1/keys/{key_id}")).status_code == 200
    async with httpx.AsyncClient(base_url=gateway_url, headers={"Authorization": f"Bearer {viewer}"}) as refused:
        for _ in range(100):  # the gateway's key cache (1 s in these tests) lets it go
            if (await refused.get("/api/v1/keys/me")).status_code == 401:
                break
            await page.wait_for_timeout(100)
    # the open progress socket notices within the key cache time (closed with 4401); a reload asks
    # GET /keys/me again: either way the 401 signs out. Reload only if the socket has not signed out
    # already: a reload after it would show the sign-in form without the reason (seen in CI)
    try:
        await expect(page.get_by_test_id("sign-in-form")).to_be_visible(timeout=3000)
    except AssertionError:
        await page.reload()
    await expect(page.get_by_test_id("sign-in-form")).to_be_visible()
    await expect(page.get_by_test_id("sign-in-reason")).to_contain_text("401")
    assert await page.evaluate("() => sessionStorage.getItem('dp.apiKey')") is None
    assert [e for e in console_errors if "401" not in e] == []


async def check_page_refused(page, screenshot) -> None:
    await screenshot(page, "viewer-keys-refused")
    await assert_no_serious_a11y_violations(page)
