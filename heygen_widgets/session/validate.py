"""Checks made before anything is sent, each failing with one line that says what to do."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal, TypeAlias, get_args
from urllib.parse import urlsplit

from heygen_widgets.errors import KEY_SETTINGS, InvalidParameterError

MAX_TEXT = 10_000

FamilyName: TypeAlias = Literal["chat", "sessions"]
"""HeyGen's two Video Agent API families: ``chat`` (current) and ``sessions`` (interactive)."""
Mode: TypeAlias = Literal["chat", "generate"]
"""Chat mode's ``mode``: ``chat`` stops for review, ``generate`` renders straight away."""
Orientation: TypeAlias = Literal["landscape", "portrait"]
"""A video's orientation; None lets the agent choose."""

# The values each accepts, read from the types so the two never disagree.
ORIENTATIONS: tuple[Orientation, ...] = get_args(Orientation)
MODES: tuple[Mode, ...] = get_args(Mode)
FAMILIES: tuple[FamilyName, ...] = get_args(FamilyName)


def _invalid(param: str, message: str) -> InvalidParameterError:
    return InvalidParameterError(message, code="invalid_parameter", param=param)


def check_text(param: str, text: object) -> str:
    """A prompt or message: a string of 1 to 10,000 characters, not only spaces."""
    if not isinstance(text, str):
        raise _invalid(param, f"The {param} must be text, not {type(text).__name__}.")
    if not text.strip():
        raise _invalid(param, f"The {param} is empty; type what the agent should do.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, from a bad copy and paste: JSON cannot carry it
        raise _invalid(
            param, f"The {param} has a broken character at position {exc.start + 1}; retype that part."
        ) from None
    if len(text) > MAX_TEXT:
        raise _invalid(
            param, f"The {param} is {len(text):,} characters; shorten it to {MAX_TEXT:,} or fewer."
        )
    return text


def check_choice(param: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """One of ``allowed`` (or None)."""
    if value is not None and value not in allowed:
        raise _invalid(param, f"Unknown {param} {value!r}; use one of: {', '.join(allowed)}.")
    return value


_SAFE_ID = re.compile(r"[A-Za-z0-9._~-]{1,200}")  # URL-unreserved characters: the path stays one segment


def _key_flaw(key: str) -> str | None:
    """What is wrong with a stripped key, in words that never quote it."""
    for position, char in enumerate(key, 1):
        if not char.isascii():
            return f"a non-ASCII character (position {position})"
        if char.isspace():
            return f"a space or line break (position {position})"
        if not char.isprintable():
            return f"a control character (position {position})"
    return None


def check_api_key(key: object, source: str = "api_key") -> str:
    """The API key with surrounding whitespace removed (a key read from a file ends in a newline).

    Refuses a key that is empty or holds inner whitespace, control or non-ASCII characters: HTTP
    cannot send it, and the error that would follow quotes it. No message here contains the key.
    """
    if not isinstance(key, str):
        raise _invalid(source, f"The API key ({source}) must be text, not {type(key).__name__}.")
    stripped = key.strip()
    if not stripped:
        raise _invalid(
            source,
            f"The API key ({source}) is empty; pass your HeyGen API key, or leave it out for the simulator.",
        )
    if "://" in stripped:
        raise _invalid(
            source, f"The API key ({source}) looks like a URL; pass an address as base_url=... instead."
        )
    flaw = _key_flaw(stripped)
    if flaw:
        raise _invalid(
            source,
            f"The API key ({source}) contains {flaw}; copy it again from {KEY_SETTINGS}, and only it.",
        )
    return stripped


def check_base_url(url: object, source: str = "base_url") -> str:
    """An http(s) address with a host and nothing that would be sent where it should not be.

    Refused: another scheme, no host, a user name or password (they would travel in every request
    and show in logs), a query or fragment (every path is appended to the URL), spaces and control
    characters. The message names what is wrong without repeating the URL, which may hold secrets.
    """
    if not isinstance(url, str):
        raise _invalid(source, f"The base URL ({source}) must be text, not {type(url).__name__}.")
    example = "for example https://api.heygen.com"
    text = url.strip()
    if not text.isascii() or any(c.isspace() or not c.isprintable() for c in text):
        raise _invalid(
            source, f"The base URL ({source}) contains spaces, control or non-ASCII characters; {example}."
        )
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise _invalid(source, f"The base URL ({source}) must start with https:// or http://; {example}.")
    if "@" in parts.netloc:
        raise _invalid(
            source,
            f"The base URL ({source}) contains a user name or password; remove it (the key travels apart).",
        )
    try:
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        raise _invalid(source, f"The base URL ({source}) has an invalid port; {example}.") from None
    if not parts.hostname:
        raise _invalid(source, f"The base URL ({source}) has no host; {example}.")
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise _invalid(source, f"The base URL ({source}) must not have a '?query' or '#fragment'; remove it.")
    return text.rstrip("/")


def check_session_id(session_id: object) -> str:
    """A session id that stays one path segment: letters, digits and ``-._~``, not ``.`` or ``..``.

    The message names the first bad character but never repeats the id (it might be a pasted key).
    """
    if not isinstance(session_id, str):
        raise _invalid("session_id", f"The session id must be text, not {type(session_id).__name__}.")
    where = "copy it exactly from the panel or from connection.sessions()"
    if not session_id.strip():
        raise _invalid("session_id", f"The session id is empty; {where}.")
    if session_id in (".", ".."):
        raise _invalid("session_id", f"The session id {session_id!r} is a path segment, not an id; {where}.")
    if not _SAFE_ID.fullmatch(session_id):
        bad = next((c for c in session_id if not _SAFE_ID.fullmatch(c)), None)
        what = f"contains {bad!r}" if bad else f"is {len(session_id)} characters long"
        raise _invalid(
            "session_id", f"The session id {what} (only letters, digits and -._~ are allowed); {where}."
        )
    return session_id


def resolve_api_key(api_key: object, environ: Mapping[str, str]) -> str | None:
    """The checked key from ``api_key``, else from ``HEYGEN_API_KEY`` (blank there means none)."""
    if api_key is not None:
        return check_api_key(api_key)
    found = environ.get("HEYGEN_API_KEY", "")
    return check_api_key(found, "HEYGEN_API_KEY") if found.strip() else None


def resolve_base_url(base_url: object, environ: Mapping[str, str]) -> str | None:
    """The checked address from ``base_url``, else from ``HEYGEN_BASE_URL`` (blank means none)."""
    if base_url is not None:
        return check_base_url(base_url)
    found = environ.get("HEYGEN_BASE_URL", "")
    return check_base_url(found, "HEYGEN_BASE_URL") if found.strip() else None
