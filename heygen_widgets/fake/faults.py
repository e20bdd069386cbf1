"""Faults on demand, and the log of every request that arrived.

A `Fault` applies to one operation (by its operationId, ``"*"`` for all) for its next ``times``
requests (``-1``: until cleared). Kinds:

- ``latency``: wait ``seconds`` before answering;
- ``rate_limit``: 429 with ``Retry-After: retry_after``; ``error``: ``status`` (500 or 503);
- ``drop``: the connection closes before the request is processed; ``drop_after``: the request
  is processed, then the connection closes before the answer is complete;
- ``malformed``: processed, then answered with broken JSON;
- ``off_spec``: processed, then answered with valid JSON whose ``data`` is not what the spec
  says (a text instead of the object), as a service that changed before its spec would;
- ``unknown_status``: the session's ``status`` is a value the spec does not list;
- ``extra_fields``: unknown fields are added to the answer and its messages (HeyGen adds these);
- ``not_found_while_rendering``: a session that is generating answers 404;
- ``scope``: 403 ``insufficient_api_key_scope`` naming the scope the operation needs.

``code_only=True`` on an error fault sends an envelope with only ``code`` (no message, no
param), as some HeyGen answers do. The request log keeps the newest ``MAX_LOGGED`` entries.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = frozenset(
    {
        "latency",
        "rate_limit",
        "error",
        "drop",
        "drop_after",
        "malformed",
        "off_spec",
        "unknown_status",
        "extra_fields",
        "not_found_while_rendering",
        "scope",
    }
)
BEFORE = frozenset({"latency", "rate_limit", "error", "drop", "scope"})
AFTER = KINDS - BEFORE
UNKNOWN_STATUS = "queued_for_review"
MAX_LOGGED = 10_000

# The scope each operation needs (the spec's ``x-heygen-required-scopes``), for ``scope`` faults.
SCOPES = {
    "createVideoAgentV3": "video_agent:write",
    "listVideoAgentSessions": "video_agent:read",
    "listVideoAgentStyles": "video_agent:read",
    "createInteractiveSession": "video_agent:write",
    "getInteractiveSession": "video_agent:read",
    "sendInteractiveSessionMessage": "video_agent:write",
    "getInteractiveSessionResources": "video_agent:read",
    "stopInteractiveSession": "video_agent:write",
    "getVideoAgentSession": "video_agent:read",
    "sendVideoAgentMessage": "video_agent:write",
    "stopVideoAgentSession": "video_agent:write",
    "getVideoAgentResource": "video_agent:read",
    "listVideoAgentSessionVideos": "video_agent:read",
    "getVideoV3": "videos:read",
    "uploadAsset": "assets:write",
    "listAvatarLooks": "avatars:read",
    "listVoicesV3": "voices:read",
    "getCurrentUserV3": "account:read",
}


@dataclass
class Fault:
    """One injected fault."""

    kind: str
    operation: str = "*"
    times: int = 1
    status: int = 500
    retry_after: int = 1
    seconds: float = 0.0
    code_only: bool = False

    def __post_init__(self) -> None:
        """Reject unknown kinds early, with the list of known ones."""
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; use one of {', '.join(sorted(KINDS))}")


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the simulator saw it."""

    method: str
    path: str
    operation: str
    status: int
    idempotency_key: str | None = None
    fault: str | None = None
    replayed: bool = False


@dataclass
class Faults:
    """The active faults and the request log, shared by every request handler."""

    active: list[Fault] = field(default_factory=list)
    log: deque[LoggedRequest] = field(default_factory=lambda: deque(maxlen=MAX_LOGGED))
    lock: threading.Lock = field(default_factory=threading.Lock)
    changed: threading.Condition = field(init=False)  # notified as each request is logged

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)

    def add(self, fault: Fault) -> Fault:
        """Activate a fault."""
        with self.lock:
            self.active.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault."""
        with self.lock:
            self.active.clear()

    def take(self, operation: str, kinds: frozenset[str]) -> Fault | None:
        """The first matching fault of one of ``kinds``, used up by one request."""
        with self.lock:
            for fault in self.active:
                if fault.kind in kinds and fault.operation in ("*", operation):
                    if fault.times > 0:
                        fault.times -= 1
                        if fault.times == 0:
                            self.active.remove(fault)
                    return fault
        return None

    def record(self, entry: LoggedRequest) -> None:
        """Append to the request log."""
        with self.changed:
            self.log.append(entry)
            self.changed.notify_all()

    def entries(self) -> list[dict[str, Any]]:
        """The log as plain dicts (for ``GET /_fake/requests``)."""
        with self.lock:
            return [asdict(e) for e in self.log]


def add_extra_fields(data: Any) -> Any:
    """Unknown fields at the top of the answer and in each message, as HeyGen adds them."""
    if isinstance(data, dict):
        data = {**data, "x_experimental": {"rollout": "beta"}, "region": "us-east"}
        if isinstance(data.get("messages"), list):
            data["messages"] = [{**m, "reaction": None} for m in data["messages"]]
    return data
