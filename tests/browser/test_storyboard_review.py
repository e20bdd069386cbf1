"""Reviewing a storyboard in JupyterLab: read a script, enlarge a scene, pick it, see the revision marked."""

from __future__ import annotations

import json
from typing import Any

from tests.browser.conftest import ARTIFACTS

SHOTS = ARTIFACTS / "shots"  # kept with the suite's other screenshots
CELLS = [
    "from heygen_widgets.widgets import connection, session_panel\n"
    "from heygen_widgets.scenes import scene_message\n\nheygen = connection()",
    "panel = session_panel('A team intro. Cover culture, tools, and hiring.', family='chat')\npanel",
]


def shot(page: Any, locator: Any, name: str) -> None:
    """A screenshot of one element, for people to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    locator.screenshot(path=str(SHOTS / f"scenes-{name}.png"))


def picked(nb: Any) -> list[str]:
    """The headings the kernel's storyboard has picked, read through a file the kernel writes."""
    out = nb.lab.root / "picked.json"
    out.unlink(missing_ok=True)
    nb.execute(
        "import json, pathlib\n"
        f"pathlib.Path({str(out)!r}).write_text(json.dumps([s.heading for s in panel.storyboard.selected()]))"
    )
    return list(json.loads(out.read_text(encoding="utf-8")))


def test_read_enlarge_pick_and_see_the_revision_marked(open_nb: Any) -> None:
    nb = open_nb("storyboard-review.ipynb", CELLS)
    nb.run_all()
    nb.status("reviewing")
    nb.thumbnails_loaded(5)
    page = nb.page
    board = page.locator(".hgw-panel .hgw-storyboard").first
    culture = board.locator(".hgw-scene").nth(1)
    script = culture.locator(".hgw-script")
    assert script.is_visible() and "Culture: what it means for" in script.inner_text()
    assert "2. Culture" in culture.inner_text() and " s" in culture.locator(".hgw-duration").inner_text()
    shot(page, page.locator(".hgw-panel").first, "cards")

    culture.locator(".hgw-zoom summary").click()  # the thumbnail: a larger preview in its place
    large = culture.locator("img.hgw-large")
    large.wait_for(state="visible")
    page.wait_for_function(
        "() => { const i = document.querySelector('.hgw-zoom[open] img.hgw-large');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    thumb_width = board.locator(".hgw-scene").nth(0).locator("img.hgw-thumb").bounding_box()["width"]
    assert large.bounding_box()["width"] > 1.5 * thumb_width
    shot(page, board, "preview")
    large.click()  # a second click closes it
    large.wait_for(state="hidden")

    board.locator(".hgw-scene").nth(2).locator(".hgw-pick input").check()  # "3. Tools"
    # The click's comm message and the kernel request below share the kernel's shell channel, in order.
    assert picked(nb) == ["Tools"]

    nb.execute(
        "panel.session.send(scene_message(panel.storyboard.selected(), 'make it shorter'))\n"
        "panel.storyboard.clear_selection()"
    )
    page.locator(".hgw-log >> text=I trimmed the narration of scene 3").wait_for(timeout=30_000)
    changed = board.locator(".hgw-scene.hgw-scene-changed")
    changed.wait_for(timeout=30_000)
    assert changed.count() == 1 and "3. Tools" in changed.inner_text()
    assert changed.locator(".hgw-script").inner_text() == "Tools."
    assert not board.locator(".hgw-pick input").nth(2).is_checked()  # cleared once sent

    page.fill(".hgw-feedback textarea", "Add a scene about code review before the hiring scene.")
    page.click(".hgw-send")
    added = board.locator(".hgw-scene.hgw-scene-added")
    added.wait_for(timeout=30_000)
    assert "4. Code review" in added.inner_text() and "New" in added.inner_text()
    history = board.locator("details.hgw-history")
    assert "Earlier drafts (2)" in history.inner_text()
    history.locator("summary").click()
    assert "Culture: what it means for" in history.inner_text()  # the first draft's scripts, as text
    nb.thumbnails_loaded(6)
    shot(page, page.locator(".hgw-panel").first, "revision")
