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

T = TypeVar("T", bound="GraphRunInputBinding")


@_attrs_define
class GraphRunInputBinding:
    """Binds an input port to a declared workflow input supplied at run start.

    Attributes:
        name (str): Name of the declared workflow input.
        kind (Literal['run_input'] | Unset):  Default: 'run_input'.
    """

    name: str
    kind: Literal["run_input"] | Unset = "run_input"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = cast(Literal["run_input"] | Unset, d.pop("kind", UNSET))
        if kind != "run_input" and not isinstance(kind, Unset):
            raise ValueError(f"kind must match const 'run_input', got '{kind}'")

        graph_run_input_binding = cls(
            name=name,
            kind=kind,
        )

        return graph_run_input_binding
