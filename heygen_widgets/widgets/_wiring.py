"""The callbacks a composite hangs on its widgets, and closing that takes every one of them off.

A closed panel must not stay alive: ipywidgets keeps every open widget in a registry until it is
closed, and a click handler or an observer that refers back to the panel keeps the panel (and
everything it shows) alive through any widget still open. So a composite wires its callbacks
through one `Wiring`, and `close_tree` undoes them and closes the whole tree (children,
layouts, styles).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from heygen_widgets.widgets.live import widget_tree


class Wiring:
    """Every callback one composite registered, so that one call takes them all off again."""

    def __init__(self) -> None:
        """Nothing wired yet."""
        self._undo: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def click(self, button: w.Button, action: Callable[[], object]) -> None:
        """Run ``action()`` on each click of ``button``."""

        def handler(_button: w.Button) -> None:
            action()

        button.on_click(handler)
        self.later(lambda: button.on_click(handler, remove=True))

    def observe(self, widget: w.Widget, handler: Callable[[dict[str, Any]], None], name: str) -> None:
        """Call ``handler(change)`` when ``widget``'s trait ``name`` changes."""
        widget.observe(handler, names=name)
        self.later(lambda: widget.unobserve(handler, names=name))

    def later(self, undo: Callable[[], None]) -> None:
        """Run ``undo`` when the composite closes (a poller subscription's ``cancel``, say)."""
        with self._lock:
            self._undo.append(undo)

    def undo(self) -> None:
        """Take every callback off, newest first. Safe to call twice."""
        with self._lock:
            undo, self._undo = self._undo, []
        for step in reversed(undo):
            step()


def close_tree(root: w.Widget, wiring: Wiring | None = None) -> int:
    """Undo ``wiring``, then close ``root`` and every open widget under it; returns how many closed.

    Each widget also loses its observers (the view-count one of `live.follow_views` among them).
    A composite inside that follows its own views is left to its own ``close``.
    """
    if wiring is not None:
        wiring.undo()
    widgets = list(widget_tree(root))
    for widget in widgets:
        w.Widget.close(widget)  # the base close: ``root``'s own close may be what called this
        widget.unobserve_all()
    return len(widgets)
