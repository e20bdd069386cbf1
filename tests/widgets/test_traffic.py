"""What the panel sends to the browser: nothing for an unchanged poll, one small batch per new message."""

from __future__ import annotations

from dataclasses import replace

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.snapshot import Message, Snapshot
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire


def conversation(count: int) -> Snapshot:
    messages = tuple(
        Message("model" if i % 2 else "user", f"Message number {i} " + "x" * 80) for i in range(count)
    )
    return Snapshot(
        session_id="s1", family="chat", status="reviewing", progress=45, title="T", messages=messages
    )


def test_an_unchanged_snapshot_sends_nothing(
    wire: Wire, poller: Poller, inline: Inline, fake: FakeHeyGen, connection: Connection
) -> None:
    panel = SessionPanel(connection.create("hi"), poller=poller, runner=inline)
    snapshot = conversation(40)
    panel.render(snapshot)
    mark = wire.mark()
    panel.render(snapshot)
    panel.render(replace(snapshot))  # equal, but a different object
    assert wire.since(mark) == []
    panel.close()


def test_an_unchanged_poll_sends_nothing(
    wire: Wire, poller: Poller, clock: FakeClock, inline: Inline, fake: FakeHeyGen, connection: Connection
) -> None:
    panel = SessionPanel(connection.create("hi"), poller=poller, runner=inline)
    fake.run_until_idle()
    clock.advance(poller.poll_once())
    clock.advance(poller.poll_once())
    mark = wire.mark()
    requests = len(fake.requests)
    for _ in range(3):
        clock.advance(poller.poll_once())
    assert len(fake.requests) > requests  # the polls really happened
    print(f"\ncomm messages for 3 unchanged polls: {len(wire.since(mark))}")
    assert wire.since(mark) == []
    panel.close()


def test_appending_one_message_to_a_long_log_does_not_resend_it(
    wire: Wire, poller: Poller, inline: Inline, fake: FakeHeyGen, connection: Connection
) -> None:
    panel = SessionPanel(connection.create("hi"), poller=poller, runner=inline)
    before = conversation(40)
    panel.render(before)
    mark = wire.mark()
    after = replace(before, messages=(*before.messages, Message("model", "One more reply.")))
    panel.render(after)
    sent = wire.since(mark)
    size = wire.bytes_since(mark)
    print(f"\nappending one message to 40: {len(sent)} comm messages, {size} bytes")
    assert size < 4096
    assert "Message number 3 " not in str(sent)  # the old messages are not sent again
    assert len(panel.message_log.children) == 41
    panel.close()
