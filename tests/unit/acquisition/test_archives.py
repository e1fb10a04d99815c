"""Compressed uploads: zip members that could escape, several or no data files, bombs (by
ratio and by size, never trusting declared sizes), damaged files; what a good one registers."""

from __future__ import annotations

import gzip
import os
import stat
import zipfile
import zlib

import pytest

from services.acquisition.archives import Limits, check_gzip, extract_single, unsafe_member
from services.acquisition.intake import finish_stored
from shared.file_types import IntakeRefused, is_data_name, safe_name

LIMITS = Limits(max_bytes=64 * 1024 * 1024, max_ratio=100)
JSONL = b"".join(b'{"instruction": "say %d", "output": "%d"}\n' % (i, i) for i in range(200))


def zeros_gz(n: int) -> bytes:
    """n zero bytes, gzipped, without holding them in memory."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    return b"".join([c.compress(block) for _ in range(n >> 20)] + [c.flush()])


def make_zip(path, members: dict[str, bytes], **infos) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            for k, v in infos.get(name, {}).items():
                setattr(info, k, v)
            zf.writestr(info, data)


def expand(path) -> dict:
    return finish_stored(path, path.stat().st_size, "sha-of-archive", LIMITS)


def problem_of(fn, *args) -> IntakeRefused:
    with pytest.raises(IntakeRefused) as exc:
        fn(*args)
    return exc.value


def test_a_zip_with_one_data_file_registers_that_file(tmp_path):
    archive = tmp_path / "bundle.zip"
    make_zip(archive, {"folder/": b"", "folder/My Data.jsonl": JSONL, "README.md": b"# about",
                       "__MACOSX/folder/._My Data.jsonl": b"\x00\x05", ".DS_Store": b"\x00"})
    fields = expand(archive)
    assert archive.exists()  # the intake handler deletes it once the dataset is registered (a redelivery can redo)
    assert fields["path"] == str(tmp_path / "My_Data.jsonl") and (tmp_path / "My_Data.jsonl").read_bytes() == JSONL
    assert fields["bytes"] == len(JSONL) and fields["format"] == "jsonl" and fields["declared_format"] == "jsonl"
    assert fields["archive"] == {"name": "bundle.zip", "bytes": fields["archive"]["bytes"], "sha256": "sha-of-archive",
                                 "member": "folder/My Data.jsonl"}


def test_a_zipped_gzip_file_is_checked_too(tmp_path):
    archive = tmp_path / "b.zip"
    make_zip(archive, {"d.csv.gz": gzip.compress(b"q,a\nhi,there\n")})
    assert expand(archive)["format"] == "csv.gz"
    archive = tmp_path / "c.zip"
    make_zip(archive, {"zeros.csv.gz": zeros_gz(8 << 20)})
    assert problem_of(expand, archive).reason == "archive_bomb"


@pytest.mark.parametrize("name", ["../evil.jsonl", "a/../../evil.jsonl", "/etc/cron.d/x.jsonl", "C:/x.jsonl",
                                  "c:evil.jsonl", "a\\..\\evil.jsonl", "ok/.."])
def test_names_that_could_escape_are_refused(tmp_path, name):
    archive = tmp_path / "evil.zip"
    make_zip(archive, {name: JSONL})
    p = problem_of(expand, archive)
    assert (p.status, p.reason) == (422, "unsafe_archive")
    assert not (tmp_path.parent / "evil.jsonl").exists()


def test_even_an_ignored_member_with_a_bad_name_refuses_the_archive(tmp_path):
    archive = tmp_path / "evil.zip"
    make_zip(archive, {"data.jsonl": JSONL, "../../notes.txt": b"x"})
    assert problem_of(expand, archive).reason == "unsafe_archive"


def test_symlinks_and_encrypted_members_are_refused(tmp_path):
    archive = tmp_path / "link.zip"
    make_zip(archive, {"data.jsonl": b"/etc/passwd"}, **{"data.jsonl": {"external_attr": (stat.S_IFLNK | 0o777) << 16}})
    assert "symbolic link" in problem_of(expand, archive).detail
    info = zipfile.ZipInfo("x.jsonl")
    info.flag_bits |= 0x1
    assert unsafe_member(info) == "encryption"
    assert unsafe_member(zipfile.ZipInfo("dir/ok.jsonl")) is None


@pytest.mark.parametrize(("members", "slug"), [
    ({"README.md": b"hi", "img.png": b"\x89PNG"}, "archive_without_data"),
    ({}, "archive_without_data"),
    ({"a.jsonl": JSONL, "b.csv": b"q,a\n1,2\n"}, "archive_multiple_files"),
    ({"empty.jsonl": b""}, "empty_file"),
    ({"fake.parquet": b"not parquet at all"}, "content_mismatch"),
])
def test_archives_without_exactly_one_good_data_file(tmp_path, members, slug):
    archive = tmp_path / "x.zip"
    make_zip(archive, members)
    assert problem_of(expand, archive).reason == slug


def test_zip_bomb_stops_at_the_ratio(tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("zeros.jsonl", "w") as out:
        block = bytes(1 << 20)
        for _ in range(50):
            out.write(block)
    assert archive.stat().st_size < 200_000
    p = problem_of(expand, archive)
    assert (p.status, p.reason) == (413, "archive_bomb")
    assert list(tmp_path.iterdir()) == [archive]  # nothing half-written left behind


def test_declared_size_over_the_limit_is_refused_before_expanding(tmp_path):
    archive = tmp_path / "big.zip"
    make_zip(archive, {"big.jsonl": os.urandom(3 << 20)})
    p = problem_of(extract_single, archive, tmp_path, is_data_name, safe_name, Limits(2 << 20, 100))
    assert (p.status, p.reason) == (413, "expanded_too_large")


def test_a_header_that_understates_the_size_does_not_get_more_out(tmp_path):
    archive = tmp_path / "liar.zip"
    make_zip(archive, {"data.jsonl": JSONL * 50})
    raw = bytearray(archive.read_bytes())
    size = len(JSONL * 50).to_bytes(4, "little")
    assert raw.count(size) == 2  # local header and central directory
    archive.write_bytes(bytes(raw).replace(size, (100).to_bytes(4, "little")))
    p = problem_of(expand, archive)
    assert (p.status, p.reason) == (422, "invalid_archive")


def test_not_a_zip(tmp_path):
    archive = tmp_path / "x.zip"
    archive.write_bytes(b"PK\x03\x04 but then garbage" * 10)
    assert problem_of(expand, archive).reason == "invalid_archive"


def test_gzip_checks(tmp_path):
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(JSONL))
    assert check_gzip(good, LIMITS) == len(JSONL)
    assert expand(good)["format"] == "jsonl.gz" and good.exists()

    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(zeros_gz(200 << 20))  # 200 MB of zeros in ~200 KB
    assert bomb.stat().st_size < 300_000
    p = problem_of(check_gzip, bomb, LIMITS)
    assert (p.status, p.reason) == (413, "archive_bomb")

    big = tmp_path / "big.jsonl.gz"
    big.write_bytes(gzip.compress(os.urandom(3 << 20), compresslevel=1))
    p = problem_of(check_gzip, big, Limits(2 << 20, 100))
    assert (p.status, p.reason) == (413, "expanded_too_large")

    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(JSONL)[:-20])
    assert problem_of(check_gzip, cut, LIMITS).reason == "invalid_archive"

    small_but_repetitive = tmp_path / "rep.jsonl.gz"
    small_but_repetitive.write_bytes(gzip.compress(b'{"a": 1}\n' * 100_000))  # 900 KB, ratio ~ 400: under the floor
    assert check_gzip(small_but_repetitive, LIMITS) == 900_000
