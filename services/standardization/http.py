"""The standardization service's own small HTTP API, for synchronous questions the gateway
forwards (``POST /internal/standardize``): records in, conversations or rejects out, with
the detected format, its confidence and the evidence for every record."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from services.standardization.converters import ConvertOptions
from services.standardization.converters.mapping import mapped_format
from services.standardization.standardize import detect, standardize_records
from shared.events import RawRecord, StandardizationOptions
from shared.internal_http import json_endpoint

MAX_RECORDS = 1000


class StandardizeRequest(BaseModel):
    records: list[Any] = Field(min_length=1, max_length=MAX_RECORDS)
    options: StandardizationOptions = Field(default_factory=StandardizationOptions)
    dataset_id: str = "adhoc"
    source_name: str = "request"


def standardize_payload(req: StandardizeRequest) -> dict[str, Any]:
    opts = req.options
    result = standardize_records(
        [RawRecord(index=i, data=r) for i, r in enumerate(req.records)], dataset_id=req.dataset_id,
        source_name=req.source_name, source_sha256="", forced_format=opts.format,
        options=ConvertOptions(roles=opts.roles, columns=opts.columns), alternation=opts.alternation,
        mapping=opts.mapping,
    )
    by_record: dict[int, list] = {}
    for c in result.conversations:
        by_record.setdefault(c.lineage.record_index, []).append(c.model_dump(mode="json"))
    rejects = {r.record_index: r for r in result.rejects}
    results = []
    for i, record in enumerate(req.records):
        chosen = mapped_format(opts.mapping) if opts.mapping else opts.format  # given, not detected
        found = None if chosen else detect(record)
        item: dict[str, Any] = {
            "index": i,
            "detected_format": chosen or (found.converter.name if found else None),
            "confidence": 1.0 if chosen else (found.evidence.confidence if found else 0.0),
            "evidence": list(found.evidence.keys) if found else [],
        }
        if i in rejects:
            item.update(status="rejected", reason=rejects[i].reason, detail=rejects[i].detail)
        else:
            item.update(status="converted", conversations=by_record.get(i, []))
        results.append(item)
    return {
        "results": results,
        "summary": {"records": len(req.records), "converted": result.records_converted,
                    "rejected": len(result.rejects), "conversations": len(result.conversations),
                    "formats": dict(result.formats), "reject_reasons": dict(result.reject_reasons)},
    }


async def _handle(req: StandardizeRequest) -> dict[str, Any]:
    return standardize_payload(req)


standardize_app = json_endpoint(StandardizeRequest, _handle)
