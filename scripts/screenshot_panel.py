"""Save ``docs/panel.png``: the session panel mid-review in JupyterLab, on the local simulator.

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
    "from heygen_widgets.widgets import connection, session_panel\n\nheygen = connection()",
    f"panel = session_panel({PROMPT!r})\npanel",
]


def main(target: Path) -> None:
    """Run the panel in JupyterLab until the storyboard is under review, then photograph it."""
    with tempfile.TemporaryDirectory(prefix="hgw-shot-") as tmp:
        root, scratch = Path(tmp) / "nb", Path(tmp) / "scratch"
        root.mkdir()
        write_notebook(root / "panel.ipynb", CELLS)
        with jupyter(root, scratch, env={"HEYGEN_API_KEY": ""}) as server, sync_playwright() as pw:
            context = launch_chromium(pw, scratch / "profile")
            page = context.new_page()
            open_notebook(page, server, "panel.ipynb")
            run_all(page)
            page.wait_for_selector(".hgw-status:has-text('reviewing')", timeout=60_000)
            loaded = "[...document.querySelectorAll('.hgw-card img')].filter(i => i.naturalWidth > 0).length"
            page.wait_for_function(f"() => {loaded} >= 5")
            page.fill(".hgw-feedback textarea", "Add a scene about code review before the checklist.")
            page.locator(".hgw-panel").screenshot(path=str(target))
            context.close()
    print(f"saved {target}")


if __name__ == "__main__":
    main(Path(__file__).resolve().parent.parent / "docs" / "panel.png")
