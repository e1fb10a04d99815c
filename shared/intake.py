"""The dataset document a registration or a merge starts with, built from its command.

The gateway inserts it when it accepts the request; acquisition inserts the same document
(insert-once) when it takes the command, so a gateway that died between publishing the
command and inserting the document leaves no dataset without one.

Statuses: ``registering`` (a load or an archive upload being taken in) and ``merging`` go
to ``ready``, or to ``failed`` with ``failure: {reason, detail}`` (``error`` repeats it as one
string). Uploads of plain files are stored whole by the gateway: ``uploaded`` at once.
The document's fields: :class:`shared.datasets.DatasetDoc`.
"""

from __future__ import annotations

from pathlib import Path

from shared.datasets import DatasetDoc
from shared.events import MergeDatasets, RegisterDataset

REGISTERING, MERGING, READY, FAILED = "registering", "merging", "ready", "failed"
IN_PROGRESS = (REGISTERING, MERGING)
NOT_READY = (MERGING, REGISTERING, FAILED, "downloading")  # dataset states a run cannot read
STORED_CONVERSATIONS = "conversation"  # DatasetDoc.record_format of a merge's output


def merged_path(data_dir: Path, dataset_id: str) -> Path:
    """Where a merge writes its output (deterministic: a redelivered command writes the same file)."""
    return Path(data_dir) / "merged" / dataset_id / "merged.jsonl"


def registering_document(cmd: RegisterDataset) -> dict:
    fields: dict = {}
    if cmd.created_by:
        fields["created_by"] = cmd.created_by
    if cmd.mapping is not None:
        fields["mapping"] = cmd.mapping.model_dump(exclude_none=True)
    if cmd.source == "url":
        fields["url"] = cmd.url
    elif cmd.source == "hf":
        fields.update(hf_name=cmd.hf_name, hf_split=cmd.hf_split, hf_config=cmd.hf_config)
    elif cmd.source == "path":
        fields["path"] = cmd.path
    return DatasetDoc(id=cmd.dataset_id, name=cmd.name or _default_name(cmd), bytes=0, sha256="", format="",
                      source=cmd.source, status=REGISTERING, created_at=cmd.created_at, **fields).document()


def merging_document(cmd: MergeDatasets, data_dir: Path) -> dict:
    fields: dict = {"created_by": cmd.created_by} if cmd.created_by else {}
    return DatasetDoc(id=cmd.dataset_id, name=cmd.name, path=str(merged_path(data_dir, cmd.dataset_id)), bytes=0,
                      sha256="", declared_format="jsonl", format="jsonl", record_format=STORED_CONVERSATIONS,
                      source="merge", status=MERGING,
                      created_at=cmd.created_at, parents=cmd.parent_ids,
                      merge={"conflict_policy": cmd.conflict_policy, "records_read": 0}, **fields).document()


def _default_name(cmd: RegisterDataset) -> str:
    if cmd.source == "url":
        tail = (cmd.url or "").split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        return tail[:200] or "download"
    if cmd.source == "hf":
        return cmd.hf_name or "hf"
    return Path(cmd.path or "dataset").name[:200] or "dataset"
