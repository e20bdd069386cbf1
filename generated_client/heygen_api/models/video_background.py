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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_trim import VideoTrim


T = TypeVar("T", bound="VideoBackground")


@_attrs_define
class VideoBackground:
    """A whole-frame video clip.

    Attributes:
        id (str): Opaque identifier of this element within the video. Not to be parsed, sorted, or assumed to encode
            anything. Stable across edits and across regeneration of the video.
        type_ (Literal['video'] | Unset): Background type discriminator. Default: 'video'.
        url (None | str | Unset): URL of the clip. Present when the video records a link for this background and, if
            that link is signed, it is not at or near its deadline. Absent when no link is recorded, or the only recorded
            link has lapsed. Only the deadline is checked, so a present URL is not a promise that it resolves: it may name
            an object that has since moved, or a host the customer supplied. Signed links expire, so download what you need
            rather than storing the URL.
        playback (None | str | Unset): How the clip is reconciled to the scene. Same values as a video element's
            playback.
        trim (None | Unset | VideoTrim): Seconds trimmed from each end of the clip.
        volume (float | None | Unset): Clip audio volume. 1.0 = source level, 0.0 = silent.
        speed_multiplier (float | None | Unset): Playback speed multiplier. 2.0 = twice as fast.
    """

    id: str
    type_: Literal["video"] | Unset = "video"
    url: None | str | Unset = UNSET
    playback: None | str | Unset = UNSET
    trim: None | Unset | VideoTrim = UNSET
    volume: float | None | Unset = UNSET
    speed_multiplier: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_trim import VideoTrim  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        playback: None | str | Unset
        if isinstance(self.playback, Unset):
            playback = UNSET
        else:
            playback = self.playback

        trim: dict[str, Any] | None | Unset
        if isinstance(self.trim, Unset):
            trim = UNSET
        elif isinstance(self.trim, VideoTrim):
            trim = self.trim.to_dict()
        else:
            trim = self.trim

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        speed_multiplier: float | None | Unset
        if isinstance(self.speed_multiplier, Unset):
            speed_multiplier = UNSET
        else:
            speed_multiplier = self.speed_multiplier

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if playback is not UNSET:
            field_dict["playback"] = playback
        if trim is not UNSET:
            field_dict["trim"] = trim
        if volume is not UNSET:
            field_dict["volume"] = volume
        if speed_multiplier is not UNSET:
            field_dict["speed_multiplier"] = speed_multiplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_trim import VideoTrim  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["video"] | Unset, d.pop("type", UNSET))
        if type_ != "video" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'video', got '{type_}'")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_playback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        playback = _parse_playback(d.pop("playback", UNSET))

        def _parse_trim(data: object) -> None | Unset | VideoTrim:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trim_type_0 = VideoTrim.from_dict(data)

                return trim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoTrim, data)

        trim = _parse_trim(d.pop("trim", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_speed_multiplier(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        speed_multiplier = _parse_speed_multiplier(d.pop("speed_multiplier", UNSET))

        video_background = cls(
            id=id,
            type_=type_,
            url=url,
            playback=playback,
            trim=trim,
            volume=volume,
            speed_multiplier=speed_multiplier,
        )

        return video_background
