"""`Session`: one Video Agent session and its domain verbs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx

from heygen_widgets.errors import (
    HeyGenError,
    InvalidParameterError,
    NotFoundError,
    ServerError,
    SessionFailedError,
    UncertainOutcomeError,
    WaitTimeoutError,
)
from heygen_widgets.session.families import Family, fetch_video
from heygen_widgets.session.files import Attachment, file_entries
from heygen_widgets.session.transport import Transport
from heygen_widgets.session.validate import FamilyName, check_text
from heygen_widgets.snapshot import (
    Message,
    Phase,
    Resource,
    Snapshot,
    Until,
    Video,
    condition,
    merge_messages,
)

VIDEO_URL_TTL = 3600.0  # seconds before a finished video's signed URLs are fetched again
SESSION_EVERY = 3  # while rendering, the session itself is read on every third poll (for progress)


@dataclass(frozen=True)
class Action:
    """Something the user did to the session here: ``kind`` is ``approve`` or ``stop``.

    HeyGen's log shows an approval as a message and a stop not at all, so the panel shows these
    among the messages: after the ones that were known when the user acted (HeyGen's clock and
    this machine's may disagree, so times alone cannot order them).
    """

    kind: str
    at: float  # Unix time on this machine, shown beside it
    after: int = 0  # how many messages the session's log held when it happened


class Session:
    """A Video Agent session of either API family.

    Get one from `Connection.create` or `Connection.attach`. Every method talks to HeyGen (or
    the simulator) synchronously; the poller calls `poll` from its workers, so the state kept
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
        known: bool = False,
    ) -> None:
        """Wrap an existing session id; `refresh` reads its state.

        ``approved`` is True for a session created to render without review (generate mode);
        ``known`` is True when it certainly exists (this process created it), so a 404 from the
        session endpoint is HeyGen's known hiccup, not a missing session.
        """
        self._t = transport
        self._polls = transport.for_polls()  # the poller's reads: one attempt each
        self._known = known
        self.approved = approved
        self._approved_on: Snapshot | None = None  # the snapshot on hand when this object last approved
        self._unsettled: int | None = None  # approvals in the log before one whose answer was lost
        self._family = family
        self.session_id = session_id
        self._upload = upload
        self._lock = threading.RLock()
        self._messages: tuple[Message, ...] = ()
        self._resources: dict[str, Resource] = {}
        self._last: Snapshot | None = None
        self._render_polls = 0
        self._action_listeners: list[Callable[[], None]] = []
        self._actions: tuple[Action, ...] = ()
        self._actions_lock = threading.Lock()  # not the read lock: a stop never waits for a poll
        self.clock: Callable[[], float] = time.monotonic
        self.wall_clock: Callable[[], float] = time.time  # when an `Action` happened

    def __repr__(self) -> str:
        """Id, family and last known status."""
        status = self._last.status if self._last else "not read yet"
        return f"Session({self.session_id!r}, family={self.family!r}, status={status!r})"

    @property
    def family(self) -> FamilyName:
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
        """Read the session now and return a new snapshot, retrying patiently (for scripts).

        While a video renders, ``GET /v3/videos/{video_id}`` is read on every call and the
        session itself only now and then. HeyGen's session endpoint has been seen to answer 404
        right after approval and during renders: for a session known to exist (read before, or
        created here) such a 404 is followed through the video, and is never "not found".
        """
        return self._refresh(self._t)

    def poll(self) -> Snapshot:
        """The poller's read: like `refresh`, but one attempt per request and no sleeping.

        The poller's schedule owns the backoff (honouring ``Retry-After``), so one slow or
        rate-limited session never holds the others.
        """
        return self._refresh(self._polls)

    @property
    def poll_requests(self) -> int:
        """How many requests `poll` has sent so far (the poller's request budget counts them)."""
        return self._polls.requests

    def snapshot(self) -> Snapshot:
        """Same as `refresh`: the session's state as of now."""
        return self.refresh()

    def _refresh(self, t: Transport) -> Snapshot:
        with self._lock:
            prev, video = self._last, None
            if prev is not None and prev.phase is Phase.RENDERING and prev.video_id:
                video = self._fetch_video(t, prev.video_id)
                self._render_polls += 1
                final = video is not None and (video.ready or video.failed)
                if not final and self._render_polls % SESSION_EVERY:
                    return self._keep(replace(prev, video=video))
            try:
                return self._read_session(t, video)
            except NotFoundError as error:
                return self._keep(self._through_404(t, error, video))

    def _through_404(self, t: Transport, error: NotFoundError, video: Video | None) -> Snapshot:
        """The snapshot after a 404 from the session endpoint, or the error when it really is unknown."""
        if not self._known:
            raise error  # never seen: it does not exist
        prev = self._last
        video = video or self._find_video(t, prev)
        if video is not None:  # the session renders (or rendered) this video
            status = "completed" if video.ready else "generating"
            base = prev or Snapshot(session_id=self.session_id, family=self.family, status=status)
            return replace(base, status=status, video_id=video.id, video=video)
        if self.approved or (prev is not None and prev.phase is Phase.RENDERING):
            raise ServerError(
                f"HeyGen answered 404 for session {self.session_id}, which exists; it does so while "
                "a video starts rendering. It is read again shortly.",
                code="session_unavailable",
                status=404,
            )
        raise error

    def _find_video(self, t: Transport, prev: Snapshot | None) -> Video | None:
        """The session's newest video: the listing in chat mode, else by its known id."""
        try:
            found = self._family.videos(t, self.session_id, prev.video_id if prev else None)
        except NotFoundError:
            return None
        return replace(found[0], fetched_at=self.clock()) if found else None

    def _keep(self, snapshot: Snapshot) -> Snapshot:
        self._last = snapshot
        return snapshot

    def _read_session(self, t: Transport, video: Video | None) -> Snapshot:
        answer = self._family.get(t, self.session_id)
        self._known = True
        raw = getattr(answer, "messages", None)
        window = [Message.from_model(m) for m in raw] if isinstance(raw, list) else []
        self._messages = merge_messages(self._messages, window)
        self._fetch_new_resources(t)
        snapshot = Snapshot.from_model(answer, self.session_id, self.family, self._messages, self._resources)
        if snapshot.video_id and video is None:
            video = self._video_for(t, snapshot)
        return self._keep(replace(snapshot, video=video))

    def _fetch_new_resources(self, t: Transport) -> None:
        wanted = [i for m in self._messages for i in m.resource_ids if i not in self._resources]
        if wanted:
            for resource in self._family.resources(t, self.session_id, dict.fromkeys(wanted)):
                self._resources[resource.id] = resource

    def _video_for(self, t: Transport, snapshot: Snapshot) -> Video | None:
        video_id = snapshot.video_id
        cached = self._last.video if self._last else None
        fresh = (
            cached is not None and cached.id == video_id and self.clock() - cached.fetched_at < VIDEO_URL_TTL
        )
        if cached is not None and fresh and (cached.ready or cached.failed):
            return cached
        return self._fetch_video(t, video_id) if video_id and snapshot.has_video else cached

    def _fetch_video(self, t: Transport, video_id: str) -> Video | None:
        return fetch_video(t, video_id, self.clock())

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
                cached = self._fetch_video(self._t, last.video_id)
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

    @property
    def actions(self) -> tuple[Action, ...]:
        """The approvals and stops this object made, oldest first (a settled approval counts)."""
        return self._actions

    def _acted(self, kind: str | None = None) -> None:
        if kind is not None:
            with self._actions_lock:
                known = len(self._last.messages) if self._last is not None else 0
                self._actions = (*self._actions, Action(kind, self.wall_clock(), known))
        for listener in list(self._action_listeners):
            listener()

    def send(
        self,
        message: str,
        *,
        files: Sequence[Attachment] | None = None,
        avatar_id: str | None = None,
        voice_id: str | None = None,
        patient: bool = True,
    ) -> None:
        """Send feedback or an answer to the agent (checked first; nothing is sent if it is invalid).

        A 429 is waited out and sent again (HeyGen applied nothing); with ``patient=False`` it is
        raised at once as `RateLimitError`, for callers that must not block (a button's worker).
        """
        check_text("message", message)
        body: dict[str, Any] = {"message": message}
        entries = file_entries(files, self._upload)
        body.update(
            {k: v for k, v in (("files", entries), ("avatar_id", avatar_id), ("voice_id", voice_id)) if v}
        )
        self._family.send(self._t if patient else self._t.once(), self.session_id, body)
        self._known = True
        self._acted()

    def approve(self, *, patient: bool = True) -> None:
        """Approve the storyboard: the video renders.

        Approving twice is refused: a second approval could start a second, paid render. An
        approval whose answer was lost is settled by reading the session's log, now and, when
        that read fails too, before the next `approve` sends anything. A 429 (the account's job
        limit is full) is waited out, or with ``patient=False`` raised at once as `RateLimitError`.
        """
        message = self._family.approval()["message"]
        unsettled = self._unsettled  # an earlier approval's answer was lost: look first
        if unsettled is not None and self._settle(message, unsettled, "an earlier approval"):
            return
        last = self._last or self.refresh()
        if self.approval_pending:
            raise InvalidParameterError(
                "Already approved: HeyGen is starting the render. Wait for it, or Refresh to look.",
                code="already_approved",
            )
        if not last.can_approve:
            raise InvalidParameterError(
                f"Nothing to approve while the session is '{last.status}'; wait until the storyboard is "
                "under review.",
                code="not_ready",
            )
        before = last.times_sent(message)
        try:
            self._family.send(
                self._t if patient else self._t.once(), self.session_id, self._family.approval()
            )
        except UncertainOutcomeError:
            self._unsettled = before
            if not self._settle(message, before, "your approval"):
                raise  # not in the log: approving again is safe, and it looks once more first
            return
        self._approved()

    def _approved(self) -> None:
        self._unsettled = None
        self.approved = True
        self._approved_on = self._last
        self._acted("approve")

    @property
    def approval_pending(self) -> bool:
        """True right after `approve`, until the session is read again: approving now would repeat it."""
        return self.approved and self._last is not None and self._last is self._approved_on

    def _settle(self, message: str, before: int, what: str) -> bool:
        """After a lost answer: True (and approved) when the session shows ``message`` or a render.

        False when the log does not show it; raises `UncertainOutcomeError` when it cannot be read.
        """
        try:
            now = self.refresh()
        except HeyGenError as error:
            raise UncertainOutcomeError(
                f"Could not read the session to see whether {what} arrived ({error.message}); "
                "approve again to look once more (nothing is sent before the log is read).",
                code="uncertain_outcome",
            ) from None
        if now.times_sent(message) > before or now.phase in (Phase.RENDERING, Phase.DONE):
            self._approved()
            return True
        return False

    def stop(self) -> None:
        """Ask the agent to halt at its next checkpoint; what it made so far is kept."""
        self._family.stop(self._t, self.session_id)
        self._acted("stop")

    def wait(
        self, until: Until = Phase.REVIEW, *, timeout: float = 3600.0, interval: float = 2.0
    ) -> Snapshot:
        """Poll until ``until`` holds (a `Phase`, a status, or a test on the snapshot); for scripts.

        Raises:
            SessionFailedError: The session failed first.
            WaitTimeoutError: ``timeout`` seconds passed first.
        """
        test = condition(until)
        deadline = self.clock() + timeout
        while True:
            try:
                snap = self.refresh()
            except HeyGenError as error:  # a passing fault (a 404 as a render starts, an outage)
                if error.fatal:
                    raise
                if self.clock() >= deadline:
                    message = f"Gave up after {timeout:g} s: {error}"
                    raise WaitTimeoutError(message, code="wait_timeout") from error
                self._t.sleep(interval)
                continue
            if test(snap):
                return snap
            if snap.phase is Phase.FAILED:
                raise SessionFailedError(snap.failure_reason, code="session_failed")
            if self.clock() >= deadline:
                raise WaitTimeoutError(
                    f"Gave up after {timeout:g} s: the session is still '{snap.status}'.", code="wait_timeout"
                )
            self._t.sleep(interval)
