"""The vendored spec is HeyGen's file unchanged, and the overlay is what makes it generate cleanly."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate as validate_spec
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from scripts.manifest import _operations
from scripts.overlay import apply_overlay
from scripts.regenerate import patch_spec

SESSIONS_FAMILY = {
    "POST /v3/video-agents/sessions": "createInteractiveSession",
    "GET /v3/video-agents/sessions/{session_id}": "getInteractiveSession",
    "POST /v3/video-agents/sessions/{session_id}/messages": "sendInteractiveSessionMessage",
    "GET /v3/video-agents/sessions/{session_id}/resources": "getInteractiveSessionResources",
    "POST /v3/video-agents/sessions/{session_id}/stop": "stopInteractiveSession",
}


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_vendored_spec_matches_its_record(root: Path) -> None:
    record = load(root / "openapi" / "heygen-external-api.source.json")
    raw = (root / "openapi" / record["file"]).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == record["sha256"]


def test_vendored_spec_is_the_official_file_byte_for_byte(root: Path, shared_specs: Path) -> None:
    record = load(root / "openapi" / "heygen-external-api.source.json")
    provenance = (shared_specs / "PROVENANCE.md").read_text(encoding="utf-8")
    row = next(line for line in provenance.splitlines() if f"_{record['date']}.json" in line)
    assert record["sha256"] in row
    official = shared_specs / f"heygen-external-api_{record['date']}.json"
    assert (root / "openapi" / "heygen-external-api.json").read_bytes() == official.read_bytes()


def test_upstream_file_fails_validation_and_the_patched_one_passes(root: Path) -> None:
    raw = (root / "openapi" / "heygen-external-api.json").read_bytes()
    upstream, patched = patch_spec(raw, root / "openapi" / "overlay.json")
    with pytest.raises(OpenAPIValidationError, match="None is not of type"):
        validate_spec(upstream)
    validate_spec(patched)


def test_every_overlay_action_is_explained_and_applies_to_the_vendored_file(root: Path) -> None:
    overlay = load(root / "openapi" / "overlay.json")
    spec = load(root / "openapi" / "heygen-external-api.json")
    _, results = apply_overlay(spec, overlay)
    assert all(result.applied for result in results), [r.target for r in results if not r.applied]
    for action in overlay["actions"]:
        assert re.match(r"\S.{15,}", action.get("description", "")), action["target"]


def test_overlay_adds_the_sessions_family_without_colliding_with_chat_mode(root: Path) -> None:
    raw = (root / "openapi" / "heygen-external-api.json").read_bytes()
    upstream, patched = patch_spec(raw, root / "openapi" / "overlay.json")
    upstream_ops, patched_ops = _operations(upstream), _operations(patched)
    assert not SESSIONS_FAMILY.keys() & upstream_ops.keys()
    assert {key: patched_ops[key]["operationId"] for key in SESSIONS_FAMILY} == SESSIONS_FAMILY
    ids = [op["operationId"] for op in patched_ops.values()]
    assert len(ids) == len(set(ids)), "operationIds must stay unique"
    assert len(patched_ops) == len(upstream_ops) + len(SESSIONS_FAMILY) == 153
    # The chat-mode operation of the same name is still the upstream one.
    assert patched_ops["GET /v3/video-agents/{session_id}"]["operationId"] == "getVideoAgentSession"
    # Legacy statuses live in their own schema; the current one keeps HeyGen's statuses.
    schemas = patched["components"]["schemas"]
    assert "processing" in schemas["InteractiveGetSessionResponse"]["properties"]["status"]["enum"]
    assert "thinking" in schemas["GetSessionResponse"]["properties"]["status"]["enum"]
