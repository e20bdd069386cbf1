from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_resource_metadata_type_0 import SessionResourceMetadataType0


T = TypeVar("T", bound="SessionResource")


@_attrs_define
class SessionResource:
    """Simplified session resource for external consumers.

    Attributes:
        resource_id (str): Resource identifier
        resource_type (str): Resource type: image, video, draft, avatar, voice, etc.
        source_type (None | str | Unset): Source: generated or user_uploaded
        url (None | str | Unset): Primary media URL
        thumbnail_url (None | str | Unset): Thumbnail URL
        preview_url (None | str | Unset): Preview URL
        created_at (int | None | Unset): Unix timestamp of resource creation
        metadata (None | SessionResourceMetadataType0 | Unset): Type-specific metadata
    """

    resource_id: str
    resource_type: str
    source_type: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    metadata: None | SessionResourceMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_resource_metadata_type_0 import (
            SessionResourceMetadataType0,  # noqa: PLC0415
        )

        resource_id = self.resource_id

        resource_type = self.resource_type

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SessionResourceMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
                "resource_type": resource_type,
            }
        )
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if url is not UNSET:
            field_dict["url"] = url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_resource_metadata_type_0 import (
            SessionResourceMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        resource_id = d.pop("resource_id")

        resource_type = d.pop("resource_type")

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))

        def _parse_preview_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_url = _parse_preview_url(d.pop("preview_url", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_metadata(
            data: object,
        ) -> None | SessionResourceMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = SessionResourceMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionResourceMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        session_resource = cls(
            resource_id=resource_id,
            resource_type=resource_type,
            source_type=source_type,
            url=url,
            thumbnail_url=thumbnail_url,
            preview_url=preview_url,
            created_at=created_at,
            metadata=metadata,
        )

        session_resource.additional_properties = d
        return session_resource

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
