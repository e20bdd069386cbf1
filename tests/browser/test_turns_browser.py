"""Whose turn, render progress, the video where the user looks, and narrow cells, in real JupyterLab.

The notebook runs its own simulator in the kernel (timed, with a render of about 48 s), so the
render lasts long enough for the ticker to move the elapsed time several times.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import ARTIFACTS

SHOTS = ARTIFACTS / "shots"  # kept with the suite's other screenshots
CELLS = [
    "from heygen_widgets.fake import FakeHeyGen\n"
    "from heygen_widgets.session import Connection, Transport\n"
    "from heygen_widgets.widgets import session_panel\n"
    "fake = FakeHeyGen(timed=True, speed=2.0, render_seconds=96).start()\n"
    "conn = Connection(Transport(fake.url, 'sk-browser-turns'))",
    "prompt = 'An office tour. Cover the desks, the kitchen, and the garden.'\n"
    "panel = session_panel(prompt, connection=conn)\n"
    "panel",
]

# Every visible element of the panel: does it stick out of the panel, or is its content cut off?
OVERFLOWS = """(panel) => {
  const box = panel.getBoundingClientRect();
  const bad = [];
  for (const el of panel.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || el.closest('style, script')) continue;
    const name = el.tagName.toLowerCase() + '.' + [...el.classList].join('.');
    if (r.left < box.left - 1 || r.right > box.right + 1) bad.push(`${name} sticks out: ${r.right}`);
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible'
        && el.clientWidth > 0) bad.push(`${name} clips: ${el.scrollWidth} > ${el.clientWidth}`);
  }
  return bad;
}"""


def shot(page: Any, name: str, selector: str = ".hgw-panel") -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(selector).first.screenshot(path=str(SHOTS / f"turns-{name}.png"))


def set_width(page: Any, width: str) -> None:
    page.evaluate("(w) => { document.querySelector('.hgw-panel').style.width = w; }", width)
    page.wait_for_timeout(100)  # one layout pass


def check_layout(page: Any, state: str) -> None:
    """Wide: side by side; 700 px: the storyboard under a readable log; 400 px: nothing clips."""
    for width in ("1000px", "700px"):
        set_width(page, width)
        log = page.locator(".hgw-log").first.bounding_box()
        board = page.locator(".hgw-storyboard").first.bounding_box()
        if width == "1000px":
            assert board["x"] >= log["x"] + log["width"] - 1  # wide: side by side
        else:
            assert board["y"] >= log["y"] + log["height"] - 1  # narrow: the storyboard under the log
            assert log["height"] >= 150  # and the log keeps a readable height
        shot(page, f"{width[:-2]}-{state}")
    set_width(page, "400px")
    assert page.locator(".hgw-panel").first.evaluate(OVERFLOWS) == []
    for button in ("hgw-send", "hgw-approve", "hgw-stop", "hgw-refresh"):
        found = page.locator(f".hgw-panel .{button}").first
        assert found.evaluate("b => b.scrollWidth <= b.clientWidth + 1"), f"{button} text is cut off"
    shot(page, f"400-{state}")
    set_width(page, "")


def watch_progress(page: Any) -> None:
    """The elapsed time and the figure move while HeyGen renders, between polls."""
    elapsed = page.locator(".hgw-panel .hgw-elapsed").first
    elapsed.locator("text=elapsed").wait_for(timeout=15_000)
    seen = [elapsed.inner_text()]
    for _ in range(2):  # the ticker moves it every 5 s, with no request of its own
        page.wait_for_function(
            "(before) => { const e = document.querySelector('.hgw-panel .hgw-elapsed');"
            " return e && e.innerText !== before && e.innerText.includes('elapsed'); }",
            arg=seen[-1],
            timeout=15_000,
        )
        seen.append(elapsed.inner_text())
    assert len(set(seen)) == 3 and all("%" in s for s in seen), seen
    assert "Rendering your video" in page.locator(".hgw-panel .hgw-turn").first.inner_text()


def check_video(page: Any) -> None:
    """The finished video is in view, right under the header, with a download link."""
    video = page.locator(".hgw-panel video.hgw-player").first
    video.wait_for(timeout=30_000)
    in_view = video.evaluate(
        "v => { const r = v.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }"
    )
    assert in_view, "the finished video is not where the user looks"
    header = page.locator(".hgw-panel .hgw-header").first.bounding_box()
    assert video.bounding_box()["y"] < header["y"] + header["height"] + 120  # right under the header
    assert page.locator(".hgw-panel a.hgw-download[download]").count() == 1
    assert "Your video is ready" in page.locator(".hgw-panel .hgw-turn").first.inner_text()


def test_turns_progress_video_and_narrow_cells(open_nb: Any, request: pytest.FixtureRequest) -> None:
    nb = open_nb("turns.ipynb", CELLS)
    nb.run_all()
    page = nb.page
    nb.status("reviewing", timeout=90_000)
    nb.thumbnails_loaded(5)
    turn = page.locator(".hgw-panel .hgw-turn").first
    assert "Your turn: review the storyboard, then send feedback or approve" in turn.inner_text()
    check_layout(page, "review")

    page.click(".hgw-approve")
    nb.status("generating", timeout=30_000)
    watch_progress(page)
    shot(page, "rendering")
    set_width(page, "400px")
    assert page.locator(".hgw-panel").first.evaluate(OVERFLOWS) == []
    shot(page, "400-rendering")
    set_width(page, "")

    nb.status("completed", timeout=120_000)
    check_video(page)
    shot(page, "ready")
    check_layout(page, "ready")
    nb.shot(request)
