from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.interactive_create_session_request_orientation_type_0 import (
    InteractiveCreateSessionRequestOrientationType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="InteractiveCreateSessionRequest")


@_attrs_define
class InteractiveCreateSessionRequest:
    """Request body for creating an interactive Video Agent session.

    Attributes:
        prompt (str): Initial message to the Video Agent (1-10000 characters)
        avatar_id (None | str | Unset): Specific avatar ID to use
        voice_id (None | str | Unset): Specific voice ID to use for narration
        style_id (None | str | Unset): Style ID from GET /v3/video-agents/styles. Applies a curated visual template to
            the generated video.
        orientation (InteractiveCreateSessionRequestOrientationType0 | None | Unset): Video orientation. If not
            provided, auto-detected from content.
        files (list[AssetBase64 | AssetId | AssetUrl] | None | Unset): Optional file attachments (max 20 files)
        auto_proceed (bool | Unset): If true, skip interactive review and go straight to video generation (no storyboard
            approval step) Default: False.
        callback_url (None | str | Unset): Persisted for future webhook delivery — not active in v1
        callback_id (None | str | Unset): Persisted alongside callback_url for future use
        incognito_mode (bool | Unset): When enabled, disables memory injection and extraction for this session Default:
            False.
    """

    prompt: str
    avatar_id: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    style_id: None | str | Unset = UNSET
    orientation: InteractiveCreateSessionRequestOrientationType0 | None | Unset = UNSET
    files: list[AssetBase64 | AssetId | AssetUrl] | None | Unset = UNSET
    auto_proceed: bool | Unset = False
    callback_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    incognito_mode: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        prompt = self.prompt

        avatar_id: None | str | Unset
        if isinstance(self.avatar_id, Unset):
            avatar_id = UNSET
        else:
            avatar_id = self.avatar_id

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        style_id: None | str | Unset
        if isinstance(self.style_id, Unset):
            style_id = UNSET
        else:
            style_id = self.style_id

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        elif isinstance(
            self.orientation, InteractiveCreateSessionRequestOrientationType0
        ):
            orientation = self.orientation.value
        else:
            orientation = self.orientation

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item: dict[str, Any]
                if isinstance(files_type_0_item_data, AssetUrl):
                    files_type_0_item = files_type_0_item_data.to_dict()
                elif isinstance(files_type_0_item_data, AssetId):
                    files_type_0_item = files_type_0_item_data.to_dict()
                else:
                    files_type_0_item = files_type_0_item_data.to_dict()

                files.append(files_type_0_item)

        else:
            files = self.files

        auto_proceed = self.auto_proceed

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

        incognito_mode = self.incognito_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if files is not UNSET:
            field_dict["files"] = files
        if auto_proceed is not UNSET:
            field_dict["auto_proceed"] = auto_proceed
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if incognito_mode is not UNSET:
            field_dict["incognito_mode"] = incognito_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_avatar_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_id = _parse_avatar_id(d.pop("avatar_id", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_style_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        style_id = _parse_style_id(d.pop("style_id", UNSET))

        def _parse_orientation(
            data: object,
        ) -> InteractiveCreateSessionRequestOrientationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                orientation_type_0 = InteractiveCreateSessionRequestOrientationType0(
                    data
                )

                return orientation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InteractiveCreateSessionRequestOrientationType0 | None | Unset, data
            )

        orientation = _parse_orientation(d.pop("orientation", UNSET))

        def _parse_files(
            data: object,
        ) -> list[AssetBase64 | AssetId | AssetUrl] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                for files_type_0_item_data in _files_type_0:

                    def _parse_files_type_0_item(
                        data: object,
                    ) -> AssetBase64 | AssetId | AssetUrl:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            files_type_0_item_type_0 = AssetUrl.from_dict(data)

                            return files_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            files_type_0_item_type_1 = AssetId.from_dict(data)

                            return files_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        files_type_0_item_type_2 = AssetBase64.from_dict(data)

                        return files_type_0_item_type_2

                    files_type_0_item = _parse_files_type_0_item(files_type_0_item_data)

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssetBase64 | AssetId | AssetUrl] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        auto_proceed = d.pop("auto_proceed", UNSET)

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

        incognito_mode = d.pop("incognito_mode", UNSET)

        interactive_create_session_request = cls(
            prompt=prompt,
            avatar_id=avatar_id,
            voice_id=voice_id,
            style_id=style_id,
            orientation=orientation,
            files=files,
            auto_proceed=auto_proceed,
            callback_url=callback_url,
            callback_id=callback_id,
            incognito_mode=incognito_mode,
        )

        return interactive_create_session_request
