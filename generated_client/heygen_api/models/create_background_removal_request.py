from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreateBackgroundRemovalRequest")


@_attrs_define
class CreateBackgroundRemovalRequest:
    """
    Attributes:
        video (AssetBase64 | AssetId | AssetUrl): Input video to remove the background from (url, asset_id, or base64).
        layers (list[str] | Unset): Output layers to return. Any of: 'foreground' (subject on a transparent background),
            'mask' (grayscale alpha matte), 'background' (the scene with the subject removed). Defaults to all three.
        title (None | str | Unset): Optional human-readable title for the job.
        request_id (None | str | Unset): Client-provided idempotency key — *the* idempotency mechanism for this
            endpoint. Re-sending the same `request_id` returns the *original* job (same `id`, same `status`, same charge)
            instead of creating a new one — the dedup is over (`space_id`, `request_id`), not over the response body, so a
            duplicate `request_id` with different content still collides on the original job. The HTTP `Idempotency-Key`
            header is *not* honored here; pick a per-content `request_id` if you need per-content dedup.
    """

    video: AssetBase64 | AssetId | AssetUrl
    layers: list[str] | Unset = UNSET
    title: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        video: dict[str, Any]
        if isinstance(self.video, AssetUrl):
            video = self.video.to_dict()
        elif isinstance(self.video, AssetId):
            video = self.video.to_dict()
        else:
            video = self.video.to_dict()

        layers: list[str] | Unset = UNSET
        if not isinstance(self.layers, Unset):
            layers = self.layers

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "video": video,
            }
        )
        if layers is not UNSET:
            field_dict["layers"] = layers
        if title is not UNSET:
            field_dict["title"] = title
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_video(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = AssetUrl.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_1 = AssetId.from_dict(data)

                return video_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            video_type_2 = AssetBase64.from_dict(data)

            return video_type_2

        video = _parse_video(d.pop("video"))

        layers = cast(list[str], d.pop("layers", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        create_background_removal_request = cls(
            video=video,
            layers=layers,
            title=title,
            request_id=request_id,
        )

        return create_background_removal_request
