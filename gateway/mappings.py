"""Field mappings as the gateway takes them: from a multipart form field (uploads), as a 422
problem document naming the field when they are not valid. The model and its rules are
:class:`shared.mapping.FieldMapping`; the reference is ``docs/field-mapping.md``."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import Form
from pydantic import ValidationError

from shared.http.problems import Problem
from shared.mapping import FieldMapping, mapping_errors

MAX_MAPPING_CHARS = 20_000

MappingForm = Annotated[str | None, Form(
    max_length=MAX_MAPPING_CHARS,
    description="a field mapping as JSON: a LLaMA-Factory dataset_info.json entry ({\"formatting\": \"sharegpt\", "
                "\"columns\": {...}, \"tags\": {...}}); the dataset's runs read its records with it instead of "
                "detecting their format. See docs/field-mapping.md")]


def invalid_mapping(errors: list[dict], where: str = "mapping") -> Problem:
    shown = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or where}: {e['msg']}" for e in errors[:3])
    return Problem(422, "validation_error", "Request is not valid", f"invalid field mapping: {shown}"[:1000],
                   errors=errors)


def mapping_from_form(text: str | None) -> FieldMapping | None:
    """The mapping a form field holds (None when absent or blank), or a 422 naming what is wrong."""
    if text is None or not text.strip():
        return None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise invalid_mapping([{"loc": ["body", "mapping"], "msg": f"not JSON: {exc}", "type": "json_invalid"}]) \
            from None
    try:
        return FieldMapping.model_validate(data)
    except ValidationError as exc:
        raise invalid_mapping(mapping_errors(exc, ("body", "mapping"))) from None
