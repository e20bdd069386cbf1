from __future__ import annotations

from typing import Any

import pytest

from scripts.overlay import OverlayError, apply_overlay, parse_target


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_parse_target_reads_dotted_and_bracketed_keys() -> None:
    assert parse_target("$.paths['/v3/x/{id}'].get.responses['200']") == [
        "paths",
        "/v3/x/{id}",
        "get",
        "responses",
        "200",
    ]


@pytest.mark.parametrize("target", ["paths.x", "$.paths[0]", "$..x", "$.a[*]"])
def test_parse_target_rejects_what_it_does_not_support(target: str) -> None:
    with pytest.raises(OverlayError, match="target"):
        parse_target(target)


def test_update_merges_objects_recursively_and_leaves_the_input_alone() -> None:
    spec = {"components": {"schemas": {"A": {"type": "object", "title": "A"}}}}
    patched, results = apply_overlay(
        spec, overlay({"target": "$.components.schemas.A", "update": {"title": "B", "x": {"y": 1}}})
    )
    assert patched["components"]["schemas"]["A"] == {"type": "object", "title": "B", "x": {"y": 1}}
    assert spec["components"]["schemas"]["A"] == {"type": "object", "title": "A"}
    assert [r.applied for r in results] == [True]


def test_update_appends_one_value_to_an_array_but_replaces_a_nested_array() -> None:
    spec: dict[str, Any] = {"tags": [{"name": "a"}], "op": {"tags": ["a"]}}
    patched, _ = apply_overlay(
        spec,
        overlay(
            {"target": "$.tags", "update": {"name": "b"}},
            {"target": "$.op", "update": {"tags": ["b"]}},
        ),
    )
    assert patched["tags"] == [{"name": "a"}, {"name": "b"}]
    assert patched["op"]["tags"] == ["b"]


def test_remove_deletes_the_node() -> None:
    patched, _ = apply_overlay(
        {"p": {"default": None, "type": "string"}},
        overlay({"target": "$.p.default", "remove": True}),
    )
    assert patched == {"p": {"type": "string"}}


def test_a_target_that_selects_nothing_is_reported_not_applied() -> None:
    patched, results = apply_overlay({"a": {}}, overlay({"target": "$.a.b.c", "remove": True}))
    assert patched == {"a": {}}
    assert results[0].applied is False
    assert results[0].target == "$.a.b.c"


def test_malformed_overlays_are_refused() -> None:
    with pytest.raises(OverlayError, match=r"Overlay 1\.x"):
        apply_overlay({}, {"actions": []})
    with pytest.raises(OverlayError, match="neither"):
        apply_overlay({"a": {}}, overlay({"target": "$.a"}))
