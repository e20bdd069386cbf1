"""Save ``docs/panel.png`` and ``docs/start-form.png``: the panel mid-review and the start form.

Both in JupyterLab, on the local simulator: the panel with a scene picked and feedback about it
typed; the start form filled in, with an avatar and a voice chosen.

Run it with ``.venv/bin/python scripts/screenshot_panel.py`` (Debian's chromium must be installed).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.lab_browser import jupyter, launch_chromium, open_notebook, run_all, write_notebook

PROMPT = (
    "Create a 60-second onboarding video for new engineers. "
    "Cover team culture, dev tools, and the first-week checklist."
)
CELLS = [
    "from heygen_widgets.widgets import SessionPanel, connection, session_panel\n\nheygen = connection()",
    f"panel = session_panel({PROMPT!r})\npanel",
    "form = SessionPanel.new()\nform",
]
FORM_PROMPT = "A two-minute welcome for new engineers: who we are, how we ship, and where to ask for help."


def main(target: Path) -> None:
    """Run the panel in JupyterLab until the storyboard is under review, then photograph it."""
    with tempfile.TemporaryDirectory(prefix="hgw-shot-") as tmp:
        root, scratch = Path(tmp) / "nb", Path(tmp) / "scratch"
        root.mkdir()
        write_notebook(root / "panel.ipynb", CELLS)
        with jupyter(root, scratch, env={"HEYGEN_API_KEY": ""}) as server, sync_playwright() as pw:
            context = launch_chromium(pw, scratch / "profile")
            page = context.new_page()
            page.set_viewport_size({"width": 1500, "height": 2400})  # tall: JupyterLab crops what it scrolls
            open_notebook(page, server, "panel.ipynb")
            run_all(page)
            page.wait_for_selector(".hgw-status:has-text('reviewing')", timeout=60_000)
            loaded = "[...document.querySelectorAll('.hgw-card img')].filter(i => i.naturalWidth > 0).length"
            page.wait_for_function(f"() => {loaded} >= 5")
            page.locator(".hgw-scene").nth(2).locator(".hgw-pick input").check()
            page.fill(".hgw-feedback textarea", "Show the editor and the CI dashboard.")
            page.wait_for_selector(".hgw-about:has-text('Scene 3')")
            page.locator(".hgw-panel").first.screenshot(path=str(target / "panel.png"))
            form = page.locator(".hgw-start-form").first
            form.scroll_into_view_if_needed()
            form.locator("textarea.hgw-prompt, .hgw-prompt textarea").first.fill(FORM_PROMPT)
            page.wait_for_function(
                "() => [...document.querySelectorAll('.hgw-start-form img')].every(i => i.naturalWidth > 0)"
            )
            form.locator(".hgw-choice:has-text('Daniel') .hgw-choose").click()
            form.locator(".hgw-choice:has-text('Crisp') .hgw-choose").click()
            page.wait_for_selector(".hgw-start-form .hgw-choice.hgw-chosen:has-text('Crisp')")
            form.screenshot(path=str(target / "start-form.png"))
            context.close()
    print(f"saved {target / 'panel.png'} and {target / 'start-form.png'}")


if __name__ == "__main__":
    main(Path(__file__).resolve().parent.parent / "docs")
