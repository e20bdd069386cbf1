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

from ..models.create_batch_video_from_cinematic_avatar_aspect_ratio import (
    CreateBatchVideoFromCinematicAvatarAspectRatio,
)
from ..models.create_batch_video_from_cinematic_avatar_resolution import (
    CreateBatchVideoFromCinematicAvatarResolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreateBatchVideoFromCinematicAvatar")


@_attrs_define
class CreateBatchVideoFromCinematicAvatar:
    """Create a video from a text prompt plus avatar and asset references (Cinematic Avatar).

    Cinematic Avatar generates a video from a natural-language ``prompt`` guided by
    reference content: one to three avatar looks and optional reference assets
    (images / videos / audio). Unlike the ``avatar`` and ``image`` modes there is
    no script or voice — motion and speech are driven entirely by the prompt and
    the supplied references. Backed by the Seedance generation pipeline.

        Attributes:
            type_ (Literal['cinematic_avatar']): Must be 'cinematic_avatar' for prompt-and-reference video creation.
            prompt (str): Natural-language prompt describing the video to generate.
            avatar_id (list[str]): Avatar look ID(s) used as visual references. Provide 1 to 3 look IDs.
            references (list[AssetBase64 | AssetId | AssetUrl] | None | Unset): Reference assets (images, videos, or audio)
                guiding the generation. Each accepts a URL, an asset_id, or inline base64. Combined limits: at most 3 videos and
                9 images across avatars and references.
            aspect_ratio (CreateBatchVideoFromCinematicAvatarAspectRatio | Unset): Output aspect ratio. Supported for
                cinematic_avatar: '16:9', '9:16', '1:1'. Defaults to '16:9'. Default:
                CreateBatchVideoFromCinematicAvatarAspectRatio.VALUE_0.
            resolution (CreateBatchVideoFromCinematicAvatarResolution | Unset): Output resolution. Supported for
                cinematic_avatar: '720p', '1080p'. Defaults to '720p'. Default:
                CreateBatchVideoFromCinematicAvatarResolution.VALUE_0.
            auto_duration (bool | Unset): Let the model choose the video length. When true, omit duration. Default: False.
            duration (int | None | Unset): Video length in seconds (4–15). Defaults to 10. Omit when auto_duration is true.
            enhance_prompt (bool | Unset): Enable server-side prompt enhancement. Default: False.
            title (None | str | Unset): Display title for the video in the HeyGen dashboard.
    """

    type_: Literal["cinematic_avatar"]
    prompt: str
    avatar_id: list[str]
    references: list[AssetBase64 | AssetId | AssetUrl] | None | Unset = UNSET
    aspect_ratio: CreateBatchVideoFromCinematicAvatarAspectRatio | Unset = (
        CreateBatchVideoFromCinematicAvatarAspectRatio.VALUE_0
    )
    resolution: CreateBatchVideoFromCinematicAvatarResolution | Unset = (
        CreateBatchVideoFromCinematicAvatarResolution.VALUE_0
    )
    auto_duration: bool | Unset = False
    duration: int | None | Unset = UNSET
    enhance_prompt: bool | Unset = False
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        type_ = self.type_

        prompt = self.prompt

        avatar_id = self.avatar_id

        references: list[dict[str, Any]] | None | Unset
        if isinstance(self.references, Unset):
            references = UNSET
        elif isinstance(self.references, list):
            references = []
            for references_type_0_item_data in self.references:
                references_type_0_item: dict[str, Any]
                if isinstance(references_type_0_item_data, AssetUrl):
                    references_type_0_item = references_type_0_item_data.to_dict()
                elif isinstance(references_type_0_item_data, AssetId):
                    references_type_0_item = references_type_0_item_data.to_dict()
                else:
                    references_type_0_item = references_type_0_item_data.to_dict()

                references.append(references_type_0_item)

        else:
            references = self.references

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        auto_duration = self.auto_duration

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        enhance_prompt = self.enhance_prompt

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "prompt": prompt,
                "avatar_id": avatar_id,
            }
        )
        if references is not UNSET:
            field_dict["references"] = references
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if auto_duration is not UNSET:
            field_dict["auto_duration"] = auto_duration
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["cinematic_avatar"], d.pop("type"))
        if type_ != "cinematic_avatar":
            raise ValueError(f"type must match const 'cinematic_avatar', got '{type_}'")

        prompt = d.pop("prompt")

        avatar_id = cast(list[str], d.pop("avatar_id"))

        def _parse_references(
            data: object,
        ) -> list[AssetBase64 | AssetId | AssetUrl] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                references_type_0 = []
                _references_type_0 = data
                for references_type_0_item_data in _references_type_0:

                    def _parse_references_type_0_item(
                        data: object,
                    ) -> AssetBase64 | AssetId | AssetUrl:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            references_type_0_item_type_0 = AssetUrl.from_dict(data)

                            return references_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            references_type_0_item_type_1 = AssetId.from_dict(data)

                            return references_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        references_type_0_item_type_2 = AssetBase64.from_dict(data)

                        return references_type_0_item_type_2

                    references_type_0_item = _parse_references_type_0_item(
                        references_type_0_item_data
                    )

                    references_type_0.append(references_type_0_item)

                return references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssetBase64 | AssetId | AssetUrl] | None | Unset, data)

        references = _parse_references(d.pop("references", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: CreateBatchVideoFromCinematicAvatarAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = CreateBatchVideoFromCinematicAvatarAspectRatio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: CreateBatchVideoFromCinematicAvatarResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = CreateBatchVideoFromCinematicAvatarResolution(_resolution)

        auto_duration = d.pop("auto_duration", UNSET)

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        create_batch_video_from_cinematic_avatar = cls(
            type_=type_,
            prompt=prompt,
            avatar_id=avatar_id,
            references=references,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            auto_duration=auto_duration,
            duration=duration,
            enhance_prompt=enhance_prompt,
            title=title,
        )

        return create_batch_video_from_cinematic_avatar
