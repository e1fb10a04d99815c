from shared.api import API_PREFIX  # noqa: F401 - the prefix of every route module's router
