"""URL loading: which addresses are refused (SSRF), and downloads from a tiny local server
(loopback only, allowed through the host allowlist) under size, time and redirect limits."""

from __future__ import annotations

import gzip
import ipaddress
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from services.acquisition.fetch import blocked_reason, download, numeric_host, parse, resolve
from services.acquisition.intake import name_for_url as _name_for_url
from shared.file_types import IntakeRefused, sniff

JSONL = b"".join(b'{"messages": [{"role": "user", "content": "q%d"}, {"role": "assistant", "content": "a"}]}\n' % i
                 for i in range(50))


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.255.255.254", "0.0.0.0", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1",
    "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
    "::ffff:10.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::", "2002:a00:1::", "2001:db8::1", "::127.0.0.1",
    "fe80::1%eth0",
])
def test_non_public_addresses_are_refused(address):
    assert blocked_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111",
                                     "::ffff:8.8.8.8", "64:ff9b::808:808"])
def test_public_addresses_pass(address):
    assert blocked_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(("host", "expected"), [
    ("2130706433", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"), ("0x7f.1", "127.0.0.1"), ("127.1", "127.0.0.1"),
    ("0x7f000001", "127.0.0.1"), ("017700000001", "127.0.0.1"), ("0", "0.0.0.0"), ("::ffff:127.0.0.1", "::ffff:7f00:1"),
    ("example.com", None), ("cafe.be", None), ("1abc.de", None),
])
def test_numeric_hosts_in_every_form(host, expected):
    got = numeric_host(host)
    assert (str(got) if got else None) == expected


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/x.jsonl", "http://2130706433/x.jsonl", "http://0177.0.0.1/x.jsonl", "http://0x7f.1/",
    "http://127.1:8080/", "http://[::1]/x", "http://[::ffff:127.0.0.1]/x", "http://0.0.0.0/", "http://0/",
    "https://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://10.0.0.1/", "http://localhost/x",
    "http://LOCALHOST./x", "http://[::]/",
])
async def test_private_targets_are_refused_before_any_connection(url):
    with pytest.raises(IntakeRefused) as exc:
        await resolve(parse(url), allow_private=False, allowed_hosts=frozenset())
    assert exc.value.status == 403 and exc.value.reason == "url_not_allowed"


async def test_a_public_literal_passes_without_connecting():
    assert str(await resolve(parse("https://93.184.216.34/a.csv"), allow_private=False,
                             allowed_hosts=frozenset())) == "93.184.216.34"


@pytest.mark.parametrize(("url", "slug"), [
    ("file:///etc/passwd", "unsupported_url_scheme"), ("ftp://example.com/a.csv", "unsupported_url_scheme"),
    ("gopher://127.0.0.1:70/", "unsupported_url_scheme"), ("javascript:alert(1)", "unsupported_url_scheme"),
    ("example.com/a.csv", "unsupported_url_scheme"), ("http://user:pw@example.com/a.csv", "invalid_url"),
    ("http:///a.csv", "invalid_url"), ("http://[::1/", "invalid_url"), ("http://example.com:99999/", "invalid_url"),
    ("http://example.com:abc/", "invalid_url"),
])
def test_bad_urls_are_422(url, slug):
    with pytest.raises(IntakeRefused) as exc:
        parse(url)
    assert exc.value.status == 422 and exc.value.reason == slug


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def _send(self, body: bytes, status: int = 200, headers: dict | None = None, length: bool = True):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str):
        self._send(b"", 302, {"Location": location})

    def do_GET(self):
        port = self.server.server_address[1]
        p = self.path
        if p == "/data.jsonl":
            self._send(JSONL, headers={"Content-Type": "application/octet-stream"})
        elif p == "/noext":
            self._send(JSONL, headers={"Content-Type": "application/x-ndjson; charset=utf-8"})
        elif p == "/what":
            self._send(JSONL, headers={"Content-Type": "application/octet-stream"})
        elif p == "/encoded.jsonl":
            self._send(gzip.compress(JSONL), headers={"Content-Encoding": "gzip"})
        elif p == "/notjson.jsonl":
            self._send(b"<html>hello</html>")
        elif p == "/big.jsonl":
            self._send(JSONL * 100)
        elif p == "/big-unannounced.jsonl":
            self.close_connection = True
            self._send(JSONL * 100, length=False)
        elif p == "/slow.jsonl":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(JSONL[:100])
            self.wfile.flush()
            time.sleep(1.5)
        elif p == "/missing.jsonl":
            self._send(b"not found", 404)
        elif p == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif p == "/to-localhost":
            self._redirect(f"http://localhost:{port}/data.jsonl")
        elif p == "/to-decimal":
            self._redirect(f"http://2130706433:{port}/data.jsonl")
        elif p == "/to-ftp":
            self._redirect("ftp://example.com/data.jsonl")
        elif p == "/to-relative":
            self._redirect("/data.jsonl")
        elif p.startswith("/hop"):
            n = int(p[4:])
            self._redirect(f"/hop{n + 1}" if n < 10 else "/data.jsonl")
        else:
            self._send(b"?", 404)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


async def fetch(url, folder, **options):
    settings = {"max_bytes": 64 * 1024, "timeout_s": 5.0, "allowed_hosts": ["127.0.0.1"]} | options
    return await download(url, folder, name_for=_name_for_url, check_head=sniff, **settings)


async def test_download_from_an_allowed_host(server, tmp_path):
    got = await fetch(f"{server}/data.jsonl", tmp_path)
    assert got.path == tmp_path / "data.jsonl" and got.path.read_bytes() == JSONL and got.bytes == len(JSONL)


async def test_allow_private_lets_loopback_through(server, tmp_path):
    got = await fetch(f"{server}/data.jsonl", tmp_path, allowed_hosts=[], allow_private=True)
    assert got.bytes == len(JSONL)


async def test_loopback_is_refused_by_default(server, tmp_path):
    with pytest.raises(IntakeRefused) as exc:
        await fetch(f"{server}/data.jsonl", tmp_path, allowed_hosts=[])
    assert exc.value.status == 403 and not list(tmp_path.iterdir())


async def test_type_from_the_content_type_and_gzip_transfer_encoding_kept(server, tmp_path):
    got = await fetch(f"{server}/noext", tmp_path)
    assert got.filename == "noext.jsonl"
    got = await fetch(f"{server}/encoded.jsonl", tmp_path)
    assert got.filename == "encoded.jsonl.gz" and gzip.decompress(got.path.read_bytes()) == JSONL


@pytest.mark.parametrize(("path", "status", "slug"), [
    ("/what", 415, "unsupported_file_type"),
    ("/notjson.jsonl", 415, "content_mismatch"),
    ("/big.jsonl", 413, "payload_too_large"),
    ("/big-unannounced.jsonl", 413, "payload_too_large"),
    ("/missing.jsonl", 422, "url_fetch_failed"),
    ("/to-metadata", 403, "url_not_allowed"),
    ("/to-localhost", 403, "url_not_allowed"),
    ("/to-decimal", 403, "url_not_allowed"),
    ("/to-ftp", 422, "unsupported_url_scheme"),
    ("/hop0", 422, "url_fetch_failed"),
])
async def test_download_refusals(server, tmp_path, path, status, slug):
    with pytest.raises(IntakeRefused) as exc:
        await fetch(server + path, tmp_path)
    assert (exc.value.status, exc.value.reason) == (status, slug), exc.value.detail


async def test_redirects_are_followed_up_to_three(server, tmp_path):
    assert (await fetch(f"{server}/to-relative", tmp_path)).url == f"{server}/data.jsonl"
    assert (await fetch(f"{server}/hop8", tmp_path)).bytes == len(JSONL)  # hop8 -> 9 -> 10 -> data


async def test_total_time_limit(server, tmp_path):
    # the server stalls 1.5 s and then ends the body: without the limit the download succeeds
    with pytest.raises(IntakeRefused) as exc:
        await fetch(f"{server}/slow.jsonl", tmp_path, timeout_s=0.3)
    assert (exc.value.status, exc.value.reason) == (504, "url_timeout")


async def test_connection_refused_is_422(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(IntakeRefused) as exc:
        await fetch(f"http://127.0.0.1:{port}/data.jsonl", tmp_path)
    assert (exc.value.status, exc.value.reason) == (422, "url_fetch_failed")
