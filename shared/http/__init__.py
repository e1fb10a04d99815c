"""The HTTP edge kit every HTTP app of the system shares (the gateway's FastAPI app and the
services' internal APIs alike): RFC 9457 problem documents (``problems``, and ``handlers`` for a
FastAPI app), the outermost layer giving every request an id, a count, an access-log line and a
problem document for an unhandled error (``edge``), body-size and JSON-text guards (``limits``),
and offline ``/docs``, ``/redoc`` and ``/asyncapi`` pages (``docs_pages``)."""
