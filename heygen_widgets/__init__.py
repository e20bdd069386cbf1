"""heygen-widgets: drive HeyGen's Video Agent from Jupyter.

The typed HTTP client is the generated ``heygen_api`` package; this package holds the
hand-written layers on top of it.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
