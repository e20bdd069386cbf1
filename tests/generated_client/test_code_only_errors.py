"""HeyGen's error envelopes may carry only a ``code``: the generated error models read them.

The spec requires ``message`` on ``StandardAPIError``; HeyGen sometimes leaves it out. The
overlay (``openapi/overlay.json``) makes it optional, so even a plain generated client, without
the toolkit's transport, gets the envelope back instead of a ``KeyError``.
"""

from __future__ import annotations

from heygen_api import AuthenticatedClient
from heygen_api.api.voices import list_voices_v3
from heygen_api.models import ListVoicesV3Response429, StandardAPIError
from heygen_api.types import UNSET

from heygen_widgets.fake import FakeHeyGen


def test_a_code_only_envelope_parses() -> None:
    error = StandardAPIError.from_dict({"code": "rate_limit_exceeded"})
    assert error.code == "rate_limit_exceeded" and error.message is UNSET
    assert error.to_dict() == {"code": "rate_limit_exceeded"}


def test_a_plain_generated_client_reads_a_code_only_429(fake: FakeHeyGen) -> None:
    fake.inject("rate_limit", "listVoicesV3", code_only=True)
    with AuthenticatedClient(
        base_url=fake.url, token="sk-plain-client", prefix="", auth_header_name="x-api-key"
    ) as client:
        answer = list_voices_v3.sync_detailed(client=client)
    assert answer.status_code == 429
    assert isinstance(answer.parsed, ListVoicesV3Response429)
    assert answer.parsed.error and answer.parsed.error.code == "rate_limit_exceeded"
