"""One hierarchy of errors, read from HeyGen's error envelope.

Every message is a single line that says what to do, and never contains the API key: messages
are built from the envelope and our own words only, and `redact` scrubs any text that could
echo a header back.
"""

from __future__ import annotations

from typing import Any


class HeyGenError(Exception):
    """Base class of every error this toolkit raises.

    Attributes:
        code: HeyGen's machine-readable code (``invalid_parameter``, ``not_found``, ...).
        status: The HTTP status, or None when no answer arrived.
        param: The request field at fault, when HeyGen names one.
        retry_after: Seconds to wait before trying again, when known.
        fatal: True when repeating the same call cannot succeed (the poller stops on it).
    """

    fatal = False

    def __init__(
        self,
        message: str,
        *,
        code: str = "error",
        status: int | None = None,
        param: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        """Build the error with a one-line ``message``."""
        self.message = " ".join(message.split())
        super().__init__(self.message)
        self.code = code
        self.status = status
        self.param = param
        self.retry_after = retry_after

    def __repr__(self) -> str:
        """Class, code and message: safe to show anywhere."""
        return f"{type(self).__name__}({self.code!r}, {self.message!r})"


class AuthenticationError(HeyGenError):
    """The API key was missing, wrong or expired (401)."""

    fatal = True


class NotFoundError(HeyGenError):
    """The session, video or resource does not exist (404)."""

    fatal = True


class InvalidParameterError(HeyGenError):
    """The request was refused as invalid (400); ``param`` names the field. Nothing was done."""

    fatal = True


class InsufficientCreditsError(HeyGenError):
    """The account has run out of credits (402)."""

    fatal = True


class RateLimitError(HeyGenError):
    """Too many requests or jobs at once (429); ``retry_after`` says how long to wait."""


class ServerError(HeyGenError):
    """HeyGen failed to answer properly (5xx, or an answer that is not valid JSON)."""


class HeyGenTimeoutError(HeyGenError):
    """No answer arrived in time."""


class HeyGenConnectionError(HeyGenError):
    """The connection failed or was cut."""


class UncertainOutcomeError(HeyGenError):
    """A request that changes something may or may not have been applied (the answer was lost).

    It was not retried, so it was never applied twice. Refresh the session to see whether it
    took effect before sending it again.
    """


class WaitTimeoutError(HeyGenError):
    """`Session.wait` gave up before the session reached the state asked for."""


def redact(text: str, secret: str | None) -> str:
    """``text`` with ``secret`` (and any long prefix of it) replaced by ``***``."""
    if secret and len(secret) >= 4:
        text = text.replace(secret, "***")
    return text


_BY_STATUS: dict[int, type[HeyGenError]] = {
    400: InvalidParameterError,
    401: AuthenticationError,
    403: AuthenticationError,
    402: InsufficientCreditsError,
    404: NotFoundError,
    422: InvalidParameterError,
    429: RateLimitError,
}

_ADVICE: dict[type[HeyGenError], str] = {
    AuthenticationError: "Check HEYGEN_API_KEY (or the api_key you passed).",
    InsufficientCreditsError: "Add credits to your HeyGen account, then try again.",
    RateLimitError: "Wait a little and try again.",
    ServerError: "HeyGen had a problem; try again shortly.",
}


def from_response(
    status: int, body: Any, retry_after: float | None, secret: str | None = None
) -> HeyGenError:
    """The error for an HTTP error answer, read from HeyGen's envelope when there is one."""
    envelope = body.get("error") if isinstance(body, dict) else None
    envelope = envelope if isinstance(envelope, dict) else {}
    code = str(envelope.get("code") or f"http_{status}")
    message = str(envelope.get("message") or f"HeyGen answered HTTP {status}.")
    param = envelope.get("param") if isinstance(envelope.get("param"), str) else None
    kind = _BY_STATUS.get(status, ServerError if status >= 500 else HeyGenError)
    if code == "insufficient_credits":
        kind = InsufficientCreditsError
    advice = _ADVICE.get(kind, "")
    if advice and advice not in message:
        message = f"{message.rstrip('.')}. {advice}"
    return kind(redact(message, secret), code=code, status=status, param=param, retry_after=retry_after)


class SessionFailedError(HeyGenError):
    """The session (or its render) failed; the message is HeyGen's reason when it gave one."""

    fatal = True
