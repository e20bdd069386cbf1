"""`session_panel`: create a session and show it in one call."""

from __future__ import annotations

from typing import Any

from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection
from heygen_widgets.widgets._ticker import Ticker
from heygen_widgets.widgets.panel import SessionPanel
from heygen_widgets.widgets.runtime import Runner, default_connection


def session_panel(
    prompt: str,
    *,
    connection: Connection | None = None,
    poller: Poller | None = None,
    runner: Runner | None = None,
    ticker: Ticker | None = None,
    **create: Any,
) -> SessionPanel:
    """Create a session and show it in one call; ``create`` takes `Connection.create`'s options."""
    conn = connection or default_connection()
    session = conn.create(prompt, **create)
    session.refresh()  # one read now, so the panel (and a saved notebook) shows the session at once
    return SessionPanel(
        session,
        poller=poller,
        runner=runner,
        ticker=ticker,
        show_app_link=not conn.simulated,
        connection=conn,
        prompt=prompt,
        create_options=create,
    )
