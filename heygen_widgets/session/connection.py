"""`connect()`: HeyGen with an API key, the local simulator without one."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from heygen_widgets.errors import InvalidParameterError, NotFoundError
from heygen_widgets.session import requests
from heygen_widgets.session.account import Credits, credits_from
from heygen_widgets.session.families import FAMILIES
from heygen_widgets.session.files import Asset, Attachment, file_entries, sniff
from heygen_widgets.session.local import LocalSimulator, local_simulator, offline_reason
from heygen_widgets.session.session import Session
from heygen_widgets.session.transport import RetryPolicy, Transport
from heygen_widgets.session.validate import FAMILIES as FAMILY_NAMES
from heygen_widgets.session.validate import (
    MODES,
    ORIENTATIONS,
    FamilyName,
    Mode,
    Orientation,
    check_choice,
    check_session_id,
    check_text,
    resolve_api_key,
    resolve_base_url,
)

if TYPE_CHECKING:
    from heygen_api import AuthenticatedClient

    from heygen_widgets.fake import FakeHeyGen

DEFAULT_BASE_URL = "https://api.heygen.com"
SIMULATOR_KEY = "local-simulator"


@dataclass(frozen=True)
class Choice:
    """An avatar look, voice, style or brand kit offered by the account.

    ``preview_url`` is the picture (avatar, style, brand logo) or, for a voice, its audio preview;
    ``colors`` are a brand kit's colours as the API gives them (unchecked text).
    """

    id: str
    name: str
    preview_url: str | None = None
    detail: str | None = None
    colors: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionSummary:
    """One entry of the account's session list."""

    session_id: str
    title: str | None
    created_at: int | None


class Connection:
    """A connection to HeyGen's API or to the local simulator; make one with `connect()`."""

    def __init__(self, transport: Transport, simulator: FakeHeyGen | LocalSimulator | None = None) -> None:
        """Use `connect()` instead."""
        self.transport = transport
        self.simulator = simulator

    @property
    def simulated(self) -> bool:
        """True when talking to the local simulator."""
        return self.simulator is not None

    @property
    def where(self) -> str:
        """Where requests go, in words."""
        if self.simulator is not None:
            return f"the local HeyGen simulator at {self.transport.base_url}"
        return f"HeyGen at {self.transport.base_url}"

    def __repr__(self) -> str:
        """Where it points; never the key."""
        return f"<Connection to {self.where}>"

    def close(self) -> None:
        """Close the connection pool, and stop the simulator if this connection started it."""
        self.transport.close()
        if self.simulator is not None:
            self.simulator.stop()

    def __enter__(self) -> Connection:
        """Use as a context manager."""
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close."""
        self.close()

    def generated_client(self) -> AuthenticatedClient:
        """The generated ``heygen_api`` client on this connection, for calls the session layer lacks.

        Its repr contains the API key: never print or log it.
        """
        return self.transport.client

    # -- sessions ----------------------------------------------------------------------------------

    def create(
        self,
        prompt: str,
        *,
        family: FamilyName = "chat",
        mode: Mode = "chat",
        avatar_id: str | None = None,
        voice_id: str | None = None,
        style_id: str | None = None,
        orientation: Orientation | None = None,
        brand_kit_id: str | None = None,
        files: Sequence[Attachment] | None = None,
        patient: bool = True,
    ) -> Session:
        """Start a session. ``family`` is ``chat`` (HeyGen's current API) or ``sessions`` (interactive).

        Everything is checked before anything is sent. In chat mode ``mode="generate"`` renders
        without stopping for review; ``brand_kit_id`` (from `brand_kits`) applies a brand kit, in
        chat mode only (the interactive family has no such field). A 429 (HeyGen's job limit is
        full) is waited out and tried again; with ``patient=False`` it is raised at once as
        `RateLimitError` (with ``retry_after``), for callers that schedule their own retry, such as
        `SessionGallery`.
        Nothing else is ever tried twice: a create whose answer was lost raises
        `UncertainOutcomeError`.
        """
        check_text("prompt", prompt)
        check_choice("family", family, FAMILY_NAMES)
        check_choice("mode", mode, MODES)
        check_choice("orientation", orientation, ORIENTATIONS)
        if brand_kit_id and family != "chat":
            raise InvalidParameterError(
                "brand_kit_id works in chat mode only: use family='chat', or leave the brand kit out.",
                code="invalid_parameter",
                param="brand_kit_id",
            )
        body: dict[str, Any] = {"prompt": prompt, "mode": mode}
        options = {
            "avatar_id": avatar_id,
            "voice_id": voice_id,
            "style_id": style_id,
            "orientation": orientation,
            "brand_kit_id": brand_kit_id,
        }
        body.update({k: v for k, v in options.items() if v})
        entries = file_entries(files, self._upload)
        if entries:
            body["files"] = entries
        api = FAMILIES[family]
        session_id = api.create(self.transport if patient else self.transport.once(), body)
        return Session(self.transport, api, session_id, self._upload, approved=mode == "generate", known=True)

    def attach(self, session_id: str, *, family: FamilyName | None = None) -> Session:
        """Reopen an existing session (after a kernel restart, say); the family is found if not given.

        Only a 404 moves on to the other family: a timeout or an outage is raised as it is (one
        line that says what to check), so an address that never answers fails in seconds.
        """
        check_session_id(session_id)
        check_choice("family", family, FAMILY_NAMES)
        names = [family] if family else ["chat", "sessions"]
        for index, name in enumerate(names):
            session = Session(self.transport, FAMILIES[name], session_id, self._upload)
            try:
                session.refresh()
            except NotFoundError as error:
                if index == len(names) - 1:
                    raise self._unknown(session_id, error) from None
                continue
            return session
        raise AssertionError("unreachable")  # pragma: no cover

    def _unknown(self, session_id: str, error: NotFoundError) -> NotFoundError:
        """One line on what to check when no family knows ``session_id``."""
        if self.simulated:
            hint = "the simulator keeps sessions in its folder (HEYGEN_SIMULATOR_HOME), so check that too"
        else:
            hint = "check that it belongs to the account of this API key"
        return NotFoundError(
            f"Session {session_id} not found at {self.where}: check the id (copy it from the panel "
            f"or heygen.sessions()); {hint}.",
            code=error.code,
            status=error.status,
        )

    def sessions(self, page_size: int = 20) -> Iterator[SessionSummary]:
        """Every session of the account, newest first, following pagination."""
        token: str | None = None
        while True:
            page = requests.list_sessions(self.transport, page_size, token)
            for item in _listed(page.data):
                yield SessionSummary(item.session_id, _text(item.title), item.created_at)
            token = _text(page.next_token)
            if page.has_more is not True or not token:
                return

    def upload(self, file: Attachment) -> Asset:
        """Upload a local file or bytes as a HeyGen asset, for use in ``files``; checked first."""
        entry = (file_entries([file], self._upload, inline_limit=-1) or [{}])[0]
        if "asset_id" not in entry:
            raise InvalidParameterError(
                "files[0]: a URL is attached as it is; pass it in files=[...] instead of uploading it.",
                code="invalid_parameter",
                param="files[0]",
            )
        return Asset(entry["asset_id"])

    def _upload(self, name: str, data: bytes, media_type: str) -> str:
        return requests.upload_asset(self.transport, name, data, media_type or sniff(data))

    def credits(self) -> Credits:
        """What the account has left to spend (``GET /v3/users/me``), in USD or in credits."""
        return credits_from(requests.current_user(self.transport))

    # -- what the account offers (for pickers) --------------------------------------------------------

    def avatars(self, limit: int = 50) -> list[Choice]:
        """Avatar looks with their preview images."""
        page = requests.list_avatar_looks(self.transport, limit, None)
        return [
            Choice(a.id, a.name, _text(a.preview_image_url), _text(a.default_voice_id))
            for a in _listed(page.data)
        ]

    def voices(self, limit: int = 100) -> list[Choice]:
        """Voices with their language."""
        page = requests.list_voices(self.transport, limit, None)
        return [
            Choice(v.voice_id, v.name, _text(v.preview_audio_url), v.language) for v in _listed(page.data)
        ]

    def styles(self, limit: int = 100) -> list[Choice]:
        """Video Agent styles with their thumbnails."""
        page = requests.list_styles(self.transport, limit, None)
        return [
            Choice(s.style_id, s.name, _text(s.thumbnail_url), _text(s.aspect_ratio))
            for s in _listed(page.data)
        ]

    def brand_kits(self, limit: int = 100) -> list[Choice]:
        """The workspace's brand kits (logo and colours), for ``create(..., brand_kit_id=...)``."""
        page = requests.list_brand_kits(self.transport, limit, None)
        return [
            Choice(k.brand_kit_id, k.name, _text(k.logo_url), colors=tuple(str(c) for c in _listed(k.colors)))
            for k in _listed(page.data)
        ]


def _text(value: object) -> str | None:
    """A generated optional text field (``None | str | Unset``) as ``str | None``."""
    return value if isinstance(value, str) else None


def _listed(items: object) -> list[Any]:
    """A generated optional list field, or nothing when the answer left it out."""
    return items if isinstance(items, list) else []


def connect(
    api_key: str | None = None,
    *,
    base_url: str | None = None,
    offline: bool = False,
    timeout: float = 30.0,
    retry: RetryPolicy | None = None,
    quiet: bool = False,
) -> Connection:
    """Connect to HeyGen, or to the local simulator when there is no key.

    The key comes from ``api_key`` or ``HEYGEN_API_KEY``, the address from ``base_url`` or
    ``HEYGEN_BASE_URL``. Without a key, in a notebook kernel (or anywhere with ``offline=True``
    or ``HEYGEN_OFFLINE=1``), it uses the per-user simulator process, starting it if none runs,
    and one line says so; elsewhere a missing key raises `AuthenticationError`. The simulator
    keeps its sessions on disk and outlives the kernel (see `heygen_widgets.session.local`);
    ``HEYGEN_SIMULATOR_SPEED`` (default 1) makes the agent of a simulator it starts faster.

    The key is stripped (a key read from a file ends in a newline); a key with inner spaces,
    control or non-ASCII characters, and an address that is not a plain http(s) URL, are refused
    with one line before anything is sent.
    """
    key = resolve_api_key(api_key, os.environ)
    base_url = resolve_base_url(base_url, os.environ)
    simulator = None
    if offline or key is None:
        reason = offline_reason(offline)  # raises, in one line, where the simulator is not the default
        simulator = local_simulator()
        key, url = SIMULATOR_KEY, simulator.url
        note = f"Using the local HeyGen simulator at {url} ({reason}); nothing is sent to HeyGen."
    else:
        url = base_url or os.environ.get("HEYGEN_BASE_URL", "").strip() or DEFAULT_BASE_URL
        note = f"Using HeyGen at {url} with the API key from {'api_key' if api_key else 'HEYGEN_API_KEY'}."
    connection = Connection(Transport(url, key, timeout=timeout, retry=retry), simulator)
    if not quiet:
        print(note, file=sys.stdout)  # noqa: T201 - the one line the user is promised
    return connection
