from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphLiteralBinding")


@_attrs_define
class GraphLiteralBinding:
    """Binds an input port to a fixed JSON value authored in the graph.

    Attributes:
        kind (Literal['literal'] | Unset):  Default: 'literal'.
        value (Any | Unset):
    """

    kind: Literal["literal"] | Unset = "literal"
    value: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["literal"] | Unset, d.pop("kind", UNSET))
        if kind != "literal" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'literal', got '{kind}'")

        value = d.pop("value", UNSET)

        graph_literal_binding = cls(
            kind=kind,
            value=value,
        )

        return graph_literal_binding
