from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.template_audio_variable import TemplateAudioVariable
    from ..models.template_character_variable import TemplateCharacterVariable
    from ..models.template_image_variable import TemplateImageVariable
    from ..models.template_text_variable import TemplateTextVariable
    from ..models.template_video_variable import TemplateVideoVariable
    from ..models.template_voice_variable import TemplateVoiceVariable


T = TypeVar("T", bound="TemplateDetailV3Variables")


@_attrs_define
class TemplateDetailV3Variables:
    """Variables defined in the template with their current default values, keyed by variable name"""

    additional_properties: dict[
        str,
        TemplateAudioVariable
        | TemplateCharacterVariable
        | TemplateImageVariable
        | TemplateTextVariable
        | TemplateVideoVariable
        | TemplateVoiceVariable,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_audio_variable import TemplateAudioVariable  # noqa: PLC0415
        from ..models.template_character_variable import TemplateCharacterVariable  # noqa: PLC0415
        from ..models.template_image_variable import TemplateImageVariable  # noqa: PLC0415
        from ..models.template_text_variable import TemplateTextVariable  # noqa: PLC0415
        from ..models.template_video_variable import TemplateVideoVariable  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, TemplateTextVariable):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TemplateImageVariable):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TemplateVideoVariable):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TemplateAudioVariable):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TemplateCharacterVariable):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_audio_variable import TemplateAudioVariable  # noqa: PLC0415
        from ..models.template_character_variable import TemplateCharacterVariable  # noqa: PLC0415
        from ..models.template_image_variable import TemplateImageVariable  # noqa: PLC0415
        from ..models.template_text_variable import TemplateTextVariable  # noqa: PLC0415
        from ..models.template_video_variable import TemplateVideoVariable  # noqa: PLC0415
        from ..models.template_voice_variable import TemplateVoiceVariable  # noqa: PLC0415

        d = dict(src_dict)
        template_detail_v3_variables = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                TemplateAudioVariable
                | TemplateCharacterVariable
                | TemplateImageVariable
                | TemplateTextVariable
                | TemplateVideoVariable
                | TemplateVoiceVariable
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = TemplateTextVariable.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = TemplateImageVariable.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = TemplateVideoVariable.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = TemplateAudioVariable.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_4 = TemplateCharacterVariable.from_dict(
                        data
                    )

                    return additional_property_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_5 = TemplateVoiceVariable.from_dict(data)

                return additional_property_type_5

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        template_detail_v3_variables.additional_properties = additional_properties
        return template_detail_v3_variables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        TemplateAudioVariable
        | TemplateCharacterVariable
        | TemplateImageVariable
        | TemplateTextVariable
        | TemplateVideoVariable
        | TemplateVoiceVariable
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: TemplateAudioVariable
        | TemplateCharacterVariable
        | TemplateImageVariable
        | TemplateTextVariable
        | TemplateVideoVariable
        | TemplateVoiceVariable,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
