from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_workflow_run_request_inputs import (
        CreateWorkflowRunRequestInputs,
    )


T = TypeVar("T", bound="CreateWorkflowRunRequest")


@_attrs_define
class CreateWorkflowRunRequest:
    """Request body for POST /v3/workflow-runs.

    Attributes:
        workflow_id (str): Workflow to run.
        version_number (int | None | Unset): Published version to run. Omit to run the latest published version,
            resolved once when the request's Idempotency-Key is first accepted; the response reports the exact
            version_number the run is pinned to.
        inputs (CreateWorkflowRunRequestInputs | Unset): Values for the version's declared run inputs. Validated against
            the frozen plan. Media inputs accept an asset id (a bare string, or {"type": "asset_id", "asset_id": ...}), a
            publicly accessible HTTPS source ({"type": "url", "url": ...}), or bounded inline content ({"type": "base64",
            "media_type": ..., "data": ...}); URL and inline sources are imported into your asset library before the run
            executes. Inline content must fit this endpoint's 1 MiB request-body limit.
    """

    workflow_id: str
    version_number: int | None | Unset = UNSET
    inputs: CreateWorkflowRunRequestInputs | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        version_number: int | None | Unset
        if isinstance(self.version_number, Unset):
            version_number = UNSET
        else:
            version_number = self.version_number

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workflow_id": workflow_id,
            }
        )
        if version_number is not UNSET:
            field_dict["version_number"] = version_number
        if inputs is not UNSET:
            field_dict["inputs"] = inputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_workflow_run_request_inputs import (
            CreateWorkflowRunRequestInputs,  # noqa: PLC0415
        )

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        def _parse_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version_number = _parse_version_number(d.pop("version_number", UNSET))

        _inputs = d.pop("inputs", UNSET)
        inputs: CreateWorkflowRunRequestInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = CreateWorkflowRunRequestInputs.from_dict(_inputs)

        create_workflow_run_request = cls(
            workflow_id=workflow_id,
            version_number=version_number,
            inputs=inputs,
        )

        return create_workflow_run_request
