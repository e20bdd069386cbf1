"""The open-enum templates: declared in the generator config, used by every run, drift-gated.

The real generator runs, into scratch folders; nothing here touches the repository.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.regenerate import build_client, main, template_option

# A tiny spec with one string enum and one integer enum (HeyGen's spec has no integer enum).
TINY = {
    "openapi": "3.1.0",
    "info": {"title": "tiny", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "getThing",
                "responses": {
                    "200": {
                        "description": "a thing",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["kind", "level"],
                "properties": {
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "level": {"type": "integer", "enum": [1, 2]},
                },
            }
        }
    },
}
READ_BACK = """
from tiny_client.models import Thing
thing = Thing.from_dict({"kind": "c", "level": 3})
print(repr(thing.kind), repr(thing.level), thing.kind == "c", thing.level == 3, thing.to_dict())
"""


def test_the_generator_config_names_the_templates(root: Path) -> None:
    option = template_option(root / "openapi" / "generator-config.yaml")
    assert option == ["--custom-template-path", str((root / "openapi" / "templates").resolve())]
    assert {p.name for p in (root / "openapi" / "templates").iterdir()} == {
        "str_enum.py.jinja",
        "int_enum.py.jinja",
    }


def test_both_enum_kinds_keep_an_unlisted_value(root: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "root" / "openapi"  # the project's config and templates, and no patches
    shutil.copytree(root / "openapi" / "templates", scratch / "templates")
    shutil.copy(root / "openapi" / "generator-config.yaml", scratch)
    overlay = json.loads((root / "openapi" / "overlay.json").read_text(encoding="utf-8"))
    (scratch / "overlay.json").write_text(json.dumps({**overlay, "actions": []}), encoding="utf-8")
    build_client(scratch.parent, json.dumps(TINY).encode(), "tiny.json", tmp_path / "out")
    (tmp_path / "out" / "heygen_api").rename(tmp_path / "out" / "tiny_client")
    shown = subprocess.run(
        [sys.executable, "-c", READ_BACK], cwd=tmp_path / "out", capture_output=True, text=True, check=True
    ).stdout.strip()
    assert shown == ("<ThingKind.c: 'c'> <ThingLevel.VALUE_3: 3> True True {'kind': 'c', 'level': 3}"), shown


def test_the_drift_gate_catches_a_template_edit(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = repo_copy / "openapi" / "templates" / "str_enum.py.jinja"
    template.write_text(template.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert main(["--check", "--root", str(repo_copy)]) == 1
    assert "differs: heygen_api/models/get_session_response_status.py" in capsys.readouterr().out
