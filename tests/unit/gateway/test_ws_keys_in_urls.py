"""A key in a WebSocket URL is refused before anything else is looked at (no store needed):
under api_key= or any other name a key travels by, or in the key's own shape under any name."""

import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from gateway.app import create_app
from gateway.settings import GatewaySettings

KEY = "dp_0123456789abcdef_" + "S" * 40


@pytest.fixture(scope="module")
def client():
    # no lifespan: nothing here may reach Kafka or MongoDB
    return TestClient(create_app(GatewaySettings(admin_api_key="k" * 20, mongodb_uri="mongodb://127.0.0.1:1")))


@pytest.mark.parametrize("query", [f"api_key={KEY}", "api_key=", f"API_KEY={KEY}", f"token={KEY}",
                                   f"key={KEY}", f"access_token={KEY}", f"x=1&whatever={KEY}",
                                   f"ticket=abc&api_key={KEY}"])
@pytest.mark.parametrize("path", ["/ws/progress", "/ws/runs/" + "a" * 32])
def test_a_key_in_the_url_is_refused_with_4401_and_a_reason(client, path, query):
    with client.websocket_connect(f"{path}?{query}", headers={"Authorization": "Bearer " + "k" * 20}) as ws:
        msg = ws.receive_json()
        assert msg["type"] == "error" and msg["status"] == 401
        assert msg["detail"].startswith("API keys in URLs are refused") and "/api/v1/ws/tickets" in msg["detail"]
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
    assert closed.value.code == 4401 and "ticket" in closed.value.reason
    assert len(closed.value.reason.encode()) <= 123
