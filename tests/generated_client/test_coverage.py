"""The generated client covers every operation of the patched spec and imports cleanly."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

from scripts.manifest import Manifest


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def test_every_operation_has_an_importable_module(root: Path) -> None:
    manifest = Manifest.read(root / "generated_client" / "manifest.json")
    modules = set(manifest.modules)
    assert len(manifest.operations) == len(modules) == 153
    for op in manifest.operations:
        module = f"api.{snake(op['tag']).replace(' ', '_')}.{snake(op['operation_id'])}"
        assert module in modules, op
        imported = importlib.import_module(f"heygen_api.{module}")
        assert callable(imported.sync_detailed), module


def test_manifest_records_the_vendored_spec_and_pinned_tools(root: Path) -> None:
    manifest = Manifest.read(root / "generated_client" / "manifest.json")
    record = json.loads((root / "openapi" / "heygen-external-api.source.json").read_text())
    assert manifest.spec["sha256"] == record["sha256"]
    assert manifest.generator == {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}
    overlay_ops = [op["operation_id"] for op in manifest.operations if op["origin"] == "overlay"]
    assert sorted(overlay_ops) == [
        "createInteractiveSession",
        "getInteractiveSession",
        "getInteractiveSessionResources",
        "sendInteractiveSessionMessage",
        "stopInteractiveSession",
    ]
