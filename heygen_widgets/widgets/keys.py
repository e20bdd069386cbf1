"""Keyboard shortcuts for the panel in the browser (Ctrl/Cmd+Enter sends).

Core ipywidgets send no key events to the kernel, so the shortcut lives in the browser. The
snippet is part of the panel's style widget and installs one listener per page.
"""

from __future__ import annotations

KEYS = ""  # HTML placed after the panel's <style>; empty until the shortcut is installed
