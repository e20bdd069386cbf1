from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.playback_input_mode_type_0 import PlaybackInputModeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaybackInput")


@_attrs_define
class PlaybackInput:
    """Playback and audio capability for a video-clip scene.

    ``mode`` controls how a narrated clip is reconciled to the voiceover-driven
    scene duration. ``volume`` must be between 0.0 and 1.0.

        Attributes:
            mode (None | PlaybackInputModeType0 | Unset): How a narrated clip aligns to the voiceover-driven scene duration.
                'freeze' plays once and holds the last frame; 'loop' repeats the clip; 'fit_to_scene' adjusts playback speed to
                exactly match the scene. Defaults to 'freeze' when omitted. Requires a video-scene voiceover.
            volume (float | Unset): Clip audio volume. 1.0 = source level (default), 0.0 = silent. Default: 1.0.
            mute (bool | Unset): If True, force the clip silent regardless of 'volume'. Default: False.
    """

    mode: None | PlaybackInputModeType0 | Unset = UNSET
    volume: float | Unset = 1.0
    mute: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, PlaybackInputModeType0):
            mode = self.mode.value
        else:
            mode = self.mode

        volume = self.volume

        mute = self.mute

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if volume is not UNSET:
            field_dict["volume"] = volume
        if mute is not UNSET:
            field_dict["mute"] = mute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mode(data: object) -> None | PlaybackInputModeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = PlaybackInputModeType0(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlaybackInputModeType0 | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        volume = d.pop("volume", UNSET)

        mute = d.pop("mute", UNSET)

        playback_input = cls(
            mode=mode,
            volume=volume,
            mute=mute,
        )

        return playback_input
