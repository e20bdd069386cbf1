from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.external_create_video_agent_session_request_orientation_type_0 import (
    ExternalCreateVideoAgentSessionRequestOrientationType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_input import FileInput
    from ..models.video_agent_config import VideoAgentConfig


T = TypeVar("T", bound="ExternalCreateVideoAgentSessionRequest")


@_attrs_define
class ExternalCreateVideoAgentSessionRequest:
    """Request body for creating a video from a prompt using Video Agent V2A.

    Attributes:
        prompt (str): The message/prompt for video generation (1-10000 characters)
        avatar_id (None | str | Unset): Specific avatar ID to use
        voice_id (None | str | Unset): Specific voice ID to use for narration
        orientation (ExternalCreateVideoAgentSessionRequestOrientationType0 | None | Unset): Video orientation. If not
            provided, auto-detected from content.
        duration_sec (int | None | Unset): Approximate video duration in seconds (minimum 5)
        config (None | Unset | VideoAgentConfig): Deprecated. Use top-level avatar_id, orientation, and duration_sec
            instead. Video generation configuration.
        files (list[FileInput] | None | Unset): Optional file attachments (max 20 files)
        callback_url (None | str | Unset): Webhook URL for completion/failure notifications
        callback_id (None | str | Unset): Optional callback ID included in webhook payload
        incognito_mode (bool | Unset): When enabled, disables memory injection and extraction for this session Default:
            False.
    """

    prompt: str
    avatar_id: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    orientation: (
        ExternalCreateVideoAgentSessionRequestOrientationType0 | None | Unset
    ) = UNSET
    duration_sec: int | None | Unset = UNSET
    config: None | Unset | VideoAgentConfig = UNSET
    files: list[FileInput] | None | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    incognito_mode: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_agent_config import VideoAgentConfig  # noqa: PLC0415

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

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        elif isinstance(
            self.orientation, ExternalCreateVideoAgentSessionRequestOrientationType0
        ):
            orientation = self.orientation.value
        else:
            orientation = self.orientation

        duration_sec: int | None | Unset
        if isinstance(self.duration_sec, Unset):
            duration_sec = UNSET
        else:
            duration_sec = self.duration_sec

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, VideoAgentConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_dict()
                files.append(files_type_0_item)

        else:
            files = self.files

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
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if duration_sec is not UNSET:
            field_dict["duration_sec"] = duration_sec
        if config is not UNSET:
            field_dict["config"] = config
        if files is not UNSET:
            field_dict["files"] = files
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if incognito_mode is not UNSET:
            field_dict["incognito_mode"] = incognito_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_input import FileInput  # noqa: PLC0415
        from ..models.video_agent_config import VideoAgentConfig  # noqa: PLC0415

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

        def _parse_orientation(
            data: object,
        ) -> ExternalCreateVideoAgentSessionRequestOrientationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                orientation_type_0 = (
                    ExternalCreateVideoAgentSessionRequestOrientationType0(data)
                )

                return orientation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ExternalCreateVideoAgentSessionRequestOrientationType0 | None | Unset,
                data,
            )

        orientation = _parse_orientation(d.pop("orientation", UNSET))

        def _parse_duration_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_sec = _parse_duration_sec(d.pop("duration_sec", UNSET))

        def _parse_config(data: object) -> None | Unset | VideoAgentConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = VideoAgentConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoAgentConfig, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_files(data: object) -> list[FileInput] | None | Unset:
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
                    files_type_0_item = FileInput.from_dict(files_type_0_item_data)

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FileInput] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

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

        external_create_video_agent_session_request = cls(
            prompt=prompt,
            avatar_id=avatar_id,
            voice_id=voice_id,
            orientation=orientation,
            duration_sec=duration_sec,
            config=config,
            files=files,
            callback_url=callback_url,
            callback_id=callback_id,
            incognito_mode=incognito_mode,
        )

        return external_create_video_agent_session_request
