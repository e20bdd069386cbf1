"""The panel in real JupyterLab in Debian's Chromium, driven as a person would."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scripts.lab_browser import Server
from tests.browser.conftest import SECRET_KEY, simulator_fault, voila_page

PANEL = [
    "from heygen_widgets.widgets import SessionPanel, connection, session_panel\n\nheygen = connection()",
]


def panel_cells(prompt: str, family: str = "chat") -> list[str]:
    return [*PANEL, f"panel = session_panel({prompt!r}, family={family!r})\npanel"]


def test_quickstart_waits_for_the_user_who_then_approves(
    open_nb: Any, simulator: str, request: pytest.FixtureRequest
) -> None:
    nb = open_nb("quickstart.ipynb")
    nb.run_all()
    live = nb.page.locator(".hgw-panel .hgw-status").first
    live.wait_for(timeout=60_000)
    first = live.inner_text()
    # The status moves on by itself: the poller thread's updates reach the page while the kernel
    # is busy in the cells below.
    nb.page.wait_for_function(
        f"() => document.querySelector('.hgw-panel .hgw-status').innerText !== {first!r}"
    )
    nb.status("reviewing", timeout=120_000)
    nb.thumbnails_loaded(5)
    assert "Your turn" in nb.page.locator(".hgw-panel .hgw-turn").first.inner_text()
    # Run All sent nothing on the user's behalf: the only POST is the session's create.
    posts = [
        r["path"]
        for r in httpx.get(f"{simulator}/_fake/requests", timeout=5).json()["requests"]
        if r["method"] == "POST" and r["path"].startswith("/v3/video-agents")
    ]
    session_id = nb.page.locator(".hgw-panel .hgw-id code").first.inner_text()
    assert not [p for p in posts if session_id in p], posts
    nb.page.click(".hgw-panel .hgw-approve")
    nb.status("completed", timeout=120_000)
    nb.video_plays()
    nb.shot(request)


@pytest.mark.parametrize("family", ["chat", "sessions"])
def test_review_revise_approve_through_the_panel(
    open_nb: Any, family: str, request: pytest.FixtureRequest
) -> None:
    nb = open_nb(
        f"loop-{family}.ipynb", panel_cells("A team intro. Cover culture, tools, and hiring.", family)
    )
    nb.run_all()
    nb.status("processing" if family == "sessions" else "thinking")
    nb.status("reviewing")
    nb.thumbnails_loaded(5)
    page = nb.page
    page.fill(".hgw-feedback textarea", "Add a scene about code review before the hiring scene.")
    page.click(".hgw-send")
    log = page.locator(".hgw-panel .hgw-log").first
    log.locator("text=I added scene 4").wait_for(timeout=30_000)
    assert "Add a scene about code review" in log.inner_text()
    nb.thumbnails_loaded(6)
    assert "4. Code review" in page.locator(".hgw-storyboard").first.inner_text()
    page.wait_for_selector(".hgw-approve:not([disabled])")
    page.click(".hgw-approve")
    nb.status("generating")
    before = page.locator(".hgw-progress .progress-bar").first.evaluate("e => parseFloat(e.style.width)")
    page.wait_for_function(
        f"() => parseFloat(document.querySelector('.hgw-progress .progress-bar').style.width) > {before}"
    )
    nb.status("completed", timeout=90_000)
    nb.video_plays()
    nb.shot(request)


def test_stop_halts_a_session_and_the_controls_follow(open_nb: Any) -> None:
    nb = open_nb("stop.ipynb", panel_cells("A long one. Cover a, b, c, and d."))
    nb.run_all()
    nb.status("thinking")
    nb.page.wait_for_selector(".hgw-stop:not([disabled])").click()
    nb.status("reviewing")
    assert nb.page.locator(".hgw-stop").first.is_disabled()
    nb.page.locator(".hgw-log >> text=Stopped at your request").wait_for()


def test_errors_show_a_notice_and_the_panel_recovers(open_nb: Any, simulator: str) -> None:
    nb = open_nb("errors.ipynb", panel_cells("Errors, please. Cover x and y."))
    nb.run_all()
    nb.status("reviewing")
    # Refresh and the poller read once per try, backing off between polls: a few faults in a row.
    simulator_fault(simulator, kind="error", operation="getVideoAgentSession", status=500, times=3)
    simulator_fault(simulator, kind="rate_limit", operation="getVideoAgentSession", retry_after=1, times=2)
    nb.page.click(".hgw-refresh")
    nb.page.locator(".hgw-notice-text").first.wait_for(timeout=30_000)
    assert "Could not" in nb.page.locator(".hgw-notice").first.inner_text()
    nb.page.wait_for_function("() => !document.querySelector('.hgw-notice-text')", timeout=60_000)
    simulator_fault(simulator, kind="error", operation="sendVideoAgentMessage", status=503)
    nb.page.fill(".hgw-feedback textarea", "make it shorter")
    nb.page.click(".hgw-send")
    nb.page.locator(".hgw-send-error >> text=not in the session log yet").wait_for()  # a 503 is uncertain
    assert nb.page.input_value(".hgw-feedback textarea") == "make it shorter"


def test_api_text_is_text_the_key_stays_out_and_nothing_leaves_loopback(open_nb: Any, simulator: str) -> None:
    hostile = '<img src=x onerror="window.__pwned=1"> intro. Cover <b>bold</b> claims'
    nb = open_nb("safety.ipynb", panel_cells(hostile))
    # A key in the kernel's environment (the simulator stands in for HeyGen), never in a cell.
    nb.execute(f"import os; os.environ.update(HEYGEN_API_KEY={SECRET_KEY!r}, HEYGEN_BASE_URL={simulator!r})")
    nb.run_all()
    nb.status("reviewing")
    assert nb.page.evaluate("() => window.__pwned") is None
    assert "<img src=x" in nb.page.locator(".hgw-title").first.inner_text()  # shown as text
    nb.page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    saved = nb.lab.root / "safety.ipynb"
    nb.page.wait_for_function("() => !window.jupyterapp.shell.currentWidget.context.model.dirty")
    text = saved.read_text(encoding="utf-8")
    assert "application/vnd.jupyter.widget-view+json" in text and SECRET_KEY not in text
    assert nb.outside == []


def test_attach_after_a_kernel_restart_shows_the_current_state(open_nb: Any) -> None:
    # The default setup: no key and no simulator URL anywhere; the kernel finds the per-user simulator.
    nb = open_nb("attach.ipynb", [*panel_cells("Keep me. Cover one and two."), "# reattach here"])
    nb.run_cell(0)
    nb.page.locator("text=Using the local HeyGen simulator").first.wait_for(timeout=30_000)
    nb.run_cell(1)
    nb.status("reviewing")
    session_id = nb.page.locator(".hgw-id code").first.inner_text()
    nb.page.evaluate(
        "async () => { await window.jupyterapp.shell.currentWidget.sessionContext.restartKernel(); }"
    )
    nb.page.wait_for_function(
        "() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.status === 'idle'"
    )
    nb.run_cell(0)
    nb.run_cell(2, f"SessionPanel.attach({session_id!r})")
    attached = nb.page.locator(".hgw-panel").last
    attached.locator(".hgw-status:has-text('reviewing')").wait_for(timeout=30_000)
    assert attached.locator(".hgw-id code").inner_text() == session_id
    assert attached.locator(".hgw-card").count() == 4
    assert "drafted a storyboard" in attached.locator(".hgw-log").inner_text()


# Run in the kernel: the moment the browser has been sent every widget's state, and is still
# building the models, the panel changes. That moment is the only patch in this test: a real
# session cannot be made to change at it reliably, and it is where ipywidgets drops an update.
# The change goes to the feedback box's message line, which the poller never rewrites.
CHANGE_WHILE_LOADING = """\
import ipywidgets

panel.session.wait("review", timeout=120)
_answer = ipywidgets.Widget._handle_control_comm_msg


def _answer_then_change(msg):
    _answer(msg)
    if msg["content"]["data"].get("method") == "request_states":
        panel.feedback.error.value = "<span>Changed while the page loaded</span>"


ipywidgets.Widget._handle_control_comm_msg = _answer_then_change
"""


def test_a_reloaded_tab_shows_a_change_made_while_it_rebuilt_the_widgets(open_nb: Any) -> None:
    nb = open_nb("reload.ipynb", [*panel_cells("Reload me. Cover one and two."), CHANGE_WHILE_LOADING])
    nb.run_all()
    nb.status("reviewing")
    nb.page.wait_for_function(
        """() => { const w = window.jupyterapp.shell.currentWidget;
                   return w.sessionContext.session.kernel.status === 'idle'
                       && w.content.widgets[2].model.executionCount !== null; }"""
    )
    nb.page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    nb.page.wait_for_function("() => !window.jupyterapp.shell.currentWidget.context.model.dirty")
    nb.page.reload()  # the same kernel; the widgets are rebuilt from its state
    nb.status("reviewing")
    nb.page.locator(".hgw-send-error:has-text('Changed while the page loaded')").wait_for(timeout=30_000)


def test_voila_renders_the_panel_as_an_app(voila: Server, browser: Any) -> None:
    cells = panel_cells("A Voila app. Cover speed and ease.")
    with voila_page(voila, browser, "app.ipynb", cells) as page:
        page.locator(".hgw-status:has-text('reviewing')").wait_for(timeout=90_000)
        page.fill(".hgw-feedback textarea", "remove scene 2")
        page.click(".hgw-send")
        page.locator(".hgw-log >> text=I removed scene 2").wait_for(timeout=30_000)
        assert page.locator(".hgw-card").count() == 3


def test_voila_shows_a_change_made_while_the_page_built_its_widgets(voila: Server, browser: Any) -> None:
    cells = [*panel_cells("A late change. Cover timing and order."), CHANGE_WHILE_LOADING]
    with voila_page(voila, browser, "late.ipynb", cells) as page:
        page.locator(".hgw-status:has-text('reviewing')").wait_for(timeout=60_000)
        page.locator(".hgw-send-error:has-text('Changed while the page loaded')").wait_for(timeout=30_000)
