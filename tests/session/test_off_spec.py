"""An answer that is valid JSON but not what HeyGen's spec says: one named error, nothing repeated.

The session layer reads answers with the generated models. When HeyGen changes an answer
before its spec (the simulator's ``off_spec`` fault), the read fails with `ServerError`
(``unexpected_answer``), which the poller waits out like any other outage; a change that got
such an answer may have been applied, so it raises `UncertainOutcomeError` and is never sent
again.
"""

from __future__ import annotations

import pytest

from heygen_widgets.errors import ServerError, UncertainOutcomeError
from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Changed, Failed, Poller
from heygen_widgets.session import Connection
from heygen_widgets.snapshot import Phase
from tests.session.conftest import KEY


def test_a_read_off_spec_is_a_one_line_server_error_and_the_next_read_works(
    fake: FakeHeyGen, connection: Connection
) -> None:
    session = connection.create("A video about tides")
    fake.inject("off_spec", "getVideoAgentSession")
    with pytest.raises(ServerError) as caught:
        session.refresh()
    error = caught.value
    assert error.code == "unexpected_answer" and not error.fatal
    assert "Get Video Agent Session" in str(error) and "\n" not in str(error) and KEY not in str(error)
    fake.run_until_idle()
    assert session.refresh().phase is Phase.REVIEW


def test_a_create_answered_off_spec_is_uncertain_and_never_sent_twice(
    fake: FakeHeyGen, connection: Connection
) -> None:
    fake.inject("off_spec", "createVideoAgentV3")
    with pytest.raises(UncertainOutcomeError, match="not retried"):
        connection.create("A video about tides")
    creates = [r for r in fake.requests if r.operation == "createVideoAgentV3"]
    assert len(creates) == 1
    assert [s.title for s in connection.sessions()] != []  # it was made: the account's list shows it


def test_the_poller_waits_out_an_off_spec_answer(fake: FakeHeyGen, connection: Connection) -> None:
    session = connection.create("A video about tides")
    fake.run_until_idle()
    fake.inject("off_spec", "getVideoAgentSession")
    events: list[object] = []
    now = [0.0]
    with Poller(clock=lambda: now[0], autostart=False) as poller:
        poller.watch(session, events.append)
        for _ in range(3):  # the failed read, the wait after it, the next read
            now[0] += poller.poll_once()
    failed = [e for e in events if isinstance(e, Failed)]
    changed = [e for e in events if isinstance(e, Changed)]
    assert failed and getattr(failed[0].error, "code", None) == "unexpected_answer"
    assert failed[0].retry_in is not None
    assert changed and changed[-1].snapshot.phase is Phase.REVIEW
