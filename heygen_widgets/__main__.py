"""``python -m heygen_widgets``: the ``heygen-widgets`` command (see `heygen_widgets.cli`)."""

from __future__ import annotations

import sys

from heygen_widgets.cli import main

if __name__ == "__main__":
    sys.exit(main())
