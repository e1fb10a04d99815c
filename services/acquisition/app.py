"""Acquisition service: ``uvicorn --factory services.acquisition.app:create_app``."""

from faststream.asgi import AsgiFastStream

from services.acquisition import handlers
from services.acquisition.settings import AcquisitionSettings
from shared.service import build_service


def create_app(settings: AcquisitionSettings | None = None) -> AsgiFastStream:
    return build_service("acquisition", settings or AcquisitionSettings(), handlers.register)
