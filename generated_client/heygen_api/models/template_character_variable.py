from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.template_character_variable_character_type import (
    TemplateCharacterVariableCharacterType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateCharacterVariable")


@_attrs_define
class TemplateCharacterVariable:
    """Replaces an avatar or talking-photo placeholder in the template.

    Attributes:
        type_ (Literal['character']): Variable type discriminator
        character_id (str): Avatar ID or talking photo ID to place
        character_type (TemplateCharacterVariableCharacterType | Unset): Kind of character the character_id refers to
            Default: TemplateCharacterVariableCharacterType.AVATAR.
    """

    type_: Literal["character"]
    character_id: str
    character_type: TemplateCharacterVariableCharacterType | Unset = (
        TemplateCharacterVariableCharacterType.AVATAR
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        character_id = self.character_id

        character_type: str | Unset = UNSET
        if not isinstance(self.character_type, Unset):
            character_type = self.character_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "character_id": character_id,
            }
        )
        if character_type is not UNSET:
            field_dict["character_type"] = character_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["character"], d.pop("type"))
        if type_ != "character":
            raise ValueError(f"type must match const 'character', got '{type_}'")

        character_id = d.pop("character_id")

        _character_type = d.pop("character_type", UNSET)
        character_type: TemplateCharacterVariableCharacterType | Unset
        if isinstance(_character_type, Unset):
            character_type = UNSET
        else:
            character_type = TemplateCharacterVariableCharacterType(_character_type)

        template_character_variable = cls(
            type_=type_,
            character_id=character_id,
            character_type=character_type,
        )

        return template_character_variable
