"""The start form in real JupyterLab: pick from cards, play a voice preview, fit 400 px, start once."""

from __future__ import annotations

import json
from typing import Any

import httpx

from tests.browser.conftest import ARTIFACTS

FORM = ".hgw-start-form"
PROMPT = (
    "A two-minute welcome for new engineers: who we are, how we ship, and where to ask for help. "
    "Friendly, upbeat, one scene per topic."
)
CELLS = ["from heygen_widgets.widgets import SessionPanel\n\nform = SessionPanel.new()\nform"]

# Every element of the form that sticks out of it, and every one whose content is cut off
# (wider than its box while it hides the overflow): the measured defects were clipped names.
MEASURE = """() => {
  const form = document.querySelector('.hgw-start-form');
  const edge = form.getBoundingClientRect();
  const found = [];
  for (const el of form.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const name = `${el.tagName}.${String(el.className).split(' ').slice(-1)[0]}`;
    if (box.left < edge.left - 1 || box.right > edge.right + 1) found.push(`${name} sticks out`);
    const hides = getComputedStyle(el).overflowX !== 'visible';
    if (hides && el.tagName !== 'TEXTAREA' && el.scrollWidth > el.clientWidth + 1) {
      found.push(`${name} cut: ${(el.innerText || '').slice(0, 30)}`);
    }
  }
  return {width: edge.width, scroll: form.scrollWidth - form.clientWidth, found};
}"""


def card(page: Any, picker: str, name: str) -> Any:
    return page.locator(f"{FORM} .hgw-picker-{picker} .hgw-choice:has-text('{name}')").first


def all_images_loaded(page: Any) -> None:
    page.wait_for_function(
        f"() => [...document.querySelectorAll('{FORM} img')].length > 0 && "
        f"[...document.querySelectorAll('{FORM} img')].every(i => i.complete && i.naturalWidth > 0)"
    )


def fits(page: Any, width: int) -> dict[str, Any]:
    page.set_viewport_size({"width": width, "height": 3200})  # tall: the whole form in one shot
    page.wait_for_function(f"() => document.querySelector('{FORM}').getBoundingClientRect().width < {width}")
    measured: dict[str, Any] = page.evaluate(MEASURE)
    return measured


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(FORM).first.screenshot(path=str(ARTIFACTS / name))


def test_pick_preview_fit_and_start(open_nb: Any, simulator: str) -> None:
    nb = open_nb("start-form.ipynb", CELLS)
    page = nb.page
    page.evaluate(
        "() => { window.jupyterapp.shell.collapseLeft(); window.jupyterapp.shell.collapseRight(); }"
    )
    page.set_viewport_size({"width": 1000, "height": 3200})
    nb.run_all()
    card(page, "brand", "Acme Robotics").wait_for(timeout=60_000)
    all_images_loaded(page)
    heights = page.evaluate(f"() => [...document.querySelectorAll('{FORM} img')].map(i => i.height)")
    assert heights and max(heights) <= 96  # small previews: the measured 256 px ones pushed Start down

    card(page, "picture", "Daniel (studio)").locator(".hgw-choose").click()
    card(page, "voice", "Crisp").locator(".hgw-choose").click()
    page.locator(f"{FORM} .hgw-start-summary:has-text('Voice: Crisp')").wait_for()
    assert "Avatar: Daniel (studio)" in page.inner_text(f"{FORM} .hgw-start-summary")
    assert page.locator(f"{FORM} .hgw-choice.hgw-chosen").count() == 4  # one per picker

    audio = card(page, "voice", "Crisp").locator("audio")
    assert audio.get_attribute("preload") == "none"
    wav = "/files/voices/voice_crisp_en.wav"
    with page.expect_response(lambda r: wav in r.url and r.status in (200, 206)) as answer:
        audio.evaluate("a => { a.muted = true; return a.play(); }")
    assert answer.value.header_value("content-type") == "audio/wav"
    page.wait_for_function(
        f"() => [...document.querySelectorAll('{FORM} audio')].some(a => a.src.endsWith('{wav}')"
        " && a.readyState >= 2 && a.duration > 0)"
    )

    start = page.locator(f"{FORM} .hgw-start")
    assert start.is_disabled() and "prompt is empty" in str(start.get_attribute("title"))
    page.fill(f"{FORM} .hgw-prompt textarea", PROMPT)
    page.wait_for_selector(f"{FORM} .hgw-start:not([disabled])")

    wide = fits(page, 1000)
    assert wide["found"] == [] and wide["scroll"] <= 0, wide
    shot(page, "start-form-1000.png")
    narrow = fits(page, 400)
    assert narrow["found"] == [] and narrow["scroll"] <= 0, narrow
    shot(page, "start-form-400.png")
    page.set_viewport_size({"width": 1000, "height": 1600})
    nb.execute("open('chosen.json', 'w').write(__import__('json').dumps(form.options()))")
    chosen = json.loads((nb.lab.root / "chosen.json").read_text(encoding="utf-8"))
    assert chosen["avatar_id"] == "look_daniel_studio" and chosen["voice_id"] == "voice_crisp_en"

    before = sessions(simulator)
    start.dblclick()
    page.locator(".hgw-panel .hgw-status").first.wait_for(timeout=30_000)
    assert page.locator(FORM).count() == 0  # the form became the panel: one frame, not two
    assert page.locator(".hgw-panel").count() == 1
    # The kernel takes comm messages in order, so after this both clicks have reached it; the
    # workers then get a turn each, so a second create, had one started, would be over.
    nb.execute(
        "from heygen_widgets.widgets.runtime import default_runner as _runner\n"
        "[f.result() for f in [_runner().submit(lambda: None) for _ in range(2)]]"
    )
    assert sessions(simulator) == before + 1  # a double click starts one session


def sessions(simulator: str) -> int:
    """How many sessions the simulator holds (its request log keeps only the newest entries)."""
    count, token = 0, ""
    while True:
        params = {"limit": "100", **({"token": token} if token else {})}
        page = httpx.get(f"{simulator}/v3/video-agents", params=params, headers={"x-api-key": "k"}, timeout=5)
        answer = page.raise_for_status().json()
        count += len(answer["data"])
        token = answer.get("next_token") or ""
        if not answer.get("has_more") or not token:
            return count
