"""Request checks, written from the spec's request schemas.

They are kept by hand on purpose: the simulator must not share code with the generated client,
so a mistake in either shows up as a disagreement between the two.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from heygen_widgets.fake.errors import invalid

Check = Callable[[str, Any], None]
MAX_TEXT = 10_000
MAX_FILES = 20
FILE_FIELDS = {"url": {"url"}, "asset_id": {"asset_id"}, "base64": {"media_type", "data"}}


def text(param: str, value: Any) -> None:
    """A 1-10,000 character string."""
    if not isinstance(value, str):
        raise invalid(param, f"'{param}' must be a string.")
    if not 1 <= len(value) <= MAX_TEXT:
        raise invalid(param, f"'{param}' must be 1-{MAX_TEXT:,} characters (got {len(value):,}).")


def optional_string(param: str, value: Any) -> None:
    """A string or null."""
    if value is not None and not isinstance(value, str):
        raise invalid(param, f"'{param}' must be a string or null.")


def optional_nonempty_string(param: str, value: Any) -> None:
    """A non-empty string or null."""
    optional_string(param, value)
    if value == "":
        raise invalid(param, f"'{param}' must not be empty; omit it or pass null.")


def boolean(param: str, value: Any) -> None:
    """A JSON boolean."""
    if not isinstance(value, bool):
        raise invalid(param, f"'{param}' must be true or false.")


def one_of(*allowed: str, nullable: bool = False) -> Check:
    """One of the given strings (or null)."""

    def check(param: str, value: Any) -> None:
        if value is None and nullable:
            return
        if value not in allowed:
            raise invalid(param, f"'{param}' must be one of {', '.join(allowed)}.")

    return check


def files(param: str, value: Any) -> None:
    """Up to 20 attachments, each an asset_id, url or base64 entry."""
    if value is None:
        return
    if not isinstance(value, list):
        raise invalid(param, f"'{param}' must be a list of file entries.")
    if len(value) > MAX_FILES:
        raise invalid(param, f"At most {MAX_FILES} files are allowed (got {len(value)}).")
    for index, entry in enumerate(value):
        where = f"{param}[{index}]"
        kind = entry.get("type") if isinstance(entry, dict) else None
        if not isinstance(kind, str) or kind not in FILE_FIELDS:
            raise invalid(f"{where}.type", f"'{where}.type' must be one of url, asset_id, base64.")
        needed = FILE_FIELDS[kind]
        for key in sorted(needed | (entry.keys() - {"type"})):
            if key not in needed:
                raise invalid(f"{where}.{key}", f"'{where}.{key}' is not allowed for type {kind}.")
            if not isinstance(entry.get(key), str):
                raise invalid(f"{where}.{key}", f"'{where}.{key}' is required and must be a string.")


_COMMON_CREATE: dict[str, Check] = {
    "prompt": text,
    "avatar_id": optional_string,
    "voice_id": optional_string,
    "style_id": optional_string,
    "orientation": one_of("landscape", "portrait", nullable=True),
    "files": files,
    "callback_url": optional_string,
    "callback_id": optional_string,
    "incognito_mode": boolean,
}

BODIES: dict[str, tuple[set[str], dict[str, Check]]] = {
    "createVideoAgentV3": (
        {"prompt"},
        {
            **_COMMON_CREATE,
            "mode": one_of("generate", "chat"),
            "brand_kit_id": optional_string,
            "brand_glossary_id": optional_nonempty_string,
        },
    ),
    "createInteractiveSession": ({"prompt"}, {**_COMMON_CREATE, "auto_proceed": boolean}),
    "sendVideoAgentMessage": (
        {"message"},
        {
            "message": text,
            "avatar_id": optional_string,
            "voice_id": optional_string,
            "brand_kit_id": optional_string,
            "files": files,
        },
    ),
    "sendInteractiveSessionMessage": (
        {"message"},
        {
            "message": text,
            "avatar_id": optional_string,
            "voice_id": optional_string,
            "files": files,
            "auto_proceed": boolean,
        },
    ),
    "stopVideoAgentSession": (set(), {}),
    "stopInteractiveSession": (set(), {}),
}


def validate_body(operation: str, body: Any) -> dict[str, Any]:
    """Check a JSON body against its operation's schema; return it as a dict."""
    required, fields = BODIES[operation]
    if not isinstance(body, dict):
        raise invalid(
            "body", "The request body must be a JSON object (send {} when there is nothing to say)."
        )
    for name in sorted(required):
        if name not in body:
            raise invalid(name, f"'{name}' is required.")
    for name, value in body.items():
        if name not in fields:
            raise invalid(name, f"'{name}' is not a known field; remove it.")
        fields[name](name, value)
    return body


def query_limit(query: Mapping[str, str], default: int, maximum: int) -> int:
    """The ``limit`` query parameter, checked against its range."""
    raw = query.get("limit")
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise invalid("limit", f"'limit' must be an integer from 1 to {maximum}.") from None
    if not 1 <= value <= maximum:
        raise invalid("limit", f"'limit' must be an integer from 1 to {maximum}.")
    return value


def query_enum(query: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str | None:
    """An optional query parameter restricted to ``allowed``."""
    value = query.get(name)
    if value is not None and value not in allowed:
        raise invalid(name, f"'{name}' must be one of {', '.join(allowed)}.")
    return value
