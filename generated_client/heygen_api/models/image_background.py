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

T = TypeVar("T", bound="ImageBackground")


@_attrs_define
class ImageBackground:
    """A whole-frame image.

    Attributes:
        id (str): Opaque identifier of this element within the video. Not to be parsed, sorted, or assumed to encode
            anything. Stable across edits and across regeneration of the video.
        type_ (Literal['image'] | Unset): Background type discriminator. Default: 'image'.
        url (None | str | Unset): URL of the image. Present when the video records a link for this background and, if
            that link is signed, it is not at or near its deadline. Absent when no link is recorded, or the only recorded
            link has lapsed. Only the deadline is checked, so a present URL is not a promise that it resolves: it may name
            an object that has since moved, or a host the customer supplied. Signed links expire, so download what you need
            rather than storing the URL.
    """

    id: str
    type_: Literal["image"] | Unset = "image"
    url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["image"] | Unset, d.pop("type", UNSET))
        if type_ != "image" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image', got '{type_}'")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        image_background = cls(
            id=id,
            type_=type_,
            url=url,
        )

        return image_background
