"""Production service: ``uvicorn --factory services.production.app:create_app``."""

from faststream.asgi import AsgiFastStream

from services.production import commands, export_commands, handlers
from services.production.settings import ProductionSettings
from shared.service import ServiceContext, build_service


def register(ctx: ServiceContext) -> None:
    handlers.register(ctx)  # run batches: export parts, run completion
    commands.register(ctx)  # generations and their exports
    export_commands.register(ctx)  # run exports in other formats, partial exports


def create_app(settings: ProductionSettings | None = None) -> AsgiFastStream:
    return build_service("production", settings or ProductionSettings(), register,
                         on_startup=handlers.sweep_completed)  # leftovers of completed runs
