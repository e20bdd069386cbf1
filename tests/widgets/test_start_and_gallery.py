"""The start form, attaching to an existing session, and the gallery of many sessions."""

from __future__ import annotations

import csv
from pathlib import Path

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Transport
from heygen_widgets.widgets import SessionGallery, SessionPanel, StartForm
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock, Timers
from tests.widgets.conftest import Wire


def test_the_start_form_offers_pickers_and_becomes_a_panel(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    form = StartForm(connection, runner=inline, poller=poller)
    assert "the local HeyGen simulator" not in form.where.value  # this connection was made by hand
    assert [label for label, _ in form.avatar.options][1] == "Amira (office) (voice_warm_en)"
    assert len(form.voice.options) == 5 and len(form.style.options) == 4
    form.avatar.value = "look_daniel_studio"
    assert "/files/catalog/look_daniel_studio.png" in form.preview.value
    form.prompt.value = ""
    form.submit()
    assert "The prompt is empty" in form.prompt_field.error.value and form.start.disabled
    assert fake.backend.sessions == {}
    form.prompt.value = "A tour of the office"
    form.orientation.value = "portrait"
    form.family.value = "sessions"
    form.submit()
    assert isinstance(form.panel, SessionPanel) and form.children == (form.panel,)
    created = next(iter(fake.backend.sessions.values()))
    assert created.family == "sessions" and created.options["orientation"] == "portrait"
    assert created.options["avatar_id"] == "look_daniel_studio"
    form.close()  # closes the panel inside it too


def test_attach_reopens_a_session_in_its_current_state(
    wire: Wire, fake: FakeHeyGen, connection: Connection, poller: Poller, inline: Inline
) -> None:
    session_id = connection.create("Earlier work").session_id
    fake.run_until_idle()
    panel = SessionPanel.attach(session_id, connection=connection, poller=poller, runner=inline)
    assert panel.snapshot is not None and panel.snapshot.status == "reviewing"
    assert panel.storyboard.value.count("<figure") == 4
    panel.close()


def test_the_gallery_queues_beyond_the_limit_and_tabulates_results(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    tmp_path: Path,
) -> None:
    prompts = [f"Clip {n}" for n in range(5)]
    gallery = SessionGallery(
        prompts,
        connection=connection,
        poller=poller,
        runner=inline,
        max_concurrent=2,
        ledger=tmp_path / "g.sqlite",
    )
    assert len(fake.backend.sessions) == 2  # the rest wait their turn
    for _ in range(60):
        fake.run_until_idle()
        clock.advance(poller.poll_once())
        if gallery.finished:
            break
    assert gallery.finished and len(fake.backend.sessions) == 5
    rows = gallery.results()
    assert [r["status"] for r in rows] == ["completed"] * 5
    assert all(r["video_url"].endswith(".webm") and r["duration"] == 4.0 for r in rows)
    assert gallery.table.value.count("<tr>") == 6
    saved = list(csv.DictReader(gallery.to_csv(tmp_path / "results.csv").open()))
    assert [r["prompt"] for r in saved] == prompts
    assert [r["row"] for r in saved] == ["1", "2", "3", "4", "5"] and saved[0]["state"] == "finished"
    gallery.close()


def test_the_gallery_waits_when_heygen_refuses_more_jobs(
    wire: Wire, poller: Poller, clock: FakeClock, inline: Inline, tmp_path: Path
) -> None:
    with (
        FakeHeyGen(concurrent_jobs=1) as strict,
        Connection(Transport(strict.url, "k", sleep=lambda _s: None)) as conn,
    ):
        conn.transport.retry = conn.transport.retry.__class__(attempts=1)
        timers = Timers()  # the new try after the 429 waits here instead of on a real timer thread
        gallery = SessionGallery(
            ["a", "b"],
            connection=conn,
            poller=poller,
            runner=inline,
            schedule=timers,
            ledger=tmp_path / "g.sqlite",
        )
        assert len(strict.backend.sessions) == 1  # the second got a 429 and went back in the queue
        assert "429" in gallery.cards[1].value and "trying again in 5 s" in gallery.cards[1].value
        for _ in range(40):
            strict.run_until_idle()
            clock.advance(poller.poll_once())
            if gallery.finished:
                break
        assert [r["status"] for r in gallery.results()] == ["completed", "completed"]
        gallery.close()
        assert all(t.cancelled or t.fired for t in timers.made)


def test_closing_the_gallery_stops_watching_and_starts_nothing_more(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    tmp_path: Path,
) -> None:
    gallery = SessionGallery(
        ["a", "b", "c"],
        connection=connection,
        poller=poller,
        runner=inline,
        max_concurrent=1,
        ledger=tmp_path / "g.sqlite",
    )
    assert len(poller.session_ids) == 1
    clock.advance(poller.poll_once())
    gallery.close()
    assert not poller.session_ids
    fake.run_until_idle()
    clock.advance(poller.poll_once())
    assert len(fake.backend.sessions) == 1  # the queued prompts never start
    assert gallery.comm is None and all(card.comm is None for card in gallery.cards)
    assert [r["status"] for r in gallery.wait(timeout=0)] == ["thinking", "queued", "queued"]
    (session,) = fake.backend.sessions.values()
    assert not session.stop_requested  # closing leaves the session running at HeyGen
