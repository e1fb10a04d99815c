"""A Hugging Face datasets cache entry made offline, as if ``load_dataset(name)`` had
downloaded the dataset from the Hub once.

An online ``load_dataset("org/name")`` of a Parquet/JSON repository leaves
``<cache>/org___name/default/0.0.0/<commit>/`` holding ``dataset_info.json`` and
``name-<split>.arrow``; offline, ``load_dataset("org/name", cache_dir=<cache>)`` finds that
folder by name and loads it. Here the same packaged ``parquet`` builder prepares it from
rows written to a local Parquet file (no Hub), then the folder is put where the name points.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def cache_as_downloaded(cache_dir: Path, name: str, splits: dict[str, list[dict]],
                        commit: str = "0123456789abcdef0123456789abcdef01234567") -> Path:
    """Put ``splits`` (split name -> rows) in ``cache_dir`` as the cached dataset ``name`` (org/name)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["HF_DATASETS_OFFLINE"] = "1"
    from datasets.packaged_modules.parquet.parquet import Parquet

    namespace, short = name.split("/")
    work = cache_dir / f".build-{short}"
    files = {}
    for split, rows in splits.items():
        path = work / "repo" / f"{split}-00000-of-00001.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows), path)
        files[split] = [str(path)]
    builder = Parquet(cache_dir=str(work / "cache"), dataset_name=short, config_id="default", hash=commit,
                      data_files=files)
    builder.download_and_prepare()
    target = cache_dir / f"{namespace}___{short}"
    shutil.rmtree(target, ignore_errors=True)
    shutil.move(str(work / "cache" / short), str(target))
    shutil.rmtree(work)
    return target
