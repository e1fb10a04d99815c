"""Acquisition service: ``uvicorn --factory services.acquisition.app:create_app``."""

from faststream.asgi import AsgiFastStream

from services.acquisition import handlers, ingest_handlers, intake_handlers
from services.acquisition.http import preview_app
from services.acquisition.settings import AcquisitionSettings
from shared.service import ServiceContext, build_service


def register(ctx: ServiceContext) -> None:
    handlers.register(ctx)  # run commands
    ingest_handlers.register(ctx)  # raw records from other systems
    intake_handlers.register(ctx)  # dataset registrations and merges


def create_app(settings: AcquisitionSettings | None = None) -> AsgiFastStream:
    settings = settings or AcquisitionSettings()
    return build_service("acquisition", settings, register,
                         http_routes=[("/internal/preview", preview_app(settings))])
