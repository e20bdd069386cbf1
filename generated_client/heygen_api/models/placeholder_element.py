from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PlaceholderElement")


@_attrs_define
class PlaceholderElement:
    """An element this version names but does not describe.

    Exists so a scene's ``elements`` array is never a filtered view presented as a complete one: a
    caller iterating it sees every element the scene places. Carries exactly two fields: which
    element this is, and what kind of thing it is.

    **Absence of content is not by itself proof that an element is undescribed.** A described
    category can serialize with nothing but an id and a type when every optional field happens to be
    unavailable, and one case is reachable today: an image with no usable link carries no ``url``,
    leaving ``{id, type}``. Read the ``type`` to tell them apart.
    ``avatar``, ``image`` and ``video`` are described, so a bare one of those is a described element
    missing an optional value rather than an unexpanded node.

    The ``id`` matters most here. Two masked elements in one scene are otherwise identical on the
    wire, so without it a caller can see that the scene places two things and nothing else about
    either.

        Attributes:
            id (str): Opaque identifier of this element within the video. Not to be parsed, sorted, or assumed to encode
                anything. Stable across edits and across regeneration of the video.
            type_ (str): The element's category. An **open set**: new values may be added, so treat an unrecognized one as
                an element to skip rather than an error. Several kinds of element can share one value, so a category says what
                an element is rather than naming a single underlying kind. Every value is permanent except 'other', which means
                'a kind of element this API does not yet categorise' and may be replaced by a more specific category later.
    """

    id: str
    type_: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        placeholder_element = cls(
            id=id,
            type_=type_,
        )

        return placeholder_element
