"""Ctrl+Enter and Cmd+Enter send feedback, in JupyterLab, Notebook 7 and Voila, as a person types it."""

from __future__ import annotations

import importlib.util
from typing import Any

import httpx
import pytest

from scripts.lab_browser import Server, write_notebook
from tests.browser.conftest import ARTIFACTS, WATCHED, voila_page

SHOTS = ARTIFACTS / "shots"  # kept with the suite's other screenshots
FEEDBACK = "Add a scene about code review before the hiring scene."
KERNEL_IDLE = """async (name) => {
    const sessions = await (await fetch('/api/sessions')).json();
    return sessions.some(s => s.path.endsWith(name) && s.kernel && s.kernel.execution_state === 'idle');
}"""


def panel_cells(prompt: str) -> list[str]:
    return [
        "from heygen_widgets.widgets import SessionPanel, connection, session_panel\n\nheygen = connection()",
        f"panel = session_panel({prompt!r})\npanel",
    ]


def shoot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"box-{name}.png"), full_page=True)


def send_by_keyboard(page: Any, words: str, keys: str = "Control+Enter") -> None:
    """Type into the box and press the shortcut; the message then shows in the log."""
    box = page.locator(".hgw-panel .hgw-feedback textarea").first
    page.wait_for_selector(".hgw-panel .hgw-send:not([disabled])", timeout=60_000)
    box.fill(words)
    box.press(keys)
    page.locator(".hgw-panel .hgw-log").first.locator(f"text={words}").first.wait_for(timeout=30_000)
    page.wait_for_function(
        "() => document.querySelector('.hgw-panel .hgw-feedback textarea').value === ''", timeout=30_000
    )


def test_ctrl_and_cmd_enter_send_in_jupyterlab(open_nb: Any) -> None:
    nb = open_nb("keys-lab.ipynb", panel_cells("A team intro. Cover culture, tools, and hiring."))
    nb.run_all()
    nb.status("reviewing", timeout=90_000)
    page = nb.page
    prompts = page.locator(".jp-InputArea-prompt").all_inner_texts()
    send_by_keyboard(page, FEEDBACK)
    # JupyterLab's own Ctrl+Enter (run the cell) did not happen: same prompts, one panel.
    assert page.locator(".jp-InputArea-prompt").all_inner_texts() == prompts
    assert page.locator(".hgw-panel").count() == 1
    page.locator(".hgw-log >> text=I added scene 4").wait_for(timeout=30_000)
    send_by_keyboard(page, "Remove scene 2.", "Meta+Enter")
    page.locator(".hgw-log >> text=I removed scene 2").wait_for(timeout=30_000)
    # Over HeyGen's limit: the counter is red, Send is off and says why, the shortcut sends nothing.
    box = page.locator(".hgw-panel .hgw-feedback textarea").first
    box.fill("x" * 10_050)
    page.locator(".hgw-count.hgw-over:has-text('10,050 / 10,000')").wait_for(timeout=10_000)
    send = page.locator(".hgw-panel .hgw-send").first
    page.wait_for_selector(".hgw-panel .hgw-send[disabled]", timeout=10_000)
    assert "shorten it by 50" in (send.get_attribute("title") or "")
    shoot(page, "lab-over-limit")
    box.press("Control+Enter")
    # The kernel takes the shortcut's mark off again, keeps the text, and says why nothing was sent.
    page.wait_for_function(
        "() => document.querySelector('.hgw-panel .hgw-feedback textarea').value === 'x'.repeat(10050)",
        timeout=10_000,
    )
    page.locator(".hgw-panel .hgw-send-error:has-text('shorten it by 50')").wait_for(timeout=10_000)
    box.fill("")
    page.wait_for_selector(".hgw-panel .hgw-count", state="detached", timeout=10_000)  # a round trip later
    assert "x" * 100 not in page.locator(".hgw-panel .hgw-log").first.inner_text()  # and not sent
    shoot(page, "lab")


@pytest.mark.skipif(importlib.util.find_spec("notebook") is None, reason="Notebook 7 is not installed")
def test_ctrl_enter_sends_in_notebook_7(lab: Server, browser: Any, simulator: str) -> None:
    name = "keys-nb7.ipynb"
    write_notebook(lab.root / name, panel_cells("A notebook tour. Cover cells and kernels."))
    page = browser.new_page()
    WATCHED.append((page, lab))
    try:
        page.goto(f"{lab.url}/notebooks/{name}")
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        page.wait_for_function(KERNEL_IDLE, arg=name, polling=500, timeout=60_000)  # else Run All is lost
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.click("li[data-command='runmenu:run-all']")
        page.locator(".hgw-status:has-text('reviewing')").wait_for(timeout=90_000)
        send_by_keyboard(page, FEEDBACK)
        assert page.locator(".hgw-panel").count() == 1
        page.locator(".hgw-log >> text=I added scene 4").wait_for(timeout=30_000)
        shoot(page, "nb7")
    finally:
        _shut_down_kernels(lab, name)
        page.close()


def _shut_down_kernels(lab: Server, name: str) -> None:
    for session in httpx.get(f"{lab.url}/api/sessions", timeout=10).json():
        if session.get("path", "").endswith(name):
            httpx.delete(f"{lab.url}/api/sessions/{session['id']}", timeout=10)


def test_ctrl_enter_answers_the_agents_question_in_voila(voila: Server, browser: Any) -> None:
    cells = panel_cells("A Voila app #ask. Cover speed and ease.")
    with voila_page(voila, browser, "keys-voila.ipynb", cells) as page:
        page.locator(".hgw-asks:has-text('The agent asks:')").wait_for(timeout=90_000)
        assert "Which voice" in page.locator(".hgw-question").first.inner_text()
        shoot(page, "voila-question")
        send_by_keyboard(page, "Warm, please.")
        page.locator(".hgw-status:has-text('reviewing')").wait_for(timeout=90_000)
        assert page.locator(".hgw-question").count() == 0  # answered: the question went
        shoot(page, "voila")
