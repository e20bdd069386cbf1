from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from heygen_api import AuthenticatedClient

from heygen_widgets.fake import FakeHeyGen
from tests.support.openapi_check import response_checker

KEY = "sim-test-key"


@pytest.fixture
def client(fake: FakeHeyGen) -> Iterator[AuthenticatedClient]:
    """The generated client pointed at the simulator; every API answer is checked against the spec."""
    with AuthenticatedClient(
        base_url=fake.url,
        token=KEY,
        prefix="",
        auth_header_name="x-api-key",
        raise_on_unexpected_status=True,
        httpx_args={"event_hooks": {"response": [response_checker(fake.url)]}},
    ) as authed:
        yield authed


@pytest.fixture
def http(fake: FakeHeyGen) -> Iterator[httpx.Client]:
    """A plain HTTP client for what the generated client will not send (bad input, raw faults)."""
    with httpx.Client(base_url=fake.url, headers={"x-api-key": KEY}, timeout=10) as raw:
        yield raw
