"""A saved notebook keeps the gallery's table as it is now, not as it was when the cell ran."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets import SessionGallery
from heygen_widgets.widgets.runtime import Inline
from heygen_widgets.widgets.static import SavedCopy
from tests.poller.fakes import FakeClock
from tests.widgets.conftest import Wire

Published = list[tuple[Mapping[str, Any], str | None, bool]]


def test_the_saved_table_follows_the_gallery(
    wire: Wire,
    fake: FakeHeyGen,
    connection: Connection,
    poller: Poller,
    clock: FakeClock,
    inline: Inline,
    tmp_path: Path,
) -> None:
    published: Published = []
    gallery = SessionGallery(
        ["Clip 1", "Clip 2"],
        connection=connection,
        poller=poller,
        runner=inline,
        ledger=tmp_path / "g.sqlite",
    )
    gallery._saved = SavedCopy(lambda data, display_id, update: published.append((data, display_id, update)))
    gallery._ipython_display_()
    (live, _, _), (first, saved_id, update) = published
    assert "text/html" not in live and saved_id is not None and not update
    assert "completed" not in first["text/html"]
    for _ in range(60):
        fake.run_until_idle()
        clock.advance(poller.poll_once())
        if gallery.finished:
            break
    last, last_id, last_update = published[-1]
    assert last_id == saved_id and last_update
    assert last["text/html"].count("completed") >= 2 and 'class="hgw-saved"' in last["text/html"]
    assert "2 of 2 finished" in last["text/html"] and "<img" not in last["text/html"]
    assert len(published) < 12  # one update per change of the table, not one per poll
    gallery.close()
