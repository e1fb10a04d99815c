"""A dry run of standardization over a sample of a dataset's records (``POST /internal/detect``,
behind the gateway's ``POST /api/v1/datasets/{id}/detect``): what format each record is found
to be (by detection, or the mapping given), the first conversations, and the rejects grouped
by reason, so a user can fix a mapping before a long run. Nothing is stored.
"""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from typing import Any

from pydantic import BaseModel, Field

from services.standardization.converters import ConvertOptions
from services.standardization.converters.mapping import mapped_format
from services.standardization.standardize import detect, standardize_records
from shared.events import RawRecord, StandardizationOptions
from shared.internal_http import json_endpoint
from shared.mapping import FieldMapping

MAX_SAMPLE = 5000
MAX_EXAMPLES = 20
DETAILS_PER_REASON = 3
INDEXES_PER_DETAIL = 5
MAX_BODY = 64 * 1024 * 1024  # a sample of 5,000 records is bounded by acquisition at 32 MB


class DetectRequest(BaseModel):
    records: list[RawRecord] = Field(max_length=MAX_SAMPLE, description="the sample, as acquisition reads it")
    mapping: FieldMapping | None = Field(None, description="apply this mapping instead of detecting")
    options: StandardizationOptions = Field(default_factory=StandardizationOptions)
    examples: int = Field(5, ge=0, le=MAX_EXAMPLES, description="how many converted conversations to return")
    dataset_id: str = "dry-run"
    source_name: str = "sample"


def dry_run(req: DetectRequest) -> dict[str, Any]:
    opts = req.options
    mapping = req.mapping or opts.mapping
    result = standardize_records(
        req.records, dataset_id=req.dataset_id, source_name=req.source_name, source_sha256="",
        forced_format=opts.format, options=ConvertOptions(roles=opts.roles, columns=opts.columns),
        alternation=opts.alternation, mapping=mapping,
    )
    rejects = {r.record_index: r for r in result.rejects}
    chosen = mapped_format(mapping) if mapping else opts.format
    per_record, found_formats = [], Counter()
    for rec in req.records:
        if rec.error is not None:
            fmt, confidence = None, 0.0  # the record did not even parse
        elif chosen:
            fmt, confidence = chosen, 1.0
        else:
            found = detect(rec.data)
            fmt, confidence = (found.converter.name, found.evidence.confidence) if found else (None, 0.0)
        found_formats[fmt or "none"] += 1
        reject = rejects.get(rec.index)
        per_record.append({"index": rec.index, "format": fmt, "confidence": confidence,
                           "status": "rejected" if reject else "converted",
                           "reason": reject.reason if reject else None})
    return {
        "mode": "mapping" if mapping else "forced_format" if opts.format else "detection",
        "mapping": {"formatting": mapping.formatting, "reads": mapping.resolved_columns(),
                    "tags": mapping.resolved_tags() if mapping.formatting == "sharegpt" else None,
                    "ignored": mapping.ignored()} if mapping else None,
        "summary": {"records": len(req.records), "converted": result.records_converted,
                    "rejected": len(result.rejects), "conversations": len(result.conversations)},
        "formats_found": dict(found_formats.most_common()),
        "formats_converted": dict(result.formats.most_common()),
        "records": per_record,
        "conversations": [c.model_dump(mode="json") for c in result.conversations[:req.examples]],
        "rejects": _grouped(result.rejects),
    }


def _grouped(rejects) -> list[dict[str, Any]]:
    """Rejects by reason (most frequent first), each with its most frequent details, the
    first record indexes of each and one excerpt."""
    by_reason: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for r in rejects:
        by_reason[r.reason][r.detail].append(r)
    out = []
    for reason, details in sorted(by_reason.items(), key=lambda kv: -sum(len(v) for v in kv[1].values())):
        ranked = sorted(details.items(), key=lambda kv: -len(kv[1]))
        out.append({
            "reason": reason,
            "count": sum(len(v) for v in details.values()),
            "details": [{"detail": detail, "count": len(items),
                         "record_indexes": [r.record_index for r in items[:INDEXES_PER_DETAIL]],
                         "excerpt": items[0].excerpt}
                        for detail, items in ranked[:DETAILS_PER_REASON]],
            "other_details": max(0, len(ranked) - DETAILS_PER_REASON),
        })
    return out


async def _handle(req: DetectRequest) -> dict[str, Any]:
    return await asyncio.to_thread(dry_run, req)  # up to 5,000 records: off the broker's event loop


detect_app = json_endpoint(DetectRequest, _handle, max_body=MAX_BODY)
