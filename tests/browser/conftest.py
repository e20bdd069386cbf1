"""One simulator, one JupyterLab, one Chromium for the whole browser suite (TOOLING.md's recipes).

The kernels run on the default setup, as a new user's would: no API key, no simulator URL, so
each kernel finds the per-user simulator process. Its folder is a scratch one, where the suite
starts it first (in timed mode, for its URL's sake: faults and the request log) and stops it
after; a kernel restart keeps the sessions because they live in that process and its store.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import sync_playwright

from heygen_widgets.fake.home import ENV_HOME, Home, process_gone
from heygen_widgets.session.local import local_simulator, stop_local_simulator
from scripts.lab_browser import (
    Server,
    jupyter,
    launch_chromium,
    open_notebook,
    run_all,
    write_notebook,
)

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SECRET_KEY = "sk-browser-secret-4d1f9a"
SPEED = 3.0

if not Path("/usr/bin/chromium").exists():  # make test installs it; a bare pytest run may not have
    pytest.skip(
        "Debian's chromium is not installed: run `make test`, which installs it", allow_module_level=True
    )


# Pages the running test has open, each with the server behind it: a failing test's report
# gets what each page shows and how each server's log ends, so a failure in CI explains itself.
WATCHED: list[tuple[Any, Server]] = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if report.when != "call" or not report.failed:
        return
    for page, server in WATCHED:
        try:
            shown = page.evaluate("() => document.body.innerText")
        except Exception as exc:  # a closed or crashed page still gets a report
            shown = f"(could not read the page: {exc})"
        report.sections.append((f"what {page.url} shows", str(shown)[-4000:]))
        report.sections.append((f"how the server at {server.url} logged", server.log_tail()))
    simulator = item.funcargs.get("simulator") if isinstance(item, pytest.Function) else None
    if WATCHED and isinstance(simulator, str):
        report.sections.append(("the simulator's last requests", _last_requests(simulator)))


def _last_requests(simulator: str, count: int = 30) -> str:
    try:
        entries = httpx.get(f"{simulator}/_fake/requests", timeout=5).json()["requests"][-count:]
    except (httpx.HTTPError, ValueError, KeyError) as exc:
        return f"(could not read them: {exc})"
    return "\n".join(
        f"{e['method']} {e['path']} -> {e['status']}{' (' + e['fault'] + ')' if e.get('fault') else ''}"
        for e in entries
    )


@pytest.fixture(autouse=True)
def _forget_watched() -> Iterator[None]:
    yield
    WATCHED.clear()


@pytest.fixture(scope="session")
def simulator_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The per-user simulator's scratch folder for the whole suite."""
    return tmp_path_factory.mktemp("simulator-home")


@pytest.fixture(scope="session")
def simulator(simulator_folder: Path) -> Iterator[str]:
    """The per-user simulator of ``simulator_folder`` in timed mode; stopped, and gone, after."""
    sim = local_simulator(speed=SPEED, home=simulator_folder)
    try:
        yield sim.url
    finally:
        stop_local_simulator(simulator_folder)
        assert process_gone(sim.pid) and not Home(simulator_folder).served()


def default_setup(simulator_folder: Path) -> dict[str, str]:
    """A kernel's environment as a new user has it: no key, no URL (only the scratch folder)."""
    return {
        "HEYGEN_API_KEY": "",
        "HEYGEN_BASE_URL": "",
        "HEYGEN_OFFLINE": "",
        ENV_HOME: str(simulator_folder),
    }


@pytest.fixture(scope="session")
def lab(simulator: str, simulator_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """JupyterLab on a scratch copy of the notebooks, on the default setup (the per-user simulator)."""
    root = tmp_path_factory.mktemp("notebooks")
    for notebook in (ROOT / "notebooks").glob("*.ipynb"):
        (root / notebook.name).write_bytes(notebook.read_bytes())
    with jupyter(root, tmp_path_factory.mktemp("lab"), env=default_setup(simulator_folder)) as server:
        yield server


@pytest.fixture(scope="session")
def voila(lab: Server, simulator_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Voila on the same folder as JupyterLab, on the same default setup."""
    env = default_setup(simulator_folder)
    with jupyter(lab.root, tmp_path_factory.mktemp("voila"), app="voila", env=env) as server:
        yield server


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with sync_playwright() as pw:
        context = launch_chromium(pw, tmp_path_factory.mktemp("chromium"))
        yield context
        context.close()


class Notebook:
    """One open notebook page, with helpers that wait on what the page shows."""

    def __init__(self, page: Any, lab: Server, name: str) -> None:
        self.page, self.lab, self.name = page, lab, name
        self.outside: list[str] = []
        page.on("request", self._watch)

    def _watch(self, request: Any) -> None:
        host = httpx.URL(request.url).host
        if request.url.startswith(("http", "ws")) and host not in ("127.0.0.1", "localhost"):
            self.outside.append(request.url)

    def run_all(self) -> None:
        run_all(self.page)

    def execute(self, code: str) -> None:
        """Run code in the notebook's kernel without adding a cell."""
        self.page.evaluate(
            """async (code) => {
                 const k = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
                 await k.requestExecute({code}).done; }""",
            code,
        )

    def run_cell(self, index: int, source: str | None = None) -> None:
        """Run one cell (after replacing its source), as a person would with Shift+Enter."""
        self.page.evaluate(
            """([index, source]) => { const nb = window.jupyterapp.shell.currentWidget.content;
                 if (source !== null) { nb.widgets[index].model.sharedModel.setSource(source); }
                 nb.activeCellIndex = index;
                 window.jupyterapp.commands.execute('notebook:run-cell'); }""",
            [index, source],
        )

    def status(self, text: str, panel: int = 0, timeout: float = 60_000) -> None:
        self.page.locator(".hgw-panel").nth(panel).locator(f".hgw-status:has-text('{text}')").wait_for(
            timeout=timeout
        )

    def thumbnails_loaded(self, count: int, panel: int = 0, timeout: float = 30_000) -> None:
        # JupyterLab does not render cells far out of view, so bring the storyboard into view first.
        self.page.locator(".hgw-panel").nth(panel).locator(".hgw-storyboard").scroll_into_view_if_needed()
        sel = f"document.querySelectorAll('.hgw-panel')[{panel}].querySelectorAll('.hgw-card img')"
        self.page.wait_for_function(
            f"() => [...{sel}].filter(i => i.complete && i.naturalWidth > 0).length === {count}",
            timeout=timeout,
        )

    def video_plays(self, timeout: float = 60_000) -> None:
        video = self.page.locator("video.hgw-player").first
        video.wait_for(timeout=timeout)
        video.scroll_into_view_if_needed()
        self.page.wait_for_function(
            "() => document.querySelector('video.hgw-player').readyState >= 2", timeout=timeout
        )
        start = video.evaluate("v => { v.muted = true; v.play(); return v.currentTime; }")
        self.page.wait_for_function(
            f"() => document.querySelector('video.hgw-player').currentTime > {start}", timeout=timeout
        )

    def shot(self, request: pytest.FixtureRequest) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / (re.sub(r"[^\w.-]+", "_", request.node.name) + ".png")
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def open_nb(lab: Server, browser: Any, request: pytest.FixtureRequest, simulator: str) -> Iterator[Any]:
    """Open (writing it first when cells are given) a notebook; the page is screenshotted and closed after."""
    pages: list[Notebook] = []

    def opener(name: str, cells: list[str] | None = None, *, ui: str = "lab") -> Notebook:
        """``ui="notebook"`` opens it in Notebook 7 instead of JupyterLab."""
        if cells is not None:
            write_notebook(lab.root / name, cells)
        page = browser.new_page()
        notebook = Notebook(page, lab, name)
        WATCHED.append((page, lab))
        open_notebook(page, lab, name, ui=ui)
        pages.append(notebook)
        return notebook

    yield opener
    for notebook in pages:
        notebook.shot(request)
        notebook.execute("import heygen_widgets.widgets.runtime as r; r.default_poller().close()")
        notebook.page.evaluate("() => window.jupyterapp.commands.execute('kernelmenu:shutdown')")
        notebook.page.close()


@contextmanager
def voila_page(voila: Server, browser: Any, name: str, cells: list[str]) -> Iterator[Any]:
    """Write a notebook and open it as a Voila app; the page is screenshotted and closed after."""
    write_notebook(voila.root / name, cells)
    page = browser.new_page()
    WATCHED.append((page, voila))
    page.goto(f"{voila.url}/voila/render/{name}")
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"test_voila_{Path(name).stem}.png"), full_page=True)
    page.close()


def simulator_fault(simulator: str, **fault: Any) -> None:
    """Inject a fault into the standalone simulator."""
    httpx.post(f"{simulator}/_fake/faults", json=fault).raise_for_status()
