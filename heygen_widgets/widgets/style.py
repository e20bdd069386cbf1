"""The panel's CSS, sent once per panel in an HTML widget (core ipywidgets have no stylesheet hook).

Each part of the panel keeps its rules in its own file under ``css/``; they are joined here in a
fixed order, so later files may refine earlier ones (``layout.css`` last, for narrow widths).
"""

from __future__ import annotations

from importlib.resources import files

PARTS = ("base", "header", "storyboard", "feedback", "start", "gallery", "layout")


def _read(part: str) -> str:
    return (files("heygen_widgets.widgets") / "css" / f"{part}.css").read_text(encoding="utf-8")


CSS = "\n".join(_read(part) for part in PARTS)
STYLE = f"<style>\n{CSS}</style>"
