"""Production service: ``uvicorn --factory services.production.app:create_app``."""

from faststream.asgi import AsgiFastStream

from services.production import handlers
from services.production.settings import ProductionSettings
from shared.service import build_service


def create_app(settings: ProductionSettings | None = None) -> AsgiFastStream:
    return build_service("production", settings or ProductionSettings(), handlers.register)
