"""Checks made before anything is sent, each failing with one line that says what to do."""

from __future__ import annotations

from heygen_widgets.errors import InvalidParameterError

MAX_TEXT = 10_000
ORIENTATIONS = ("landscape", "portrait")
MODES = ("chat", "generate")
FAMILIES = ("chat", "sessions")


def _invalid(param: str, message: str) -> InvalidParameterError:
    return InvalidParameterError(message, code="invalid_parameter", param=param)


def check_text(param: str, text: object) -> str:
    """A prompt or message: a string of 1 to 10,000 characters, not only spaces."""
    if not isinstance(text, str):
        raise _invalid(param, f"The {param} must be text, not {type(text).__name__}.")
    if not text.strip():
        raise _invalid(param, f"The {param} is empty; type what the agent should do.")
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
