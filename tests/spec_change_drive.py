"""Drive sessions whose answers carry a status and a field, as a user would; print what was seen, as JSON.

    python -m tests.spec_change_drive SIMULATOR_URL '[{"family": "chat", "status": ..., "fields": {...}}]'

Run in a subprocess by `tests/test_spec_change.py`, so the ``heygen_api`` first on
``PYTHONPATH`` (a regenerated tree, or the committed one) is the one the session layer imports.
For each case: create a session with `heygen_widgets.connect`, show it in a `SessionPanel`
(stepped by hand, no browser), make the simulator's answer carry the status and fields
(``POST /_fake/sessions/{id}/answer``), refresh, step the poller once, and record the snapshot,
its typed answer and the panel's words. Anything raised is recorded, not printed.
"""

from __future__ import annotations

import json
import sys
import traceback
from enum import Enum
from typing import Any

import httpx
import ipywidgets as w

import heygen_widgets
from heygen_widgets.poller import Poller
from heygen_widgets.session import Connection, Session
from heygen_widgets.snapshot import Snapshot
from heygen_widgets.widgets import SessionPanel
from heygen_widgets.widgets.runtime import Inline
from tests.poller.fakes import FakeClock

KEY = "sk-spec-change-7f3a"
PROMPT = "A tour of the office. Cover the kitchen, the desks and the garden."


def answer_facts(snapshot: Snapshot) -> dict[str, Any]:
    """What the snapshot's typed answer says, in JSON terms (a missing attribute reads as None)."""
    answer = snapshot.answer
    status = getattr(answer, "status", None)
    enum: type[Any] = type(status)
    facts: dict[str, Any] = {
        "type": f"{type(answer).__module__}.{type(answer).__qualname__}",
        "status": str(status) if status is not None else None,
        "status_type": f"{enum.__module__}.{enum.__qualname__}",
        "status_listed": isinstance(status, Enum) and any(m is status for m in enum),
        "new_field": getattr(answer, "scene_count", None),
        "additional_properties": dict(getattr(answer, "additional_properties", None) or {}),
    }
    return facts


def widget_text(widget: w.Widget) -> str:
    """Every HTML value in the widget tree, joined: where a traceback would show if one did."""
    parts = [widget.value] if isinstance(widget, w.HTML) else []
    for child in getattr(widget, "children", ()):
        parts.append(widget_text(child))
    return "\n".join(parts)


def set_answer(url: str, session_id: str, status: str, fields: dict[str, Any]) -> None:
    """Make the simulator's GET answer of this session carry ``status`` and ``fields``."""
    reply = httpx.post(f"{url}/_fake/sessions/{session_id}/answer", json={"status": status, "fields": fields})
    reply.raise_for_status()


def drive(connection: Connection, url: str, case: dict[str, Any]) -> dict[str, Any]:
    """One case: a session of ``case["family"]`` whose answer carries the case's status and fields."""
    session: Session = connection.create(PROMPT, family=case["family"])
    clock = FakeClock()
    with Poller(clock=clock, autostart=False) as poller:
        panel = SessionPanel(session, poller=poller, runner=Inline())
        try:
            clock.advance(poller.poll_once())  # the panel shows the session as the agent starts it
            set_answer(url, session.session_id, case["status"], case["fields"])
            snapshot = session.refresh()
            clock.advance(poller.poll_once())  # the poller's read brings the new status to the panel
            return {
                "status": snapshot.status,
                "phase": snapshot.phase.value,
                "answer": answer_facts(snapshot),
                "panel_status": panel.snapshot.status if panel.snapshot else None,
                "turn": panel.header.turn.value,
                "badge": panel.header.status.value,
                "notice": panel.notice.value,
                "everything": widget_text(panel),
            }
        finally:
            panel.close()


def main(argv: list[str]) -> int:
    """Run every case; print one JSON object: the ``heygen_api`` used, and each case's facts or error."""
    url, cases = argv[1], json.loads(argv[2])
    results: list[dict[str, Any]] = []
    with heygen_widgets.connect(KEY, base_url=url, quiet=True) as connection:
        for case in cases:
            try:
                results.append({"error": None, **drive(connection, url, case)})
            except Exception:  # the test shows it: the point is that nothing raises
                results.append({"error": traceback.format_exc()})
    used = sys.modules.get("heygen_api")  # imported by the session layer, on first use: which one?
    out = {"heygen_api": used and used.__file__, "cases": results}
    print(json.dumps(out, default=repr))  # repr: an odd value still reads
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
