from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_batch_video_from_avatar import CreateBatchVideoFromAvatar
    from ..models.create_batch_video_from_cinematic_avatar import (
        CreateBatchVideoFromCinematicAvatar,
    )
    from ..models.create_batch_video_from_image import CreateBatchVideoFromImage
    from ..models.create_batch_video_from_studio import CreateBatchVideoFromStudio


T = TypeVar("T", bound="CreateVideoBatchRequest")


@_attrs_define
class CreateVideoBatchRequest:
    """
    Attributes:
        videos (list[CreateBatchVideoFromAvatar | CreateBatchVideoFromCinematicAvatar | CreateBatchVideoFromImage |
            CreateBatchVideoFromStudio]): Video creation requests (avatar / image / cinematic_avatar). Set folder_id once on
            the batch request, not on individual videos. Max 100 per batch.
        title (None | str | Unset): Display name for the batch, shown in the HeyGen app.
        folder_id (None | str | Unset): Destination folder ID for the batch container. The videos remain grouped inside
            the newly created batch; the batch itself is placed in this folder. Omit, pass null, or pass an empty string to
            place the batch at the workspace root.
        callback_url (None | str | Unset): Webhook URL invoked once when every item in the batch reaches a terminal
            state.
    """

    videos: list[
        CreateBatchVideoFromAvatar
        | CreateBatchVideoFromCinematicAvatar
        | CreateBatchVideoFromImage
        | CreateBatchVideoFromStudio
    ]
    title: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_batch_video_from_avatar import CreateBatchVideoFromAvatar  # noqa: PLC0415
        from ..models.create_batch_video_from_cinematic_avatar import (
            CreateBatchVideoFromCinematicAvatar,  # noqa: PLC0415
        )
        from ..models.create_batch_video_from_image import CreateBatchVideoFromImage  # noqa: PLC0415

        videos = []
        for videos_item_data in self.videos:
            videos_item: dict[str, Any]
            if isinstance(videos_item_data, CreateBatchVideoFromAvatar):
                videos_item = videos_item_data.to_dict()
            elif isinstance(videos_item_data, CreateBatchVideoFromImage):
                videos_item = videos_item_data.to_dict()
            elif isinstance(videos_item_data, CreateBatchVideoFromCinematicAvatar):
                videos_item = videos_item_data.to_dict()
            else:
                videos_item = videos_item_data.to_dict()

            videos.append(videos_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "videos": videos,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_batch_video_from_avatar import CreateBatchVideoFromAvatar  # noqa: PLC0415
        from ..models.create_batch_video_from_cinematic_avatar import (
            CreateBatchVideoFromCinematicAvatar,  # noqa: PLC0415
        )
        from ..models.create_batch_video_from_image import CreateBatchVideoFromImage  # noqa: PLC0415
        from ..models.create_batch_video_from_studio import CreateBatchVideoFromStudio  # noqa: PLC0415

        d = dict(src_dict)
        videos = []
        _videos = d.pop("videos")
        for videos_item_data in _videos:

            def _parse_videos_item(
                data: object,
            ) -> (
                CreateBatchVideoFromAvatar
                | CreateBatchVideoFromCinematicAvatar
                | CreateBatchVideoFromImage
                | CreateBatchVideoFromStudio
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    videos_item_type_0 = CreateBatchVideoFromAvatar.from_dict(data)

                    return videos_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    videos_item_type_1 = CreateBatchVideoFromImage.from_dict(data)

                    return videos_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    videos_item_type_2 = CreateBatchVideoFromCinematicAvatar.from_dict(
                        data
                    )

                    return videos_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                videos_item_type_3 = CreateBatchVideoFromStudio.from_dict(data)

                return videos_item_type_3

            videos_item = _parse_videos_item(videos_item_data)

            videos.append(videos_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        create_video_batch_request = cls(
            videos=videos,
            title=title,
            folder_id=folder_id,
            callback_url=callback_url,
        )

        return create_video_batch_request
