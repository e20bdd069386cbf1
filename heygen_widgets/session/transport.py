"""One HTTP seam: sends the generated client's requests, maps errors, and retries safely.

Reads (and ``stop``, which is harmless to repeat) retry on 429, 5xx, timeouts and connection
errors, with jittered exponential backoff that honours ``Retry-After``. Requests that change
something (create, send) are retried only when it is certain HeyGen did not process them: the
connection failed before the request went out, or HeyGen answered 429. Any other failure of such
a request raises `UncertainOutcomeError` instead of repeating it, so nothing is applied twice.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from heygen_widgets.errors import (
    HeyGenConnectionError,
    HeyGenError,
    HeyGenTimeoutError,
    InvalidParameterError,
    RateLimitError,
    ServerError,
    UncertainOutcomeError,
    from_response,
    redact,
)
from heygen_widgets.session import requests

NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
Outcome = tuple[Any, HeyGenError | None, bool]


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry.

    Attributes:
        attempts: Tries in all, the first included.
        base: First backoff in seconds; it doubles per retry, with full jitter.
        cap: Longest backoff between two tries.
        max_retry_after: The longest ``Retry-After`` honoured; longer ones are clamped.
    """

    attempts: int = 4
    base: float = 0.5
    cap: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, attempt: int, retry_after: float | None, jitter: float) -> float:
        """Seconds to wait before try ``attempt + 1``; ``jitter`` is a number in [0, 1)."""
        backoff = min(self.cap, self.base * 2.0**attempt) * (0.5 + jitter / 2)
        if retry_after is not None:
            return max(min(retry_after, self.max_retry_after), backoff / 2)
        return backoff


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class Transport:
    """Sends requests to HeyGen (or the simulator) over one connection pool."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
        max_connections: int = 10,
    ) -> None:
        """Prepare the client; no connection is opened until the first request."""
        self.base_url = base_url.rstrip("/")
        self._key = api_key
        self._client = requests.authenticated_client(self.base_url, api_key, timeout, max_connections)
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.jitter = jitter

    def __repr__(self) -> str:
        """The address only: never the key."""
        return f"Transport(base_url={self.base_url!r})"

    @property
    def client(self) -> Any:
        """The generated ``AuthenticatedClient`` (its repr shows the key: never print it)."""
        return self._client

    def close(self) -> None:
        """Close every pooled connection."""
        self._client.get_httpx_client().close()

    def call(self, kwargs: dict[str, Any], *, safe: bool) -> Any:
        """Send one request and return its JSON; ``safe`` means it may be repeated without harm."""
        kwargs = dict(kwargs)
        if not safe:
            # Sent on every try of one call; where HeyGen honours it, a repeat is a replay.
            kwargs["headers"] = {**kwargs.get("headers", {}), "Idempotency-Key": uuid.uuid4().hex}
        for attempt in range(self.retry.attempts):
            body, error, retryable = self._try(kwargs, safe)
            if error is None:
                return body
            if not retryable or attempt == self.retry.attempts - 1:
                raise error
            self.sleep(self.retry.delay(attempt, error.retry_after, self.jitter()))
        raise AssertionError("unreachable")  # pragma: no cover

    def _try(self, kwargs: dict[str, Any], safe: bool) -> Outcome:
        """One try: (JSON, None, _) on success, else (None, error, retryable). Safe across threads."""
        what = f"{kwargs['method'].upper()} {kwargs['url']}"
        try:
            response = self._client.get_httpx_client().request(**kwargs)
        except (UnicodeError, httpx.LocalProtocolError, httpx.InvalidURL) as exc:
            # Refused here before anything went out (a header or URL HTTP cannot carry): no retry
            # can help, and the cause is dropped because its text may quote the key.
            message = self._say(
                f"{what} was not sent ({exc}); look for a stray character in the key, ids or text."
            )
            raise InvalidParameterError(message, code="invalid_request") from None
        except NOT_SENT as exc:
            message = self._say(f"Could not reach HeyGen for {what}: {exc}.")
            return None, HeyGenConnectionError(message, code="connection_error"), True
        except httpx.TimeoutException:
            if not safe:
                return None, self._uncertain(what, "no answer arrived in time"), False
            return None, HeyGenTimeoutError(f"HeyGen did not answer {what} in time.", code="timeout"), True
        except httpx.TransportError as exc:
            if not safe:
                return None, self._uncertain(what, "the connection was cut"), False
            message = self._say(f"The connection broke during {what}: {exc}.")
            return None, HeyGenConnectionError(message, code="connection_error"), True
        return self._read(response, what, safe)

    def _read(self, response: httpx.Response, what: str, safe: bool) -> Outcome:
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.is_success and body is not None:
            return body, None, False
        if response.is_success:
            if not safe:
                return None, self._uncertain(what, "the answer was not valid JSON"), False
            message = f"HeyGen's answer to {what} was not valid JSON."
            return None, ServerError(message, code="malformed_response", status=response.status_code), True
        error = from_response(response.status_code, body, _retry_after(response), self._key)
        if isinstance(error, RateLimitError):
            return None, error, True
        if isinstance(error, ServerError) and not safe:
            return None, self._uncertain(what, f"HeyGen answered HTTP {response.status_code}"), False
        return None, error, isinstance(error, ServerError)

    def _uncertain(self, what: str, reason: str) -> UncertainOutcomeError:
        return UncertainOutcomeError(
            f"{what} may or may not have been applied ({reason}); it was not retried. "
            "Refresh the session before sending it again.",
            code="uncertain_outcome",
        )

    def _say(self, text: str) -> str:
        return redact(text, self._key)
