"""The server on a shared machine: its controls stay local, uploads stay inert, clients stay bounded."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import httpx
import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.logs import RateLimit
from heygen_widgets.fake.protocol import ServerLimits

KEY = {"x-api-key": "hardening-test"}


@pytest.fixture
def tight() -> Iterator[FakeHeyGen]:
    """A simulator with small limits, so each one is easy to reach."""
    limits = ServerLimits(
        request_timeout=0.5,
        max_connections=4,
        evict_after=0.0,
        max_body_bytes=4096,
        max_upload_bytes=100,
        max_assets=2,
        max_logged_requests=5,
    )
    with FakeHeyGen(limits=limits) as fake:
        yield fake


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Origin": "http://evil.example"}, 403),  # a web page the user happened to open
        ({"Host": "evil.example"}, 403),  # DNS rebinding: a foreign name that resolves to us
        ({"Content-Type": "text/plain"}, 415),  # what a cross-site form or a simple fetch sends
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
    ],
)
def test_the_controls_refuse_cross_origin_and_non_json_requests(
    fake: FakeHeyGen, headers: dict[str, str], status: int
) -> None:
    body = '{"kind": "error"}'
    answer = httpx.post(f"{fake.url}/_fake/faults", content=body, headers=headers)
    assert answer.status_code == status
    assert set(answer.json()["error"]) == {"code", "message", "param", "doc_url"}
    assert fake.faults.active == []  # nothing was applied


def test_the_controls_answer_json_from_the_simulators_own_origin(fake: FakeHeyGen) -> None:
    own = {"Origin": fake.url}
    assert httpx.post(f"{fake.url}/_fake/faults", json={"kind": "error"}, headers=own).status_code == 200
    assert httpx.post(f"{fake.url}/_fake/step").status_code == 200  # a bare POST carries no form
    assert httpx.get(f"{fake.url}/_fake/requests", headers=own).status_code == 200


def test_uploads_are_served_inert(fake: FakeHeyGen) -> None:
    page = b"<script>alert(1)</script>"
    up = httpx.post(f"{fake.url}/v3/assets", files={"file": ("x.html", page, "text/html")}, headers=KEY)
    served = httpx.get(up.json()["data"]["url"])
    assert served.content == page
    assert served.headers["content-type"] == "application/octet-stream"
    assert served.headers["content-disposition"] == "attachment"
    assert served.headers["x-content-type-options"] == "nosniff"
    png = httpx.post(f"{fake.url}/v3/assets", files={"file": ("a.png", b"\x89PNG", "image/png")}, headers=KEY)
    assert httpx.get(png.json()["data"]["url"]).headers["content-type"] == "image/png"


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/v3/nothing-here", 404, "not_found"),
        ("DELETE", "/v3/video-agents", 405, "method_not_allowed"),
    ],
)
def test_unknown_routes_and_methods_answer_in_heygens_envelope(
    fake: FakeHeyGen, method: str, path: str, status: int, code: str
) -> None:
    answer = httpx.request(method, f"{fake.url}{path}", headers=KEY)
    assert answer.status_code == status and answer.json()["error"]["code"] == code
    if status == 405:
        assert {"GET", "POST"} <= set(answer.headers["allow"].split(", "))


def test_uploads_bodies_and_the_request_log_are_bounded(tight: FakeHeyGen) -> None:
    url = f"{tight.url}/v3/assets"
    too_big = httpx.post(url, files={"file": ("big.bin", b"x" * 101)}, headers=KEY)
    assert too_big.status_code == 413 and too_big.json()["error"]["code"] == "payload_too_large"
    ids = [
        httpx.post(url, files={"file": (f"{i}.bin", b"x")}, headers=KEY).json()["data"]["asset_id"]
        for i in range(3)
    ]
    assert list(tight.backend.assets) == ids[1:]  # the oldest went first
    huge = httpx.post(f"{tight.url}/v3/video-agents", content=b"{" + b" " * 5000 + b"}", headers=KEY)
    assert huge.status_code == 413
    for _ in range(6):
        httpx.get(f"{tight.url}/v3/users/me", headers=KEY)
    assert [r.operation for r in tight.requests] == ["getCurrentUserV3"] * 5  # the newest five


def test_a_request_that_never_finishes_arriving_is_cut_off(tight: FakeHeyGen) -> None:
    host, port = tight.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as slow:
        slow.sendall(b"GET /v3/users/me HTTP/1.1\r\nHost: x\r\n")  # and never the rest
        assert slow.recv(100) == b""  # closed by the server after request_timeout, not by us


def test_past_the_connection_limit_the_oldest_waiting_client_makes_room(tight: FakeHeyGen) -> None:
    host, port = tight.url.removeprefix("http://").split(":")
    idle = [socket.create_connection((host, int(port)), timeout=10) for _ in range(4)]
    try:
        assert httpx.get(f"{tight.url}/v3/users/me", headers=KEY, timeout=5).status_code == 200
        assert idle[0].recv(100) == b""  # the oldest idle one was closed to let the talker in
    finally:
        for sock in idle:
            sock.close()


def test_the_log_lets_a_few_lines_a_minute_through_and_counts_the_rest() -> None:
    now = [0.0]
    limit = RateLimit(per_minute=3, clock=lambda: now[0])

    def record(text: str) -> logging.LogRecord:
        return logging.LogRecord("uvicorn.error", logging.ERROR, __file__, 1, text, None, None)

    passed = [limit.filter(record(f"line {i}")) for i in range(10)]
    assert passed == [True] * 3 + [False] * 7
    now[0] = 60.0
    first = record("next minute")
    assert limit.filter(first) and "7 log lines left out" in first.getMessage()
