"""The manifest written beside the generated client, and comparisons between two of them."""

from __future__ import annotations

import difflib
import hashlib
import json
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Manifest:
    """What a generated client was built from and what it contains."""

    spec: dict[str, str] = field(default_factory=dict)
    generator: dict[str, str] = field(default_factory=dict)
    operations: list[dict[str, str]] = field(default_factory=list)
    schemas: dict[str, str] = field(default_factory=dict)
    modules: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> Manifest:
        """Load a manifest; a missing file reads as an empty one."""
        if not path.is_file():
            return cls()
        return cls(**json.loads(path.read_text(encoding="utf-8")))

    def write(self, path: Path) -> None:
        """Write the manifest as stable, sorted JSON."""
        data = {
            "spec": self.spec,
            "generator": self.generator,
            "operations": self.operations,
            "schemas": self.schemas,
            "modules": self.modules,
        }
        path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``"METHOD /path"`` -> operation object."""
    found: dict[str, dict[str, Any]] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and method in item:
                found[f"{method.upper()} {path}"] = item[method]
    return found


def build_manifest(
    *,
    upstream: dict[str, Any],
    patched: dict[str, Any],
    spec_info: dict[str, str],
    package_dir: Path,
) -> Manifest:
    """Describe the client generated from ``patched`` (which came from ``upstream``).

    Args:
        upstream: The spec as HeyGen published it.
        patched: The spec after the overlay, which the client was generated from.
        spec_info: Where the spec came from (file name and hashes), recorded as is.
        package_dir: The generated package, whose ``api`` modules are listed.
    """
    upstream_ops = _operations(upstream)
    operations = [
        {
            "key": key,
            "operation_id": str(op.get("operationId", "")),
            "tag": str((op.get("tags") or [""])[0]),
            "origin": "upstream" if key in upstream_ops else "overlay",
            "upstream_id": str(upstream_ops.get(key, {}).get("operationId", "")),
            "digest": _digest(op),
        }
        for key, op in sorted(_operations(patched).items())
    ]
    schemas = {
        name: _digest(schema)
        for name, schema in sorted(patched.get("components", {}).get("schemas", {}).items())
    }
    api_dir = package_dir / "api"
    modules = sorted(
        str(p.relative_to(package_dir).with_suffix("")).replace("/", ".")
        for p in api_dir.rglob("*.py")
        if p.name != "__init__.py"
    )
    return Manifest(
        spec=spec_info,
        generator={
            "openapi-python-client": version("openapi-python-client"),
            "ruff": version("ruff"),
        },
        operations=operations,
        schemas=schemas,
        modules=modules,
    )


def _changes(kind: str, old: dict[str, str], new: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for verb, names in (
        ("added", sorted(new.keys() - old.keys())),
        ("removed", sorted(old.keys() - new.keys())),
        ("changed", sorted(k for k in old.keys() & new.keys() if old[k] != new[k])),
    ):
        lines += [f"  {kind} {verb}: {name}" for name in names]
    return lines


def _labelled(ops: list[dict[str, str]], origin: str) -> dict[str, str]:
    """Operations of one origin, named as their source names them."""
    name = "upstream_id" if origin == "upstream" else "operation_id"
    return {
        f"{op['key']} ({op.get(name) or op['operation_id']})": op["digest"]
        for op in ops
        if op["origin"] == origin
    }


def describe_changes(old: Manifest, new: Manifest) -> list[str]:
    """Human-readable lines: HeyGen's operations and the client's schemas added/removed/changed."""
    if not old.operations:
        return ["  (no previous manifest: everything is new)"]
    lines = _changes(
        "operation", _labelled(old.operations, "upstream"), _labelled(new.operations, "upstream")
    )
    lines += _changes(
        "patched operation", _labelled(old.operations, "overlay"), _labelled(new.operations, "overlay")
    )
    lines += _changes("schema", old.schemas, new.schemas)
    if old.generator != new.generator:
        lines.append(f"  generator changed: {old.generator} -> {new.generator}")
    return lines or ["  no operation or schema changed"]


def diff_trees(committed: Path, fresh: Path) -> list[str]:
    """Files that differ between two trees, each with a short unified diff for text files."""

    def files(root: Path) -> dict[str, Path]:
        if not root.is_dir():
            return {}
        return {
            str(p.relative_to(root)): p
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    old, new = files(committed), files(fresh)
    problems = [
        f"only in the committed tree (stale or hand-added): {name}"
        for name in sorted(old.keys() - new.keys())
    ]
    problems += [f"missing from the committed tree: {name}" for name in sorted(new.keys() - old.keys())]
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name].read_bytes(), new[name].read_bytes()
        if a != b:
            diff = difflib.unified_diff(
                a.decode(errors="replace").splitlines(),
                b.decode(errors="replace").splitlines(),
                f"committed/{name}",
                f"generated/{name}",
                lineterm="",
                n=1,
            )
            shown = list(diff)[:12]
            problems.append(f"differs: {name}\n    " + "\n    ".join(shown))
    return problems
