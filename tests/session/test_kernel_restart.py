"""The default setup in a real notebook kernel: no key, and sessions that outlive a kernel restart."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jupyter_client.manager import KernelManager

from heygen_widgets.fake.home import Home


def run(client: Any, code: str, timeout: float = 60) -> str:
    """Execute ``code`` in the kernel; return what it printed (a failure in the kernel fails the test)."""
    reply = client.execute_interactive(code, timeout=timeout, output_hook=(printed := _Printed()))
    assert reply["content"]["status"] == "ok", printed.text + "".join(reply["content"].get("traceback", []))
    return printed.text


class _Printed:
    def __init__(self) -> None:
        self.text = ""

    def __call__(self, msg: dict[str, Any]) -> None:
        if msg["msg_type"] == "stream":
            self.text += msg["content"]["text"]
        elif msg["msg_type"] == "error":
            self.text += "\n".join(msg["content"]["traceback"])


@pytest.fixture
def kernel(simulator_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[KernelManager, Any]]:
    """A real ipykernel with no API key and no simulator URL: the default setup of a notebook."""
    for name in ("HEYGEN_API_KEY", "HEYGEN_BASE_URL", "HEYGEN_OFFLINE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HEYGEN_SIMULATOR_SPEED", "50")
    manager = KernelManager(kernel_name="python3")
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    yield manager, client
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    assert not manager.is_alive()


def test_after_a_kernel_restart_attach_shows_the_session_where_it_stands(
    kernel: tuple[KernelManager, Any], simulator_home: Path
) -> None:
    manager, client = kernel
    printed = run(
        client,
        "from heygen_widgets.widgets import SessionPanel, connection\n"
        "heygen = connection()\n"
        "session = heygen.create('Outlive the kernel. Cover one and two.')\n"
        "print(session.wait('review', timeout=60).status, session.session_id)",
    )
    assert "Using the local HeyGen simulator" in printed and "default in a notebook kernel" in printed
    status, session_id = printed.splitlines()[-1].split()
    assert status == "reviewing"
    first = Home(simulator_home).read_state()
    assert first is not None

    manager.restart_kernel(now=True)  # the old kernel process is gone, and with it all its threads
    client.wait_for_ready(timeout=60)
    shown = run(
        client,
        "import json\n"
        "from heygen_widgets.widgets import SessionPanel\n"
        f"panel = SessionPanel.attach({session_id!r})\n"
        "snap = panel.session.snapshot()\n"
        "print(json.dumps([snap.status, len(snap.storyboard), [m.content for m in snap.messages]]))\n"
        "panel.close()",
    )
    status, scenes, messages = json.loads(shown.splitlines()[-1])
    assert (status, scenes) == ("reviewing", 4)
    assert any("drafted a storyboard" in m for m in messages)
    again = Home(simulator_home).read_state()
    assert again is not None and again.pid == first.pid  # one simulator for both kernels
