"""Re-send a composite's state each time a browser shows it, so no update is lost while it loads.

A browser that loads widgets from a running kernel (Voila, a reloaded JupyterLab tab, a notebook
opened again) asks the kernel for every widget's state, then builds the models one by one, some
after loading their code. An update the poller thread sends in between reaches a model that has
no handler yet and is dropped: the panel would show "thinking" under a finished storyboard until
the next change, which for a session waiting on review never comes.

ipywidgets tracks views when a widget's ``_view_count`` is a number: each view the browser
displays adds one and syncs it back. By then every model under the composite exists, so
re-sending the composite's state at that moment repairs whatever was dropped. It costs one batch
per view shown, and nothing per poll.

Limits: an input's value is never re-sent, so nothing the user is typing is overwritten; a value
the kernel writes into one (the feedback box emptied after a send) and loses in that window
stays stale. Two browsers that load at the same moment can report the same count, and the
second then gets no re-send.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import ipywidgets as w

# Inputs whose value belongs to the browser (what the user is typing or has picked).
INPUTS = (w.Text, w.Textarea, w.FileUpload, w.Dropdown, w.Checkbox)
BROWSER_OWNED = frozenset({"value", "index"})


def widget_tree(root: w.Widget) -> Iterator[w.Widget]:
    """``root`` and every open widget it holds (children, layouts, styles), each once.

    A composite inside that follows its own views (a panel in a start form) is left out: it
    re-sends itself, under its own lock, when the browser shows it.
    """
    seen: set[str] = set()
    stack = [root]
    while stack:
        widget = stack.pop()
        if widget.comm is None or widget.model_id in seen:  # closed, or reached twice
            continue
        if widget is not root and widget._view_count is not None:
            continue
        seen.add(widget.model_id)
        yield widget
        for key in widget.keys:
            value = getattr(widget, key)
            if isinstance(value, w.Widget):
                stack.append(value)
            elif isinstance(value, tuple | list):
                stack.extend(item for item in value if isinstance(item, w.Widget))


def resync(root: w.Widget, lock: threading.RLock) -> int:
    """Send the current state of every widget under ``root``; returns how many were sent.

    ``lock`` is the one the composite's updates hold, so no value read here goes out after a
    newer one sent from another thread.
    """
    sent = 0
    with lock:
        for widget in widget_tree(root):
            owned = BROWSER_OWNED if isinstance(widget, INPUTS) else frozenset()
            keys = [key for key in widget.keys if key != "_view_count" and key not in owned]
            widget.send_state(keys)
            sent += 1
    return sent


def follow_views(root: w.Widget, lock: threading.RLock) -> None:
    """Track ``root``'s views; each new one gets its whole tree re-sent. Call before ``__init__``."""

    def on_count(change: dict[str, Any]) -> None:
        if (change["new"] or 0) > (change["old"] or 0):
            resync(root, lock)

    root._view_count = 0  # a number turns view tracking on; it reaches the browser with the widget
    root.observe(on_count, names="_view_count")
