from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_video_agent_request_orientation_type_0 import (
    CreateVideoAgentRequestOrientationType0,
)
from ..models.session_mode import SessionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreateVideoAgentRequest")


@_attrs_define
class CreateVideoAgentRequest:
    """Request body for creating a video from a prompt using Video Agent v3.

    All configuration is flat (no nested config object). Files use the
    type-discriminated AssetInput union for flexible asset inputs.

    Supports two modes:
    - ``generate`` (default): one-shot — auto-proceeds through storyboard, produces one video.
    - ``chat``: multi-turn — may pause for user input on real decisions (e.g. pick a voice),
      auto-proceeds on confirmations. Allows revisions and follow-up videos.

        Attributes:
            prompt (str): The message/prompt for video generation (1-10000 characters)
            mode (SessionMode | Unset):
            avatar_id (None | str | Unset): Specific avatar ID to use
            voice_id (None | str | Unset): Specific voice ID to use for narration
            style_id (None | str | Unset): Style ID from GET /v3/video-agents/styles. Applies a curated visual template to
                the generated video.
            brand_kit_id (None | str | Unset): Brand kit ID to apply brand colors, fonts, and logos to the generated video.
                In enterprise workspaces with a locked brand policy, only the workspace default brand kit is accepted; omit this
                field to apply the workspace default automatically.
            brand_glossary_id (None | str | Unset): Brand glossary ID controlling how custom terms are pronounced in the
                generated video's narration (for example, saying 'HeyGen' as 'hey-jen'). Pronunciation is applied to the
                synthesized audio only, so caption and subtitle text still show the original script wording. Discover IDs via
                GET /v3/brand-glossaries.
            orientation (CreateVideoAgentRequestOrientationType0 | None | Unset): Video orientation. If not provided, auto-
                detected from content.
            files (list[AssetBase64 | AssetId | AssetUrl] | None | Unset): Optional file attachments (max 20 files)
            callback_url (None | str | Unset): Webhook URL for completion/failure notifications
            callback_id (None | str | Unset): Optional callback ID included in webhook payload
            incognito_mode (bool | Unset): When enabled, disables memory injection and extraction for this session Default:
                False.
    """

    prompt: str
    mode: SessionMode | Unset = UNSET
    avatar_id: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    style_id: None | str | Unset = UNSET
    brand_kit_id: None | str | Unset = UNSET
    brand_glossary_id: None | str | Unset = UNSET
    orientation: CreateVideoAgentRequestOrientationType0 | None | Unset = UNSET
    files: list[AssetBase64 | AssetId | AssetUrl] | None | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    incognito_mode: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

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

        brand_kit_id: None | str | Unset
        if isinstance(self.brand_kit_id, Unset):
            brand_kit_id = UNSET
        else:
            brand_kit_id = self.brand_kit_id

        brand_glossary_id: None | str | Unset
        if isinstance(self.brand_glossary_id, Unset):
            brand_glossary_id = UNSET
        else:
            brand_glossary_id = self.brand_glossary_id

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        elif isinstance(self.orientation, CreateVideoAgentRequestOrientationType0):
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
        if mode is not UNSET:
            field_dict["mode"] = mode
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if brand_kit_id is not UNSET:
            field_dict["brand_kit_id"] = brand_kit_id
        if brand_glossary_id is not UNSET:
            field_dict["brand_glossary_id"] = brand_glossary_id
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
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
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _mode = d.pop("mode", UNSET)
        mode: SessionMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = SessionMode(_mode)

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

        def _parse_brand_kit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_kit_id = _parse_brand_kit_id(d.pop("brand_kit_id", UNSET))

        def _parse_brand_glossary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_glossary_id = _parse_brand_glossary_id(d.pop("brand_glossary_id", UNSET))

        def _parse_orientation(
            data: object,
        ) -> CreateVideoAgentRequestOrientationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                orientation_type_0 = CreateVideoAgentRequestOrientationType0(data)

                return orientation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateVideoAgentRequestOrientationType0 | None | Unset, data)

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

        create_video_agent_request = cls(
            prompt=prompt,
            mode=mode,
            avatar_id=avatar_id,
            voice_id=voice_id,
            style_id=style_id,
            brand_kit_id=brand_kit_id,
            brand_glossary_id=brand_glossary_id,
            orientation=orientation,
            files=files,
            callback_url=callback_url,
            callback_id=callback_id,
            incognito_mode=incognito_mode,
        )

        return create_video_agent_request
