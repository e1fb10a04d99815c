"""Standardization service: ``uvicorn --factory services.standardization.app:create_app``."""

from faststream.asgi import AsgiFastStream

from services.standardization import handlers
from services.standardization.dry_run import detect_app
from services.standardization.http import standardize_app
from services.standardization.settings import StandardizationSettings
from shared.service import build_service


def create_app(settings: StandardizationSettings | None = None) -> AsgiFastStream:
    return build_service("standardization", settings or StandardizationSettings(), handlers.register,
                         http_routes=[("/internal/standardize", standardize_app),
                                       ("/internal/detect", detect_app)])
