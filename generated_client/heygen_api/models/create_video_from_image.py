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

from ..models.avatar_fit import AvatarFit
from ..models.expressiveness import Expressiveness
from ..models.video_aspect_ratio import VideoAspectRatio
from ..models.video_output_format import VideoOutputFormat
from ..models.video_resolution import VideoResolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl
    from ..models.background_setting import BackgroundSetting
    from ..models.caption_setting import CaptionSetting
    from ..models.voice_settings_input import VoiceSettingsInput
    from ..models.watermark_input import WatermarkInput


T = TypeVar("T", bound="CreateVideoFromImage")


@_attrs_define
class CreateVideoFromImage:
    """Create a video by animating an arbitrary image.

    Provide an image via URL, asset ID, or inline base64. The image will be
    animated with lip-sync to the provided audio or generated speech.

        Attributes:
            type_ (Literal['image']): Must be 'image' for image-based video creation.
            image (AssetBase64 | AssetId | AssetUrl): Image to animate. Accepts URL, asset ID, or base64-encoded data.
            title (None | str | Unset): Display title for the video in the HeyGen dashboard.
            folder_id (None | str | Unset): Destination folder ID in the caller's workspace. Omit, pass null, or pass an
                empty string to place the video at the workspace root. Supported only for single-video creation; batch video
                items cannot set their own destination folder.
            resolution (None | Unset | VideoResolution): Output video resolution.
            aspect_ratio (None | Unset | VideoAspectRatio): Output video aspect ratio. Supported values: '16:9', '9:16',
                '4:5', '5:4', '1:1', 'auto'. Defaults to '16:9'. 'auto' preserves the source's aspect ratio (avatar source
                frames or uploaded image), short-edge anchored to the requested resolution and capped at the tier's long edge.
                Falls back to '16:9' when source dimensions can't be read. Default: VideoAspectRatio.VALUE_0.
            fit (AvatarFit | None | Unset): How the subject is fitted to the output canvas. 'cover' scales to fill the frame
                (may crop edges). 'contain' scales to fit entirely within the frame (may show background). When omitted, the
                server picks the best option based on the source and canvas orientations.
            background (BackgroundSetting | None | Unset): Background settings for the video.
            remove_background (bool | None | Unset): Remove the avatar background. Video avatars must be trained with
                matting enabled.
            callback_url (None | str | Unset): Webhook URL to receive a POST notification when the video is ready.
            callback_id (None | str | Unset): Caller-defined identifier echoed back in the webhook payload.
            watermark (None | Unset | WatermarkInput): Custom watermark image to overlay on the video (PNG or JPEG).
                Available as a premium option for select Enterprise customers. To request access, please contact our support
                team.
            caption (CaptionSetting | None | Unset): Caption generation settings. A sidecar subtitle file is always returned
                via subtitle_url; set 'style' to additionally burn captions into the rendered video.
            output_format (VideoOutputFormat | Unset): Output container for the generated video.
            script (None | str | Unset): Text script for the avatar to speak. Pair with voice_id, or omit voice_id when
                using avatar_id to use the avatar's default voice. Mutually exclusive with audio_url/audio_asset_id.
            voice_id (None | str | Unset): Voice ID for text-to-speech. Required when script is provided, unless avatar_id
                is set (the avatar's default voice is used as fallback).
            audio_url (None | str | Unset): Public URL of an audio file to lip-sync. Mutually exclusive with script.
            audio_asset_id (None | str | Unset): HeyGen asset ID of an uploaded audio file. Mutually exclusive with script.
            voice_settings (None | Unset | VoiceSettingsInput): Voice tuning parameters (speed, pitch, locale).
            brand_glossary_id (None | str | Unset): Brand glossary ID controlling how custom terms are pronounced in
                generated speech (for example, saying 'HeyGen' as 'hey-jen'). Applies when the audio is synthesized from
                `script`; a caller-supplied `audio_url` or `audio_asset_id` is unaffected. Pronunciation is applied to the
                synthesized audio only, so caption and subtitle text still show the original script wording. Discover IDs via
                GET /v3/brand-glossaries.
            motion_prompt (None | str | Unset): Natural-language prompt controlling avatar body motion. Photo avatars only.
            expressiveness (Expressiveness | None | Unset): Avatar expressiveness level. Photo avatars only. Defaults to
                'low' when omitted.
    """

    type_: Literal["image"]
    image: AssetBase64 | AssetId | AssetUrl
    title: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    resolution: None | Unset | VideoResolution = UNSET
    aspect_ratio: None | Unset | VideoAspectRatio = VideoAspectRatio.VALUE_0
    fit: AvatarFit | None | Unset = UNSET
    background: BackgroundSetting | None | Unset = UNSET
    remove_background: bool | None | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    watermark: None | Unset | WatermarkInput = UNSET
    caption: CaptionSetting | None | Unset = UNSET
    output_format: VideoOutputFormat | Unset = UNSET
    script: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    audio_asset_id: None | str | Unset = UNSET
    voice_settings: None | Unset | VoiceSettingsInput = UNSET
    brand_glossary_id: None | str | Unset = UNSET
    motion_prompt: None | str | Unset = UNSET
    expressiveness: Expressiveness | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.background_setting import BackgroundSetting  # noqa: PLC0415
        from ..models.caption_setting import CaptionSetting  # noqa: PLC0415
        from ..models.voice_settings_input import VoiceSettingsInput  # noqa: PLC0415
        from ..models.watermark_input import WatermarkInput  # noqa: PLC0415

        type_ = self.type_

        image: dict[str, Any]
        if isinstance(self.image, AssetUrl):
            image = self.image.to_dict()
        elif isinstance(self.image, AssetId):
            image = self.image.to_dict()
        else:
            image = self.image.to_dict()

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

        fit: None | str | Unset
        if isinstance(self.fit, Unset):
            fit = UNSET
        elif isinstance(self.fit, AvatarFit):
            fit = self.fit.value
        else:
            fit = self.fit

        background: dict[str, Any] | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, BackgroundSetting):
            background = self.background.to_dict()
        else:
            background = self.background

        remove_background: bool | None | Unset
        if isinstance(self.remove_background, Unset):
            remove_background = UNSET
        else:
            remove_background = self.remove_background

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

        watermark: dict[str, Any] | None | Unset
        if isinstance(self.watermark, Unset):
            watermark = UNSET
        elif isinstance(self.watermark, WatermarkInput):
            watermark = self.watermark.to_dict()
        else:
            watermark = self.watermark

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

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettingsInput):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        brand_glossary_id: None | str | Unset
        if isinstance(self.brand_glossary_id, Unset):
            brand_glossary_id = UNSET
        else:
            brand_glossary_id = self.brand_glossary_id

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "image": image,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if fit is not UNSET:
            field_dict["fit"] = fit
        if background is not UNSET:
            field_dict["background"] = background
        if remove_background is not UNSET:
            field_dict["remove_background"] = remove_background
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if caption is not UNSET:
            field_dict["caption"] = caption
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if script is not UNSET:
            field_dict["script"] = script
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if audio_asset_id is not UNSET:
            field_dict["audio_asset_id"] = audio_asset_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if brand_glossary_id is not UNSET:
            field_dict["brand_glossary_id"] = brand_glossary_id
        if motion_prompt is not UNSET:
            field_dict["motion_prompt"] = motion_prompt
        if expressiveness is not UNSET:
            field_dict["expressiveness"] = expressiveness

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.background_setting import BackgroundSetting  # noqa: PLC0415
        from ..models.caption_setting import CaptionSetting  # noqa: PLC0415
        from ..models.voice_settings_input import VoiceSettingsInput  # noqa: PLC0415
        from ..models.watermark_input import WatermarkInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["image"], d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        def _parse_image(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = AssetUrl.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_1 = AssetId.from_dict(data)

                return image_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            image_type_2 = AssetBase64.from_dict(data)

            return image_type_2

        image = _parse_image(d.pop("image"))

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

        def _parse_fit(data: object) -> AvatarFit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fit_type_0 = AvatarFit(data)

                return fit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarFit | None | Unset, data)

        fit = _parse_fit(d.pop("fit", UNSET))

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

        def _parse_remove_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remove_background = _parse_remove_background(d.pop("remove_background", UNSET))

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

        def _parse_watermark(data: object) -> None | Unset | WatermarkInput:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                watermark_type_0 = WatermarkInput.from_dict(data)

                return watermark_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatermarkInput, data)

        watermark = _parse_watermark(d.pop("watermark", UNSET))

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

        def _parse_brand_glossary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_glossary_id = _parse_brand_glossary_id(d.pop("brand_glossary_id", UNSET))

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

        create_video_from_image = cls(
            type_=type_,
            image=image,
            title=title,
            folder_id=folder_id,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            fit=fit,
            background=background,
            remove_background=remove_background,
            callback_url=callback_url,
            callback_id=callback_id,
            watermark=watermark,
            caption=caption,
            output_format=output_format,
            script=script,
            voice_id=voice_id,
            audio_url=audio_url,
            audio_asset_id=audio_asset_id,
            voice_settings=voice_settings,
            brand_glossary_id=brand_glossary_id,
            motion_prompt=motion_prompt,
            expressiveness=expressiveness,
        )

        return create_video_from_image
