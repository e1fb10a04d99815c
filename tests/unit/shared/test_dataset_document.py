"""The ``datasets`` document model (``shared.datasets.DatasetDoc``): what writers store and
what readers accept, older documents included."""

from __future__ import annotations

from datetime import UTC, datetime

from shared.datasets import DatasetDoc
from shared.events import MergeDatasets, RegisterDataset
from shared.intake import merging_document, registering_document

AT = datetime(2026, 1, 2, tzinfo=UTC)


def test_registering_document_keeps_the_fields_each_source_sets():
    url = registering_document(RegisterDataset(run_id="d1", producer="gateway", dataset_id="d1", source="url",
                                               url="https://example.org/a/data.csv?x=1", created_at=AT))
    assert url == {"_id": "d1", "name": "data.csv", "source": "url", "status": "registering", "created_at": AT,
                   "bytes": 0, "sha256": "", "format": "", "url": "https://example.org/a/data.csv?x=1"}
    hf = registering_document(RegisterDataset(run_id="d2", producer="gateway", dataset_id="d2", source="hf",
                                              hf_name="org/name", created_by="k1", created_at=AT))
    assert hf["hf_split"] is None and "hf_split" in hf  # explicit None kept, as before
    assert hf["created_by"] == "k1" and "path" not in hf and "url" not in hf


def test_merging_document():
    doc = merging_document(MergeDatasets(run_id="m", producer="gateway", dataset_id="m", name="both",
                                         parent_ids=["a", "b"], created_at=AT), "/data")
    assert doc["path"] == "/data/merged/m/merged.jsonl" and doc["parents"] == ["a", "b"]
    assert doc["merge"]["records_read"] == 0 and doc["status"] == "merging" and "created_by" not in doc


def test_older_and_unknown_fields_are_read():
    old = {"_id": "x", "name": "old", "created_at": AT, "legacy_field": 3, "failure": "a string once"}
    doc = DatasetDoc.model_validate(old)
    assert doc.source == "upload" and doc.bytes == 0 and doc.path is None and doc.failure == "a string once"
    assert doc.document() == old  # round trip: nothing added, nothing lost
