"""Imports point down only (see the layer table in the README), and public names are declared."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# module prefix -> what it must never import; the first matching prefix applies
LOWER_LAYERS_ONLY = {
    "heygen_widgets.widgets",
    "heygen_widgets.poller",
    "heygen_widgets.session",
    "ipywidgets",
}
FORBIDDEN = {
    "heygen_api": {"heygen_widgets"},
    "heygen_widgets.fake": {"heygen_api", "heygen_widgets"},
    "heygen_widgets.widgets": {"heygen_api"},
    "heygen_widgets.poller": {
        "heygen_api",
        "ipywidgets",
        "heygen_widgets.widgets",
        "heygen_widgets.session",
        "heygen_widgets.batch",
    },
    "heygen_widgets.session": {
        "ipywidgets",
        "heygen_widgets.widgets",
        "heygen_widgets.poller",
        "heygen_widgets.batch",
    },
    "heygen_widgets.batch": {"heygen_api", "ipywidgets", "heygen_widgets.widgets"},
    "heygen_widgets.snapshot": {"heygen_api", *LOWER_LAYERS_ONLY},
    "heygen_widgets.errors": {"heygen_api", *LOWER_LAYERS_ONLY},
    "heygen_widgets": {"heygen_api"},  # the package facade re-exports the layers, but not the client
}
# modules allowed an import the rule above forbids
ALLOWED = {
    "heygen_widgets.fake": {"heygen_widgets.fake"},
}


def modules() -> list[tuple[str, Path]]:
    found = []
    for base, package in ((ROOT, "heygen_widgets"), (ROOT / "generated_client", "heygen_api")):
        for path in sorted((base / package).rglob("*.py")):
            name = ".".join(path.relative_to(base).with_suffix("").parts).removesuffix(".__init__")
            found.append((name, path))
    return found


def imported_names(path: Path, module: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if path.name != "__init__.py":
                    base = base[:-1]
                base = base[: len(base) - node.level + 1]
                names.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                names.add(node.module)
    return names


def rule_for(module: str) -> tuple[set[str], set[str]]:
    forbidden: set[str] = set()
    for prefix, banned in FORBIDDEN.items():  # dict order: specific prefixes come first
        if module == prefix or module.startswith(prefix + "."):
            forbidden = banned
            break
    allowed = next((v for k, v in ALLOWED.items() if module == k or module.startswith(k + ".")), set())
    return forbidden, allowed


def violates(name: str, forbidden: set[str], allowed: set[str]) -> bool:
    def under(prefixes: set[str]) -> bool:
        return any(name == p or name.startswith(p + ".") for p in prefixes)

    return under(forbidden) and not under(allowed)


def test_imports_point_down_only() -> None:
    found = modules()
    assert len(found) > 1000  # the generated client and the hand-written package are both walked
    bad = []
    for module, path in found:
        forbidden, allowed = rule_for(module)
        names = imported_names(path, module)
        bad += [f"{module} imports {n}" for n in sorted(names) if violates(n, forbidden, allowed)]
    assert bad == []


def test_the_rule_catches_an_upward_import() -> None:
    forbidden, allowed = rule_for("heygen_widgets.fake.model")
    assert violates("heygen_api.client", forbidden, allowed)
    assert violates("heygen_widgets.session", forbidden, allowed)
    assert not violates("heygen_widgets.fake.clock", forbidden, allowed)
    assert violates("heygen_api.models", *rule_for("heygen_widgets.poller"))
    assert violates("heygen_api.models", *rule_for("heygen_widgets.widgets.panel"))
    assert not violates("heygen_api.models", *rule_for("heygen_widgets.session.requests"))
    assert violates("heygen_widgets.session", *rule_for("heygen_widgets.snapshot"))


@pytest.mark.parametrize(
    "package",
    [
        "heygen_widgets",
        "heygen_widgets.fake",
        "heygen_widgets.session",
        "heygen_widgets.poller",
        "heygen_widgets.widgets",
        "heygen_widgets.batch",
    ],
)
def test_public_names_come_from_a_sorted_all(package: str) -> None:
    module = importlib.import_module(package)
    names = list(module.__all__)
    assert names == sorted(names)
    assert all(hasattr(module, name) for name in names)


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_generated_names(source: str) -> list[str]:
    """Private names of ``heygen_api`` that ``source`` uses: imported, or read off an imported name.

    The generated client's public surface (operation functions, models, ``types``, the clients)
    is what regeneration keeps stable; its underscored helpers (``_get_kwargs``,
    ``_parse_response``, ...) may change with any generator release.
    """
    tree = ast.parse(source)
    bound: set[str] = set()
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "heygen_api":
            module = node.module or ""
            found += [f"{module}.{a.name}" for a in node.names if _private(a.name)]
            found += [module] if any(_private(part) for part in module.split(".")) else []
            bound.update(a.asname or a.name for a in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "heygen_api":
                    found += [alias.name] if any(_private(p) for p in alias.name.split(".")) else []
                    bound.add(alias.asname or alias.name.split(".")[0])
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            root = node.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in bound:
                found.append(f"{root.id}...{node.attr}")
    return found


def hand_written_files() -> list[Path]:
    folders = [ROOT / "heygen_widgets", ROOT / "scripts", ROOT / "tests", ROOT / "docs"]
    return sorted(p for folder in folders for p in folder.rglob("*.py"))


def test_no_hand_written_module_uses_a_private_name_of_the_generated_client() -> None:
    files = hand_written_files()
    assert len(files) > 100
    bad = [
        f"{p.relative_to(ROOT)}: {n}" for p in files for n in private_generated_names(p.read_text("utf-8"))
    ]
    assert bad == []


def test_the_private_name_rule_catches_what_the_session_layer_used_to_do() -> None:
    source = (
        "from heygen_api.api.voices import list_voices_v3\n"
        "from heygen_api.api.videos import get_video_v3 as gv\n"
        "import heygen_api.client as c\n"
        "from heygen_api.types import _Hidden\n"
        "kwargs = list_voices_v3._get_kwargs(limit=5)\n"
        "gv._parse_response(client=None, response=None)\n"
        "c.AuthenticatedClient._base_url\n"
        "list_voices_v3.sync_detailed(client=None)\n"
    )
    assert sorted(private_generated_names(source)) == [
        "c..._base_url",
        "gv..._parse_response",
        "heygen_api.types._Hidden",
        "list_voices_v3..._get_kwargs",
    ]
