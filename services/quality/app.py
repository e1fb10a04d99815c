"""Quality service: ``uvicorn --factory services.quality.app:create_app``."""

import asyncio

from faststream.asgi import AsgiFastStream

from services.quality import handlers
from services.quality.checks.counselling.risk_model import warm_risk_model
from services.quality.assessor import Assessor
from services.quality.http import make_validate_app
from services.quality.repository import QualityRepository
from services.quality.settings import QualitySettings
from services.quality.warmup import warm_up
from shared.service import build_service


def create_app(settings: QualitySettings | None = None) -> AsgiFastStream:
    settings = settings or QualitySettings()
    holder: dict = {}

    async def store(doc: dict) -> None:
        await QualityRepository(holder["ctx"].db).add_validation(doc)

    async def remember(ctx) -> None:
        holder["ctx"] = ctx
        if settings.warm_up:  # before the consumers start: the first batch finds everything built
            await asyncio.to_thread(warm_up, Assessor(settings.max_turn_chars, settings.min_conversation_chars))
        warm_risk_model()  # in a thread: the service is up at once, the first disclosure finds it loaded

    assessor = Assessor(settings.max_turn_chars, settings.min_conversation_chars)
    return build_service("quality", settings, handlers.register, on_startup=remember,
                         http_routes=[("/internal/validate", make_validate_app(assessor, store))])
