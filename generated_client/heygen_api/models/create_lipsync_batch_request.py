from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_lipsync_request import CreateLipsyncRequest


T = TypeVar("T", bound="CreateLipsyncBatchRequest")


@_attrs_define
class CreateLipsyncBatchRequest:
    """
    Attributes:
        lipsyncs (list[CreateLipsyncRequest]): Lipsync payloads, identical in shape to POST /v3/lipsyncs. Each entry
            becomes exactly one batch item (no expansion); the item count is capped at 100.
        title (None | str | Unset): Display name for the batch, shown in the HeyGen app.
        callback_url (None | str | Unset): Webhook URL invoked once when every item in the batch reaches a terminal
            state.
    """

    lipsyncs: list[CreateLipsyncRequest]
    title: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lipsyncs = []
        for lipsyncs_item_data in self.lipsyncs:
            lipsyncs_item = lipsyncs_item_data.to_dict()
            lipsyncs.append(lipsyncs_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lipsyncs": lipsyncs,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_lipsync_request import CreateLipsyncRequest  # noqa: PLC0415

        d = dict(src_dict)
        lipsyncs = []
        _lipsyncs = d.pop("lipsyncs")
        for lipsyncs_item_data in _lipsyncs:
            lipsyncs_item = CreateLipsyncRequest.from_dict(lipsyncs_item_data)

            lipsyncs.append(lipsyncs_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        create_lipsync_batch_request = cls(
            lipsyncs=lipsyncs,
            title=title,
            callback_url=callback_url,
        )

        return create_lipsync_batch_request
