"""/api/v1/datasets as TechDeck uses it: list (filters, pages), detail with a preview, progress
per run, delete (and 409 while a run uses the dataset), load from a URL (202, then acquisition
downloads it: refused for loopback on the shared stack, allowed on a stack whose host allowlist
names 127.0.0.1), zip and gzip uploads (202: acquisition unpacks or checks them, with their
traversal and bomb checks), and what a viewer key may do."""

from __future__ import annotations

import io
import json
import threading
import zipfile
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.conftest import SHARED_DATASETS
from tests.e2e.conftest import make_key
from tests.e2e.test_api_behaviour import assert_problem
from tests.support.pipeline_client import assert_failed, execute, follow, load, settled
from tests.support.stacks import gateway_url as gateway_url_of, own_stack, stack_client

pytestmark = pytest.mark.e2e


def sharegpt_jsonl(n: int, tag: str = "q") -> bytes:
    return b"".join(json.dumps({"conversations": [{"from": "human", "value": f"{tag} question {i}?"},
                                                  {"from": "gpt", "value": f"answer number {i}."}]}).encode() + b"\n"
                    for i in range(n))


async def post_file(client: httpx.AsyncClient, filename: str, content: bytes, **data) -> httpx.Response:
    return await client.post("/api/v1/pipeline/upload", files={"file": (filename, content)}, data=data)


async def uploaded(client: httpx.AsyncClient, filename: str, content: bytes, **data) -> dict:
    """Upload; a plain file is registered at once (201), a .zip or .gz once acquisition has
    unpacked or checked it (202, then polled until it settles)."""
    r = await post_file(client, filename, content, **data)
    if filename.endswith((".zip", ".gz")):
        assert r.status_code == 202 and r.json()["status"] == "registering", r.text
        return await settled(client, r.json()["dataset_id"])
    assert r.status_code == 201, r.text
    return r.json()


def zip_of(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def upload_folder(system, dataset_id: str) -> Path:
    return Path(system.env["DP_DATA_DIR"]) / "uploads" / dataset_id


# ---------------------------------------------------------------- list

async def test_list_is_newest_first_paginated_and_filtered(system, client):
    mine = [await uploaded(client, f"list-{i}.jsonl", sharegpt_jsonl(2)) for i in range(3)]
    csv = await uploaded(client, "list.csv", b"question,answer\nhi,there\n")
    root = system.state_dir / "loadable"
    (root / "listed.jsonl").write_bytes(sharegpt_jsonl(2))
    loaded = await load(client, {"path": str(root / "listed.jsonl")})
    assert loaded["status"] == "ready" and loaded["source"] == "path"

    r = await client.get("/api/v1/datasets", params={"source": "upload", "format": "jsonl", "limit": 2})
    assert r.status_code == 200, r.text
    page1 = r.json()
    assert [d["dataset_id"] for d in page1["items"]] == [mine[2]["dataset_id"], mine[1]["dataset_id"]]
    assert page1["next_cursor"]
    first = page1["items"][0]
    assert first["source"] == "upload" and first["format"] == "jsonl" and first["name"] == "list-2.jsonl"
    assert first["bytes"] == len(sharegpt_jsonl(2)) and first["path"] is None and first["status"] == "uploaded"
    page2 = (await client.get("/api/v1/datasets", params={"source": "upload", "format": "jsonl", "limit": 2,
                                                          "cursor": page1["next_cursor"]})).json()
    assert page2["items"][0]["dataset_id"] == mine[0]["dataset_id"]
    stamps = [d["created_at"] for d in page1["items"] + page2["items"]]
    assert stamps == sorted(stamps, reverse=True)
    assert not {d["dataset_id"] for d in page1["items"]} & {d["dataset_id"] for d in page2["items"]}

    # walking every page of a filter sees each dataset once
    seen, cursor = [], None
    while True:
        body = (await client.get("/api/v1/datasets", params={"format": "csv", "limit": 1,
                                                             **({"cursor": cursor} if cursor else {})})).json()
        seen += [d["dataset_id"] for d in body["items"]]
        assert all(d["format"] == "csv" for d in body["items"])
        if not (cursor := body["next_cursor"]):
            break
    assert csv["dataset_id"] in seen and len(seen) == len(set(seen))

    paths = (await client.get("/api/v1/datasets", params={"source": "path", "status": "ready"})).json()
    assert paths["items"][0]["dataset_id"] == loaded["dataset_id"]
    assert paths["items"][0]["path"] == str((root / "listed.jsonl").resolve())
    assert (await client.get("/api/v1/datasets", params={"source": "nosuchsource"})).json() == {
        "items": [], "next_cursor": None}
    everything = (await client.get("/api/v1/datasets")).json()
    assert len(everything["items"]) <= 50


@pytest.mark.parametrize(("params", "slug"), [
    ({"limit": 0}, "validation_error"), ({"limit": 201}, "validation_error"), ({"cursor": "not-a-cursor"}, "invalid_cursor"),
    ({"cursor": "a b"}, "validation_error"), ({"source": "UPLOAD"}, "validation_error"),
    ({"format": "x" * 40}, "validation_error")])
async def test_list_refuses_bad_parameters(client, params, slug):
    assert_problem(await client.get("/api/v1/datasets", params=params), 422, slug)


# ---------------------------------------------------------------- detail

async def test_detail_shows_metadata_a_preview_and_converted_conversations(client, gateway_url, api_key):
    ds = await uploaded(client, "detail.jsonl", sharegpt_jsonl(10, "detail"), name="detail test")
    r = await client.get(f"/api/v1/datasets/{ds['dataset_id']}", params={"preview": 3})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["name"] == "detail test" and body["source"] == "upload" and body["preview_error"] is None
    assert [p["index"] for p in body["preview"]] == [0, 1, 2]
    assert body["preview"][1]["data"]["conversations"][0]["value"] == "detail question 1?"
    assert body["conversations"] == []  # no run yet
    assert (await client.get(f"/api/v1/datasets/{ds['dataset_id']}", params={"preview": 0})).json()["preview"] == []

    run_id = await execute(client, [ds["dataset_id"]], quality_threshold=0.0)
    assert (await follow(gateway_url, api_key, run_id))[-1]["run"]["status"] == "completed"
    body = (await client.get(f"/api/v1/datasets/{ds['dataset_id']}", params={"preview": 4})).json()
    assert len(body["conversations"]) == 4
    conv = body["conversations"][0]
    assert conv["original_format"] == "sharegpt" and 0 <= conv["record_index"] < 10
    assert conv["messages"][0]["content"].startswith("detail question")
    assert isinstance(conv["quality_score"], float)
    # its stored report, as a conversation view shows it: verdicts, and only the checks that failed
    quality = conv["quality"]
    assert quality["score"] == conv["quality_score"]
    assert set(quality["tiers"]) and all(0.0 <= v <= 1.0 for v in quality["tiers"].values())
    assert isinstance(quality["flags"], list) and isinstance(quality["risk_turns"], list)
    assert quality["risk_level"] in ("none", "low", "moderate", "high")
    assert "version" not in quality
    assert all(c["passed"] is False and c["reason"] in quality["flags"] for c in quality["checks"].values())
    flagged = [c for c in body["conversations"] if c["quality"]["flags"]]
    assert all(c["quality"]["checks"] or set(c["quality"]["flags"]) <= {"pii_redacted", "pii_detected", "pii_excluded"}
               for c in flagged)


async def test_detail_of_an_unreadable_file_still_answers(client):
    ds = await uploaded(client, "broken.json", b'[{"a": 1}, {"b": ')
    body = (await client.get(f"/api/v1/datasets/{ds['dataset_id']}")).json()
    assert body["preview"] == [] and body["preview_error"].startswith("invalid_json")


async def test_detail_errors(client):
    assert_problem(await client.get(f"/api/v1/datasets/{'0' * 32}"), 404, "dataset_not_found")
    assert_problem(await client.get("/api/v1/datasets/bad%20id"), 422, "validation_error")
    assert_problem(await client.get(f"/api/v1/datasets/{'0' * 32}", params={"preview": 51}), 422, "validation_error")
    assert_problem(await client.get(f"/api/v1/datasets/{'0' * 32}/progress"), 404, "dataset_not_found")
    assert_problem(await client.delete(f"/api/v1/datasets/{'0' * 32}"), 404, "dataset_not_found")


# ---------------------------------------------------------------- delete

async def test_delete_removes_the_record_and_the_stored_file(system, client):
    ds = await uploaded(client, "gone.jsonl", sharegpt_jsonl(3))
    folder = upload_folder(system, ds["dataset_id"])
    assert folder.is_dir()
    r = await client.delete(f"/api/v1/datasets/{ds['dataset_id']}")
    assert r.status_code == 200, r.text
    assert r.json()["dataset_id"] == ds["dataset_id"] and r.json()["sha256"] == ds["sha256"]
    assert not folder.exists()
    assert_problem(await client.get(f"/api/v1/datasets/{ds['dataset_id']}"), 404, "dataset_not_found")
    assert_problem(await client.delete(f"/api/v1/datasets/{ds['dataset_id']}"), 404, "dataset_not_found")
    assert_problem(await client.post("/api/v1/pipeline/execute", json={"dataset_ids": [ds["dataset_id"]]}), 404,
                   "dataset_not_found")


async def test_delete_leaves_a_file_loaded_by_path_in_place(system, client):
    path = system.state_dir / "loadable" / "keep-me.jsonl"
    path.write_bytes(sharegpt_jsonl(2))
    ds = await load(client, {"path": str(path)})
    assert (await client.delete(f"/api/v1/datasets/{ds['dataset_id']}")).status_code == 200
    assert path.read_bytes() == sharegpt_jsonl(2)


async def test_delete_of_a_dataset_in_use_conflicts_until_the_run_ends(client, gateway_url, api_key):
    ds = (await client.post("/api/v1/pipeline/upload", files={"file": open(
        SHARED_DATASETS / "alpaca_5000_subset.json", "rb")})).json()
    run_id = await execute(client, [ds["dataset_id"]], batch_size=5)  # 1,000 batches: seconds of work
    body = assert_problem(await client.delete(f"/api/v1/datasets/{ds['dataset_id']}"), 409, "dataset_in_use")
    assert body["run_ids"] == [run_id]
    progress = (await client.get(f"/api/v1/datasets/{ds['dataset_id']}/progress")).json()
    assert progress["in_use"] and progress["runs"][0]["status"] in ("queued", "running")
    assert (await client.post(f"/api/v1/pipeline/cancel/{run_id}")).status_code == 200
    assert (await client.delete(f"/api/v1/datasets/{ds['dataset_id']}")).status_code == 200


# ---------------------------------------------------------------- progress

async def test_progress_gives_each_dataset_its_own_share(client, gateway_url, api_key):
    a = await uploaded(client, "share-a.jsonl", sharegpt_jsonl(12, "a"))
    b = await uploaded(client, "share-b.jsonl", sharegpt_jsonl(5, "b"))
    assert (await client.get(f"/api/v1/datasets/{a['dataset_id']}/progress")).json() == {
        "dataset_id": a["dataset_id"], "status": "uploaded", "in_use": False, "runs": []}
    first = await execute(client, [a["dataset_id"]], batch_size=4, quality_threshold=0.0)
    second = await execute(client, [a["dataset_id"], b["dataset_id"]], batch_size=4, quality_threshold=0.0)
    for run_id in (first, second):
        assert (await follow(gateway_url, api_key, run_id))[-1]["run"]["status"] == "completed"

    body = (await client.get(f"/api/v1/datasets/{a['dataset_id']}/progress")).json()
    assert [r["run_id"] for r in body["runs"]] == [second, first] and not body["in_use"]
    latest = body["runs"][0]
    assert latest["status"] == "completed" and latest["per_dataset"] and latest["progress"] == 1.0
    assert latest["counts"]["records_in"] == 12 and latest["counts"]["conversations"] == 12
    assert latest["counts"]["validated"] == 12 and latest["run_counts"]["records_in"] == 17
    production = latest["stages"]["production"]
    assert (production["batches_done"], production["total_batches"]) == (3, 3)
    assert production["processed"] == production["total"] == 12
    assert latest["datasets_in_run"] == 2
    of_b = (await client.get(f"/api/v1/datasets/{b['dataset_id']}/progress")).json()["runs"]
    assert [r["run_id"] for r in of_b] == [second] and of_b[0]["counts"]["records_in"] == 5
    acquisition = of_b[0]["stages"]["acquisition"]
    assert (acquisition["batches_done"], acquisition["total_batches"], acquisition["processed"]) == (2, 2, 5)


# ---------------------------------------------------------------- load

@pytest.mark.parametrize(("body", "reason"), [
    ({"url": "http://127.0.0.1:9/data.jsonl"}, "url_not_allowed"),
    ({"url": "http://localhost/data.jsonl"}, "url_not_allowed"),
    ({"url": "http://2130706433/data.jsonl"}, "url_not_allowed"),
    ({"url": "http://0177.0.0.1/data.jsonl"}, "url_not_allowed"),
    ({"url": "http://[::ffff:127.0.0.1]/data.jsonl"}, "url_not_allowed"),
    ({"url": "http://169.254.169.254/latest/meta-data/"}, "url_not_allowed"),
    ({"url": "http://0.0.0.0:8000/x.csv"}, "url_not_allowed"),
    ({"hf_name": "org/name"}, "hf_dataset_unavailable"),
    ({"hf_name": "org/name", "hf_split": "train[:10]", "hf_config": "default"}, "hf_dataset_unavailable"),
])
async def test_loads_that_fail_in_acquisition_say_why(client, body, reason):
    """Accepted (202, registering), then failed with the precise reason code: these need I/O
    (DNS, the HF cache), which acquisition does."""
    doc = assert_failed(await load(client, body), reason)
    assert doc["failure"]["detail"] and doc["bytes"] == 0
    assert_problem(await client.post("/api/v1/pipeline/execute", json={"dataset_ids": [doc["dataset_id"]]}), 409,
                   "dataset_not_ready")


@pytest.mark.parametrize(("body", "status", "slug"), [
    ({"url": "file:///etc/passwd"}, 422, "unsupported_url_scheme"),
    ({"url": "ftp://example.com/a.csv"}, 422, "unsupported_url_scheme"),
    ({"url": "http://user:secret@example.com/a.csv"}, 422, "invalid_url"),
    ({"path": "/x.jsonl", "url": "https://example.com/x.jsonl"}, 422, "validation_error"),
    ({}, 422, "validation_error"),
    ({"hf_name": "../../etc"}, 422, "validation_error"),
])
async def test_load_refusals(client, body, status, slug):
    assert_problem(await client.post("/api/v1/datasets/load", json=body), status, slug)


JSONL_BODY = sharegpt_jsonl(20, "remote")


class Remote(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/data.jsonl":
            body, status = JSONL_BODY, 200
        elif self.path == "/bundle.zip":
            body, status = zip_of({"inner/remote.jsonl": JSONL_BODY}), 200
        elif self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        else:
            body, status = b"no", 404
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def remote():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Remote)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def url_stack(infrastructure, tmp_path_factory):
    """A stack whose acquisition may download from 127.0.0.1 (its host allowlist; the setting is
    read by acquisition, which downloads, under the gateway's name DP_GATEWAY_URL_ALLOWED_HOSTS)."""
    state = tmp_path_factory.mktemp("url-stack")
    env = {"DP_GATEWAY_URL_ALLOWED_HOSTS": json.dumps(["127.0.0.1"]), "DP_GATEWAY_URL_TIMEOUT_S": "10"}
    with own_stack(infrastructure, state, "url", extra_env=env) as stack:
        yield stack


async def test_load_from_a_url_then_run_it(url_stack, remote, client):
    api_key = url_stack.env["DP_ADMIN_API_KEY"]
    async with stack_client(url_stack) as c:
        r = await c.post("/api/v1/datasets/load", json={"url": f"{remote}/data.jsonl", "name": "from the web"})
        assert r.status_code == 202, r.text
        assert r.json()["status"] == "registering" and r.json()["status_url"].endswith(r.json()["dataset_id"])
        ds = await settled(c, r.json()["dataset_id"])
        assert ds["format"] == "jsonl" and ds["bytes"] == len(JSONL_BODY) and ds["status"] == "ready"
        assert ds["name"] == "from the web" and ds["final_url"] == f"{remote}/data.jsonl" and ds["finished_at"]
        detail = (await c.get(f"/api/v1/datasets/{ds['dataset_id']}", params={"preview": 2})).json()
        assert detail["source"] == "url" and detail["url"] == f"{remote}/data.jsonl" and len(detail["preview"]) == 2
        assert detail["preview"][0]["data"] == json.loads(JSONL_BODY.splitlines()[0]) and not detail["preview_error"]

        zipped = await load(c, {"url": f"{remote}/bundle.zip"})
        assert zipped["status"] == "ready" and zipped["format"] == "jsonl" and zipped["sha256"] == ds["sha256"]
        assert zipped["name"] == "bundle.zip" and zipped["archive"]["member"] == "inner/remote.jsonl"

        assert_failed(await load(c, {"url": f"{remote}/missing.jsonl"}), "url_fetch_failed")
        assert_failed(await load(c, {"url": f"{remote}/to-metadata"}), "url_not_allowed")
        assert_failed(await load(c, {"url": f"{remote.replace('127.0.0.1', 'localhost')}/data.jsonl"}),
                      "url_not_allowed")
        run_id = await execute(c, [ds["dataset_id"]], quality_threshold=0.0)
        final = (await follow(gateway_url_of(url_stack), api_key, run_id))[-1]["run"]
        assert final["status"] == "completed" and final["counts"]["records_in"] == 20
        assert (await c.delete(f"/api/v1/datasets/{ds['dataset_id']}")).status_code == 200
        assert not (Path(url_stack.env["DP_DATA_DIR"]) / "uploads" / ds["dataset_id"]).exists()
    # the shared stack (no allowlist) refuses the same URL
    assert_failed(await load(client, {"url": f"{remote}/data.jsonl"}), "url_not_allowed")


# ---------------------------------------------------------------- archives

async def test_zip_upload_registers_its_one_data_file(system, client):
    content = sharegpt_jsonl(6, "zip")
    ds = await uploaded(client, "bundle.zip", zip_of({"folder/": b"", "folder/chats.jsonl": content,
                                                     "README.md": b"about"}))
    assert ds["format"] == "jsonl" and ds["bytes"] == len(content) and ds["status"] == "ready"
    detail = (await client.get(f"/api/v1/datasets/{ds['dataset_id']}")).json()
    assert detail["archive"]["name"] == "bundle.zip" and detail["archive"]["member"] == "folder/chats.jsonl"
    assert len(detail["preview"]) == 5
    assert sorted(p.name for p in upload_folder(system, ds["dataset_id"]).iterdir()) == ["chats.jsonl"]


@pytest.mark.parametrize(("members", "status", "slug"), [
    ({"../../escape.jsonl": b'{"a": 1}\n'}, 422, "unsafe_archive"),
    ({"/abs/escape.jsonl": b'{"a": 1}\n'}, 422, "unsafe_archive"),
    ({"a\\..\\escape.jsonl": b'{"a": 1}\n'}, 422, "unsafe_archive"),
    ({"a.jsonl": b'{"a": 1}\n', "b.jsonl": b'{"b": 1}\n'}, 422, "archive_multiple_files"),
    ({"notes.txt": b"hello"}, 422, "archive_without_data"),
])
async def test_bad_zips_are_refused_and_nothing_stays(system, client, members, status, slug):
    doc = assert_failed(await uploaded(client, "bad.zip", zip_of(members)), slug)
    assert not upload_folder(system, doc["dataset_id"]).exists()
    assert not (system.state_dir / "escape.jsonl").exists()


async def test_zip_and_gzip_bombs_are_refused(system, client):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("zeros.jsonl", "w") as out:
        for _ in range(50):
            out.write(bytes(1 << 20))
    assert len(buf.getvalue()) < 200_000
    assert_failed(await uploaded(client, "bomb.zip", buf.getvalue()), "archive_bomb")

    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    gz = b"".join([c.compress(bytes(1 << 20)) for _ in range(200)] + [c.flush()])  # 200 MB of zeros
    assert len(gz) < 300_000
    assert_failed(await uploaded(client, "bomb.jsonl.gz", gz), "archive_bomb")

    not_zip = b"{" + b"x" * 100
    assert_problem(await post_file(client, "fake.zip", not_zip), 415, "content_mismatch")


# ---------------------------------------------------------------- tiers

async def test_a_viewer_reads_but_cannot_delete_or_load(client, gateway_url):
    ds = await uploaded(client, "viewer.jsonl", sharegpt_jsonl(2))
    viewer_key = await make_key(client, "viewer")
    async with httpx.AsyncClient(base_url=gateway_url, headers={"Authorization": f"Bearer {viewer_key}"}) as viewer:
        assert (await viewer.get("/api/v1/datasets", params={"limit": 1})).status_code == 200
        detail = await viewer.get(f"/api/v1/datasets/{ds['dataset_id']}")
        assert detail.status_code == 200 and detail.json()["name"] == "viewer.jsonl"
        # raw records may hold personal data: a viewer sees the metadata, not the preview
        assert detail.json()["preview"] == [] and "data:sensitive" in detail.json()["preview_error"]
        assert len((await client.get(f"/api/v1/datasets/{ds['dataset_id']}")).json()["preview"]) == 2
        assert (await viewer.get(f"/api/v1/datasets/{ds['dataset_id']}/progress")).status_code == 200
        assert_problem(await viewer.delete(f"/api/v1/datasets/{ds['dataset_id']}"), 403, "insufficient_scope")
        assert_problem(await viewer.post("/api/v1/datasets/load", json={"url": "https://example.com/a.csv"}), 403,
                       "insufficient_scope")
    assert (await client.get(f"/api/v1/datasets/{ds['dataset_id']}")).status_code == 200
