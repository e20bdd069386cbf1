"""The whole review loop as a user drives it, in JupyterLab, Notebook 7 and Voila.

Read a scene's script, pick the scene, write feedback and press Ctrl+Enter, see the revision
marked, approve, watch the render's progress move, and find the finished video where the user
looks; at 400 px nothing of the panel sticks out or is cut off. The notebook runs its own
simulator in the kernel (timed, a render of about 15 s), so the render lasts long enough for the
ticker to move the elapsed time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from scripts.lab_browser import Server
from tests.browser.conftest import ARTIFACTS, voila_page
from tests.browser.test_turns_browser import OVERFLOWS

SHOTS = ARTIFACTS / "shots"
CELLS = [
    "from heygen_widgets.fake import FakeHeyGen\n"
    "from heygen_widgets.session import Connection, Transport\n"
    "from heygen_widgets.widgets import session_panel\n"
    "fake = FakeHeyGen(timed=True, speed=2.0, render_seconds=30).start()\n"
    "conn = Connection(Transport(fake.url, 'sk-browser-loop'))",
    "panel = session_panel('A team intro. Cover culture, tools, and hiring.', connection=conn)\npanel",
]
# Every image the user can see has loaded (a closed preview loads its large image only once opened).
IMAGES_LOADED = """() => [...document.querySelectorAll('.hgw-panel img')]
    .filter(i => !i.closest('details:not([open])'))
    .every(i => i.complete && i.naturalWidth > 0)"""


def shot(page: Any, ui: str, stage: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"loop-{ui}-{stage}.png"), full_page=True)


@contextmanager
def opened(ui: str, open_nb: Any, voila: Server, browser: Any) -> Iterator[Any]:
    """The notebook's page with its cells running, in ``ui``."""
    name = f"loop-{ui}.ipynb"
    if ui == "voila":
        with voila_page(voila, browser, name, CELLS) as page:
            yield page
        return
    nb = open_nb(name, CELLS, ui=ui)
    nb.run_all()
    yield nb.page


def review_a_scene(page: Any, ui: str) -> None:
    """The user reads scene 2's script, picks it, and asks for a change with Ctrl+Enter."""
    panel = page.locator(".hgw-panel").first
    panel.locator(".hgw-status:has-text('reviewing')").wait_for(timeout=90_000)
    board = panel.locator(".hgw-storyboard")
    board.scroll_into_view_if_needed()
    page.wait_for_function(IMAGES_LOADED, timeout=30_000)  # every thumbnail shows, none is broken
    culture = board.locator(".hgw-scene").nth(1)
    assert "2. Culture" in culture.inner_text()
    assert "Culture: what it means for" in culture.locator(".hgw-script").inner_text()
    assert "Your turn" in panel.locator(".hgw-turn").inner_text()
    culture.locator(".hgw-pick input").check()
    panel.locator(".hgw-about:has-text('Scene 2, Culture')").wait_for(timeout=10_000)
    box = panel.locator(".hgw-feedback textarea")
    box.fill("make it shorter")
    shot(page, ui, "review")
    box.press("Control+Enter")
    panel.locator(".hgw-log >> text=Scene 2, Culture: make it shorter").first.wait_for(timeout=30_000)
    changed = board.locator(".hgw-scene.hgw-scene-changed")
    changed.wait_for(timeout=60_000)
    assert "2. Culture" in changed.inner_text() and "Changed" in changed.inner_text()
    assert "Revised draft 2" in board.inner_text()
    assert not culture.locator(".hgw-pick input").is_checked()  # the pick went with the message


def approve_and_watch(page: Any, ui: str) -> None:
    """Approve; the elapsed time and the figure move during the render; the video comes into view."""
    panel = page.locator(".hgw-panel").first
    panel.locator(".hgw-status:has-text('reviewing')").wait_for(timeout=60_000)
    approve = panel.locator(".hgw-approve")
    page.wait_for_selector(".hgw-panel .hgw-approve:not([disabled])", timeout=30_000)
    approve.click()
    panel.locator(".hgw-log >> text=You approved the storyboard").wait_for(timeout=30_000)
    elapsed = panel.locator(".hgw-elapsed")
    elapsed.locator("text=elapsed").wait_for(timeout=30_000)
    before = elapsed.inner_text()
    page.wait_for_function(  # the ticker moves it every 5 s, between polls
        "(before) => { const e = document.querySelector('.hgw-panel .hgw-elapsed');"
        " return e && e.innerText.includes('elapsed') && e.innerText !== before; }",
        arg=before,
        timeout=15_000,
    )
    shot(page, ui, "rendering")
    video = panel.locator("video.hgw-player")
    video.wait_for(timeout=120_000)
    try:  # the scroll runs when the result's style loads, a moment after the player is attached
        page.wait_for_function(
            "() => { const v = document.querySelector('.hgw-panel video.hgw-player');"
            " if (!v) return false; const r = v.getBoundingClientRect();"
            " return r.top >= 0 && r.top < window.innerHeight; }",
            timeout=10_000,
        )
    except PlaywrightTimeout:
        raise AssertionError("the finished video is not where the user looks") from None
    assert panel.locator("a.hgw-download[download]").count() == 1
    shot(page, ui, "ready")


@pytest.mark.parametrize("ui", ["lab", "notebook", "voila"])
def test_review_a_scene_approve_and_get_the_video(ui: str, open_nb: Any, voila: Server, browser: Any) -> None:
    with opened(ui, open_nb, voila, browser) as page:
        review_a_scene(page, ui)
        approve_and_watch(page, ui)
        page.evaluate("() => { document.querySelector('.hgw-panel').style.width = '400px'; }")
        page.wait_for_timeout(100)  # one layout pass
        assert page.locator(".hgw-panel").first.evaluate(OVERFLOWS) == []
        shot(page, ui, "400")
