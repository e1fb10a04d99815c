"""``/dashboard/``: the dashboard's built files (``gateway/dashboard/dist``, made by ``make dashboard``).

Every path under ``/dashboard/`` that is not a file of the build answers ``index.html`` (the app
routes in the browser, so ``/dashboard/datasets/<id>`` is a deep link); ``/dashboard/assets/*``
carry a content hash in their names and are cached for a year, ``index.html`` never. Without a
build the API runs as always and ``/dashboard/`` answers a short page saying how to build it.
Nothing here needs a key: the page asks for one and sends it to ``/api/v1`` itself.
"""

from __future__ import annotations

import html
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

PREFIX = "/dashboard"
DEFAULT_DIST = Path(__file__).resolve().parent / "dashboard" / "dist"
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dashboard not built</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>The dashboard is not built</h1>
<p>The API runs (<a href="/docs">/docs</a>), but the dashboard's files are missing from
<code>{dist}</code>.</p>
<p>Install <strong>Node.js 20</strong> (with npm), then from the repository root run
<code>make dashboard</code> (or <code>make run</code> / <code>make up</code>, which build it when
<code>node</code> is present), and reload this page.</p>
</body></html>
"""


def mount_dashboard(app: FastAPI, dist: Path | None = None) -> None:
    """Serve ``dist`` at ``/dashboard/``. The build is looked for on every request, so building
    while the gateway runs needs no restart."""
    root = (dist or DEFAULT_DIST).resolve()

    @app.get(PREFIX, include_in_schema=False)
    async def dashboard_root() -> Response:
        return RedirectResponse(f"{PREFIX}/", status_code=308)

    @app.get(PREFIX + "/{path:path}", include_in_schema=False)
    async def dashboard(path: str) -> Response:
        index = root / "index.html"
        if not index.is_file():
            return HTMLResponse(NOT_BUILT.format(dist=html.escape(str(root))), status_code=503,
                                headers={"Cache-Control": "no-store"})
        file = _file_in(root, path)
        if file is not None:
            hashed = path.startswith("assets/")
            return FileResponse(file, headers={"Cache-Control": IMMUTABLE if hashed else REVALIDATE})
        if path.startswith("assets/"):  # an old hashed name after a rebuild: no HTML in place of a script
            return Response(status_code=404, headers={"Cache-Control": "no-store"})
        return FileResponse(index, media_type="text/html", headers={"Cache-Control": REVALIDATE})


def _file_in(root: Path, path: str) -> Path | None:
    """The build's file at ``path``, or None (never a file outside ``root``)."""
    if not path or path.endswith("/"):
        return None
    try:
        file = (root / path).resolve()
    except (OSError, ValueError):
        return None
    if root not in file.parents or not file.is_file():
        return None
    return file
