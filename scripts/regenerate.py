"""Regenerate ``generated_client/heygen_api`` from the vendored HeyGen OpenAPI file.

    python scripts/regenerate.py                  # make regen
    python scripts/regenerate.py --check          # make check-generated (the drift gate)
    python scripts/regenerate.py --spec URL_OR_PATH  # adopt a newer HeyGen file, then regenerate

Steps: apply the patch layer (``openapi/overlay.json``) to the upstream file, validate the result
with openapi-spec-validator, run openapi-python-client into a temporary folder, add ``py.typed``
and a manifest, then replace ``generated_client/`` wholly so no stale file survives. The change
against the previous manifest (operations and schemas added, removed, changed) is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx
from openapi_spec_validator import validate as validate_spec
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.manifest import Manifest, build_manifest, describe_changes, diff_trees
from scripts.overlay import apply_overlay

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "heygen_api"
SPEC_NAME = "heygen-external-api.json"
RECORD_NAME = "heygen-external-api.source.json"


class RegenerateError(RuntimeError):
    """A one-line, user-facing reason why regeneration stopped."""


def sha256(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def fetch_spec(source: str) -> bytes:
    """Read a spec from a local path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        try:
            response = httpx.get(source, timeout=30.0, follow_redirects=True)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise RegenerateError(
                f"cannot download {source}: {exc}. Check the address and your network, "
                "or download the file and pass its path with --spec."
            ) from None
        return response.content
    path = Path(source)
    if not path.is_file():
        raise RegenerateError(f"no spec file at {source}: pass an existing path or an http(s) URL.")
    return path.read_bytes()


def patch_spec(raw: bytes, overlay_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return (upstream, patched) specs; report overlay targets the upstream file lacks."""
    try:
        upstream = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RegenerateError(f"the spec is not valid JSON ({exc}); is it an OpenAPI JSON file?") from None
    overlay = json.loads(overlay_path.read_text(encoding="utf-8"))
    patched, results = apply_overlay(upstream, overlay)
    for result in results:
        if not result.applied:
            print(f"  patch skipped (not in this spec): {result.target}")
    return upstream, patched


def validate(spec: dict[str, Any]) -> None:
    """Fail with the first validation error of the patched spec."""
    try:
        validate_spec(spec)
    except OpenAPIValidationError as exc:
        where = "/".join(str(part) for part in exc.path) if hasattr(exc, "path") else "?"
        first_line = str(exc).splitlines()[0]
        raise RegenerateError(
            f"the patched spec is not valid OpenAPI at {where}: {first_line}. Fix it in openapi/overlay.json."
        ) from None


def template_option(config: Path) -> list[str]:
    """``--custom-template-path`` for the templates the generator config names, if any."""
    from ruamel.yaml import YAML  # noqa: PLC0415 - the generator's own YAML reader, a dev dependency

    declared = (YAML(typ="safe").load(config.read_text(encoding="utf-8")) or {}).get("custom_template_path")
    if not declared:
        return []
    folder = (config.parent / str(declared)).resolve()
    if not folder.is_dir():
        raise RegenerateError(f"{config.name} names custom templates in {folder}, which does not exist.")
    return ["--custom-template-path", str(folder)]


def run_generator(spec_path: Path, config: Path, package_dir: Path) -> None:
    """Run openapi-python-client; any warning fails the run."""
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    command = [
        os.path.join(bin_dir, "openapi-python-client"),
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--fail-on-warning",
        *template_option(config),
    ]
    proc = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RegenerateError("openapi-python-client failed:\n" + (proc.stdout + proc.stderr).strip())


def build_client(root: Path, raw: bytes, spec_label: str, out_dir: Path) -> Manifest:
    """Generate the client for ``raw`` into ``out_dir`` (which must not exist)."""
    upstream, patched = patch_spec(raw, root / "openapi" / "overlay.json")
    validate(patched)
    out_dir.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="heygen-spec-") as tmp:
        spec_path = Path(tmp) / "patched.json"
        spec_path.write_text(json.dumps(patched), encoding="utf-8")
        run_generator(spec_path, root / "openapi" / "generator-config.yaml", out_dir / PACKAGE)
    (out_dir / PACKAGE / "py.typed").write_text("", encoding="utf-8")
    manifest = build_manifest(
        upstream=upstream,
        patched=patched,
        spec_info={
            "file": spec_label,
            "sha256": sha256(raw),
            "overlay_sha256": sha256((root / "openapi" / "overlay.json").read_bytes()),
        },
        package_dir=out_dir / PACKAGE,
    )
    manifest.write(out_dir / "manifest.json")
    return manifest


def write_record(root: Path, raw: bytes, source: str, date: str | None) -> None:
    """Store an upstream file byte-for-byte in ``openapi/`` with its provenance record."""
    (root / "openapi" / SPEC_NAME).write_bytes(raw)
    record = {
        "file": SPEC_NAME,
        "source": source,
        "date": date or dt.date.today().isoformat(),
        "sha256": sha256(raw),
    }
    (root / "openapi" / RECORD_NAME).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def regenerate(root: Path, new_spec: tuple[bytes, str, str | None] | None = None) -> None:
    """Rebuild ``generated_client/`` and print what changed.

    With ``new_spec`` (bytes, source, date) that file is adopted into ``openapi/``, but only once
    the client was generated from it, so a spec the generator rejects changes nothing.
    """
    raw = new_spec[0] if new_spec else (root / "openapi" / SPEC_NAME).read_bytes()
    target = root / "generated_client"
    previous = Manifest.read(target / "manifest.json")
    with tempfile.TemporaryDirectory(prefix="heygen-gen-") as tmp:
        fresh = Path(tmp) / "generated_client"
        manifest = build_client(root, raw, SPEC_NAME, fresh)
        if new_spec:
            write_record(root, *new_spec)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(fresh, target)
    print(f"generated {len(manifest.operations)} operations into generated_client/{PACKAGE}")
    for line in describe_changes(previous, manifest):
        print(line)


def check(root: Path) -> int:
    """Regenerate into a temporary folder and compare with the committed client."""
    raw = (root / "openapi" / SPEC_NAME).read_bytes()
    with tempfile.TemporaryDirectory(prefix="heygen-check-") as tmp:
        fresh = Path(tmp) / "generated_client"
        manifest = build_client(root, raw, SPEC_NAME, fresh)
        problems = diff_trees(root / "generated_client", fresh)
        committed = Manifest.read(root / "generated_client" / "manifest.json")
        changes = describe_changes(committed, manifest)
    if not problems:
        print(f"generated_client/ matches the spec ({len(manifest.operations)} operations).")
        return 0
    print("generated_client/ differs from what openapi/ generates; run `make regen` and commit.")
    for line in problems[:40]:
        print(f"  {line}")
    if len(problems) > 40:
        print(f"  ... and {len(problems) - 40} more files")
    for line in changes:
        print(line)
    return 1


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", help="adopt this HeyGen spec (path or http(s) URL) before regenerating")
    parser.add_argument("--source", help="provenance text for --spec (default: the path or URL)")
    parser.add_argument("--date", help="date of the --spec file, YYYY-MM-DD (default: today)")
    parser.add_argument("--check", action="store_true", help="fail if generated_client/ is stale")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    try:
        if args.check:
            return check(root)
        new_spec = (fetch_spec(args.spec), args.source or args.spec, args.date) if args.spec else None
        regenerate(root, new_spec)
    except RegenerateError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
