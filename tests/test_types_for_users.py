"""A user's type checker sees the toolkit's types: ``py.typed``, Literal choices, the typed client.

mypy runs as a user's would: on a script outside the project, with no project config, finding
``heygen_widgets`` where pip installed it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_SCRIPT = """
from heygen_widgets import connect

heygen = connect(offline=True, quiet=True)
reveal_type(heygen.generated_client())
reveal_type(heygen.create("A video").family)
heygen.create("A video", family="chats")
heygen.create("A video", mode="render")
heygen.create("A video", orientation="square")
"""


def test_a_users_type_checker_sees_the_types(tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(USER_SCRIPT, encoding="utf-8")
    (tmp_path / "empty.ini").write_text("", encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "empty.ini", "user.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    assert "py.typed" not in checked and "missing library stubs" not in checked, checked
    assert 'Revealed type is "heygen_api.client.AuthenticatedClient"' in checked, checked
    assert "Revealed type is \"Literal['chat'] | Literal['sessions']\"" in checked, checked
    for line, param in ((7, "family"), (8, "mode"), (9, "orientation")):
        assert f'user.py:{line}: error: Argument "{param}" to "create"' in checked, checked


def test_the_marker_is_in_the_package_the_wheel_ships() -> None:
    package = Path(__file__).resolve().parents[1] / "heygen_widgets"
    assert (package / "py.typed").is_file()
    pyproject = (package.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'packages = ["heygen_widgets", "generated_client/heygen_api"]' in pyproject  # whole folders
