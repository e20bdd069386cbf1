from __future__ import annotations

from collections.abc import Iterator

import pytest

from heygen_widgets.poller import Poller
from tests.poller.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def poller(clock: FakeClock) -> Iterator[Poller]:
    """A poller driven by hand with `poll_once()`: no thread, fake time, no jitter."""
    with Poller(clock=clock, autostart=False, random=lambda: 0.0) as poller:
        yield poller
    assert poller.thread is None
