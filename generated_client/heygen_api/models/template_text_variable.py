from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="TemplateTextVariable")


@_attrs_define
class TemplateTextVariable:
    """Replaces a text placeholder in the template.

    Attributes:
        type_ (Literal['text']): Variable type discriminator
        content (str): Replacement text content. May be empty in GET responses (unfilled template default); must be non-
            empty when generating.
    """

    type_: Literal["text"]
    content: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        content = d.pop("content")

        template_text_variable = cls(
            type_=type_,
            content=content,
        )

        return template_text_variable
