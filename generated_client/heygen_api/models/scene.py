from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_script_entry import AudioScriptEntry
    from ..models.avatar_element import AvatarElement
    from ..models.color_background import ColorBackground
    from ..models.container_element import ContainerElement
    from ..models.image_background import ImageBackground
    from ..models.image_element import ImageElement
    from ..models.placeholder_element import PlaceholderElement
    from ..models.silence_script_entry import SilenceScriptEntry
    from ..models.text_script_entry import TextScriptEntry
    from ..models.video_background import VideoBackground
    from ..models.video_element import VideoElement


T = TypeVar("T", bound="Scene")


@_attrs_define
class Scene:
    """One scene, in the video's own order.

    That is playback order for a linear video, which is the ordinary case. A branching video plays as
    a walk over branch targets instead, so its scenes are still all here and still ordered, but the
    order is not the sequence a viewer sees. Branching is not otherwise described by this version.

    The three content fields split by the role a thing plays rather than by its kind:
    ``background`` fills the frame, ``elements`` are placed within it, ``script`` carries
    the speech delivered over it. The background is visual too, so ``elements`` means "the
    ones the scene places", not "the visual ones".

        Attributes:
            id (str): Identifier of this scene within the video.
            background (ColorBackground | ImageBackground | None | Unset | VideoBackground): What fills the frame behind
                this scene's elements.
            elements (list[AvatarElement | ContainerElement | ImageElement | PlaceholderElement | VideoElement] | Unset):
                Every element this scene places, in the video's own order.
            script (list[AudioScriptEntry | SilenceScriptEntry | TextScriptEntry] | Unset): This scene's audio sources in
                order, each one synthesized speech, uploaded audio, or a silence. The create API's per-scene `script` is
                narrower: it is the text of a single one of these entries.
    """

    id: str
    background: ColorBackground | ImageBackground | None | Unset | VideoBackground = (
        UNSET
    )
    elements: (
        list[
            AvatarElement
            | ContainerElement
            | ImageElement
            | PlaceholderElement
            | VideoElement
        ]
        | Unset
    ) = UNSET
    script: list[AudioScriptEntry | SilenceScriptEntry | TextScriptEntry] | Unset = (
        UNSET
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_script_entry import AudioScriptEntry  # noqa: PLC0415
        from ..models.avatar_element import AvatarElement  # noqa: PLC0415
        from ..models.color_background import ColorBackground  # noqa: PLC0415
        from ..models.image_background import ImageBackground  # noqa: PLC0415
        from ..models.image_element import ImageElement  # noqa: PLC0415
        from ..models.placeholder_element import PlaceholderElement  # noqa: PLC0415
        from ..models.text_script_entry import TextScriptEntry  # noqa: PLC0415
        from ..models.video_background import VideoBackground  # noqa: PLC0415
        from ..models.video_element import VideoElement  # noqa: PLC0415

        id = self.id

        background: dict[str, Any] | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, ColorBackground):
            background = self.background.to_dict()
        elif isinstance(self.background, ImageBackground):
            background = self.background.to_dict()
        elif isinstance(self.background, VideoBackground):
            background = self.background.to_dict()
        else:
            background = self.background

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item: dict[str, Any]
                if isinstance(elements_item_data, AvatarElement):
                    elements_item = elements_item_data.to_dict()
                elif isinstance(elements_item_data, ImageElement):
                    elements_item = elements_item_data.to_dict()
                elif isinstance(elements_item_data, VideoElement):
                    elements_item = elements_item_data.to_dict()
                elif isinstance(elements_item_data, PlaceholderElement):
                    elements_item = elements_item_data.to_dict()
                else:
                    elements_item = elements_item_data.to_dict()

                elements.append(elements_item)

        script: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.script, Unset):
            script = []
            for script_item_data in self.script:
                script_item: dict[str, Any]
                if isinstance(script_item_data, TextScriptEntry):
                    script_item = script_item_data.to_dict()
                elif isinstance(script_item_data, AudioScriptEntry):
                    script_item = script_item_data.to_dict()
                else:
                    script_item = script_item_data.to_dict()

                script.append(script_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if elements is not UNSET:
            field_dict["elements"] = elements
        if script is not UNSET:
            field_dict["script"] = script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_script_entry import AudioScriptEntry  # noqa: PLC0415
        from ..models.avatar_element import AvatarElement  # noqa: PLC0415
        from ..models.color_background import ColorBackground  # noqa: PLC0415
        from ..models.container_element import ContainerElement  # noqa: PLC0415
        from ..models.image_background import ImageBackground  # noqa: PLC0415
        from ..models.image_element import ImageElement  # noqa: PLC0415
        from ..models.placeholder_element import PlaceholderElement  # noqa: PLC0415
        from ..models.silence_script_entry import SilenceScriptEntry  # noqa: PLC0415
        from ..models.text_script_entry import TextScriptEntry  # noqa: PLC0415
        from ..models.video_background import VideoBackground  # noqa: PLC0415
        from ..models.video_element import VideoElement  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_background(
            data: object,
        ) -> ColorBackground | ImageBackground | None | Unset | VideoBackground:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                background_type_0_type_0 = ColorBackground.from_dict(data)

                return background_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                background_type_0_type_1 = ImageBackground.from_dict(data)

                return background_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                background_type_0_type_2 = VideoBackground.from_dict(data)

                return background_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ColorBackground | ImageBackground | None | Unset | VideoBackground, data
            )

        background = _parse_background(d.pop("background", UNSET))

        _elements = d.pop("elements", UNSET)
        elements: (
            list[
                AvatarElement
                | ContainerElement
                | ImageElement
                | PlaceholderElement
                | VideoElement
            ]
            | Unset
        ) = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:

                def _parse_elements_item(
                    data: object,
                ) -> (
                    AvatarElement
                    | ContainerElement
                    | ImageElement
                    | PlaceholderElement
                    | VideoElement
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        elements_item_type_0 = AvatarElement.from_dict(data)

                        return elements_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        elements_item_type_1 = ImageElement.from_dict(data)

                        return elements_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        elements_item_type_2 = VideoElement.from_dict(data)

                        return elements_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        elements_item_type_3 = PlaceholderElement.from_dict(data)

                        return elements_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    elements_item_type_4 = ContainerElement.from_dict(data)

                    return elements_item_type_4

                elements_item = _parse_elements_item(elements_item_data)

                elements.append(elements_item)

        _script = d.pop("script", UNSET)
        script: (
            list[AudioScriptEntry | SilenceScriptEntry | TextScriptEntry] | Unset
        ) = UNSET
        if _script is not UNSET:
            script = []
            for script_item_data in _script:

                def _parse_script_item(
                    data: object,
                ) -> AudioScriptEntry | SilenceScriptEntry | TextScriptEntry:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        script_item_type_0 = TextScriptEntry.from_dict(data)

                        return script_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        script_item_type_1 = AudioScriptEntry.from_dict(data)

                        return script_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    script_item_type_2 = SilenceScriptEntry.from_dict(data)

                    return script_item_type_2

                script_item = _parse_script_item(script_item_data)

                script.append(script_item)

        scene = cls(
            id=id,
            background=background,
            elements=elements,
            script=script,
        )

        return scene
