"""Regenerate on a spec change, end to end: a status and a field HeyGen adds reach the user; nothing breaks.

A copy of ``openapi/`` lists a new session status and a new field (in both families' session
answers); the real generator regenerates the client into a scratch tree (once for the module);
a subprocess with that tree first on ``PYTHONPATH`` drives sessions on the simulator whose
answers carry them, through the session layer and the panel (`tests.spec_change_drive`). The
committed client, unchanged, meets a status and a field no spec lists.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.widgets.html import text
from heygen_widgets.widgets.turn import unknown_headline
from tests.spec_change import NEW_FIELD, NEW_STATUS, edited_openapi, regenerate

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("chat", "sessions")
MODELS = {  # family: the answer's model and its status enum, as module.Class under heygen_api.models
    "chat": (
        "get_session_response.GetSessionResponse",
        "get_session_response_status.GetSessionResponseStatus",
    ),
    "sessions": (
        "interactive_get_session_response.InteractiveGetSessionResponse",
        "interactive_get_session_response_status.InteractiveGetSessionResponseStatus",
    ),
}
UNLISTED = "held_for_<review>&co"  # no spec lists it; HTML-special characters show the escaping


def drive(simulator: FakeHeyGen, status: str, client_tree: Path | None) -> dict[str, Any]:
    """Run `tests.spec_change_drive` for both families, with ``client_tree`` (if any) first on the path."""
    simulator.reset()
    simulator.faults.clear()
    cases = [{"family": family, "status": status, "fields": {NEW_FIELD: 3}} for family in FAMILIES]
    path = [str(client_tree)] if client_tree else []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*path, str(ROOT)])}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.spec_change_drive", simulator.url, json.dumps(cases)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout.splitlines()[-1])
    result["by_family"] = dict(zip(FAMILIES, result.pop("cases"), strict=True))
    return result


def _module_text(tree: Path, name: str) -> str:
    """The source of ``heygen_api.models.<module>`` in ``tree``, for ``name`` = ``module.Class``."""
    return (tree / "heygen_api" / "models" / f"{name.partition('.')[0]}.py").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def regenerated(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding the ``heygen_api`` generated from the edited spec (about 8 s, once)."""
    scratch = tmp_path_factory.mktemp("spec-change")
    return regenerate(edited_openapi(root / "openapi", scratch / "root"), scratch / "client").parent


@pytest.fixture(scope="module")
def with_new_client(regenerated: Path, simulator: FakeHeyGen) -> dict[str, Any]:
    """The regenerated client meets the status and the field its spec now lists."""
    return drive(simulator, NEW_STATUS, regenerated)


@pytest.fixture(scope="module")
def with_committed_client(simulator: FakeHeyGen) -> dict[str, Any]:
    """The committed client meets a status and a field its spec does not list."""
    return drive(simulator, UNLISTED, None)


def test_the_regenerated_client_lists_the_status_and_types_the_field(regenerated: Path, root: Path) -> None:
    for tree, has_them in ((regenerated, True), (root / "generated_client", False)):
        for model, enum in MODELS.values():
            source = {name: _module_text(tree, name) for name in (model, enum)}
            listed = f'QUEUED_FOR_REVIEW = "{NEW_STATUS}"' in source[enum]
            typed = f"{NEW_FIELD}: int | Unset" in source[model]  # a typed attribute, optional
            assert (listed, typed) == (has_them, has_them), (tree, model)


def test_the_session_layer_imports_the_client_first_on_the_path(
    with_new_client: dict[str, Any], with_committed_client: dict[str, Any], regenerated: Path, root: Path
) -> None:
    assert Path(with_new_client["heygen_api"]).parent == regenerated / "heygen_api"
    assert Path(with_committed_client["heygen_api"]).parent == root / "generated_client" / "heygen_api"


@pytest.mark.parametrize("family", FAMILIES)
def test_a_new_status_and_field_reach_the_snapshot_as_typed_values(
    with_new_client: dict[str, Any], family: str
) -> None:
    seen = with_new_client["by_family"][family]
    assert seen["error"] is None, seen["error"]
    assert (seen["status"], seen["phase"]) == (NEW_STATUS, "unknown")
    model, enum = MODELS[family]
    assert seen["answer"] == {
        "type": f"heygen_api.models.{model}",
        "status": NEW_STATUS,
        "status_type": f"heygen_api.models.{enum}",
        "status_listed": True,  # a member of the regenerated enum, not a kept stranger
        "new_field": 3,  # a typed attribute now
        "additional_properties": {},
    }


@pytest.mark.parametrize("family", FAMILIES)
def test_an_unlisted_status_and_field_reach_the_snapshot_with_the_committed_client(
    with_committed_client: dict[str, Any], family: str
) -> None:
    seen = with_committed_client["by_family"][family]
    assert seen["error"] is None, seen["error"]
    assert (seen["status"], seen["phase"]) == (UNLISTED, "unknown")
    model, enum = MODELS[family]
    assert seen["answer"] == {
        "type": f"heygen_api.models.{model}",
        "status": UNLISTED,
        "status_type": f"heygen_api.models.{enum}",  # kept by the open enum, typed all the same
        "status_listed": False,
        "new_field": None,
        "additional_properties": {NEW_FIELD: 3},  # reachable, untyped, until a regeneration
    }


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("client", ["regenerated", "committed"])
def test_the_panel_names_the_status_it_does_not_know_and_keeps_reading(
    with_new_client: dict[str, Any], with_committed_client: dict[str, Any], client: str, family: str
) -> None:
    new = client == "regenerated"
    status = NEW_STATUS if new else UNLISTED
    seen = (with_new_client if new else with_committed_client)["by_family"][family]
    assert seen["error"] is None, seen["error"]
    assert seen["panel_status"] == status  # the poller's step brought it to the panel
    assert text(unknown_headline(status)) in seen["turn"]
    assert f"{text(status)}</span>" in seen["badge"] and "hgw-unknown" in seen["badge"]
    assert seen["notice"] == ""  # no error line
    assert status not in seen["everything"] or text(status) == status  # escaped wherever it shows
    assert "Traceback" not in seen["everything"]
