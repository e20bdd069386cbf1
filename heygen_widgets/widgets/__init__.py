"""The live session panel and friends, built from core ipywidgets only.

Core widgets work wherever ipywidgets does: JupyterLab, Notebook 7, Voila, VS Code and Colab.
"""

from __future__ import annotations

from heygen_widgets.widgets.create import session_panel
from heygen_widgets.widgets.gallery import SessionGallery
from heygen_widgets.widgets.panel import SessionPanel
from heygen_widgets.widgets.runtime import default_connection as connection
from heygen_widgets.widgets.start_form import StartForm

__all__ = ["SessionGallery", "SessionPanel", "StartForm", "connection", "session_panel"]
