"""A copy of ``openapi/`` with a status and a field HeyGen might add, and the client it generates.

`tests/test_spec_change.py` regenerates from this copy into a scratch tree with the project's
own generator run (`scripts.regenerate.build_client`, what the drift gate runs), then drives a
session through the session layer and the panel with that tree first on ``PYTHONPATH``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from scripts.regenerate import PACKAGE, SPEC_NAME, build_client

NEW_STATUS = "queued_for_review"
NEW_FIELD = "scene_count"
SCHEMAS = ("GetSessionResponse", "InteractiveGetSessionResponse")  # chat family, sessions family


def _add_status_and_field(schema: dict[str, Any]) -> None:
    """List ``NEW_STATUS`` in the schema's status enum and add ``NEW_FIELD`` as an optional integer."""
    status = schema["properties"]["status"]
    assert NEW_STATUS not in status["enum"], "the project's spec lists the new status already"
    status["enum"].append(NEW_STATUS)
    schema["properties"][NEW_FIELD] = {
        "description": "How many scenes the storyboard has",
        "title": "Scene Count",
        "type": "integer",
    }


def edited_openapi(source: Path, dest: Path) -> Path:
    """Copy ``source`` (an ``openapi/`` folder) to ``dest/openapi`` with the new status and field.

    The chat family's schema is in the upstream spec; the sessions family's comes from the
    overlay, so each file gets its own edit. Returns ``dest``, a root `build_client` reads.
    """
    copy = dest / "openapi"
    shutil.copytree(source, copy)
    spec_path, overlay_path = copy / SPEC_NAME, copy / "overlay.json"
    spec = json.loads(spec_path.read_bytes())
    _add_status_and_field(spec["components"]["schemas"][SCHEMAS[0]])
    spec_path.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    overlay = json.loads(overlay_path.read_bytes())
    schemas = next(a["update"] for a in overlay["actions"] if a["target"] == "$.components.schemas")
    _add_status_and_field(schemas[SCHEMAS[1]])
    overlay_path.write_text(json.dumps(overlay, indent=2), encoding="utf-8")
    return dest


def regenerate(root: Path, out: Path) -> Path:
    """Generate the client of ``root/openapi`` into ``out`` (which must not exist); return the package."""
    build_client(root, (root / "openapi" / SPEC_NAME).read_bytes(), SPEC_NAME, out)
    return out / PACKAGE
