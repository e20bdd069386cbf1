from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateSceneVariableRef")


@_attrs_define
class TemplateSceneVariableRef:
    """A variable used within a scene.

    Attributes:
        name (str): Variable name, matching a key in the template's variables
        variable_type (str): Variable type: text, image, video, audio, character, or voice
    """

    name: str
    variable_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        variable_type = self.variable_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "variable_type": variable_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        variable_type = d.pop("variable_type")

        template_scene_variable_ref = cls(
            name=name,
            variable_type=variable_type,
        )

        template_scene_variable_ref.additional_properties = d
        return template_scene_variable_ref

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
