"""The batch path's transport helpers (shared/broker.py): the partitioner that spreads a run's
batches evenly, the decoder that validates a batch event straight from its bytes."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from aiokafka.partitioner import DefaultPartitioner
from pydantic import ValidationError

from services.acquisition.readers import _loads
from shared.broker import BatchPartitioner, batch_key_index, model_decoder
from shared.events import BatchAcquired, BatchStandardized, RawRecord


def test_batch_keys_round_robin_over_all_partitions():
    part = BatchPartitioner()
    run = "0123456789abcdef0123456789abcdef"
    got = [part(f"{run}:{i}".encode(), [3, 1, 0, 2], [0, 1]) for i in range(10)]
    assert got == [0, 1, 2, 3, 0, 1, 2, 3, 0, 1]


def test_other_keys_hash_as_before():
    part, default = BatchPartitioner(), DefaultPartitioner()
    for key in [b"0123456789abcdef", b"dataset-1", b"run:x", b":12", b"abc:", b"a:" + b"9" * 13]:
        assert batch_key_index(key) is None
        assert part(key, [0, 1, 2, 3], [0, 1, 2, 3]) == default(key, [0, 1, 2, 3], [0, 1, 2, 3])
    assert batch_key_index(b"run:7") == 7


HEADER = dict(run_id="r", producer="t", batch_index=3, quality_threshold=0.5, dataset_id="d", source_name="s",
              source_sha256="h")


@pytest.mark.parametrize("via_orjson", [False, True])
def test_model_decoder_gives_the_validated_model(via_orjson):
    event = BatchAcquired(**HEADER, file_format="jsonl", records=[RawRecord(index=0, data={"a": [1, 2.5, None]})])
    decode = model_decoder(BatchAcquired, via_orjson=via_orjson)
    got = asyncio.run(decode(SimpleNamespace(body=event.model_dump_json().encode())))
    assert isinstance(got, BatchAcquired) and got == event


def test_model_decoder_refuses_what_the_model_refuses():
    decode = model_decoder(BatchStandardized)
    with pytest.raises(ValidationError):
        asyncio.run(decode(SimpleNamespace(body=b'{"run_id": "r"}')))


@pytest.mark.parametrize("line", [
    b'{"a": 1, "b": [true, null, 0.1, -0, 1e5, "\\u00e9"]}',
    b'{"n": 123456789012345678901234567890}',  # past 64 bits: json.loads keeps the integer
    b'{"n": 18446744073709551615, "m": -9223372036854775808}',
    b'{"x": NaN}',  # json.loads' extension
    b'"\\ud800"',  # a lone surrogate: json.loads reads it
    b'{"a": 1, "a": 2}',
])
def test_jsonl_lines_read_as_json_loads_reads_them(line):
    import json
    got, want = _loads(line, line.decode()), json.loads(line)
    assert repr(got) == repr(want)
