"""Every generated enum keeps a value the spec does not list (openapi/templates/*_enum.py.jinja).

HeyGen adds statuses and kinds within weeks of a spec; a closed enum made ``from_dict`` raise
``ValueError`` on the first one, for anyone using ``heygen_api`` directly.
"""

from __future__ import annotations

import inspect
from enum import Enum, IntEnum, StrEnum

import pytest

import heygen_api.models as models
from heygen_api.models import GetSessionResponse, GetSessionResponseStatus

ENUMS = sorted(
    (obj for _, obj in inspect.getmembers(models, inspect.isclass) if issubclass(obj, Enum)),
    key=lambda cls: cls.__name__,
)


def test_the_spec_has_string_enums_and_no_integer_ones() -> None:
    """So the string template is the one in use here; the integer one is tested on its own spec."""
    assert len(ENUMS) > 90 and all(issubclass(cls, StrEnum) for cls in ENUMS)
    assert not [cls for cls in ENUMS if issubclass(cls, IntEnum)]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda cls: cls.__name__)
def test_every_string_enum_keeps_an_unlisted_value(enum: type[StrEnum]) -> None:
    new = enum("added_by_heygen_later")
    assert isinstance(new, enum) and new == "added_by_heygen_later" and str(new) == "added_by_heygen_later"
    assert new.value == new.name == "added_by_heygen_later"
    assert enum("added_by_heygen_later") is new  # one member per value
    assert "added_by_heygen_later" not in enum.__members__  # the listed members stay the spec's
    listed = next(iter(enum))
    assert enum(listed.value) is listed
    with pytest.raises(ValueError):
        enum(7)  # type: ignore[arg-type]  # not a string: still an error, as the types say


def test_a_session_with_a_status_heygen_added_later_reads_and_writes_back() -> None:
    answer = {
        "session_id": "sess_1",
        "status": "queued_for_review",
        "progress": 10,
        "created_at": 1_767_225_600,
        "messages": [],
    }
    session = GetSessionResponse.from_dict(answer)
    assert session.status == "queued_for_review" and isinstance(session.status, GetSessionResponseStatus)
    assert repr(session.status) == "<GetSessionResponseStatus.queued_for_review: 'queued_for_review'>"
    assert session.to_dict()["status"] == "queued_for_review"
    assert (
        GetSessionResponse.from_dict({**answer, "status": "completed"}).status
        is GetSessionResponseStatus.COMPLETED
    )
