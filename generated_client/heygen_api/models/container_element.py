from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_element import AvatarElement
    from ..models.image_element import ImageElement
    from ..models.placeholder_element import PlaceholderElement
    from ..models.video_element import VideoElement


T = TypeVar("T", bound="ContainerElement")


@_attrs_define
class ContainerElement:
    """An element that holds other elements: a group, or a mask.

    A scene lists the container, not its contents, so a scene holding one group of five images
    lists a single element while five things render. Walking a scene's composition means recursing
    into ``children``.

    A mask matters more here than a group: a group conveys linkage this response does not express,
    while a mask conveys clipping, so treating a masked image as a plain image asserts a
    composition that renders differently in kind.

        Attributes:
            id (str): Opaque identifier of this element within the video. Not to be parsed, sorted, or assumed to encode
                anything. Stable across edits and across regeneration of the video.
            type_ (str): The container's category, e.g. 'group' or 'mask'.
            children (list[AvatarElement | ContainerElement | ImageElement | PlaceholderElement | VideoElement] | Unset):
                The elements this container holds, each described exactly as a top-level element would be.
    """

    id: str
    type_: str
    children: (
        list[
            AvatarElement
            | ContainerElement
            | ImageElement
            | PlaceholderElement
            | VideoElement
        ]
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.avatar_element import AvatarElement  # noqa: PLC0415
        from ..models.image_element import ImageElement  # noqa: PLC0415
        from ..models.placeholder_element import PlaceholderElement  # noqa: PLC0415
        from ..models.video_element import VideoElement  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item: dict[str, Any]
                if isinstance(children_item_data, AvatarElement):
                    children_item = children_item_data.to_dict()
                elif isinstance(children_item_data, ImageElement):
                    children_item = children_item_data.to_dict()
                elif isinstance(children_item_data, VideoElement):
                    children_item = children_item_data.to_dict()
                elif isinstance(children_item_data, PlaceholderElement):
                    children_item = children_item_data.to_dict()
                else:
                    children_item = children_item_data.to_dict()

                children.append(children_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar_element import AvatarElement  # noqa: PLC0415
        from ..models.image_element import ImageElement  # noqa: PLC0415
        from ..models.placeholder_element import PlaceholderElement  # noqa: PLC0415
        from ..models.video_element import VideoElement  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        _children = d.pop("children", UNSET)
        children: (
            list[
                AvatarElement
                | ContainerElement
                | ImageElement
                | PlaceholderElement
                | VideoElement
            ]
            | Unset
        ) = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:

                def _parse_children_item(
                    data: object,
                ) -> (
                    AvatarElement
                    | ContainerElement
                    | ImageElement
                    | PlaceholderElement
                    | VideoElement
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        children_item_type_0 = AvatarElement.from_dict(data)

                        return children_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        children_item_type_1 = ImageElement.from_dict(data)

                        return children_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        children_item_type_2 = VideoElement.from_dict(data)

                        return children_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        children_item_type_3 = PlaceholderElement.from_dict(data)

                        return children_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    children_item_type_4 = ContainerElement.from_dict(data)

                    return children_item_type_4

                children_item = _parse_children_item(children_item_data)

                children.append(children_item)

        container_element = cls(
            id=id,
            type_=type_,
            children=children,
        )

        return container_element
