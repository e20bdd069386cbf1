from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppendTextDeltaRequest")


@_attrs_define
class AppendTextDeltaRequest:
    """Append one text delta to a streaming session created with type='text_stream'.

    Attributes:
        delta (str): Text fragment to append. May be a single token or a coalesced batch of tokens. Must be non-empty
            unless `final: true` (which allows an empty delta to close the stream).
        final (bool | Unset): If true, this is the last delta — input is closed after this request. Further POSTs to
            this stream return 410. Default: False.
    """

    delta: str
    final: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta

        final = self.final

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delta": delta,
            }
        )
        if final is not UNSET:
            field_dict["final"] = final

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delta = d.pop("delta")

        final = d.pop("final", UNSET)

        append_text_delta_request = cls(
            delta=delta,
            final=final,
        )

        return append_text_delta_request
