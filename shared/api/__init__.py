"""The public REST API's contract: its request and response models (they are the OpenAPI
document) and how stored documents read there, by resource. The gateway serves them; the ``dp``
CLI builds its request bodies with them."""

API_PREFIX = "/api/v1"
