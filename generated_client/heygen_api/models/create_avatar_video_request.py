from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expressiveness import Expressiveness
from ..models.video_aspect_ratio import VideoAspectRatio
from ..models.video_output_format import VideoOutputFormat
from ..models.video_resolution import VideoResolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_setting import BackgroundSetting
    from ..models.caption_setting import CaptionSetting
    from ..models.voice_settings_input import VoiceSettingsInput


T = TypeVar("T", bound="CreateAvatarVideoRequest")


@_attrs_define
class CreateAvatarVideoRequest:
    """Request body for POST /v2/videos — unified video creation.

    Attributes:
        avatar_id (None | str | Unset): HeyGen avatar ID (photo avatar or video avatar). Mutually exclusive with
            image_url and image_asset_id.
        image_url (None | str | Unset): Public URL of an image to animate. Mutually exclusive with avatar_id and
            image_asset_id.
        image_asset_id (None | str | Unset): HeyGen asset ID of an uploaded image. Mutually exclusive with avatar_id and
            image_url.
        script (None | str | Unset): Text script for the avatar to speak. Pair with voice_id, or omit voice_id when
            using avatar_id to use the avatar's default voice.
        voice_id (None | str | Unset): Voice ID for text-to-speech. Required when script is provided, unless avatar_id
            is set (the avatar's default voice is used as fallback).
        audio_url (None | str | Unset): Public URL of an audio file to lip-sync. Mutually exclusive with script.
        audio_asset_id (None | str | Unset): HeyGen asset ID of an uploaded audio file. Mutually exclusive with script.
        title (None | str | Unset): Display title for the video in the HeyGen dashboard.
        resolution (None | Unset | VideoResolution): Output video resolution.
        aspect_ratio (None | Unset | VideoAspectRatio): Output video aspect ratio. Supported values: '16:9', '9:16',
            '4:5', '5:4', '1:1', 'auto'. Defaults to '16:9'. 'auto' preserves the source's aspect ratio (avatar source
            frames or uploaded image), short-edge anchored to the requested resolution and capped at the tier's long edge.
            Falls back to '16:9' when source dimensions can't be read. Default: VideoAspectRatio.VALUE_0.
        motion_prompt (None | str | Unset): Natural-language prompt controlling avatar body motion. Photo avatars only.
        expressiveness (Expressiveness | None | Unset): Avatar expressiveness level: 'high', 'medium', or 'low'. Photo
            avatars only. Defaults to 'low' when omitted.
        remove_background (bool | None | Unset): Remove the avatar background. Video avatars must be trained with
            matting enabled.
        background (BackgroundSetting | None | Unset): Background settings for the video.
        voice_settings (None | Unset | VoiceSettingsInput): Voice tuning parameters (speed, pitch, locale).
        callback_url (None | str | Unset): Webhook URL to receive a POST notification when the video is ready.
        callback_id (None | str | Unset): Caller-defined identifier echoed back in the webhook payload.
        caption (CaptionSetting | None | Unset): Caption generation settings. A sidecar subtitle file is always returned
            via subtitle_url; set 'style' to additionally burn captions into the rendered video.
        output_format (VideoOutputFormat | Unset): Output container for the generated video.
    """

    avatar_id: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    image_asset_id: None | str | Unset = UNSET
    script: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    audio_asset_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    resolution: None | Unset | VideoResolution = UNSET
    aspect_ratio: None | Unset | VideoAspectRatio = VideoAspectRatio.VALUE_0
    motion_prompt: None | str | Unset = UNSET
    expressiveness: Expressiveness | None | Unset = UNSET
    remove_background: bool | None | Unset = UNSET
    background: BackgroundSetting | None | Unset = UNSET
    voice_settings: None | Unset | VoiceSettingsInput = UNSET
    callback_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    caption: CaptionSetting | None | Unset = UNSET
    output_format: VideoOutputFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.background_setting import BackgroundSetting  # noqa: PLC0415
        from ..models.caption_setting import CaptionSetting  # noqa: PLC0415
        from ..models.voice_settings_input import VoiceSettingsInput  # noqa: PLC0415

        avatar_id: None | str | Unset
        if isinstance(self.avatar_id, Unset):
            avatar_id = UNSET
        else:
            avatar_id = self.avatar_id

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        image_asset_id: None | str | Unset
        if isinstance(self.image_asset_id, Unset):
            image_asset_id = UNSET
        else:
            image_asset_id = self.image_asset_id

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        audio_asset_id: None | str | Unset
        if isinstance(self.audio_asset_id, Unset):
            audio_asset_id = UNSET
        else:
            audio_asset_id = self.audio_asset_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, VideoResolution):
            resolution = self.resolution.value
        else:
            resolution = self.resolution

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, VideoAspectRatio):
            aspect_ratio = self.aspect_ratio.value
        else:
            aspect_ratio = self.aspect_ratio

        motion_prompt: None | str | Unset
        if isinstance(self.motion_prompt, Unset):
            motion_prompt = UNSET
        else:
            motion_prompt = self.motion_prompt

        expressiveness: None | str | Unset
        if isinstance(self.expressiveness, Unset):
            expressiveness = UNSET
        elif isinstance(self.expressiveness, Expressiveness):
            expressiveness = self.expressiveness.value
        else:
            expressiveness = self.expressiveness

        remove_background: bool | None | Unset
        if isinstance(self.remove_background, Unset):
            remove_background = UNSET
        else:
            remove_background = self.remove_background

        background: dict[str, Any] | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, BackgroundSetting):
            background = self.background.to_dict()
        else:
            background = self.background

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettingsInput):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

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

        caption: dict[str, Any] | None | Unset
        if isinstance(self.caption, Unset):
            caption = UNSET
        elif isinstance(self.caption, CaptionSetting):
            caption = self.caption.to_dict()
        else:
            caption = self.caption

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image_asset_id is not UNSET:
            field_dict["image_asset_id"] = image_asset_id
        if script is not UNSET:
            field_dict["script"] = script
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if audio_asset_id is not UNSET:
            field_dict["audio_asset_id"] = audio_asset_id
        if title is not UNSET:
            field_dict["title"] = title
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if motion_prompt is not UNSET:
            field_dict["motion_prompt"] = motion_prompt
        if expressiveness is not UNSET:
            field_dict["expressiveness"] = expressiveness
        if remove_background is not UNSET:
            field_dict["remove_background"] = remove_background
        if background is not UNSET:
            field_dict["background"] = background
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if caption is not UNSET:
            field_dict["caption"] = caption
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.background_setting import BackgroundSetting  # noqa: PLC0415
        from ..models.caption_setting import CaptionSetting  # noqa: PLC0415
        from ..models.voice_settings_input import VoiceSettingsInput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_avatar_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_id = _parse_avatar_id(d.pop("avatar_id", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_image_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_asset_id = _parse_image_asset_id(d.pop("image_asset_id", UNSET))

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_audio_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_asset_id = _parse_audio_asset_id(d.pop("audio_asset_id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_resolution(data: object) -> None | Unset | VideoResolution:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = VideoResolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoResolution, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_aspect_ratio(data: object) -> None | Unset | VideoAspectRatio:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = VideoAspectRatio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoAspectRatio, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_motion_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        motion_prompt = _parse_motion_prompt(d.pop("motion_prompt", UNSET))

        def _parse_expressiveness(data: object) -> Expressiveness | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expressiveness_type_0 = Expressiveness(data)

                return expressiveness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Expressiveness | None | Unset, data)

        expressiveness = _parse_expressiveness(d.pop("expressiveness", UNSET))

        def _parse_remove_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remove_background = _parse_remove_background(d.pop("remove_background", UNSET))

        def _parse_background(data: object) -> BackgroundSetting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                background_type_0 = BackgroundSetting.from_dict(data)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundSetting | None | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettingsInput:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_settings_type_0 = VoiceSettingsInput.from_dict(data)

                return voice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceSettingsInput, data)

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

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

        def _parse_caption(data: object) -> CaptionSetting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caption_type_0 = CaptionSetting.from_dict(data)

                return caption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaptionSetting | None | Unset, data)

        caption = _parse_caption(d.pop("caption", UNSET))

        _output_format = d.pop("output_format", UNSET)
        output_format: VideoOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = VideoOutputFormat(_output_format)

        create_avatar_video_request = cls(
            avatar_id=avatar_id,
            image_url=image_url,
            image_asset_id=image_asset_id,
            script=script,
            voice_id=voice_id,
            audio_url=audio_url,
            audio_asset_id=audio_asset_id,
            title=title,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            motion_prompt=motion_prompt,
            expressiveness=expressiveness,
            remove_background=remove_background,
            background=background,
            voice_settings=voice_settings,
            callback_url=callback_url,
            callback_id=callback_id,
            caption=caption,
            output_format=output_format,
        )

        create_avatar_video_request.additional_properties = d
        return create_avatar_video_request

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
