"""The two API families behind one interface.

*chat* is HeyGen's current Video Agent API (``POST /v3/video-agents`` with ``mode``, then
``/v3/video-agents/{session_id}``); *sessions* is the interactive family of
``/v3/video-agents/sessions/...`` that HeyGen documented until April 2026.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from heygen_widgets.session import requests
from heygen_widgets.session.transport import Transport
from heygen_widgets.session.validate import FamilyName
from heygen_widgets.snapshot import APPROVAL, Resource, Video


def _data(answer: Any) -> Any:
    return answer.get("data") if isinstance(answer, dict) else None


def fetch_video(t: Transport, video_id: str, fetched_at: float = 0.0) -> Video | None:
    """GET /v3/videos/{video_id}: one video's details (its signed URLs read at ``fetched_at``)."""
    data = _data(t.call(requests.get_video(video_id), safe=True))
    return Video.from_api(data, fetched_at=fetched_at) if isinstance(data, dict) else None


class Family(Protocol):
    """What the session layer needs from an API family."""

    name: FamilyName

    def create(self, t: Transport, body: dict[str, Any]) -> str:
        """Start a session; return its id."""
        ...

    def get(self, t: Transport, session_id: str) -> dict[str, Any]:
        """The session's ``data`` object."""
        ...

    def send(self, t: Transport, session_id: str, body: dict[str, Any]) -> None:
        """Send a message."""
        ...

    def approval(self) -> dict[str, Any]:
        """The message body that approves the storyboard."""
        ...

    def stop(self, t: Transport, session_id: str) -> None:
        """Ask the agent to halt at its next checkpoint."""
        ...

    def resources(self, t: Transport, session_id: str, ids: Iterable[str]) -> list[Resource]:
        """The resources with these ids (all of the session's when ``ids`` is empty, where possible)."""
        ...

    def videos(self, t: Transport, session_id: str, video_id: str | None) -> list[Video]:
        """The session's videos, newest first."""
        ...


class ChatFamily:
    """The current chat-mode API."""

    name: FamilyName = "chat"

    def create(self, t: Transport, body: dict[str, Any]) -> str:
        """POST /v3/video-agents."""
        return str(_data(t.call(requests.create_chat(body), safe=False))["session_id"])

    def get(self, t: Transport, session_id: str) -> dict[str, Any]:
        """GET /v3/video-agents/{session_id}."""
        data = _data(t.call(requests.get_chat(session_id), safe=True))
        return data if isinstance(data, dict) else {}

    def send(self, t: Transport, session_id: str, body: dict[str, Any]) -> None:
        """POST /v3/video-agents/{session_id}; ``auto_proceed`` does not exist here."""
        body = {k: v for k, v in body.items() if k != "auto_proceed"}
        t.call(requests.send_chat(session_id, body), safe=False)

    def approval(self) -> dict[str, Any]:
        """In chat mode an approving message is the approval."""
        return {"message": APPROVAL}

    def stop(self, t: Transport, session_id: str) -> None:
        """POST /v3/video-agents/{session_id}/stop (harmless to repeat)."""
        t.call(requests.stop_chat(session_id), safe=True)

    def resources(self, t: Transport, session_id: str, ids: Iterable[str]) -> list[Resource]:
        """One GET per resource: chat mode has no listing."""
        found = []
        for resource_id in ids:
            data = _data(t.call(requests.chat_resource(session_id, resource_id), safe=True))
            if isinstance(data, dict):
                found.append(Resource.from_api(data))
        return found

    def videos(self, t: Transport, session_id: str, video_id: str | None) -> list[Video]:
        """GET /v3/video-agents/{session_id}/videos."""
        data = _data(t.call(requests.chat_videos(session_id), safe=True))
        return [Video.from_api(v) for v in data if isinstance(v, dict)] if isinstance(data, list) else []


class SessionsFamily:
    """The interactive sessions API."""

    name: FamilyName = "sessions"

    def create(self, t: Transport, body: dict[str, Any]) -> str:
        """POST /v3/video-agents/sessions (``mode`` does not exist here)."""
        body = {k: v for k, v in body.items() if k != "mode"}
        return str(_data(t.call(requests.create_interactive(body), safe=False))["session_id"])

    def get(self, t: Transport, session_id: str) -> dict[str, Any]:
        """GET /v3/video-agents/sessions/{session_id}."""
        data = _data(t.call(requests.get_interactive(session_id), safe=True))
        return data if isinstance(data, dict) else {}

    def send(self, t: Transport, session_id: str, body: dict[str, Any]) -> None:
        """POST /v3/video-agents/sessions/{session_id}/messages."""
        t.call(requests.send_interactive(session_id, body), safe=False)

    def approval(self) -> dict[str, Any]:
        """``auto_proceed`` skips the remaining review and renders."""
        return {"message": APPROVAL, "auto_proceed": True}

    def stop(self, t: Transport, session_id: str) -> None:
        """POST /v3/video-agents/sessions/{session_id}/stop."""
        t.call(requests.stop_interactive(session_id), safe=True)

    def resources(self, t: Transport, session_id: str, ids: Iterable[str]) -> list[Resource]:
        """The session's resource listing, every page; filtered to ``ids`` when given."""
        wanted, found, token = set(ids), [], None
        while True:
            page = _data(t.call(requests.interactive_resources(session_id, 100, token), safe=True))
            page = page if isinstance(page, dict) else {}
            found += [Resource.from_api(r) for r in page.get("resources") or [] if isinstance(r, dict)]
            token = page.get("next_cursor")
            if not isinstance(token, str) or not token:
                break
        return [r for r in found if not wanted or r.id in wanted]

    def videos(self, t: Transport, session_id: str, video_id: str | None) -> list[Video]:
        """The sessions family has no listing: the session's one video, if any."""
        video = fetch_video(t, video_id) if video_id is not None else None
        return [video] if video is not None else []


FAMILIES: dict[str, Family] = {"chat": ChatFamily(), "sessions": SessionsFamily()}
