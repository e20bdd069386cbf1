from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_object_binding_fields import GraphObjectBindingFields


T = TypeVar("T", bound="GraphObjectBinding")


@_attrs_define
class GraphObjectBinding:
    """Composes a JSON object from nested bindings; valid only for a `json` port.

    Attributes:
        kind (Literal['object'] | Unset):  Default: 'object'.
        fields (GraphObjectBindingFields | Unset): Object fields, each bound independently.
    """

    kind: Literal["object"] | Unset = "object"
    fields: GraphObjectBindingFields | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.graph_object_binding_fields import GraphObjectBindingFields  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["object"] | Unset, d.pop("kind", UNSET))
        if kind != "object" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'object', got '{kind}'")

        _fields = d.pop("fields", UNSET)
        fields: GraphObjectBindingFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = GraphObjectBindingFields.from_dict(_fields)

        graph_object_binding = cls(
            kind=kind,
            fields=fields,
        )

        return graph_object_binding
