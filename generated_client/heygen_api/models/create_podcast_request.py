from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_podcast_request_duration import CreatePodcastRequestDuration
from ..models.create_podcast_request_layout import CreatePodcastRequestLayout
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreatePodcastRequest")


@_attrs_define
class CreatePodcastRequest:
    """Request body for POST /v3/podcasts.

    Attributes:
        host_avatar_id (str): Avatar id for the host.
        guest_avatar_id (str): Avatar id for the guest.
        host_voice_id (str): Voice id for the host. List voices via GET /v3/voices.
        guest_voice_id (str): Voice id for the guest. List voices via GET /v3/voices.
        topic (None | str | Unset): Free-text topic / angle / instructions for the conversation. Provide `topic`,
            `source_files`, or both.
        source_files (list[AssetId | AssetUrl] | Unset): Grounding documents (PDF/image/video) the script is built from.
            Provide each as {type: 'url', url: '...'} or {type: 'asset_id', asset_id: '...'}. Provide `topic`,
            `source_files`, or both.
        layout (CreatePodcastRequestLayout | Unset): Output aspect ratio: 'landscape' (16:9) or 'portrait' (9:16).
            Default: CreatePodcastRequestLayout.LANDSCAPE.
        duration (CreatePodcastRequestDuration | Unset): Target spoken length. 'auto' lets the generator pick the
            length. Default: CreatePodcastRequestDuration.AUTO.
        instructions (None | str | Unset): Free-form scene/studio instructions (e.g. setting, tone). Used verbatim to
            describe the studio when set.
        callback_url (None | str | Unset): Optional webhook URL. When set, HeyGen POSTs a notification here when the
            podcast reaches a terminal state (completed or failed), so you don't have to poll GET /v3/podcasts/{podcast_id}.
        callback_id (None | str | Unset): Caller-defined identifier echoed back in the webhook payload so you can
            correlate the callback with this request.
    """

    host_avatar_id: str
    guest_avatar_id: str
    host_voice_id: str
    guest_voice_id: str
    topic: None | str | Unset = UNSET
    source_files: list[AssetId | AssetUrl] | Unset = UNSET
    layout: CreatePodcastRequestLayout | Unset = CreatePodcastRequestLayout.LANDSCAPE
    duration: CreatePodcastRequestDuration | Unset = CreatePodcastRequestDuration.AUTO
    instructions: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        host_avatar_id = self.host_avatar_id

        guest_avatar_id = self.guest_avatar_id

        host_voice_id = self.host_voice_id

        guest_voice_id = self.guest_voice_id

        topic: None | str | Unset
        if isinstance(self.topic, Unset):
            topic = UNSET
        else:
            topic = self.topic

        source_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source_files, Unset):
            source_files = []
            for source_files_item_data in self.source_files:
                source_files_item: dict[str, Any]
                if isinstance(source_files_item_data, AssetUrl):
                    source_files_item = source_files_item_data.to_dict()
                else:
                    source_files_item = source_files_item_data.to_dict()

                source_files.append(source_files_item)

        layout: str | Unset = UNSET
        if not isinstance(self.layout, Unset):
            layout = self.layout.value

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "host_avatar_id": host_avatar_id,
                "guest_avatar_id": guest_avatar_id,
                "host_voice_id": host_voice_id,
                "guest_voice_id": guest_voice_id,
            }
        )
        if topic is not UNSET:
            field_dict["topic"] = topic
        if source_files is not UNSET:
            field_dict["source_files"] = source_files
        if layout is not UNSET:
            field_dict["layout"] = layout
        if duration is not UNSET:
            field_dict["duration"] = duration
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415

        d = dict(src_dict)
        host_avatar_id = d.pop("host_avatar_id")

        guest_avatar_id = d.pop("guest_avatar_id")

        host_voice_id = d.pop("host_voice_id")

        guest_voice_id = d.pop("guest_voice_id")

        def _parse_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        topic = _parse_topic(d.pop("topic", UNSET))

        _source_files = d.pop("source_files", UNSET)
        source_files: list[AssetId | AssetUrl] | Unset = UNSET
        if _source_files is not UNSET:
            source_files = []
            for source_files_item_data in _source_files:

                def _parse_source_files_item(data: object) -> AssetId | AssetUrl:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        source_files_item_type_0 = AssetUrl.from_dict(data)

                        return source_files_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    source_files_item_type_1 = AssetId.from_dict(data)

                    return source_files_item_type_1

                source_files_item = _parse_source_files_item(source_files_item_data)

                source_files.append(source_files_item)

        _layout = d.pop("layout", UNSET)
        layout: CreatePodcastRequestLayout | Unset
        if isinstance(_layout, Unset):
            layout = UNSET
        else:
            layout = CreatePodcastRequestLayout(_layout)

        _duration = d.pop("duration", UNSET)
        duration: CreatePodcastRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = CreatePodcastRequestDuration(_duration)

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

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

        create_podcast_request = cls(
            host_avatar_id=host_avatar_id,
            guest_avatar_id=guest_avatar_id,
            host_voice_id=host_voice_id,
            guest_voice_id=guest_voice_id,
            topic=topic,
            source_files=source_files,
            layout=layout,
            duration=duration,
            instructions=instructions,
            callback_url=callback_url,
            callback_id=callback_id,
        )

        return create_podcast_request
