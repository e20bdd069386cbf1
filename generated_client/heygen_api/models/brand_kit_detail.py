from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brand_kit_detail_status import BrandKitDetailStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_kit_color_roles import BrandKitColorRoles
    from ..models.brand_kit_font import BrandKitFont
    from ..models.brand_kit_font_roles import BrandKitFontRoles
    from ..models.brand_kit_logo import BrandKitLogo
    from ..models.brand_kit_logo_roles import BrandKitLogoRoles


T = TypeVar("T", bound="BrandKitDetail")


@_attrs_define
class BrandKitDetail:
    """A single brand kit with its colors, logos and fonts.

    A brand kit imported from a website is assembled in the background. While `status` is `loading`
    the collections and role fields are provisional and may be empty or incomplete; the import has
    finished contributing to them once `status` is `completed`. A kit whose import failed reports
    `error` and keeps whatever was assembled before the failure. A kit can still be edited in the
    HeyGen web app afterwards, so `completed` means the import is done, not that the kit is frozen.

        Attributes:
            brand_kit_id (str): Unique brand kit identifier.
            name (str): Display name of the brand kit.
            status (BrandKitDetailStatus): Assembly status: 'loading' while the kit is still being built, 'completed' when
                it is ready, or 'error' if the import failed.
            colors (list[str] | Unset): Brand colors as hex values, e.g. '#FF5733'. A color playing a role may sit outside
                this list — see color_roles — so do not treat it as the full set of colors the kit references.
            color_roles (BrandKitColorRoles | None | Unset): Which color plays which part. May be absent while the kit is
                still loading.
            logos (list[BrandKitLogo] | Unset): Logos belonging to the brand kit.
            logo_roles (BrandKitLogoRoles | None | Unset): Which logo is the main one. May be absent while the kit is still
                loading.
            fonts (list[BrandKitFont] | Unset): Fonts belonging to the brand kit.
            font_roles (BrandKitFontRoles | None | Unset): Which font plays which typographic part. May be absent while the
                kit is still loading.
    """

    brand_kit_id: str
    name: str
    status: BrandKitDetailStatus
    colors: list[str] | Unset = UNSET
    color_roles: BrandKitColorRoles | None | Unset = UNSET
    logos: list[BrandKitLogo] | Unset = UNSET
    logo_roles: BrandKitLogoRoles | None | Unset = UNSET
    fonts: list[BrandKitFont] | Unset = UNSET
    font_roles: BrandKitFontRoles | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brand_kit_color_roles import BrandKitColorRoles  # noqa: PLC0415
        from ..models.brand_kit_font_roles import BrandKitFontRoles  # noqa: PLC0415
        from ..models.brand_kit_logo_roles import BrandKitLogoRoles  # noqa: PLC0415

        brand_kit_id = self.brand_kit_id

        name = self.name

        status = self.status.value

        colors: list[str] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = self.colors

        color_roles: dict[str, Any] | None | Unset
        if isinstance(self.color_roles, Unset):
            color_roles = UNSET
        elif isinstance(self.color_roles, BrandKitColorRoles):
            color_roles = self.color_roles.to_dict()
        else:
            color_roles = self.color_roles

        logos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logos, Unset):
            logos = []
            for logos_item_data in self.logos:
                logos_item = logos_item_data.to_dict()
                logos.append(logos_item)

        logo_roles: dict[str, Any] | None | Unset
        if isinstance(self.logo_roles, Unset):
            logo_roles = UNSET
        elif isinstance(self.logo_roles, BrandKitLogoRoles):
            logo_roles = self.logo_roles.to_dict()
        else:
            logo_roles = self.logo_roles

        fonts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fonts, Unset):
            fonts = []
            for fonts_item_data in self.fonts:
                fonts_item = fonts_item_data.to_dict()
                fonts.append(fonts_item)

        font_roles: dict[str, Any] | None | Unset
        if isinstance(self.font_roles, Unset):
            font_roles = UNSET
        elif isinstance(self.font_roles, BrandKitFontRoles):
            font_roles = self.font_roles.to_dict()
        else:
            font_roles = self.font_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_kit_id": brand_kit_id,
                "name": name,
                "status": status,
            }
        )
        if colors is not UNSET:
            field_dict["colors"] = colors
        if color_roles is not UNSET:
            field_dict["color_roles"] = color_roles
        if logos is not UNSET:
            field_dict["logos"] = logos
        if logo_roles is not UNSET:
            field_dict["logo_roles"] = logo_roles
        if fonts is not UNSET:
            field_dict["fonts"] = fonts
        if font_roles is not UNSET:
            field_dict["font_roles"] = font_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brand_kit_color_roles import BrandKitColorRoles  # noqa: PLC0415
        from ..models.brand_kit_font import BrandKitFont  # noqa: PLC0415
        from ..models.brand_kit_font_roles import BrandKitFontRoles  # noqa: PLC0415
        from ..models.brand_kit_logo import BrandKitLogo  # noqa: PLC0415
        from ..models.brand_kit_logo_roles import BrandKitLogoRoles  # noqa: PLC0415

        d = dict(src_dict)
        brand_kit_id = d.pop("brand_kit_id")

        name = d.pop("name")

        status = BrandKitDetailStatus(d.pop("status"))

        colors = cast(list[str], d.pop("colors", UNSET))

        def _parse_color_roles(data: object) -> BrandKitColorRoles | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                color_roles_type_0 = BrandKitColorRoles.from_dict(data)

                return color_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrandKitColorRoles | None | Unset, data)

        color_roles = _parse_color_roles(d.pop("color_roles", UNSET))

        _logos = d.pop("logos", UNSET)
        logos: list[BrandKitLogo] | Unset = UNSET
        if _logos is not UNSET:
            logos = []
            for logos_item_data in _logos:
                logos_item = BrandKitLogo.from_dict(logos_item_data)

                logos.append(logos_item)

        def _parse_logo_roles(data: object) -> BrandKitLogoRoles | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logo_roles_type_0 = BrandKitLogoRoles.from_dict(data)

                return logo_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrandKitLogoRoles | None | Unset, data)

        logo_roles = _parse_logo_roles(d.pop("logo_roles", UNSET))

        _fonts = d.pop("fonts", UNSET)
        fonts: list[BrandKitFont] | Unset = UNSET
        if _fonts is not UNSET:
            fonts = []
            for fonts_item_data in _fonts:
                fonts_item = BrandKitFont.from_dict(fonts_item_data)

                fonts.append(fonts_item)

        def _parse_font_roles(data: object) -> BrandKitFontRoles | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                font_roles_type_0 = BrandKitFontRoles.from_dict(data)

                return font_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrandKitFontRoles | None | Unset, data)

        font_roles = _parse_font_roles(d.pop("font_roles", UNSET))

        brand_kit_detail = cls(
            brand_kit_id=brand_kit_id,
            name=name,
            status=status,
            colors=colors,
            color_roles=color_roles,
            logos=logos,
            logo_roles=logo_roles,
            fonts=fonts,
            font_roles=font_roles,
        )

        brand_kit_detail.additional_properties = d
        return brand_kit_detail

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
