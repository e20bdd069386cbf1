from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_hyperframes_render_request_format import (
    CreateHyperframesRenderRequestFormat,
)
from ..models.create_hyperframes_render_request_quality import (
    CreateHyperframesRenderRequestQuality,
)
from ..models.hyperframes_aspect_ratio import HyperframesAspectRatio
from ..models.hyperframes_resolution import HyperframesResolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl
    from ..models.create_hyperframes_render_request_variables_type_0 import (
        CreateHyperframesRenderRequestVariablesType0,
    )


T = TypeVar("T", bound="CreateHyperframesRenderRequest")


@_attrs_define
class CreateHyperframesRenderRequest:
    """Request body for POST /v3/hyperframes/renders.

    Attributes:
        project (AssetBase64 | AssetId | AssetUrl): HyperFrames composition .zip — provide as {type: 'url', url: '...'},
            {type: 'asset_id', asset_id: '...'} (pre-uploaded via POST /v3/assets), or {type: 'base64', media_type:
            'application/zip', data: '...'}. Zip must contain index.html at the root (or the path you set in `composition`).
        fps (int | None | Unset): Output frames per second. Defaults to 30 if not provided. Default: 30.
        quality (CreateHyperframesRenderRequestQuality | Unset): Render quality preset; higher quality is slower.
            Default: CreateHyperframesRenderRequestQuality.STANDARD.
        format_ (CreateHyperframesRenderRequestFormat | Unset): Output container/codec. Default:
            CreateHyperframesRenderRequestFormat.MP4.
        resolution (HyperframesResolution | Unset): Output resolution tier.

            4K output uses a 1.5x pricing multiplier.
        aspect_ratio (HyperframesAspectRatio | Unset): Output aspect ratio.

            Supported ratios are ``16:9`` (landscape), ``9:16`` (portrait), and
            ``1:1`` (square).
        composition (None | str | Unset): Entry HTML file relative to the project root (e.g. compositions/intro.html).
            Defaults to index.html when omitted.
        variables (CreateHyperframesRenderRequestVariablesType0 | None | Unset): Optional overrides for the
            composition's data-composition-variables. Use this to parameterise a single composition across multiple renders.
        title (None | str | Unset): Free-text label for the render; echoed back in detail responses.
        callback_id (None | str | Unset): Opaque client tracking ID, echoed back in webhook payloads.
        callback_url (None | str | Unset): Per-request HTTPS webhook URL the render fires when it terminates.
    """

    project: AssetBase64 | AssetId | AssetUrl
    fps: int | None | Unset = 30
    quality: CreateHyperframesRenderRequestQuality | Unset = (
        CreateHyperframesRenderRequestQuality.STANDARD
    )
    format_: CreateHyperframesRenderRequestFormat | Unset = (
        CreateHyperframesRenderRequestFormat.MP4
    )
    resolution: HyperframesResolution | Unset = UNSET
    aspect_ratio: HyperframesAspectRatio | Unset = UNSET
    composition: None | str | Unset = UNSET
    variables: CreateHyperframesRenderRequestVariablesType0 | None | Unset = UNSET
    title: None | str | Unset = UNSET
    callback_id: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.create_hyperframes_render_request_variables_type_0 import (
            CreateHyperframesRenderRequestVariablesType0,  # noqa: PLC0415
        )

        project: dict[str, Any]
        if isinstance(self.project, AssetUrl):
            project = self.project.to_dict()
        elif isinstance(self.project, AssetId):
            project = self.project.to_dict()
        else:
            project = self.project.to_dict()

        fps: int | None | Unset
        if isinstance(self.fps, Unset):
            fps = UNSET
        else:
            fps = self.fps

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution.value

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio.value

        composition: None | str | Unset
        if isinstance(self.composition, Unset):
            composition = UNSET
        else:
            composition = self.composition

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, CreateHyperframesRenderRequestVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project": project,
            }
        )
        if fps is not UNSET:
            field_dict["fps"] = fps
        if quality is not UNSET:
            field_dict["quality"] = quality
        if format_ is not UNSET:
            field_dict["format"] = format_
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if composition is not UNSET:
            field_dict["composition"] = composition
        if variables is not UNSET:
            field_dict["variables"] = variables
        if title is not UNSET:
            field_dict["title"] = title
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_base_64 import AssetBase64  # noqa: PLC0415
        from ..models.asset_id import AssetId  # noqa: PLC0415
        from ..models.asset_url import AssetUrl  # noqa: PLC0415
        from ..models.create_hyperframes_render_request_variables_type_0 import (
            CreateHyperframesRenderRequestVariablesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_project(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_0 = AssetUrl.from_dict(data)

                return project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_1 = AssetId.from_dict(data)

                return project_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            project_type_2 = AssetBase64.from_dict(data)

            return project_type_2

        project = _parse_project(d.pop("project"))

        def _parse_fps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fps = _parse_fps(d.pop("fps", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: CreateHyperframesRenderRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = CreateHyperframesRenderRequestQuality(_quality)

        _format_ = d.pop("format", UNSET)
        format_: CreateHyperframesRenderRequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = CreateHyperframesRenderRequestFormat(_format_)

        _resolution = d.pop("resolution", UNSET)
        resolution: HyperframesResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = HyperframesResolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: HyperframesAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = HyperframesAspectRatio(_aspect_ratio)

        def _parse_composition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        composition = _parse_composition(d.pop("composition", UNSET))

        def _parse_variables(
            data: object,
        ) -> CreateHyperframesRenderRequestVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = (
                    CreateHyperframesRenderRequestVariablesType0.from_dict(data)
                )

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateHyperframesRenderRequestVariablesType0 | None | Unset, data
            )

        variables = _parse_variables(d.pop("variables", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        create_hyperframes_render_request = cls(
            project=project,
            fps=fps,
            quality=quality,
            format_=format_,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            composition=composition,
            variables=variables,
            title=title,
            callback_id=callback_id,
            callback_url=callback_url,
        )

        return create_hyperframes_render_request
