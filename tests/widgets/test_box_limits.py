"""The box near HeyGen's message limit, a disabled Send that says why, and the agent's question."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.scenes import Scene
from heygen_widgets.session import Connection
from heygen_widgets.snapshot import Message, Resource, Snapshot
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.feedback import FeedbackBox
from heygen_widgets.widgets.runtime import Inline, Runner
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire
from tests.widgets.helpers import Deferred

LIMIT = 10_000  # maxLength of the message in both families' send-message requests


def snap(status: str, family: str = "chat", *, last: str = "user") -> Snapshot:
    res = Resource(id="r1", type="image", url="http://h/r1.png")
    messages: tuple[Message, ...] = (
        Message("user", "a prompt"),
        Message("model", "here", resource_ids=("r1",)),
    )
    if last == "user":
        messages = (*messages, Message("user", "more, please"))
    return Snapshot(
        session_id="s1",
        family=family,
        status=status,
        messages=messages,
        resources=MappingProxyType({"r1": res}),
    )


def idle_box(runner: Runner | None = None, picks: tuple[Scene, ...] = ()) -> FeedbackBox:
    box = FeedbackBox(lambda _m, _f: None, lambda _fresh: None, runner or Inline(), selection=lambda: picks)
    box.button.on_click(lambda _button: box.submit())
    return box


def test_the_counter_appears_near_the_limit_and_turns_red_over_it(wire: Wire) -> None:
    box = idle_box()
    box.render(snap("reviewing", last="model"))
    box.text.value = "make it shorter"
    assert box.counter.value == ""  # far from the limit: no counter
    box.text.value = "x" * 9_500
    assert "9,500 / 10,000" in box.counter.value and "hgw-over" not in box.counter.value
    assert not box.button.disabled
    box.text.value = "x" * 10_001
    assert "10,001 / 10,000" in box.counter.value and "hgw-over" in box.counter.value
    assert box.button.disabled
    assert box.button.tooltip is not None and "shorten it by 1" in box.button.tooltip
    box.text.value = "x" * LIMIT
    assert not box.button.disabled and "hgw-over" not in box.counter.value


def test_the_scene_names_count_toward_the_limit(wire: Wire) -> None:
    scene = Scene(3, Resource("r3", "image"), "Dev tools")
    box = idle_box(picks=(scene,))
    box.render(snap("reviewing", last="model"))
    prefix = len("Scene 3, Dev tools: ")
    box.text.value = "x" * (LIMIT - prefix)
    assert not box.button.disabled
    box.text.value = "x" * (LIMIT - prefix + 1)
    assert box.button.disabled and "hgw-over" in box.counter.value
    assert box.submit() is None  # and a click that reaches the kernel anyway sends nothing
    assert "shorten it" in box.error.value and box.text.value == "x" * (LIMIT - prefix + 1)


@pytest.mark.parametrize(
    ("status", "family", "reason"),
    [
        ("thinking", "chat", "The agent is working: wait for its reply"),
        ("processing", "sessions", "The agent is working: wait for its reply"),
        ("generating", "chat", "The video is rendering"),
        ("completed", "sessions", "The video is finished"),
        ("failed", "chat", "The session failed: start again"),
        ("brand_new_status", "chat", "'brand_new_status', which this version does not know"),
    ],
)
def test_a_disabled_send_says_why(wire: Wire, status: str, family: str, reason: str) -> None:
    box = idle_box()
    box.render(snap(status, family))
    box.text.value = "make it shorter"
    assert box.button.disabled
    assert box.button.tooltip is not None and reason in box.button.tooltip


def test_send_says_what_it_does_and_what_it_waits_for(wire: Wire) -> None:
    box = idle_box()
    assert box.button.disabled and box.button.tooltip == "The session has not been read yet: wait a moment"
    box.render(snap("reviewing", last="model"))
    assert not box.button.disabled and box.button.tooltip == "Type your feedback first."
    box.text.value = "make it shorter"
    assert box.button.tooltip is not None and "Ctrl+Enter" in box.button.tooltip
    runner = Deferred()
    busy = idle_box(runner)
    busy.render(snap("reviewing", last="model"))
    busy.text.value = "make it shorter"
    busy.button.click()
    assert busy.button.disabled and busy.button.tooltip == "Sending your message: wait a moment"
    runner.run()
    assert not busy.button.disabled


@pytest.fixture
def asking(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, clock: FakeClock, inline: Inline
) -> Iterator[SessionPanel]:
    """A chat-mode session whose agent asks a question first (the simulator's ``#ask`` mark)."""
    panel = SessionPanel(connection.create("A team intro #ask. Cover a and b."), poller=poller, runner=inline)
    fake.run_until_idle()
    clock.advance(poller.poll_once())
    yield panel
    panel.close()


def test_the_agents_question_is_shown_above_the_box(
    fake: FakeHeyGen, asking: SessionPanel, poller: Poller, clock: FakeClock
) -> None:
    assert asking.snapshot is not None and asking.snapshot.status == "waiting_for_input"
    shown = asking.feedback.question.value
    assert "The agent asks:" in shown and "Which voice should narrate" in shown
    children = asking.feedback.children
    assert children.index(asking.feedback.question) < children.index(asking.feedback.text)
    asking.feedback.text.value = "warm"
    asking.feedback.button.click()
    fake.run_until_idle()
    clock.advance(poller.poll_once())
    assert asking.snapshot is not None and asking.snapshot.status == "reviewing"
    assert asking.feedback.question.value == ""  # answered: the question goes


def test_the_question_is_escaped(wire: Wire) -> None:
    box = idle_box()
    asked = Snapshot("s1", "chat", "waiting_for_input", messages=(Message("model", "<b>Which</b> voice?"),))
    box.render(asked)
    assert "&lt;b&gt;Which&lt;/b&gt; voice?" in box.question.value and "<b>Which" not in box.question.value
    box.render(snap("reviewing", last="model"))
    assert box.question.value == ""
