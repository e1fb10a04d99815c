"""Browser tests: Playwright (async API) driving Debian's ``chromium``, offline, with axe-core.

Fixtures (registered in tests/conftest.py, usable by any test; mark such tests
``@pytest.mark.browser``):

- ``browser``: one headless Chromium for the session (``/usr/bin/chromium``; installed with
  ``apt-get install -y chromium`` where missing, see :func:`ensure_chromium`). Playwright never
  downloads a browser of its own.
- ``page``: a new browser context per test (1280x800), in which every request to a host other
  than localhost / 127.0.0.1 / [::1] is aborted, WebSockets included: the test sees the page as
  a machine without internet would. What was blocked is in the ``blocked_requests`` fixture (a
  list of URLs), uncaught page errors and console errors in ``console_errors``. A test that
  fails leaves ``failure.png`` of its page in its screenshot folder.
- ``new_page``: ``await new_page(viewport={"width": 390, "height": 844})``, one more offline page
  in a context of its own (a narrow screen, a second user), closed at the end of the test.
- ``screenshot``: ``await screenshot(page, "name")`` saves
  ``test-artifacts/screenshots/<module>.<test>/<name>.png`` (full page) and returns the path.

Helpers: :func:`eventually` waits for a condition outside the page; :func:`axe_violations` runs axe-core (an offline copy, shipped by the PyPI package
``axe-playwright-python``) in the page; :func:`assert_no_serious_a11y_violations` fails on any
violation of impact ``serious`` or ``critical`` and says which rule, where.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.support.infra import REPO

ARTIFACTS = REPO / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
VIEWPORT = {"width": 1280, "height": 800}
# Pages under test on a 2-core machine shared with a whole stack (ReDoc took 40 s to render its
# spec there once): generous bounds, never timed asserts.
DEFAULT_TIMEOUT_MS = 120_000
SERIOUS = ("serious", "critical")


# --------------------------------------------------------------------------- Chromium


def _found_chromium() -> str | None:
    for path in CHROMIUM_CANDIDATES:
        if os.access(path, os.X_OK):
            return path
    return shutil.which("chromium")


def _apt_install(package: str) -> None:
    # Another apt run (a second test session, unattended upgrades) may hold the lock: wait for it.
    cmd = ["apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-q", "--no-install-recommends", package]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode != 0:  # a fresh machine: no package lists yet
        print(f"[browser] apt-get install {package} failed; running apt-get update once", file=sys.stderr)
        subprocess.run(["apt-get", "-o", "DPkg::Lock::Timeout=600", "update", "-qq"], check=True, env=env)
        done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"apt-get install {package} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")


def ensure_chromium() -> str:
    """The path of a Chromium executable: Debian's ``chromium`` package, installed with apt-get
    when it is missing (as root, like CI on a fresh machine). Fails, never skips: browser tests
    are part of ``make test``."""
    found = _found_chromium()
    if found:
        return found
    if not shutil.which("apt-get"):
        raise RuntimeError("browser tests need Chromium: install Debian's chromium package (no apt-get here)")
    if os.geteuid() != 0:
        raise RuntimeError("browser tests need Chromium: run `sudo apt-get install -y chromium` once")
    print("[browser] installing Debian's chromium package (once per machine)", file=sys.stderr, flush=True)
    _apt_install("chromium")
    found = _found_chromium()
    if not found:
        raise RuntimeError("apt-get installed chromium but no chromium executable was found")
    return found


# --------------------------------------------------------------------------- offline pages


def is_local(url: str) -> bool:
    """True for what a machine without internet can still load: localhost and in-page URLs."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "chrome-extension", "chrome", "devtools"):
        return True
    return (parts.hostname or "") in LOCAL_HOSTS


_REMOTE_WS = re.compile(r"^wss?://(?!(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(/|$))")


async def offline_context(browser, blocked: list[str], **options):
    """A new context where every request beyond localhost is aborted and recorded in ``blocked``
    (``options``: Playwright's ``new_context`` arguments, e.g. ``viewport``)."""
    context = await browser.new_context(**{"viewport": VIEWPORT, **options})
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)

    async def gate(route):
        url = route.request.url
        if is_local(url):
            await route.continue_()
        else:
            blocked.append(url)
            await route.abort("internetdisconnected")

    async def gate_ws(ws):
        blocked.append(ws.url)
        await ws.close()

    await context.route("**/*", gate)
    await context.route_web_socket(_REMOTE_WS, gate_ws)
    return context


def _folder_for(node) -> Path:
    name = f"{Path(str(node.fspath)).stem}.{node.name}"
    return SCREENSHOTS / re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_")


async def eventually(check, timeout_s: float = DEFAULT_TIMEOUT_MS / 1000, what: str = "condition") -> None:
    """Waits until ``check()`` (sync) is true; for state outside the page (Playwright's
    ``expect`` covers what the page shows). A generous bound, not a timed assertion."""
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not check():
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached within {timeout_s:.0f}s")
        await asyncio.sleep(0.05)


# --------------------------------------------------------------------------- axe-core


def _axe_script() -> str:
    from axe_playwright_python.base import AXE_FILE_PATH

    return AXE_FILE_PATH.read_text(encoding="utf-8")


async def axe_violations(page, context: object = None, options: dict | None = None) -> list[dict]:
    """axe-core's violations on the page as it is now (``context``: what to check, axe's
    include/exclude object or a selector; ``options``: axe.run options, e.g. rules to disable).
    Injected with ``evaluate``, so a page's Content-Security-Policy does not stop it."""
    if not await page.evaluate("() => typeof window.axe === 'object'"):
        await page.evaluate(_axe_script() + "\n;0")
    return await page.evaluate(
        """async ([context, options]) => {
            const result = await window.axe.run(context || document, {resultTypes: ['violations'], ...(options || {})});
            return result.violations;
        }""",
        [context, options],
    )


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = [" ".join(map(str, n.get("target", []))) for n in v.get("nodes", [])]
        lines.append(f"- {v['id']} ({v.get('impact')}): {v.get('help')} [{v.get('helpUrl')}]")
        lines.extend(f"    at {t}" for t in targets[:5])
        if len(targets) > 5:
            lines.append(f"    ... and {len(targets) - 5} more")
    return "\n".join(lines)


async def assert_no_serious_a11y_violations(page, context: object = None, options: dict | None = None) -> list[dict]:
    """Fails when axe-core finds a violation of impact serious or critical; returns every
    violation (the minor and moderate ones too) for a test that wants to look at them."""
    violations = await axe_violations(page, context, options)
    serious = [v for v in violations if v.get("impact") in SERIOUS]
    assert not serious, f"accessibility violations on {page.url}:\n{describe_violations(serious)}"
    return violations


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def chromium_path() -> str:
    return ensure_chromium()


@pytest.fixture(scope="session")
async def browser(chromium_path):
    from playwright.async_api import async_playwright, expect

    expect.set_options(timeout=DEFAULT_TIMEOUT_MS)
    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(executable_path=chromium_path, headless=True)
        try:
            yield chromium
        finally:
            await chromium.close()


@pytest.fixture
def blocked_requests() -> list[str]:
    """URLs beyond localhost the test's ``page`` tried to load (each was aborted)."""
    return []


@pytest.fixture
def console_errors() -> list[str]:
    """Uncaught exceptions and console errors of the test's ``page``."""
    return []


def _watched(page, console_errors: list[str]):
    page.on("pageerror", lambda error: console_errors.append(f"pageerror: {error}"))
    page.on("console", lambda msg: console_errors.append(f"console.{msg.type}: {msg.text} (at {msg.location.get('url')})")
            if msg.type == "error" else None)
    return page


@pytest.fixture
async def page(browser, blocked_requests, console_errors, request):
    shutil.rmtree(_folder_for(request.node), ignore_errors=True)  # no failure.png of an earlier run
    context = await offline_context(browser, blocked_requests)
    page = _watched(await context.new_page(), console_errors)
    try:
        yield page
    finally:
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed and not page.is_closed():
            folder = _folder_for(request.node)
            folder.mkdir(parents=True, exist_ok=True)
            try:
                await page.screenshot(path=str(folder / "failure.png"), full_page=True)
            except Exception as exc:  # the page may be what broke; the test's own error matters more
                print(f"[browser] no failure screenshot: {exc}", file=sys.stderr)
        await context.close()


@pytest.fixture
async def new_page(browser, blocked_requests, console_errors):
    """``await new_page(viewport={"width": 390, "height": 844})``: one more page in a context of
    its own (a narrow screen, a second signed-in user), offline like ``page``, closed at the end."""
    contexts = []

    async def make(**options):
        context = await offline_context(browser, blocked_requests, **options)
        contexts.append(context)
        return _watched(await context.new_page(), console_errors)

    try:
        yield make
    finally:
        for context in contexts:
            await context.close()


@pytest.fixture
def screenshot(request):
    """``await screenshot(page, name, full_page=True)``: a PNG kept under test-artifacts/."""
    folder = _folder_for(request.node)
    shutil.rmtree(folder, ignore_errors=True)  # this run's screenshots only

    async def take(page, name: str, full_page: bool = True) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', name)}.png"
        await page.screenshot(path=str(path), full_page=full_page)
        return path

    return take


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keeps each phase's report on the item (``rep_call``) so ``page`` knows the test failed."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
