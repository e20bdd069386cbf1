"""Saved notebooks in JupyterLab before anything runs, the saved view while the panel is live, and
the quickstart as a Voila app that waits for the user."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from heygen_widgets.widgets import SessionPanel
from scripts.lab_browser import Server
from tests.browser.conftest import ARTIFACTS, WATCHED

SHOTS = ARTIFACTS / "shots"  # kept with the suite's other screenshots
NOTEBOOKS = ["quickstart.ipynb", "gallery.ipynb", "scripting.ipynb"]
ACTING = re.compile(r"^/v3/video-agents/(sessions/)?[^/]+(/messages|/stop)?$")  # a send or a stop

BROKEN = """() => [...document.querySelectorAll('.jp-OutputArea img, .jp-OutputArea video')]
    .filter(e => e.tagName === 'VIDEO' || !(e.complete && e.naturalWidth > 0)).map(e => e.outerHTML)"""


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"static-{name}.png"), full_page=True)


def outputs_text(page: Any) -> str:
    return str(
        page.evaluate(
            "() => [...document.querySelectorAll('.jp-OutputArea')].map(o => o.innerText).join('\\n')"
        )
    )


def trust_all(page: Any) -> None:
    """Mark every output trusted, as it is for the person who ran and saved the notebook."""
    page.evaluate(
        """() => { const cells = window.jupyterapp.shell.currentWidget.content.model.cells;
                   for (let i = 0; i < cells.length; i++) { cells.get(i).trusted = true; } }"""
    )


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_a_committed_notebook_reads_well_before_it_runs(open_nb: Any, name: str) -> None:
    nb = open_nb(name)
    page = nb.page
    page.wait_for_selector(".jp-OutputArea-output")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-OutputArea img')].every(i => i.complete)"
    )
    assert page.evaluate(BROKEN) == []
    shown = outputs_text(page)
    assert "Using the local HeyGen simulator" in shown
    if name == "quickstart.ipynb":
        # A clone of the repository is untrusted: JupyterLab shows the saved HTML, sanitized.
        saved = page.locator(".hgw-saved")
        assert saved.is_visible()
        text = saved.inner_text()
        assert "Onboarding video for new engineers" in text
        assert "Your turn: review the storyboard, then send feedback or approve." in text
        assert "3. Dev tools" in text and "Dev tools: what it means for onboarding video" in text
        assert "I've drafted a storyboard with 5 scenes" in text
        shot(page, "quickstart-untrusted")
        # Trusted (the author's own notebook): the widget output says it has no model, and the
        # saved view, an output of its own, still reads.
        trust_all(page)
        page.locator(".jp-OutputArea-output:has-text('model not found')").first.wait_for(timeout=15_000)
        assert saved.is_visible() and "Your turn" in saved.inner_text()
        assert page.evaluate(BROKEN) == []
        shot(page, "quickstart-trusted")
    else:
        shot(page, name.removesuffix(".ipynb"))


@pytest.mark.skipif(
    not hasattr(SessionPanel, "_ipython_display_"), reason="the panel shows its saved view as its own output"
)
def test_the_saved_view_follows_the_session_without_rebuilding_the_live_panel(open_nb: Any) -> None:
    nb = open_nb(
        "follow.ipynb",
        [
            "from heygen_widgets.widgets import connection, session_panel\n\nheygen = connection()",
            "panel = session_panel('Follow me. Cover one, two and three.')\npanel",
        ],
    )
    page = nb.page
    nb.run_all()
    box = page.locator(".hgw-panel .hgw-feedback textarea")
    box.wait_for(timeout=60_000)
    assert not page.locator(".hgw-saved").is_visible()  # the live panel hides its saved copy
    box.fill("make scene 2 shorter")  # typed while the agent still drafts
    box.evaluate("e => { e.dataset.mark = 'kept'; e.focus(); }")
    nb.status("reviewing")
    # The saved output changed, the live view was left alone: same element, text and focus.
    page.wait_for_function(
        """() => window.jupyterapp.shell.currentWidget.content.model.cells.get(1).outputs.toJSON()
                 .some(o => String((o.data || {})['text/html'] || '').includes('Your turn'))""",
        timeout=30_000,
    )
    assert box.evaluate("e => [e.dataset.mark, e.value, document.activeElement === e]") == [
        "kept",
        "make scene 2 shorter",
        True,
    ]
    assert not page.locator(".hgw-saved").is_visible()
    shot(page, "live-panel")


def message_posts(simulator: str, since: int) -> list[str]:
    entries = httpx.get(f"{simulator}/_fake/requests", timeout=5).json()["requests"][since:]
    return [e["path"] for e in entries if e["method"] == "POST" and ACTING.match(e["path"])]


def test_voila_shows_the_quickstart_waiting_for_the_user(voila: Server, browser: Any, simulator: str) -> None:
    since = len(httpx.get(f"{simulator}/_fake/requests", timeout=5).json()["requests"])
    page = browser.new_page()
    WATCHED.append((page, voila))
    try:
        page.goto(f"{voila.url}/voila/render/quickstart.ipynb")
        page.locator(".hgw-status:has-text('reviewing')").wait_for(timeout=120_000)
        page.locator(".hgw-card").nth(4).wait_for(timeout=30_000)
        page.wait_for_selector(".hgw-approve:not([disabled])")
        assert page.locator(".hgw-card").count() == 5  # the first draft, unrevised
        assert not page.locator(".hgw-saved").is_visible()
        assert "Welcome" in page.inner_text("body")
        # Voila shows the page once every cell has run: a cell that acted for the user has done so.
        assert message_posts(simulator, since) == []
        shot(page, "voila-quickstart")
    finally:
        page.close()
