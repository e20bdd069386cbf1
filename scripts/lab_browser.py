"""JupyterLab in Debian's Chromium, driven by Playwright: for the browser tests and the README screenshot.

Recipes from TOOLING.md: never ``playwright install``; Chromium is ``/usr/bin/chromium`` (Debian's
package, installed by ``make test``); JupyterLab listens on 127.0.0.1 on a free port with its own
temporary config, settings and runtime folders, and is stopped through its process group.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
    # Every host name but localhost fails at once, as on an offline machine. Voila's page links
    # Font Awesome from a CDN in its <head>; where a lookup hangs instead of failing, the page's
    # scripts would wait on that stylesheet.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]
SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class Server:
    """A running Jupyter server."""

    url: str
    root: Path
    process: subprocess.Popen[bytes]
    log: Path  # the server's stderr

    def log_tail(self, lines: int = 40) -> str:
        """The last lines the server logged, for a failure message."""
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            return f"(no log: {exc})"
        return "\n".join(text.splitlines()[-lines:])


def _write_settings(folder: Path) -> None:
    for name, value in SETTINGS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value), encoding="utf-8")


def _wait_until_up(url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited early with code {process.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)  # polling a port that is not open yet: there is no event to wait on
    raise TimeoutError(f"{url} did not answer within {timeout:g} s")


@contextmanager
def jupyter(
    root: Path, scratch: Path, *, app: str = "lab", env: dict[str, str] | None = None, timeout: float = 60.0
) -> Iterator[Server]:
    """JupyterLab (``app="lab"``) or Voila (``app="voila"``) serving ``root`` on a free port."""
    port = free_port()
    folders = {name: scratch / name for name in ("runtime", "config", "settings", "workspaces", "data")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    _write_settings(folders["settings"])
    environment = {
        **os.environ,
        "JUPYTER_RUNTIME_DIR": str(folders["runtime"]),
        "JUPYTER_CONFIG_DIR": str(folders["config"]),
        "JUPYTERLAB_SETTINGS_DIR": str(folders["settings"]),
        "JUPYTERLAB_WORKSPACES_DIR": str(folders["workspaces"]),
        **(env or {}),
    }
    command = _command(app, port, root)
    log = scratch / f"{app}.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            command,
            cwd=root,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        server = Server(url, root, process, log)
        try:
            _wait_until_up(f"{url}/api/status" if app == "lab" else url, process, timeout)
        except (RuntimeError, TimeoutError) as exc:
            raise RuntimeError(f"{' '.join(command[:2])}: {exc}; its log ends:\n{server.log_tail()}") from exc
        yield server
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def _command(app: str, port: int, root: Path) -> list[str]:
    bin_dir = Path(sys.executable).parent
    if app == "voila":
        return [
            str(bin_dir / "voila"),
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
            "--ServerApp.ip=127.0.0.1",
            "--show_tracebacks=True",  # a failing cell shows its traceback on the page
            str(root),
        ]
    return [
        str(bin_dir / "jupyter"),
        "lab",
        "--no-browser",
        f"--port={port}",
        "--ip=127.0.0.1",
        "--allow-root",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        "--LabApp.expose_app_in_browser=True",
        "--JupyterNotebookApp.expose_app_in_browser=True",  # Notebook 7, served by the same server
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        f"--ServerApp.root_dir={root}",
    ]


def write_notebook(path: Path, cells: list[str]) -> None:
    """A minimal nbformat-4 notebook of code cells, on the python3 kernel."""
    notebook = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "cells": [
            {
                "cell_type": "code",
                "id": f"cell-{i}",
                "metadata": {},
                "execution_count": None,
                "outputs": [],
                "source": source,
            }
            for i, source in enumerate(cells)
        ],
    }
    path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")


def launch_chromium(playwright: Any, profile: Path) -> Any:
    """A headless Debian Chromium context (Playwright's own browsers are never downloaded)."""
    return playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        viewport={"width": 1280, "height": 1000},
    )


def open_notebook(page: Any, server: Server, name: str, timeout: float = 60_000, *, ui: str = "lab") -> None:
    """Open ``name`` and wait until its kernel is idle.

    ``ui="lab"``: alone in a fresh JupyterLab workspace; ``ui="notebook"``: in Notebook 7, which the
    same server serves at ``/notebooks/``. Both expose ``window.jupyterapp``.
    """
    if ui == "notebook":
        page.goto(f"{server.url}/notebooks/{name}")
    else:
        workspace = "w" + "".join(c for c in name if c.isalnum())
        page.goto(f"{server.url}/lab/workspaces/{workspace}/tree/{name}?reset")
    page.wait_for_function("() => window.jupyterapp !== undefined", timeout=timeout)
    page.wait_for_selector(".jp-Notebook", timeout=timeout)
    page.wait_for_function(
        """() => { const w = window.jupyterapp.shell.currentWidget;
                   return w && w.sessionContext && w.sessionContext.session
                       && w.sessionContext.session.kernel
                       && w.sessionContext.session.kernel.status === 'idle'; }""",
        timeout=timeout,
    )


def run_all(page: Any) -> None:
    """Clear the saved outputs, then start running every cell (without waiting for them to finish)."""
    page.evaluate(
        """async () => { await window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs');
                         window.jupyterapp.commands.execute('notebook:run-all-cells'); }"""
    )
