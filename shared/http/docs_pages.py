"""``/docs`` (Swagger UI), ``/redoc`` and ``/asyncapi`` of a FastAPI app with every script and
stylesheet served by the app itself, so they work on a machine without internet.

The assets come from PyPI packages, not from a CDN nor from a Node build: Swagger UI and ReDoc
from ``fastapi-offline``'s static folder, the AsyncAPI viewer (a web component) from
``asyncapi-viewer``'s. Both are pinned in pyproject.toml; this module only serves their files
under ``/docs-assets/`` and writes the three pages (no key needed, like ``/openapi.json``).
"""

from __future__ import annotations

import html
from pathlib import Path

import asyncapi_viewer.assets
import fastapi_offline
from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs-assets"
OPENAPI_ASSETS = Path(fastapi_offline.__file__).parent / "static"  # swagger-ui-bundle.js, -ui.css, redoc.standalone.js
ASYNCAPI_ASSETS = asyncapi_viewer.assets.STATIC_DIR  # asyncapi-viewer.iife.js, asyncapi-theme.css

router = APIRouter(include_in_schema=False)


def _root(request: Request) -> str:
    return request.scope.get("root_path", "").rstrip("/")


def _in_english(page: HTMLResponse) -> HTMLResponse:
    """FastAPI's page templates omit ``<html lang>``, which screen readers need (axe: html-has-lang)."""
    return HTMLResponse(bytes(page.body).replace(b"<html>", b'<html lang="en">', 1))


@router.get("/docs")
async def swagger_ui(request: Request) -> HTMLResponse:
    root, app = _root(request), request.app
    return _in_english(get_swagger_ui_html(
        openapi_url=root + app.openapi_url, title=f"{app.title} - Swagger UI",
        oauth2_redirect_url=root + app.swagger_ui_oauth2_redirect_url,
        swagger_js_url=f"{root}{ASSETS}/openapi/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{ASSETS}/openapi/swagger-ui.css",
        swagger_favicon_url=f"{root}{ASSETS}/openapi/favicon.png",
        # Swagger UI would send the document to validator.swagger.io for its badge.
        swagger_ui_parameters={"validatorUrl": None},
    ))


@router.get("/docs/oauth2-redirect")
async def swagger_ui_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@router.get("/redoc")
async def redoc(request: Request) -> HTMLResponse:
    root, app = _root(request), request.app
    return _in_english(get_redoc_html(
        openapi_url=root + app.openapi_url, title=f"{app.title} - ReDoc",
        redoc_js_url=f"{root}{ASSETS}/openapi/redoc.standalone.js",
        redoc_favicon_url=f"{root}{ASSETS}/openapi/favicon.png",
        with_google_fonts=False,
    ))


def asyncapi_html(title: str, document_url: str, assets_url: str) -> str:
    """The AsyncAPI page: the viewer element fetches the document from ``document_url``."""
    title = html.escape(f"{title} - AsyncAPI")
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title}</title>
  <link rel="stylesheet" href="{assets_url}/asyncapi-theme.css">
  <script src="{assets_url}/asyncapi-viewer.iife.js" defer></script>
</head>
<body>
  <main>
    <asyncapi-viewer src="{html.escape(document_url)}" sidebar></asyncapi-viewer>
  </main>
</body>
</html>"""


@router.get("/asyncapi")
async def asyncapi_page(request: Request) -> HTMLResponse:
    root = _root(request)
    return HTMLResponse(asyncapi_html("Dataset Pipeline (Kafka)", f"{root}/asyncapi.json", f"{root}{ASSETS}/asyncapi"))


def install(app: FastAPI) -> None:
    """Serve the three pages and their assets (the app is built with ``docs_url=None,
    redoc_url=None``, so FastAPI's CDN pages are not there)."""
    app.mount(f"{ASSETS}/openapi", StaticFiles(directory=OPENAPI_ASSETS), name="docs-assets-openapi")
    app.mount(f"{ASSETS}/asyncapi", StaticFiles(directory=ASYNCAPI_ASSETS), name="docs-assets-asyncapi")
    app.include_router(router)
