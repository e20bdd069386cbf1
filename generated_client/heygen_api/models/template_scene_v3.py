from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_scene_variable_ref import TemplateSceneVariableRef


T = TypeVar("T", bound="TemplateSceneV3")


@_attrs_define
class TemplateSceneV3:
    """A scene defined in the template.

    Attributes:
        scene_id (str): Scene ID, usable in the generate request's scene_ids
        script (None | str | Unset): Scene script text, with variable placeholders unreplaced
        variables (list[TemplateSceneVariableRef] | Unset): Variables used in this scene
    """

    scene_id: str
    script: None | str | Unset = UNSET
    variables: list[TemplateSceneVariableRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_id = self.scene_id

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scene_id": scene_id,
            }
        )
        if script is not UNSET:
            field_dict["script"] = script
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_scene_variable_ref import TemplateSceneVariableRef  # noqa: PLC0415

        d = dict(src_dict)
        scene_id = d.pop("scene_id")

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        _variables = d.pop("variables", UNSET)
        variables: list[TemplateSceneVariableRef] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = TemplateSceneVariableRef.from_dict(variables_item_data)

                variables.append(variables_item)

        template_scene_v3 = cls(
            scene_id=scene_id,
            script=script,
            variables=variables,
        )

        template_scene_v3.additional_properties = d
        return template_scene_v3

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
