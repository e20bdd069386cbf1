"""Start at HeyGen's full job limit says so at once and stays usable; nothing sleeps on a worker."""

from __future__ import annotations

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from heygen_widgets.widgets import SessionPanel, StartForm
from heygen_widgets.widgets.runtime import Inline
from tests.widgets.conftest import Wire


def no_sleep(seconds: float) -> None:
    raise AssertionError(f"Start slept {seconds} s on a worker that button clicks share")


def test_start_at_the_job_limit_says_so_and_can_be_pressed_again(wire: Wire, poller: Poller) -> None:
    with (
        FakeHeyGen(concurrent_jobs=1) as fake,
        Connection(Transport(fake.url, "k", sleep=no_sleep)) as conn,
        Connection(Transport(fake.url, "k")) as other,
    ):
        outside = other.create("Someone else's video, made with another tool")  # holds the one job
        form = StartForm(conn, runner=Inline(), poller=poller)
        form.prompt.value = "A tour of the office"
        form.start.click()
        assert "Too many video jobs at once" in form.error.value
        assert not form.start.disabled and form.panel is None
        assert len(fake.backend.sessions) == 1
        fake.run_until_idle(outside.session_id)  # the outside job now waits for its user
        form.start.click()
        assert form.panel is not None and len(fake.backend.sessions) == 2
        form.close()


def test_approve_at_the_job_limit_says_so_at_once_and_applies_nothing(wire: Wire, poller: Poller) -> None:
    with (
        FakeHeyGen(concurrent_jobs=1) as fake,
        Connection(Transport(fake.url, "k", sleep=no_sleep)) as conn,
        Connection(Transport(fake.url, "k")) as other,
    ):
        session = conn.create("An approval at the limit. Cover one and two.")
        fake.run_until_idle()
        session.refresh()
        other.create("Someone else's video, drafting")  # holds the one job
        panel = SessionPanel(session, poller=poller, runner=Inline())
        panel.controls.approve.click()
        assert "Too many video jobs at once" in panel.notice.value
        assert not panel.controls.approve.disabled and not session.approved
        panel.close()
