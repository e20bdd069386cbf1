"""One hierarchy of errors, read from HeyGen's error envelope.

Every message is a single line that says what to do, and never contains the API key: messages
are built from the envelope and our own words, and `redact`, the one owner of that rule, scrubs
every field HeyGen sent back and any text that could echo a header.

``fatal`` is True when repeating the same call with the same key and input cannot succeed: the
user has to act (fix the input, the key, its scopes or the credits), so the poller stops
watching. Errors that time or HeyGen's side can clear (429, 409, 5xx, timeouts, broken
connections) are not fatal: the poller keeps its pace and tries again.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote, quote_plus

MAX_MESSAGE = 500  # characters; HeyGen's messages are a sentence or two, a proxy's page is not
KEY_SETTINGS = "app.heygen.com/settings?nav=API"


class HeyGenError(Exception):
    """Base class of every error this toolkit raises.

    Attributes:
        code: HeyGen's machine-readable code (``invalid_parameter``, ``not_found``, ...).
        status: The HTTP status, or None when no answer arrived.
        param: The request field at fault, when HeyGen names one.
        retry_after: Seconds to wait before trying again, when known.
        details: Any other fields of HeyGen's error envelope (``doc_url``, ``errors``, ...), redacted.
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
        details: dict[str, Any] | None = None,
    ) -> None:
        """Build the error with a one-line ``message``."""
        self.message = _one_line(message)
        super().__init__(self.message)
        self.code = code
        self.status = status
        self.param = param
        self.retry_after = retry_after
        self.details = details or {}

    def __repr__(self) -> str:
        """Class, code and message: safe to show anywhere."""
        return f"{type(self).__name__}({self.code!r}, {self.message!r})"


class AuthenticationError(HeyGenError):
    """The API key was missing, wrong or expired (401). Fatal: the same key fails every time."""

    fatal = True


class PermissionDeniedError(AuthenticationError):
    """The key is valid but may not do this (403): the plan, a workspace setting or ownership.

    Fatal: asking again with the same key is refused again.
    """


class MissingScopeError(PermissionDeniedError):
    """The key lacks a scope the call needs (403 ``insufficient_api_key_scope``).

    Fatal: a key's scopes are fixed when it is made, so the fix is a new key with ``scope``.

    Attributes:
        scope: The scope HeyGen asked for (``video_agent:write``, say), when it named one.
    """

    def __init__(self, message: str, *, scope: str | None = None, **fields: Any) -> None:
        """Build the error; ``scope`` is the missing scope when known."""
        super().__init__(message, **fields)
        self.scope = scope


class NotFoundError(HeyGenError):
    """The session, video or resource does not exist (404). Fatal: the id is wrong for this key."""

    fatal = True


class ConflictError(HeyGenError):
    """HeyGen refused because of the resource's state (409); nothing was changed.

    A session still working or already rendering, an upload not finished, the same request still
    in progress. Not fatal: the state passes, so refresh and try again once it is ready.
    """


class InvalidParameterError(HeyGenError):
    """The request was refused as invalid (400, 413, 422); ``param`` names the field. Nothing was done.

    Fatal: the same input is refused again; fix it first.
    """

    fatal = True


class InsufficientCreditsError(HeyGenError):
    """The account has run out of credits (402). Fatal until credits are added."""

    fatal = True


class RateLimitError(HeyGenError):
    """Too many requests or jobs at once (429); ``retry_after`` says how long to wait. Not fatal."""


class ServerError(HeyGenError):
    """HeyGen failed to answer properly (5xx, or an answer that is not valid JSON). Not fatal."""


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


class SessionFailedError(HeyGenError):
    """The session (or its render) failed; the message is HeyGen's reason when it gave one."""

    fatal = True


def _one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _secret_forms(secret: str) -> list[str]:
    """Every way the key can appear in text: as typed, stripped, escaped, JSON- or URL-encoded."""
    forms = {secret, secret.strip()}
    for form in list(forms):
        forms |= {repr(form)[1:-1], ascii(form)[1:-1], json.dumps(form)[1:-1], quote(form, safe="")}
        forms.add(quote_plus(form))
        forms.add(repr(form.encode("utf-8", "backslashreplace"))[2:-1])
    return sorted((f for f in forms if len(f) >= 4), key=len, reverse=True)


def redact(text: str, secret: str | None) -> str:
    """``text`` with every form of ``secret`` (see `_secret_forms`) replaced by ``***``."""
    if secret:
        for form in _secret_forms(secret):
            text = text.replace(form, "***")
    return text


def _redact_tree(value: Any, secret: str | None) -> Any:
    """A JSON value with `redact` applied to every string in it, keys included."""
    if isinstance(value, str):
        return redact(value, secret)
    if isinstance(value, dict):
        return {redact(str(k), secret): _redact_tree(v, secret) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_tree(v, secret) for v in value]
    return value


_BY_STATUS: dict[int, type[HeyGenError]] = {
    400: InvalidParameterError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: InvalidParameterError,
    422: InvalidParameterError,
    429: RateLimitError,
}
_BY_CODE: dict[str, type[HeyGenError]] = {
    "insufficient_api_key_scope": MissingScopeError,
    "insufficient_credit": InsufficientCreditsError,
    "insufficient_credits": InsufficientCreditsError,
    "rate_limit_exceeded": RateLimitError,
}
# What a code means, for envelopes that carry a code and no message.
_CODE_TEXT = {
    "authentication_failed": "HeyGen did not accept the API key.",
    "unauthorized": "HeyGen did not accept the API key.",
    "insufficient_api_key_scope": "This API key lacks a scope (permission) this call needs.",
    "forbidden": "This API key may not do that.",
    "resource_access_denied": "This API key may not use that resource.",
    "plan_upgrade_required": "Your HeyGen plan does not include this.",
    "not_found": "HeyGen found no such resource.",
    "resource_not_found": "HeyGen found no such resource.",
    "conflict": "HeyGen refused because of the resource's current state.",
    "request_in_progress": "The same request is still being processed.",
    "resource_not_ready": "The resource is not ready yet.",
    "insufficient_credit": "The account has run out of credits.",
    "insufficient_credits": "The account has run out of credits.",
    "rate_limit_exceeded": "Too many requests.",
    "service_unavailable": "HeyGen is temporarily unavailable.",
}
_ADVICE: dict[type[HeyGenError], str] = {
    AuthenticationError: "Check HEYGEN_API_KEY (or the api_key you passed).",
    PermissionDeniedError: f"Check the key's permissions and your plan at {KEY_SETTINGS}.",
    InsufficientCreditsError: "Add credits to your HeyGen account, then try again.",
    NotFoundError: "Check the id, and that it belongs to this account.",
    ConflictError: "Nothing was changed; refresh, and try again once it is ready.",
    RateLimitError: "Wait a little and try again.",
    ServerError: "HeyGen had a problem; try again shortly.",
}
_SCOPE = re.compile(r"\b[a-z][a-z0-9_.-]*:[a-z0-9_*-]+\b", re.IGNORECASE)  # video_agent:write


def _fields(body: Any) -> tuple[dict[str, Any], bool]:
    """The envelope's fields, and whether the body was JSON at all (transport passes None if not)."""
    if not isinstance(body, dict):
        return {}, False
    envelope = body.get("error")
    if isinstance(envelope, dict):
        return dict(envelope), True
    if isinstance(envelope, str):  # {"error": "text"}: older HeyGen endpoints and proxies
        return {"message": envelope}, True
    text = body.get("message") or body.get("detail")
    return ({"message": text} if isinstance(text, str) else {}), True


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _scope(fields: dict[str, Any], message: str) -> str | None:
    """The missing scope: a field that names it, else ``param`` or the message if they hold one."""
    for name in ("required_scope", "scope", "required_scopes", "scopes"):
        value = fields.get(name)
        if isinstance(value, list) and value:
            return ", ".join(str(v) for v in value)
        if _text(value):
            return str(value).strip()
    param = _text(fields.get("param"))
    if param and _SCOPE.fullmatch(param):
        return param
    found = _SCOPE.search(message)  # "Required scope: account:read." (HeyGen's CLI tests)
    return found[0] if found else None


def _message(status: int, code: str | None, fields: dict[str, Any], was_json: bool) -> str:
    """HeyGen's message; else what the code means; else what the status means."""
    message = _text(fields.get("message"))
    if message is None and code:
        message = _CODE_TEXT.get(code) or _sentence(code.replace("_", " ").capitalize())
    if message is None:
        tail = "" if was_json else " (the answer was not JSON: a proxy or gateway may have answered)"
        message = f"HeyGen answered HTTP {status} without a message{tail}."
    items = fields.get("errors")
    if isinstance(items, list):  # per-item details (422): name the first few
        found = [str(i.get("message")) for i in items[:3] if isinstance(i, dict) and _text(i.get("message"))]
        message = f"{_sentence(message)} Details: {'; '.join(found)}" if found else message
    return _sentence(_one_line(message, MAX_MESSAGE - 200))  # leaves room for the advice


def _advises(message: str) -> bool:
    """Whether HeyGen's own message already says what to do about the key ("create a key ...")."""
    lowered = message.lower()
    return "create a key" in lowered or "create an api key" in lowered


def _advice(kind: type[HeyGenError], scope: str | None) -> str:
    if kind is MissingScopeError:
        wanted = f"the {scope} scope" if scope else "the scope this call needs"
        return f"Create an API key with {wanted} ({KEY_SETTINGS}) and connect with it."
    return next((_ADVICE[cls] for cls in kind.__mro__ if cls in _ADVICE), "")


def from_response(
    status: int, body: Any, retry_after: float | None, secret: str | None = None
) -> HeyGenError:
    """The error for an HTTP error answer, read from HeyGen's envelope when there is one.

    Code-only and message-only envelopes, ``{"error": "text"}`` and bodies that are not JSON all
    give a readable one-line message with advice. Every field is redacted before use.
    """
    raw, was_json = _fields(body)
    fields: dict[str, Any] = _redact_tree(raw, secret)
    code = _text(fields.pop("code", None))
    kind = (
        _BY_CODE.get(code or "") or _BY_STATUS.get(status) or (ServerError if status >= 500 else HeyGenError)
    )
    message = _message(status, code, fields, was_json)
    fields.pop("message", None)
    scope = _scope(fields, message) if kind is MissingScopeError else None
    param = fields.pop("param", None)
    advice = _advice(kind, scope)
    if advice and advice not in message and not _advises(message):
        message = f"{message} {advice}"
    common: dict[str, Any] = {
        "code": code or f"http_{status}",
        "status": status,
        "param": param if isinstance(param, str) else None,
        "retry_after": retry_after,
        "details": fields,
    }
    if kind is MissingScopeError:
        return MissingScopeError(message, scope=scope, **common)
    return kind(message, **common)
