from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import comm
import pytest
from comm import DummyComm

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from heygen_widgets.widgets import SessionGallery
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock

KEY = "sk-widget-test-5e1d2c"


@dataclass
class Wire:
    """Every comm message the widgets would send to a browser."""

    messages: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    comm_ids: list[str] = field(default_factory=list)  # which widget sent each message
    lock: threading.Lock = field(default_factory=threading.Lock)

    def mark(self) -> int:
        with self.lock:
            return len(self.messages)

    def since(self, mark: int) -> list[tuple[str, dict[str, Any]]]:
        with self.lock:
            return self.messages[mark:]

    def addressed_since(self, mark: int) -> list[tuple[str, str, dict[str, Any]]]:
        """(widget id, message type, data) for each message since ``mark``."""
        with self.lock:
            return [(c, t, d) for c, (t, d) in zip(self.comm_ids[mark:], self.messages[mark:], strict=True)]

    def bytes_since(self, mark: int) -> int:
        return sum(len(json.dumps(data, default=str)) for _, data in self.since(mark))

    def everything(self) -> str:
        return json.dumps([data for _, data in self.since(0)], default=str)


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> Wire:
    """Widgets get comms that record what they send instead of needing a kernel."""
    recorded = Wire()

    class RecordingComm(DummyComm):
        def publish_msg(
            self, msg_type: str, data: Any = None, metadata: Any = None, buffers: Any = None, **keys: Any
        ) -> None:
            with recorded.lock:
                recorded.messages.append((msg_type, data or {}))
                recorded.comm_ids.append(self.comm_id)

    monkeypatch.setattr(comm, "create_comm", RecordingComm)
    return recorded


@pytest.fixture
def connection(fake: FakeHeyGen) -> Iterator[Connection]:
    with Connection(Transport(fake.url, KEY, sleep=lambda _s: None)) as conn:
        yield conn


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def poller(clock: FakeClock) -> Iterator[Poller]:
    """A poller without a thread: tests call poll_once()."""
    with Poller(clock=clock, autostart=False) as poll:
        yield poll


@pytest.fixture
def inline() -> Inline:
    return Inline()


@pytest.fixture(autouse=True)
def no_stray_timers() -> Iterator[None]:
    """No test leaves a gallery's retry timer running (tests pass a `Timers` hook instead)."""
    yield
    stray = [t.name for t in threading.enumerate() if t.name == "heygen-gallery-retry" and t.is_alive()]
    assert not stray, f"a gallery retry timer is still running: {stray}"


@pytest.fixture
def gallery_on(
    wire: Wire, connection: Connection, poller: Poller, inline: Inline, tmp_path: Path
) -> Callable[..., SessionGallery]:
    """Galleries on the simulator, the test's poller and an inline runner, with a scratch ledger."""

    def make(prompts: list[str], **options: Any) -> SessionGallery:
        settings = {
            "connection": connection,
            "poller": poller,
            "runner": inline,
            "ledger": tmp_path / "g.sqlite",
        }
        return SessionGallery(prompts, **{**settings, **options})

    return make
