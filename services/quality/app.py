"""Quality service: ``uvicorn --factory services.quality.app:create_app``."""

from faststream.asgi import AsgiFastStream

from services.quality import handlers
from services.quality.settings import QualitySettings
from shared.service import build_service


def create_app(settings: QualitySettings | None = None) -> AsgiFastStream:
    return build_service("quality", settings or QualitySettings(), handlers.register)
