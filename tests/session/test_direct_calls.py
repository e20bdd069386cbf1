"""A direct call of any generated operation gets the session layer's transport.

`Connection.generated_client()` hands out the generated ``AuthenticatedClient`` with
`HeyGenTransport` installed, so ``list_voices_v3.sync_detailed(client=...)`` and the other ~150
operations the session layer never calls are retried, time out, raise typed errors and never
show the key, exactly like `Session.refresh`. Every test talks to the simulator over loopback
with its faults; nothing is mocked.
"""

from __future__ import annotations

import threading
from io import BytesIO

import httpx
import pytest
from heygen_api import AuthenticatedClient
from heygen_api.api.assets import upload_asset
from heygen_api.api.video_agent import create_video_agent_v3, get_video_agent_session
from heygen_api.api.voices import list_voices_v3
from heygen_api.models import CreateVideoAgentRequest, ListVoicesV3Response200, UploadAssetBody
from heygen_api.types import File

from heygen_widgets.errors import (
    AuthenticationError,
    HeyGenError,
    HeyGenTimeoutError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UncertainOutcomeError,
)
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection, RetryPolicy, Transport
from heygen_widgets.session.transport import ONE_ATTEMPT, Timeouts
from heygen_widgets.session.wire import calling
from tests.session.conftest import KEY, Sleeps


def statuses(fake: FakeHeyGen, operation: str) -> list[int]:
    return [r.status for r in fake.requests if r.operation == operation]


def voices(client: AuthenticatedClient) -> ListVoicesV3Response200:
    parsed = list_voices_v3.sync_detailed(client=client).parsed
    assert isinstance(parsed, ListVoicesV3Response200)
    return parsed


def test_a_direct_call_waits_out_a_429_with_retry_after_and_succeeds(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps
) -> None:
    fake.inject("rate_limit", "listVoicesV3", retry_after=1)
    answer = voices(connection.generated_client())
    assert answer.data and all(v.voice_id for v in answer.data)
    assert statuses(fake, "listVoicesV3") == [429, 200]
    assert sleeps == [1.0]  # Retry-After honoured (the jitter's backoff is shorter)


@pytest.mark.parametrize(
    ("kind", "options"),
    [("error", {"status": 500}), ("error", {"status": 503}), ("drop", {}), ("drop_after", {})],
)
def test_a_direct_read_is_retried_after_a_5xx_or_a_drop(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps, kind: str, options: dict[str, float]
) -> None:
    fake.inject(kind, "listVoicesV3", times=2, **options)
    assert voices(connection.generated_client()).data
    assert len(statuses(fake, "listVoicesV3")) == 3 and len(sleeps) == 2


def test_a_direct_read_that_keeps_failing_raises_a_typed_error_without_the_key(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps
) -> None:
    fake.inject("rate_limit", "listVoicesV3", times=-1, retry_after=2)
    with pytest.raises(RateLimitError) as limited:
        voices(connection.generated_client())
    assert limited.value.retry_after == 2.0 and limited.value.status == 429
    assert len(statuses(fake, "listVoicesV3")) == RetryPolicy().attempts
    fake.faults.clear()
    fake.inject("error", "listVoicesV3", times=-1, status=503, code_only=True)
    with pytest.raises(ServerError) as failed:
        voices(connection.generated_client())
    for error in (limited.value, failed.value):
        assert KEY not in str(error) and KEY not in repr(error) and "\n" not in str(error)


def test_a_direct_call_with_a_wrong_key_raises_authentication_error_once(sleeps: Sleeps) -> None:
    wrong = "sk-wrong-key-1234567"
    with (
        FakeHeyGen(api_keys=frozenset({"sk-the-right-one"})) as strict,
        Connection(Transport(strict.url, wrong, sleep=sleeps)) as conn,
    ):
        with pytest.raises(AuthenticationError) as caught:
            voices(conn.generated_client())
        assert wrong not in str(caught.value) and wrong not in repr(caught.value)
        assert len(strict.requests) == 1 and sleeps == []  # a bad key is not retried


def test_a_direct_read_of_an_unknown_session_raises_not_found(connection: Connection) -> None:
    with pytest.raises(NotFoundError) as caught:
        get_video_agent_session.sync_detailed("sess_nope", client=connection.generated_client())
    assert caught.value.fatal and caught.value.status == 404


@pytest.mark.parametrize("kind", ["error", "drop_after", "malformed"])
def test_a_direct_create_is_never_repeated_when_it_may_have_been_applied(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps, kind: str
) -> None:
    fake.inject(kind, "createVideoAgentV3")
    body = CreateVideoAgentRequest.from_dict({"prompt": "A video about tides", "mode": "chat"})
    with pytest.raises(UncertainOutcomeError, match="was not retried"):
        create_video_agent_v3.sync_detailed(client=connection.generated_client(), body=body)
    assert len(statuses(fake, "createVideoAgentV3")) == 1 and sleeps == []


def test_a_direct_create_refused_with_429_is_sent_again(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps
) -> None:
    fake.inject("rate_limit", "createVideoAgentV3", retry_after=1)
    body = CreateVideoAgentRequest.from_dict({"prompt": "A video about tides", "mode": "chat"})
    answer = create_video_agent_v3.sync_detailed(client=connection.generated_client(), body=body)
    assert answer.status_code == 200
    assert statuses(fake, "createVideoAgentV3") == [429, 200] and sleeps == [1.0]


def test_a_keyed_upload_is_retried_after_a_lost_answer_and_stores_one_asset(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps
) -> None:
    """HeyGen honours ``Idempotency-Key`` on uploads: the retry replays the first answer."""
    fake.inject("drop_after", "uploadAsset")
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    body = UploadAssetBody(file=File(payload=BytesIO(png), file_name="a.png", mime_type="image/png"))
    answer = upload_asset.sync_detailed(
        client=connection.generated_client(), body=body, idempotency_key="up-1"
    )
    assert answer.status_code == 200
    assert len(statuses(fake, "uploadAsset")) == 2 and len(sleeps) == 1
    assert len(fake.backend.assets) == 1


def test_the_same_upload_without_a_key_is_not_repeated(fake: FakeHeyGen, connection: Connection) -> None:
    fake.inject("drop_after", "uploadAsset")
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    body = UploadAssetBody(file=File(payload=BytesIO(png), file_name="a.png", mime_type="image/png"))
    with pytest.raises(UncertainOutcomeError):
        upload_asset.sync_detailed(client=connection.generated_client(), body=body)
    assert len(statuses(fake, "uploadAsset")) == 1


def test_a_polls_call_makes_one_attempt_and_never_sleeps_on_the_same_pool(
    fake: FakeHeyGen, connection: Connection, sleeps: Sleeps
) -> None:
    """What the poller does: `calling(retry=ONE_ATTEMPT)` is per thread, the client is shared."""
    client = connection.generated_client()
    fake.inject("rate_limit", "listVoicesV3", retry_after=5)
    with calling(retry=ONE_ATTEMPT, poll=True) as call, pytest.raises(RateLimitError) as caught:
        voices(client)
    assert call.sent == 1 and sleeps == [] and caught.value.retry_after == 5.0
    done = threading.Event()
    elsewhere: list[object] = []

    def other_thread() -> None:  # the same client in another thread keeps the default policy
        fake.inject("rate_limit", "listVoicesV3", retry_after=1)
        elsewhere.append(voices(client))
        done.set()

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join(10)
    assert done.is_set() and not thread.is_alive() and sleeps == [1.0]


def test_the_client_and_its_transport_never_show_the_key(connection: Connection) -> None:
    client = connection.generated_client()
    voices(client)  # after a request the httpx client's headers hold the key too
    shown = [repr(client), str(client), repr(connection.transport), repr(connection.transport.wire)]
    assert all(KEY not in text for text in shown)
    assert isinstance(client, AuthenticatedClient)
    assert client.get_httpx_client().headers["x-api-key"] == KEY  # HeyGen's header, no prefix
    assert client.get_httpx_client().headers["accept"] == "application/json"


def test_every_error_the_transport_raises_is_a_heygen_error(fake: FakeHeyGen, connection: Connection) -> None:
    fake.inject("scope", "listVoicesV3")
    with pytest.raises(HeyGenError) as caught:
        voices(connection.generated_client())
    assert caught.value.fatal and "voices:read" in str(caught.value)


def test_a_timeout_set_on_the_client_is_kept_and_the_default_is_by_kind(
    fake: FakeHeyGen, sleeps: Sleeps
) -> None:
    quick = Timeouts(connect=2.0, read=0.3, change=0.3, poll=0.3)
    with Connection(Transport(fake.url, KEY, timeout=quick, sleep=sleeps)) as conn:
        fake.inject("latency", "listVoicesV3", times=2, seconds=0.6)
        with pytest.raises(HeyGenTimeoutError, match="asked 2 times"):
            voices(conn.generated_client())  # the read timeout, twice
        fake.inject("latency", "listVoicesV3", seconds=0.6)
        patient = conn.generated_client().with_timeout(httpx.Timeout(5.0))
        assert voices(patient).data  # the caller's own timeout: waited for the slow answer
