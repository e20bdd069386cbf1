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
from heygen_widgets.snapshot import APPROVAL, Model, Resource, Video


def fetch_video(t: Transport, video_id: str, fetched_at: float = 0.0) -> Video:
    """GET /v3/videos/{video_id}: one video's details (its signed URLs read at ``fetched_at``)."""
    return Video.from_model(requests.get_video(t, video_id), fetched_at=fetched_at)


def _listed(items: Any) -> list[Any]:
    """A generated list field, or nothing when the answer left it out."""
    return items if isinstance(items, list) else []


class Family(Protocol):
    """What the session layer needs from an API family."""

    name: FamilyName

    def create(self, t: Transport, body: dict[str, Any]) -> str:
        """Start a session; return its id."""
        ...

    def get(self, t: Transport, session_id: str) -> Model:
        """The session's ``data``, as the generated model."""
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
        return requests.create_chat(t, body)

    def get(self, t: Transport, session_id: str) -> Model:
        """GET /v3/video-agents/{session_id}."""
        return requests.get_chat(t, session_id)

    def send(self, t: Transport, session_id: str, body: dict[str, Any]) -> None:
        """POST /v3/video-agents/{session_id}; ``auto_proceed`` does not exist here."""
        requests.send_chat(t, session_id, {k: v for k, v in body.items() if k != "auto_proceed"})

    def approval(self) -> dict[str, Any]:
        """In chat mode an approving message is the approval."""
        return {"message": APPROVAL}

    def stop(self, t: Transport, session_id: str) -> None:
        """POST /v3/video-agents/{session_id}/stop (harmless to repeat)."""
        requests.stop_chat(t, session_id)

    def resources(self, t: Transport, session_id: str, ids: Iterable[str]) -> list[Resource]:
        """One GET per resource: chat mode has no listing."""
        return [Resource.from_model(requests.chat_resource(t, session_id, i)) for i in ids]

    def videos(self, t: Transport, session_id: str, video_id: str | None) -> list[Video]:
        """GET /v3/video-agents/{session_id}/videos."""
        return [Video.from_model(v) for v in _listed(requests.chat_videos(t, session_id).data)]


class SessionsFamily:
    """The interactive sessions API."""

    name: FamilyName = "sessions"

    def create(self, t: Transport, body: dict[str, Any]) -> str:
        """POST /v3/video-agents/sessions (``mode`` does not exist here)."""
        return requests.create_interactive(t, {k: v for k, v in body.items() if k != "mode"})

    def get(self, t: Transport, session_id: str) -> Model:
        """GET /v3/video-agents/sessions/{session_id}."""
        return requests.get_interactive(t, session_id)

    def send(self, t: Transport, session_id: str, body: dict[str, Any]) -> None:
        """POST /v3/video-agents/sessions/{session_id}/messages."""
        requests.send_interactive(t, session_id, body)

    def approval(self) -> dict[str, Any]:
        """``auto_proceed`` skips the remaining review and renders."""
        return {"message": APPROVAL, "auto_proceed": True}

    def stop(self, t: Transport, session_id: str) -> None:
        """POST /v3/video-agents/sessions/{session_id}/stop."""
        requests.stop_interactive(t, session_id)

    def resources(self, t: Transport, session_id: str, ids: Iterable[str]) -> list[Resource]:
        """The session's resource listing, every page; filtered to ``ids`` when given."""
        wanted, found, token = set(ids), [], None
        while True:
            page = requests.interactive_resources(t, session_id, 100, token)
            found += [Resource.from_model(r) for r in _listed(page.resources)]
            token = page.next_cursor if isinstance(page.next_cursor, str) else None
            if not token:
                break
        return [r for r in found if not wanted or r.id in wanted]

    def videos(self, t: Transport, session_id: str, video_id: str | None) -> list[Video]:
        """The sessions family has no listing: the session's one video, if any."""
        video = fetch_video(t, video_id) if video_id is not None else None
        return [video] if video is not None else []


FAMILIES: dict[str, Family] = {"chat": ChatFamily(), "sessions": SessionsFamily()}
