import pytest

from shared.file_types import IntakeRefused, check_content, safe_name


@pytest.mark.parametrize(("given", "expected"), [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\windows\\win.ini", "win.ini"),
    ("my data (v2).jsonl", "my_data_v2_.jsonl"),
    ("", "upload"),
    (None, "upload"),
    ("....", "upload"),
    ("x" * 500 + ".csv", "x" * 200),
])
def test_upload_names_cannot_escape_or_surprise(given, expected):
    assert safe_name(given) == expected


@pytest.mark.parametrize(("head", "suffix", "slug"), [
    (b"not parquet", ".parquet", "content_mismatch"),
    (b"PK\x03\x04\x00\x00", ".csv", "binary_content"),
    (b"a,b\n\xff\xfe\xfa,x\n" + b"y" * 100, ".csv", "not_utf8"),
    (b"hello", ".json", "content_mismatch"),
    (b'"a string"\n', ".json", "content_mismatch"),  # JSON Lines of strings only as .jsonl / .ndjson
    (b"<html>hello</html>", ".jsonl", "content_mismatch"),
])
def test_content_must_match_the_claimed_type(head, suffix, slug):
    with pytest.raises(IntakeRefused) as exc:
        check_content(head, suffix)
    assert exc.value.reason == slug and exc.value.status == 415


@pytest.mark.parametrize(("head", "suffix"), [
    (b"PAR1....", ".parquet"), (b"\xef\xbb\xbf[{}]", ".json"), (b'  {"a":1}', ".jsonl"),
    (b'"a line that is a JSON string"\n"another"\n', ".jsonl"), (b'\xef\xbb\xbf"x"', ".ndjson"),
    ("q,a\ncaf\u00e9,ok".encode(), ".csv"), ("\u00e9".encode()[:1], ".csv"),
])
def test_valid_heads_pass(head, suffix):
    check_content(head, suffix)


def test_compressed_and_arrow_uploads():
    from shared.file_types import upload_suffix

    assert upload_suffix("Data.JSONL.gz") == (".jsonl", True)
    assert upload_suffix("x.parquet") == (".parquet", False)
    check_content(b"\x1f\x8b\x08\x00", ".jsonl", compressed=True)
    check_content(b"\xff\xff\xff\xff\x10\x00", ".arrow")
    with pytest.raises(IntakeRefused):
        check_content(b'{"a": 1}', ".jsonl", compressed=True)
    with pytest.raises(IntakeRefused):
        check_content(b"PAR1", ".arrow")
