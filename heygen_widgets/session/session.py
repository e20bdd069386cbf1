"""`Session`: one Video Agent session and its domain verbs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import httpx

from heygen_widgets.errors import InvalidParameterError, NotFoundError, SessionFailedError, WaitTimeoutError
from heygen_widgets.session import requests
from heygen_widgets.session.families import Family
from heygen_widgets.session.files import Attachment, file_entries
from heygen_widgets.session.transport import Transport
from heygen_widgets.session.validate import check_text
from heygen_widgets.snapshot import Message, Phase, Resource, Snapshot, Video, merge_messages

VIDEO_URL_TTL = 3600.0  # seconds before a finished video's signed URLs are fetched again
SESSION_EVERY = 3  # while rendering, the session itself is read on every third poll (for progress)
Until = Phase | str | Callable[[Snapshot], bool]


class Session:
    """A Video Agent session of either API family.

    Get one from `Connection.create` or `Connection.attach`. Every method talks to HeyGen (or
    the simulator) synchronously; the poller calls `refresh` from its thread, so the state kept
    here is guarded by a lock.
    """

    def __init__(
        self,
        transport: Transport,
        family: Family,
        session_id: str,
        upload: Any = None,
        *,
        approved: bool = False,
    ) -> None:
        """Wrap an existing session id; `refresh` reads its state.

        ``approved`` is True for a session created to render without review (generate mode).
        """
        self._t = transport
        self.approved = approved
        self._family = family
        self.session_id = session_id
        self._upload = upload
        self._lock = threading.RLock()
        self._messages: tuple[Message, ...] = ()
        self._resources: dict[str, Resource] = {}
        self._last: Snapshot | None = None
        self._render_polls = 0
        self._action_listeners: list[Callable[[], None]] = []
        self.clock: Callable[[], float] = time.monotonic

    def __repr__(self) -> str:
        """Id, family and last known status."""
        status = self._last.status if self._last else "not read yet"
        return f"Session({self.session_id!r}, family={self.family!r}, status={status!r})"

    @property
    def family(self) -> str:
        """``chat`` or ``sessions``."""
        return self._family.name

    approved: bool
    """True once this object approved the storyboard, or created the session in generate mode.

    A render that starts while this is False began without the user's approval (chat mode has
    been seen to do that)."""

    @property
    def last(self) -> Snapshot | None:
        """The newest snapshot read so far, without a request."""
        return self._last

    # -- reading ------------------------------------------------------------------------------------

    def refresh(self) -> Snapshot:
        """Read the session now and return a new snapshot (the poller's one poll).

        While a video renders, ``GET /v3/videos/{video_id}`` is read on every call and the
        session itself only now and then, since the session endpoint has been seen to answer 404
        during renders; such a 404 keeps the last snapshot with the fresher video.
        """
        with self._lock:
            prev = self._last
            if prev is not None and prev.phase is Phase.RENDERING and prev.video_id:
                video = self._fetch_video(prev.video_id)
                self._render_polls += 1
                final = video is not None and (video.ready or video.failed)
                if not final and self._render_polls % SESSION_EVERY:
                    return self._keep(replace(prev, video=video))
                try:
                    return self._read_session(video)
                except NotFoundError:
                    return self._keep(replace(prev, video=video))
            return self._read_session(None)

    def snapshot(self) -> Snapshot:
        """Same as `refresh`: the session's state as of now."""
        return self.refresh()

    def _keep(self, snapshot: Snapshot) -> Snapshot:
        self._last = snapshot
        return snapshot

    def _read_session(self, video: Video | None) -> Snapshot:
        data = self._family.get(self._t, self.session_id)
        raw = data.get("messages")
        window = [Message.from_api(m) for m in raw if isinstance(m, dict)] if isinstance(raw, list) else []
        self._messages = merge_messages(self._messages, window)
        self._fetch_new_resources()
        raw_video_id, raw_status = data.get("video_id"), data.get("status")
        video_id = raw_video_id if isinstance(raw_video_id, str) else None
        status = raw_status if isinstance(raw_status, str) else "unknown"
        if video_id and video is None:
            video = self._video_for(video_id, status)
        progress = data.get("progress")
        title = data.get("title")
        created = data.get("created_at")
        return self._keep(
            Snapshot(
                session_id=self.session_id,
                family=self.family,
                status=status,
                progress=progress if isinstance(progress, int) and not isinstance(progress, bool) else 0,
                title=title if isinstance(title, str) else None,
                messages=self._messages,
                resources=MappingProxyType(dict(self._resources)),
                video_id=video_id,
                video=video,
                created_at=created if isinstance(created, int) else None,
            )
        )

    def _fetch_new_resources(self) -> None:
        wanted = [i for m in self._messages for i in m.resource_ids if i not in self._resources]
        if wanted:
            for resource in self._family.resources(self._t, self.session_id, dict.fromkeys(wanted)):
                self._resources[resource.id] = resource

    def _video_for(self, video_id: str, status: str) -> Video | None:
        cached = self._last.video if self._last else None
        fresh = (
            cached is not None and cached.id == video_id and self.clock() - cached.fetched_at < VIDEO_URL_TTL
        )
        if cached is not None and fresh and (cached.ready or cached.failed):
            return cached
        return self._fetch_video(video_id) if status in ("generating", "completed", "failed") else cached

    def _fetch_video(self, video_id: str) -> Video | None:
        answer = self._t.call(requests.get_video(video_id), safe=True)
        data = answer.get("data") if isinstance(answer, dict) else None
        return Video.from_api(data, fetched_at=self.clock()) if isinstance(data, dict) else None

    def resources(self) -> list[Resource]:
        """Every resource the session's messages refer to, in order of first mention."""
        self.refresh()
        with self._lock:
            return list(self._resources.values())

    def videos(self) -> list[Video]:
        """The session's videos, newest first."""
        last = self._last or self.refresh()
        return self._family.videos(self._t, self.session_id, last.video_id)

    def video(self, *, refresh: bool = False) -> Video | None:
        """The newest video's details; its URLs are fetched again once they may have expired."""
        last = self._last or self.refresh()
        if last.video_id is None:
            return None
        cached = last.video
        if refresh or cached is None or not cached.ready or self.clock() - cached.fetched_at >= VIDEO_URL_TTL:
            with self._lock:
                cached = self._fetch_video(last.video_id)
                if self._last is not None:
                    self._last = replace(self._last, video=cached)
        return cached

    def download(self, path: str | Path) -> Path:
        """Save the finished video to ``path`` and return it."""
        found = self.video()
        if found is None or not found.ready or found.url is None:
            raise InvalidParameterError(
                "The video is not ready yet; wait(until='done') first.", code="not_ready"
            )
        target = Path(path)
        # The video URL is a public CDN link: the API key is not sent there.
        with httpx.stream("GET", found.url, follow_redirects=True, timeout=120) as answer:
            answer.raise_for_status()
            with target.open("wb") as out:
                for chunk in answer.iter_bytes():
                    out.write(chunk)
        return target

    # -- acting -------------------------------------------------------------------------------------

    def on_action(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after each successful send, approve or stop (the poller speeds up then)."""
        self._action_listeners.append(listener)

    def _acted(self) -> None:
        for listener in list(self._action_listeners):
            listener()

    def send(
        self,
        message: str,
        *,
        files: Sequence[Attachment] | None = None,
        avatar_id: str | None = None,
        voice_id: str | None = None,
    ) -> None:
        """Send feedback or an answer to the agent (checked first; nothing is sent if it is invalid)."""
        check_text("message", message)
        body: dict[str, Any] = {"message": message}
        entries = file_entries(files, self._upload)
        body.update(
            {k: v for k, v in (("files", entries), ("avatar_id", avatar_id), ("voice_id", voice_id)) if v}
        )
        self._family.send(self._t, self.session_id, body)
        self._acted()

    def approve(self) -> None:
        """Approve the storyboard: the video renders."""
        last = self._last or self.refresh()
        if not last.can_approve:
            raise InvalidParameterError(
                f"Nothing to approve while the session is '{last.status}'; wait until the storyboard is "
                "under review.",
                code="not_ready",
            )
        self._family.send(self._t, self.session_id, self._family.approval())
        self.approved = True
        self._acted()

    def stop(self) -> None:
        """Ask the agent to halt at its next checkpoint; what it made so far is kept."""
        self._family.stop(self._t, self.session_id)
        self._acted()

    def wait(
        self, until: Until = Phase.REVIEW, *, timeout: float = 3600.0, interval: float = 2.0
    ) -> Snapshot:
        """Poll until ``until`` holds (a `Phase`, a status, or a test on the snapshot); for scripts.

        Raises:
            SessionFailedError: The session failed first.
            WaitTimeoutError: ``timeout`` seconds passed first.
        """
        test = _condition(until)
        deadline = self.clock() + timeout
        while True:
            snap = self.refresh()
            if test(snap):
                return snap
            if snap.phase is Phase.FAILED:
                raise SessionFailedError(_failure(snap), code="session_failed")
            if self.clock() >= deadline:
                raise WaitTimeoutError(
                    f"Gave up after {timeout:g} s: the session is still '{snap.status}'.", code="wait_timeout"
                )
            self._t.sleep(interval)


def _condition(until: Until) -> Callable[[Snapshot], bool]:
    if callable(until) and not isinstance(until, str):
        return until
    if isinstance(until, Phase):
        target = until
        if target is Phase.REVIEW:  # just after a send the status may still say reviewing: await the reply
            return lambda s: s.phase is target and not (s.messages and s.messages[-1].role == "user")
        return lambda s: s.phase is target and (target is not Phase.DONE or s.finished)
    if until in Phase.__members__.values():
        return _condition(Phase(until))
    return lambda s: s.status == until


def _failure(snap: Snapshot) -> str:
    if snap.video is not None and snap.video.failure_message:
        return snap.video.failure_message
    errors = [m.content for m in snap.messages if m.is_error]
    return errors[-1] if errors else "The session failed; HeyGen gave no reason."
