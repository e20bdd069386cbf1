from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="InteractiveSendMessageRequest")


@_attrs_define
class InteractiveSendMessageRequest:
    """Request body for sending a follow-up message to a session.

    Attributes:
        message (str): Text message to the agent
        avatar_id (None | str | Unset): Override avatar for this message
        voice_id (None | str | Unset): Override voice for this message
        files (list[AssetBase64 | AssetId | AssetUrl] | None | Unset): Optional file attachments (max 20 files)
        auto_proceed (bool | Unset): If true, skip interactive review and go straight to video generation (no storyboard
            approval step) Default: False.
    """

    message: str
    avatar_id: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    files: list[AssetBase64 | AssetId | AssetUrl] | None | Unset = UNSET
    auto_proceed: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        message = self.message

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if files is not UNSET:
            field_dict["files"] = files
        if auto_proceed is not UNSET:
            field_dict["auto_proceed"] = auto_proceed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

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

        interactive_send_message_request = cls(
            message=message,
            avatar_id=avatar_id,
            voice_id=voice_id,
            files=files,
            auto_proceed=auto_proceed,
        )

        return interactive_send_message_request
