"""The JSON shapes of the spec's response schemas, built from the simulator's state.

``base`` is the server's own address (``http://127.0.0.1:PORT``): media URLs point back at the
simulator, the way HeyGen's point at its CDN.
"""

from __future__ import annotations

from typing import Any

from heygen_widgets.fake.media import SAMPLE_VIDEO_DURATION
from heygen_widgets.fake.model import Message, Resource, Session, Video, Wallet

MAX_MESSAGES = 40


def message(m: Message) -> dict[str, Any]:
    """A ``SessionMessage``."""
    return {
        "role": m.role,
        "content": m.content,
        "type": m.type,
        "created_at": m.created_at,
        "resource_ids": list(m.resource_ids) if m.resource_ids else None,
    }


def session(s: Session) -> dict[str, Any]:
    """A ``GetSessionResponse`` (both families share the shape): newest 40 messages first.

    A session's ``answer_override`` goes over it last: a status or a field the spec lacks.
    """
    answer = {
        "session_id": s.id,
        "status": s.status,
        "progress": s.progress,
        "title": s.title,
        "video_id": s.video_id,
        "created_at": s.created_at,
        "messages": [message(m) for m in reversed(s.messages[-MAX_MESSAGES:])],
    }
    return {**answer, **s.answer_override} if s.answer_override else answer


def list_item(s: Session) -> dict[str, Any]:
    """A ``SessionListItem``."""
    return {"session_id": s.id, "title": s.title, "created_at": s.created_at}


def resource_urls(r: Resource, base: str) -> tuple[str | None, str | None]:
    """(url, thumbnail_url) of a resource."""
    if r.scene is not None:
        return f"{base}/files/resources/{r.id}.png", f"{base}/files/resources/{r.id}_thumb.png"
    if r.type == "video" and "video_id" in r.metadata:
        video_id = r.metadata["video_id"]
        return f"{base}/files/videos/{video_id}.webm", f"{base}/files/videos/{video_id}.png"
    if r.url:
        return r.url, None
    return (f"{base}/files/resources/{r.id}" if r.data is not None else None), None


def resource(r: Resource, base: str) -> dict[str, Any]:
    """A ``SessionResource``."""
    url, thumbnail = resource_urls(r, base)
    return {
        "resource_id": r.id,
        "resource_type": r.type,
        "source_type": r.source,
        "url": url,
        "thumbnail_url": thumbnail,
        "preview_url": url,
        "created_at": r.created_at,
        "metadata": dict(r.metadata),
    }


def video(v: Video, base: str) -> dict[str, Any]:
    """A ``VideoDetail``; URLs appear once the render has completed."""
    done = v.status == "completed"
    files = f"{base}/files/videos/{v.id}"
    return {
        "id": v.id,
        "title": v.title,
        "status": v.status,
        "created_at": v.created_at,
        "completed_at": v.completed_at,
        "video_url": f"{files}.webm" if done else None,
        "thumbnail_url": f"{files}.png" if done else None,
        "gif_url": None,
        "captioned_video_url": f"{files}_captioned.webm" if done else None,
        "subtitle_url": f"{files}.vtt" if done else None,
        "duration": SAMPLE_VIDEO_DURATION if done else None,
        "folder_id": None,
        "output_language": "en" if done else None,
        "failure_code": v.failure_code,
        "failure_message": v.failure_message,
        "video_page_url": None,
    }


def billing(w: Wallet) -> dict[str, Any]:
    """The billing fields of a ``UserInfoResponse``: a prepaid wallet in USD."""
    wallet = {"currency": "usd", "remaining_balance": round(w.balance, 2), "auto_reload": None}
    return {"billing_type": "wallet", "wallet": wallet, "subscription": None, "usage_based": None}
