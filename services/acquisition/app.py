"""Acquisition service: ``uvicorn --factory services.acquisition.app:create_app``."""

from faststream.asgi import AsgiFastStream

from services.acquisition import handlers, ingest_handlers
from services.acquisition.settings import AcquisitionSettings
from shared.service import ServiceContext, build_service


def register(ctx: ServiceContext) -> None:
    handlers.register(ctx)  # run commands
    ingest_handlers.register(ctx)  # raw records from other systems


def create_app(settings: AcquisitionSettings | None = None) -> AsgiFastStream:
    return build_service("acquisition", settings or AcquisitionSettings(), register)
