"""What the simulated HeyGen account can do, independent of HTTP (like moto's ``models``)."""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from heygen_widgets.fake.agent import respond
from heygen_widgets.fake.clock import Clock, StepClock
from heygen_widgets.fake.errors import insufficient_credit, invalid, not_found, rate_limited
from heygen_widgets.fake.jobs import LOST_WHILE_RENDERING, Work
from heygen_widgets.fake.model import WORKING, Asset, Family, Message, Phase, Resource, Session, Video, new_id
from heygen_widgets.fake.store import Store

if TYPE_CHECKING:
    from heygen_widgets.fake.model import Wallet


@dataclass
class Limits:
    """Account limits; ``None`` turns one off."""

    concurrent_jobs: int | None = 10  # sessions drafting or rendering at once, as HeyGen allows
    polls_per_step: int = 0  # step mode: advance a session after this many polls (0: only step())
    outside_jobs: int = 0  # jobs started elsewhere (another tool, the web app) that hold the limit too
    busy_retry_after: int = 5  # Retry-After of the 429 a full job limit answers with


class Backend:
    """All sessions, videos and assets of one simulated account, safe to use from any thread."""

    def __init__(
        self,
        clock: Clock | None = None,
        limits: Limits | None = None,
        render_seconds: float | Callable[[], float] = 7.0,
        store: Store | None = None,
        quirks: Callable[[Session], frozenset[str]] | None = None,
        *,
        credits: float | None = None,
    ) -> None:
        """Start with what ``store`` holds (empty without one), in step mode unless a timed clock is given.

        Renders take ``render_seconds``; ``quirks`` picks each new session's misbehaviours (the
        realistic profile's, see `heygen_widgets.fake.profile`). ``credits`` sets the wallet's
        balance in USD (default: what the store kept, else `DEFAULT_BALANCE`).
        """
        self.clock: Clock = clock or StepClock()
        self.limits = limits or Limits()
        self.store = store or Store()
        self.sessions, self.videos, self.assets = self.store.load()
        self.wallet = self.store.load_wallet()
        self.work = Work(self.clock, self.videos, render_seconds, charge=self._charge)
        self.quirks = quirks
        self.lock = threading.RLock()
        if credits is not None:
            self.set_balance(credits)

    @contextmanager
    def _session(self, session_id: str) -> Iterator[Session]:
        with self.lock:
            session = self.sessions.get(session_id)
            if session is None:
                raise not_found()
            try:
                if self.clock.timed:
                    self.work.catch_up(session, self.clock.now())
                yield session
            finally:
                self.store.save_session(session, self.videos)

    # -- the agent ------------------------------------------------------------------------------

    def create(self, family: Family, body: dict[str, Any]) -> Session:
        """Start a session from a validated create body."""
        with self.lock:
            self._check_credit(0.0)  # the shortest video's price: its storyboard is not drafted yet
            self._check_capacity()
            mode = body.get("mode", "generate") if family == Family.CHAT else "chat"
            options = {
                k: body.get(k) for k in ("avatar_id", "voice_id", "style_id", "orientation", "brand_kit_id")
            }
            session = Session(
                new_id("sess"),
                family,
                mode,
                body["prompt"],
                self.clock.epoch(),
                options=options,
                auto_proceed=bool(body.get("auto_proceed", False)),
            )
            session.quirks = self.quirks(session) if self.quirks else frozenset()
            session.messages.append(Message("user", body["prompt"], "text", session.created_at))
            self._attach_files(session, body.get("files"))
            self.sessions[session.id] = session
            self.work.start_draft(session)
            self.store.save_session(session, self.videos)
            return session

    def send(self, session_id: str, body: dict[str, Any]) -> str:
        """Take a user message; return the run id."""
        with self._session(session_id) as session:
            if session.family == Family.CHAT and session.mode != "chat":
                raise invalid(
                    "session_id",
                    "This session was created in generate mode; only chat-mode "
                    "sessions take messages. Create one with mode 'chat'.",
                )
            if session.phase in WORKING:
                raise invalid(
                    "message",
                    f"The agent is still working (status '{session.status}'); "
                    "send the message once the session is reviewing.",
                )
            if self._would_render(session, body):
                self._check_credit(session.seconds)  # before anything is kept: nothing is applied
                self._check_capacity()
            ids = self._attach_files(session, body.get("files"))
            session.messages.append(Message("user", body["message"], "text", self.clock.epoch(), ids or None))
            self._react(session, body["message"], bool(body.get("auto_proceed", False)))
            return new_id("run")

    @staticmethod
    def _would_render(session: Session, body: dict[str, Any]) -> bool:
        """Whether this message starts a render (and so needs a free job)."""
        if session.phase in (Phase.QUESTION, Phase.FAILED):
            return False
        approve = respond(body["message"], session.scenes, session.title or "").approve
        return bool(body.get("auto_proceed", False)) or (approve and bool(session.scenes))

    def _react(self, session: Session, message: str, auto_proceed: bool) -> None:
        if session.phase == Phase.QUESTION:
            session.say(f'Noted: "{message[:80]}". Carrying on with the storyboard.', self.clock.epoch())
            self.work.resume(session)
            return
        if session.phase == Phase.FAILED:
            raise invalid("session_id", "This session has failed; create a new one.")
        reply = respond(message, session.scenes, session.title or "")
        if auto_proceed or (reply.approve and session.scenes):
            session.say(reply.text if reply.approve else "Generating the video now.", self.clock.epoch())
            self.work.start_render(session)
        else:
            self.work.start_revision(session, reply)

    def stop(self, session_id: str) -> None:
        """Halt the session at its next checkpoint, keeping what it has made."""
        with self._session(session_id) as session:
            self.work.stop(session)

    def step(self, session_id: str | None = None, count: int = 1) -> int:
        """Step mode: complete ``count`` stages of one session (or of every session); return how many."""
        with self.lock:
            targets = [self.sessions[session_id]] if session_id else list(self.sessions.values())
            moved = 0
            for _ in range(count):
                if isinstance(self.clock, StepClock):
                    self.clock.advance(1.0)  # so timestamps of later messages read later
                moved += sum(self.work.advance_one(s) for s in targets)
            for session in targets:
                self.store.save_session(session, self.videos)
            return moved

    def fail(self, session_id: str, reason: str = "the simulator was told to fail") -> None:
        """Fail a session now (a knob for tests and demos)."""
        with self._session(session_id) as session:
            self.work.fail(session, reason, render=session.phase == Phase.RENDERING)

    def burst(self, session_id: str, count: int = 45) -> None:
        """Add ``count`` agent messages at once, more than one poll can show."""
        with self._session(session_id) as session:
            for index in range(count):
                session.say(f"Progress note {index + 1} of {count}.", self.clock.epoch())

    def override_answer(self, session_id: str, keys: dict[str, Any] | None) -> None:
        """Put ``keys`` (a status, a field HeyGen may add) over the session's GET answer; ``None`` clears."""
        with self._session(session_id) as session:
            session.answer_override = dict(keys) if keys else None

    def set_balance(self, usd: float) -> None:
        """Set the wallet's balance (a knob: ``FakeHeyGen(credits=...)``, ``POST /_fake/credits``)."""
        with self.lock:
            self.wallet.balance = float(usd)
            self.store.save_wallet(self.wallet)

    # -- reads ----------------------------------------------------------------------------------

    def account(self) -> Wallet:
        """A copy of the wallet, for ``GET /v3/users/me``."""
        with self.lock:
            return replace(self.wallet)

    def poll(self, session_id: str) -> Session:
        """Read a session as a poll does (counts towards ``polls_per_step``)."""
        with self._session(session_id) as session:
            self._count_poll(session)
            return session

    def peek(self, session_id: str) -> Session:
        """Read a session for another request's sake (a send, a stop): not counted as a poll."""
        with self._session(session_id) as session:
            return session

    def video(self, video_id: str) -> Video:
        """Read a video, moving its session on first."""
        with self.lock:
            video = self.videos.get(video_id)
            if video is None:
                raise not_found("Video")
            with self._session(video.session_id) as session:
                self._count_poll(session)
            return video

    def resource(self, session_id: str, resource_id: str) -> Resource:
        """One resource of a session."""
        with self._session(session_id) as session:
            if resource_id not in session.resources:
                raise not_found("Resource")
            return session.resources[resource_id]

    def find_resource(self, resource_id: str) -> Resource | None:
        """A resource by id alone (for serving its file)."""
        with self.lock:
            return next(
                (s.resources[resource_id] for s in self.sessions.values() if resource_id in s.resources), None
            )

    def listing(self) -> list[Session]:
        """Every session, newest first."""
        with self.lock:
            return sorted(self.sessions.values(), key=lambda s: (s.created_at, s.id), reverse=True)

    def upload(self, name: str, mime_type: str, data: bytes, keep: int | None = None) -> Asset:
        """Store an uploaded file, keeping at most ``keep`` (the oldest is forgotten first)."""
        with self.lock:
            asset = Asset(new_id("asset"), name, mime_type, data, self.clock.epoch())
            self.assets[asset.id] = asset
            self.store.save_asset(asset)
            while keep is not None and len(self.assets) > keep:
                oldest = next(iter(self.assets))
                del self.assets[oldest]
                self.store.forget("asset", oldest)
            return asset

    def session_read_lost(self, session: Session) -> bool:
        """True when this read of the session endpoint answers 404 (the realistic profile's render quirk)."""
        return LOST_WHILE_RENDERING in session.quirks and session.phase == Phase.RENDERING

    # -- helpers --------------------------------------------------------------------------------

    def _count_poll(self, session: Session) -> None:
        every = self.limits.polls_per_step
        if not self.clock.timed and every > 0:
            session.polls += 1
            if session.polls >= every:
                session.polls = 0
                self.work.advance_one(session)

    def _check_capacity(self) -> None:
        limit = self.limits.concurrent_jobs
        if limit is None:
            return
        busy = sum(1 for s in self.sessions.values() if s.phase in WORKING) + self.limits.outside_jobs
        if busy >= limit:
            raise rate_limited(
                self.limits.busy_retry_after,
                f"Too many video jobs at once ({busy} of {limit}); retry when one finishes.",
            )

    def _check_credit(self, seconds: float) -> None:
        if not self.wallet.covers(seconds):
            raise insufficient_credit(self.wallet.balance, self.wallet.price(seconds))

    def _charge(self, session: Session) -> bool:
        """Pay for a render as it starts (`Work` calls this)."""
        paid = self.wallet.charge(session.seconds)
        self.store.save_wallet(self.wallet)
        return paid

    def _attach_files(self, session: Session, entries: list[dict[str, str]] | None) -> list[str]:
        ids: list[str] = []
        for index, entry in enumerate(entries or []):
            data, media_type, url = self._file_content(index, entry)
            resource = Resource(
                new_id("res"),
                session.id,
                _kind(media_type, url),
                "user_uploaded",
                self.clock.epoch(),
                url=url,
                data=data,
                media_type=media_type,
            )
            session.resources[resource.id] = resource
            ids.append(resource.id)
        return ids

    def _file_content(self, index: int, entry: dict[str, str]) -> tuple[bytes | None, str | None, str | None]:
        """(bytes, media type, url) of one ``files`` entry."""
        if entry["type"] == "url":
            return None, None, entry["url"]
        if entry["type"] == "asset_id":
            asset = self.assets.get(entry["asset_id"])
            if asset is None:
                raise invalid(
                    f"files[{index}].asset_id",
                    f"Unknown asset_id {entry['asset_id']!r}; upload the file with POST /v3/assets first.",
                )
            return asset.data, asset.mime_type, None
        try:
            return base64.b64decode(entry["data"], validate=True), entry["media_type"], None
        except ValueError:  # binascii.Error, or non-ASCII text
            raise invalid(f"files[{index}].data", f"'files[{index}].data' is not valid base64.") from None


def _kind(media_type: str | None, url: str | None) -> str:
    """A resource type from a media type or a URL's extension."""
    if media_type:
        major = media_type.split("/")[0]
        return major if major in ("image", "video") else "file"
    suffix = (url or "").lower().rsplit(".", 1)[-1]
    return {
        "png": "image",
        "jpg": "image",
        "jpeg": "image",
        "gif": "image",
        "webp": "image",
        "mp4": "video",
        "webm": "video",
        "mov": "video",
    }.get(suffix, "file")
