"""The benchmarks' corpora, read the same way everywhere: CounselChat rows (``../shared/datasets``)
and the end-to-end benchmark's gen.py ShareGPT file, as raw records and as the conversations
standardization makes of them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from shared.conversation import Conversation
from shared.events import RawRecord

ROOT = Path(__file__).resolve().parents[1]


def shared_path(relative: str) -> Path:
    """``../shared/RELATIVE`` beside this checkout, or beside the main checkout when this one is a git
    worktree (whose ``.git`` file names ``<main>/.git/worktrees/<name>``), so that the benches run the
    same from a worktree."""
    here = ROOT.parent / "shared" / relative
    git = ROOT / ".git"
    if not here.exists() and git.is_file() and git.read_text(encoding="utf-8").startswith("gitdir:"):
        main = Path(git.read_text(encoding="utf-8").split(":", 1)[1].strip()).parents[2]
        return main.parent / "shared" / relative
    return here


COUNSELCHAT = shared_path("datasets/counselchat_20200325.csv")
# what `make bench-compare` (bench/compare.py) writes for N=100000 with today's gen.py
SHAREGPT = ROOT / ".local" / "bench" / "sharegpt_100000_48b6c40d.jsonl"


def counselchat_rows() -> list[dict]:
    """CounselChat's rows as ``csv.DictReader`` reads them (row numbers below count these, 0-based)."""
    with open(COUNSELCHAT, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def counselchat_records(n: int | None = None) -> list[RawRecord]:
    """``n`` records cycling CounselChat's rows (every row once when ``n`` is None), each with
    its own ``questionID`` so that none is a duplicate of another by id."""
    rows = counselchat_rows()
    n = len(rows) if n is None else n
    return [RawRecord(index=i, data=rows[i % len(rows)] | {"questionID": str(i)}) for i in range(n)]


def counselchat_refs(path: Path) -> list[dict]:
    """A labelled file that refers to CounselChat rows instead of copying their text (the dataset's
    README: its files are not copied into the project): one JSON object per line with ``row`` (the
    CSV row, 0-based, as ``csv.DictReader`` counts them) and its labels. The client turn is the row's
    ``questionText`` and the reply its ``answerText``, as the standardizer's ``qa_table`` converter
    builds a conversation of them."""
    if not COUNSELCHAT.exists():
        raise SystemExit(f"{path.name} refers to rows of {COUNSELCHAT}, which is not here")
    rows = counselchat_rows()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ref = json.loads(line)
            row = rows[ref["row"]]
            out.append(ref | {"client": row["questionText"], "reply": row["answerText"],
                              "source": f"CounselChat row {ref['row']} ({COUNSELCHAT.name}, 0-based)"})
    return out


def sharegpt_records(n: int, path: Path = SHAREGPT) -> list[RawRecord]:
    """The first ``n`` lines of a ShareGPT JSONL file."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            records.append(RawRecord(index=i, data=json.loads(line)))
    return records


def standardized(records: list[RawRecord], source_name: str) -> list[Conversation]:
    from services.standardization.standardize import standardize_records

    return standardize_records(records, dataset_id="bench", source_name=source_name, source_sha256="0").conversations
