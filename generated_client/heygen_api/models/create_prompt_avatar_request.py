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
from attrs import field as _attrs_field

from ..models.prompt_avatar_aspect_ratio import PromptAvatarAspectRatio
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreatePromptAvatarRequest")


@_attrs_define
class CreatePromptAvatarRequest:
    """
    Attributes:
        type_ (Literal['prompt']): Must be 'prompt' for AI-generated avatars.
        name (str): Name of the avatar.
        prompt (str): Prompt for avatar generation.
        reference_images (list[AssetBase64 | AssetId | AssetUrl] | None | Unset): Reference images — each as {"type":
            "url", "url": "https://..."} or {"type": "asset_id", "asset_id": "..."}. Max 3.
        avatar_group_id (None | str | Unset): Optional identity (group) to save the generated avatar to. By default a
            new identity is created. If avatar_id is also provided, it must belong to this group.
        avatar_id (None | str | Unset): Optional avatar id to use as the visual reference for the generation. When
            provided without avatar_group_id, the new avatar is saved to the referenced avatar's group; when provided with
            avatar_group_id, the avatar must belong to that group and the result is saved there. The referenced avatar must
            exist and have a usable image, otherwise the request is rejected.
        aspect_ratio (None | PromptAvatarAspectRatio | Unset): Aspect ratio of the generated avatar image, e.g. '16:9',
            '9:16', '1:1'. 'auto' and omitting the field are equivalent: the generation model picks, matching the reference
            image's ratio when one is provided.
    """

    type_: Literal["prompt"]
    name: str
    prompt: str
    reference_images: list[AssetBase64 | AssetId | AssetUrl] | None | Unset = UNSET
    avatar_group_id: None | str | Unset = UNSET
    avatar_id: None | str | Unset = UNSET
    aspect_ratio: None | PromptAvatarAspectRatio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        type_ = self.type_

        name = self.name

        prompt = self.prompt

        reference_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.reference_images, Unset):
            reference_images = UNSET
        elif isinstance(self.reference_images, list):
            reference_images = []
            for reference_images_type_0_item_data in self.reference_images:
                reference_images_type_0_item: dict[str, Any]
                if isinstance(reference_images_type_0_item_data, AssetUrl):
                    reference_images_type_0_item = (
                        reference_images_type_0_item_data.to_dict()
                    )
                elif isinstance(reference_images_type_0_item_data, AssetId):
                    reference_images_type_0_item = (
                        reference_images_type_0_item_data.to_dict()
                    )
                else:
                    reference_images_type_0_item = (
                        reference_images_type_0_item_data.to_dict()
                    )

                reference_images.append(reference_images_type_0_item)

        else:
            reference_images = self.reference_images

        avatar_group_id: None | str | Unset
        if isinstance(self.avatar_group_id, Unset):
            avatar_group_id = UNSET
        else:
            avatar_group_id = self.avatar_group_id

        avatar_id: None | str | Unset
        if isinstance(self.avatar_id, Unset):
            avatar_id = UNSET
        else:
            avatar_id = self.avatar_id

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, PromptAvatarAspectRatio):
            aspect_ratio = self.aspect_ratio.value
        else:
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "prompt": prompt,
            }
        )
        if reference_images is not UNSET:
            field_dict["reference_images"] = reference_images
        if avatar_group_id is not UNSET:
            field_dict["avatar_group_id"] = avatar_group_id
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["prompt"], d.pop("type"))
        if type_ != "prompt":
            raise ValueError(f"type must match const 'prompt', got '{type_}'")

        name = d.pop("name")

        prompt = d.pop("prompt")

        def _parse_reference_images(
            data: object,
        ) -> list[AssetBase64 | AssetId | AssetUrl] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reference_images_type_0 = []
                _reference_images_type_0 = data
                for reference_images_type_0_item_data in _reference_images_type_0:

                    def _parse_reference_images_type_0_item(
                        data: object,
                    ) -> AssetBase64 | AssetId | AssetUrl:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            reference_images_type_0_item_type_0 = AssetUrl.from_dict(
                                data
                            )

                            return reference_images_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            reference_images_type_0_item_type_1 = AssetId.from_dict(
                                data
                            )

                            return reference_images_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        reference_images_type_0_item_type_2 = AssetBase64.from_dict(
                            data
                        )

                        return reference_images_type_0_item_type_2

                    reference_images_type_0_item = _parse_reference_images_type_0_item(
                        reference_images_type_0_item_data
                    )

                    reference_images_type_0.append(reference_images_type_0_item)

                return reference_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssetBase64 | AssetId | AssetUrl] | None | Unset, data)

        reference_images = _parse_reference_images(d.pop("reference_images", UNSET))

        def _parse_avatar_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_group_id = _parse_avatar_group_id(d.pop("avatar_group_id", UNSET))

        def _parse_avatar_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_id = _parse_avatar_id(d.pop("avatar_id", UNSET))

        def _parse_aspect_ratio(data: object) -> None | PromptAvatarAspectRatio | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = PromptAvatarAspectRatio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptAvatarAspectRatio | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        create_prompt_avatar_request = cls(
            type_=type_,
            name=name,
            prompt=prompt,
            reference_images=reference_images,
            avatar_group_id=avatar_group_id,
            avatar_id=avatar_id,
            aspect_ratio=aspect_ratio,
        )

        create_prompt_avatar_request.additional_properties = d
        return create_prompt_avatar_request

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
