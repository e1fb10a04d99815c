"""WebSockets as TechDeck uses them: state first, live events, heartbeats, reconnects, auth."""

import asyncio
import json

import httpx
import pytest
import websockets

from tests.conftest import SHARED_DATASETS
from tests.e2e.conftest import make_key
from tests.support.pipeline_client import execute, follow, ticket_url, upload, ws_ticket

pytestmark = pytest.mark.e2e
TERMINAL = {"completed", "failed", "cancelled"}


def ws_url(gateway_url: str, path: str) -> str:
    return gateway_url.replace("http", "ws", 1) + path


async def test_reconnecting_mid_run_gets_current_state_then_the_rest(client, gateway_url, api_key):
    dataset = (await upload(client, SHARED_DATASETS / "alpaca_5000_subset.json")).json()
    run_id = await execute(client, [dataset["dataset_id"]], batch_size=50)
    url = await ticket_url(gateway_url, api_key, f"/ws/runs/{run_id}")
    first: list[dict] = []
    async with websockets.connect(url, max_size=None) as ws:  # a ticket in the URL (browsers)
        while len(first) < 3:
            first.append(json.loads(await ws.recv()))
    assert first[0]["type"] == "state" and first[0]["run"]["run_id"] == run_id
    seen = max(m["run"]["counts"]["records_in"] for m in first if m["type"] == "state")

    # the connection dropped; the client reconnects and is brought up to date at once
    rest = await follow(gateway_url, api_key, run_id)
    assert rest[0]["type"] == "state"
    assert rest[0]["run"]["counts"]["records_in"] >= seen
    assert rest[-1]["type"] == "state" and rest[-1]["run"]["status"] == "completed"
    assert rest[-1]["run"]["counts"]["records_in"] == 5000


async def test_progress_socket_shows_every_run_with_heartbeats(client, gateway_url, api_key):
    viewer = await make_key(client, "viewer")  # read-only keys may watch
    url = ws_url(gateway_url, "/ws/progress")
    async with websockets.connect(url, additional_headers={"Authorization": f"Bearer {viewer}"},
                                  max_size=None) as ws:
        snapshot = []
        while True:
            msg = json.loads(await asyncio.wait_for(ws.recv(), 30))
            if msg["type"] == "snapshot_complete":
                break
            snapshot.append(msg)
        assert all(m["type"] == "state" and m["run"]["status"] not in TERMINAL for m in snapshot)
        assert msg["active_runs"] == len(snapshot)

        dataset = (await upload(client, SHARED_DATASETS / "fastchat_dummy_conversation.json")).json()
        run_id = await execute(client, [dataset["dataset_id"]], batch_size=100)
        kinds: dict[str, int] = {}
        final = None
        async with asyncio.timeout(180):
            while final is None or kinds.get("heartbeat", 0) == 0:
                msg = json.loads(await ws.recv())
                kinds[msg["type"]] = kinds.get(msg["type"], 0) + 1
                if msg["type"] == "state" and msg["run"]["run_id"] == run_id and msg["run"]["status"] in TERMINAL:
                    final = msg["run"]
        assert final["status"] == "completed" and final["counts"]["records_in"] == 500
        assert kinds.get("progress", 0) > 0 and kinds["heartbeat"] >= 1


async def test_progress_socket_shows_a_running_run_in_its_snapshot(client, gateway_url, api_key):
    dataset = (await upload(client, SHARED_DATASETS / "alpaca_5000_subset.json")).json()
    run_id = await execute(client, [dataset["dataset_id"]], batch_size=50)
    async with websockets.connect(await ticket_url(gateway_url, api_key, "/ws/progress"), max_size=None) as ws:
        states = {}
        while True:
            msg = json.loads(await asyncio.wait_for(ws.recv(), 30))
            if msg["type"] == "snapshot_complete":
                break
            states[msg["run"]["run_id"]] = msg["run"]
    assert run_id in states or (await client.get(f"/api/v1/pipeline/status/{run_id}")).json()["status"] in TERMINAL
    await follow(gateway_url, api_key, run_id)  # let it finish before other tests


@pytest.mark.parametrize("path", ["/ws/progress", f"/ws/runs/{'a' * 32}"])
async def test_sockets_refuse_missing_and_revoked_keys(client, gateway_url, path):
    async with websockets.connect(ws_url(gateway_url, path)) as ws:
        msg = json.loads(await ws.recv())
        assert msg == {"type": "error", "status": 401, "detail": "missing or invalid API key"}
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd.code == 4401
    key = await make_key(client, "viewer")
    ticket = await ws_ticket(gateway_url, key)  # issued before the key is revoked
    assert (await client.delete(f"/api/v1/keys/{key.split('_')[1]}")).status_code == 200
    await asyncio.sleep(1.5)  # the key cache is 1 s here
    async with websockets.connect(ws_url(gateway_url, path),
                                  additional_headers={"Authorization": f"Bearer {key}"}) as ws:
        assert json.loads(await ws.recv())["status"] == 401
    async with websockets.connect(ws_url(gateway_url, f"{path}?ticket={ticket}")) as ws:
        assert json.loads(await ws.recv()) == {"type": "error", "status": 401, "detail": "missing or invalid API key"}
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd.code == 4401


async def test_a_key_revoked_while_its_socket_is_open_is_closed_with_4401(client, gateway_url):
    viewer = await make_key(client, "viewer")
    async with websockets.connect(ws_url(gateway_url, "/ws/progress"), max_size=None,
                                  additional_headers={"Authorization": f"Bearer {viewer}"}) as ws:
        while json.loads(await asyncio.wait_for(ws.recv(), 30))["type"] != "snapshot_complete":
            pass
        revoked = await client.delete(f"/api/v1/keys/{viewer.split('_')[1]}")
        assert revoked.status_code == 200
        error = None
        with pytest.raises(websockets.ConnectionClosed):
            async with asyncio.timeout(15):  # key cache 1 s here: checked again every second
                while True:
                    msg = json.loads(await ws.recv())
                    if msg["type"] == "error":
                        error = msg
        assert error is not None and error["status"] == 401
        assert ws.close_code == 4401


async def test_keys_sent_in_websocket_urls_are_refused_and_never_reach_the_logs(system, client, gateway_url, api_key):
    """uvicorn logs every handshake with its query string, before the app authenticates: a key in
    the URL (the admin key, a valid key, a wrong one) is refused with 4401 and a reason pointing at
    tickets, even with a valid Authorization header or ticket alongside, and is in no log."""
    viewer = await make_key(client, "viewer")
    wrong = "dp_0123456789abcdef_" + "W" * 40
    for key in (api_key, viewer, wrong):
        for extra, headers in (("&x=1", {}), ("", {"Authorization": f"Bearer {viewer}"}),
                               (f"&ticket={await ws_ticket(gateway_url, viewer)}", {})):
            url = ws_url(gateway_url, f"/ws/progress?api_key={key}{extra}")
            async with websockets.connect(url, additional_headers=headers, max_size=None) as ws:
                msg = json.loads(await asyncio.wait_for(ws.recv(), 30))
                assert msg["type"] == "error" and msg["status"] == 401
                assert "API keys in URLs are refused" in msg["detail"] and "/api/v1/ws/tickets" in msg["detail"]
                with pytest.raises(websockets.ConnectionClosed) as closed:
                    await ws.recv()
                assert closed.value.rcvd.code == 4401 and "ticket" in closed.value.rcvd.reason
    await asyncio.sleep(0.5)  # let the lines reach the files
    logs = list((system.state_dir / "logs").glob("*.log"))
    assert logs
    gateway_log = (system.state_dir / "logs" / "gateway.log").read_text(errors="replace")
    assert "WebSocket /ws/progress?" in gateway_log  # the handshake lines are there, scrubbed
    for log in logs:
        text = log.read_text(errors="replace")
        for key in (api_key, viewer, wrong, viewer.split("_", 2)[2]):
            assert key not in text, f"a key in {log.name}"
        assert (log.stat().st_mode & 0o077) == 0, f"{log.name} is readable by others: {oct(log.stat().st_mode)}"


async def test_a_ticket_opens_one_socket_once_on_any_replica(client, gateway_url, second_gateway):
    """A viewer's ticket opens one socket (here on the other gateway replica: tickets live in
    MongoDB), then the same ticket is refused; an invented ticket is refused too."""
    viewer = await make_key(client, "viewer")
    r = await client.post("/api/v1/ws/tickets", headers={"Authorization": f"Bearer {viewer}"})
    assert r.status_code == 201 and r.json()["expires_in"] == 30
    ticket = r.json()["ticket"]
    assert viewer not in ticket and len(ticket) >= 40
    async with websockets.connect(ws_url(second_gateway, f"/ws/progress?ticket={ticket}"), max_size=None) as ws:
        while json.loads(await asyncio.wait_for(ws.recv(), 30))["type"] != "snapshot_complete":
            pass  # the snapshot of a viewer's socket: the ticket stood for the viewer's key
    for base in (gateway_url, second_gateway):
        for t in (ticket, "made-up-" + "x" * 40):
            async with websockets.connect(ws_url(base, f"/ws/progress?ticket={t}")) as ws:
                msg = json.loads(await asyncio.wait_for(ws.recv(), 30))
                assert msg["status"] == 401 and "ticket" in msg["detail"]
                with pytest.raises(websockets.ConnectionClosed) as closed:
                    await ws.recv()
                assert closed.value.rcvd.code == 4401
    async with httpx.AsyncClient(base_url=gateway_url) as anonymous:
        assert (await anonymous.post("/api/v1/ws/tickets")).status_code == 401


async def test_a_ticket_socket_is_closed_when_its_key_is_revoked(client, gateway_url):
    viewer = await make_key(client, "viewer")
    async with websockets.connect(ws_url(gateway_url, f"/ws/progress?ticket={await ws_ticket(gateway_url, viewer)}"),
                                  max_size=None) as ws:
        while json.loads(await asyncio.wait_for(ws.recv(), 30))["type"] != "snapshot_complete":
            pass
        assert (await client.delete(f"/api/v1/keys/{viewer.split('_')[1]}")).status_code == 200
        error = None
        with pytest.raises(websockets.ConnectionClosed):
            async with asyncio.timeout(15):  # key cache 1 s here: checked again every second
                while True:
                    msg = json.loads(await ws.recv())
                    if msg["type"] == "error":
                        error = msg
        assert error is not None and error["status"] == 401
        assert ws.close_code == 4401
