"""Apply an OpenAPI Overlay 1.0 document to a spec.

Only the part of the Overlay standard this project's patch layer needs is supported: targets are
plain JSONPath paths (``$.a.b`` and ``$['a']['/b']`` segments, no wildcards or filters), and each
action either ``update``s the selected node or ``remove``s it. An update merges objects
recursively, appends a single value to an array, and replaces anything else (arrays included).
A target that selects nothing is reported, not fatal, so the same overlay can be applied to an
older upstream file that lacks some of the patched nodes.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

_SEGMENT = re.compile(r"\.([A-Za-z0-9_\-]+)|\['((?:[^'\\]|\\.)*)'\]")


class OverlayError(ValueError):
    """The overlay document is malformed or one of its targets cannot be understood."""


@dataclass(frozen=True)
class ActionResult:
    """What one overlay action did."""

    target: str
    applied: bool


def parse_target(target: str) -> list[str]:
    """Split a simple JSONPath (``$.a['b/c'].d``) into its keys."""
    if not target.startswith("$"):
        raise OverlayError(f"overlay target {target!r} must start with '$'")
    keys: list[str] = []
    pos = 1
    while pos < len(target):
        match = _SEGMENT.match(target, pos)
        if match is None:
            raise OverlayError(f"overlay target {target!r}: cannot parse from position {pos}")
        keys.append(match.group(1) if match.group(1) is not None else match.group(2))
        pos = match.end()
    return keys


def _merge(node: Any, value: Any) -> Any:
    if isinstance(node, dict) and isinstance(value, dict):
        for key, item in value.items():
            node[key] = _merge(node[key], item) if key in node else copy.deepcopy(item)
        return node
    if isinstance(node, list) and not isinstance(value, list):
        node.append(copy.deepcopy(value))
        return node
    return copy.deepcopy(value)


def _select(spec: Any, keys: list[str]) -> tuple[Any, str | None]:
    """Return (parent, last key) of the node at ``keys``, or (None, None) if it is absent."""
    if not keys:
        return None, None
    node = spec
    for key in keys[:-1]:
        if not isinstance(node, dict) or key not in node:
            return None, None
        node = node[key]
    if not isinstance(node, dict) or keys[-1] not in node:
        return None, None
    return node, keys[-1]


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> tuple[dict[str, Any], list[ActionResult]]:
    """Return a patched deep copy of ``spec`` and what each action did."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an OpenAPI Overlay 1.x document (missing 'overlay: 1.x')")
    patched = copy.deepcopy(spec)
    results: list[ActionResult] = []
    for action in overlay.get("actions", []):
        target = action["target"]
        keys = parse_target(target)
        if not keys:
            raise OverlayError("overlay target '$' (the whole document) is not supported")
        parent, last = _select(patched, keys)
        if parent is None or last is None:
            results.append(ActionResult(target, applied=False))
            continue
        if action.get("remove"):
            del parent[last]
        elif "update" in action:
            parent[last] = _merge(parent[last], action["update"])
        else:
            raise OverlayError(f"overlay action on {target!r} has neither 'update' nor 'remove'")
        results.append(ActionResult(target, applied=True))
    return patched, results
