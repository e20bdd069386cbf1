"""The committed notebooks, read as files: who acts in them, and what they show without a kernel."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
ACTIONS = {"send", "approve", "stop", "start_again", "submit", "click"}  # what only the user decides
MEDIA = re.compile(r"<(img|video|audio|source|iframe)\b", re.IGNORECASE)


def notebook(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    return data


def code_cells(name: str) -> list[str]:
    return ["".join(c["source"]) for c in notebook(name)["cells"] if c["cell_type"] == "code"]


def calls(source: str) -> set[str]:
    """The names of the methods and functions a cell calls."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            names.add(func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""))
    return names


def waits_for(source: str) -> set[str]:
    """What the cell's ``.wait(...)`` calls wait for."""
    return {
        str(node.args[0].value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "wait"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_the_quickstart_leaves_feedback_and_approval_to_the_user() -> None:
    cells = code_cells("quickstart.ipynb")
    assert any("session_panel" in calls(c) for c in cells)  # it shows the panel
    for source in cells:
        assert not calls(source) & ACTIONS, f"this quickstart cell acts for the user:\n{source}"
        # Run top to bottom (nbval, Voila), nothing may wait on what only the user can cause.
        assert waits_for(source) <= {"review"}, f"this quickstart cell waits on the user:\n{source}"
    text = " ".join(
        "".join(c["source"]) for c in notebook("quickstart.ipynb")["cells"] if c["cell_type"] == "markdown"
    )
    for step in ("Review the storyboard", "Send feedback", "Approve", "scripting.ipynb"):
        assert step in text


def test_the_scripted_loop_lives_in_the_scripting_notebook() -> None:
    assert {"send", "approve"} <= set().union(*(calls(c) for c in code_cells("scripting.ipynb")))


@pytest.mark.parametrize("name", sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
def test_a_saved_notebook_keeps_no_widget_state_and_no_media_that_dies(name: str) -> None:
    saved = notebook(name)
    assert "widgets" not in saved["metadata"], "save it with `make notebooks` (no widget state)"
    for cell in saved["cells"]:
        for output in cell.get("outputs", []):
            markup = "".join(output.get("data", {}).get("text/html", ""))
            assert not MEDIA.search(markup), f"{name}: a saved output loads media that will not be there"


def test_the_quickstart_saves_a_readable_view_of_the_draft() -> None:
    outputs = [o for c in notebook("quickstart.ipynb")["cells"] for o in c.get("outputs", [])]
    saved = ["".join(o["data"]["text/html"]) for o in outputs if "text/html" in o.get("data", {})]
    assert len(saved) == 1
    view = saved[0]
    assert "Your turn: review the storyboard" in view and view.count('class="hgw-saved-scene"') == 5
    assert "thinking" not in view.lower() and "0%" not in view
