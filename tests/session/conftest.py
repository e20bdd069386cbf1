from __future__ import annotations

from collections.abc import Iterator

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.session import Connection, Transport

KEY = "sk-session-test-7f3a9c"


class Sleeps(list[float]):
    """Stands in for time.sleep: records each wait instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def connection(fake: FakeHeyGen, sleeps: Sleeps) -> Iterator[Connection]:
    """The session layer on the shared simulator, with retries that record instead of sleeping."""
    transport = Transport(fake.url, KEY, sleep=sleeps, jitter=lambda: 0.5, timeout=10)
    with Connection(transport) as conn:
        yield conn
