"""End to end: the poller's own `Stuck` reaches the panel, and Start again is watched in its place."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import session_panel
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire

pytestmark = pytest.mark.skipif(
    "stuck_after" not in inspect.signature(Poller).parameters,
    reason="needs the poller's stuck detection (Poller(stuck_after=...))",
)


def test_a_session_the_poller_finds_stuck_is_offered_a_new_start(
    wire: Wire, fake: FakeHeyGen, connection: Connection, clock: FakeClock
) -> None:
    options: dict[str, Any] = {"stuck_after": 600.0}  # a keyword older pollers do not take
    with Poller(clock=clock, autostart=False, **options) as poller:
        panel = session_panel("Stuck. Cover a.", connection=connection, poller=poller, runner=Inline())
        old = panel.session.session_id
        for _ in range(400):  # the agent never moves: step mode, and nobody steps it
            clock.advance(max(poller.poll_once(), 5.0))  # reads run on the poller's workers
            if panel.stuck.shown:
                break
        assert panel.stuck.shown and "has not moved for 10 minutes" in panel.notice.value
        panel.stuck.restart.click()
        assert panel.session.session_id != old and poller.session_ids == (panel.session.session_id,)
        panel.close()
        assert not poller.session_ids
