"""One HTTP seam: sends the generated client's requests, maps errors, and retries safely.

Reads (and ``stop``, which is harmless to repeat) retry on 429, 5xx, timeouts and connection
errors, with jittered exponential backoff that honours ``Retry-After``; a read that times out is
tried at most twice, so a server that accepts and never answers fails in seconds, not minutes.
Requests that change something (create, send) are retried only when it is certain HeyGen did not
process them: the connection failed before the request went out, or HeyGen answered 429. Any
other failure of such a request raises `UncertainOutcomeError` instead of repeating it, so
nothing is applied twice.

The poller reads through `Transport.for_polls`: the same pool, one attempt, no sleeping, and a
read timeout sized for polls. Its own schedule owns the backoff.
"""

from __future__ import annotations

import copy
import random
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
from heygen_widgets.session._retry import ONE_ATTEMPT, RetryPolicy, Timeouts, retry_after_seconds

if TYPE_CHECKING:
    from heygen_api import AuthenticatedClient

NOT_SENT = (httpx.ConnectError, httpx.PoolTimeout)
Outcome = tuple[Any, HeyGenError | None, bool]
__all__ = ["ONE_ATTEMPT", "RetryPolicy", "Timeouts", "Transport", "retry_after_seconds"]


def _timeouts(timeout: float | Timeouts | None) -> Timeouts:
    if isinstance(timeout, Timeouts):
        return timeout
    return Timeouts() if timeout is None else Timeouts().at_most(timeout)


class Transport:
    """Sends requests to HeyGen (or the simulator) over one connection pool."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float | Timeouts | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
        max_connections: int = 10,
    ) -> None:
        """Prepare the client; no connection is opened until the first request.

        Args:
            base_url: The API's address.
            api_key: Sent as ``x-api-key``; never shown.
            timeout: `Timeouts`, or a number of seconds no timeout may exceed (the defaults
                otherwise).
            retry: How reads and safe requests are retried.
            sleep: The one place a retry waits; tests pass a recorder.
            jitter: Numbers in [0, 1) for the backoff's jitter.
            max_connections: The pool's size, shared by every session and the poller.
        """
        self.base_url = base_url.rstrip("/")
        self._key = api_key
        self.timeouts = _timeouts(timeout)
        self._client = requests.authenticated_client(
            self.base_url, api_key, self.timeouts.change, max_connections
        )
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.jitter = jitter
        self.polling = False
        self.requests = 0  # requests sent through this object (not its copies): the poller's meter

    def __repr__(self) -> str:
        """The address only: never the key."""
        return f"Transport(base_url={self.base_url!r})"

    @property
    def client(self) -> AuthenticatedClient:
        """The generated ``AuthenticatedClient`` (its repr shows the key: never print it)."""
        return self._client

    def once(self) -> Transport:
        """This transport with one attempt per call and no sleeping: the caller schedules any retry.

        It shares the connection pool (closing either closes both) and counts its own requests.
        """
        view = copy.copy(self)
        view.retry, view.requests = ONE_ATTEMPT, 0
        return view

    def for_polls(self) -> Transport:
        """This transport as the poller reads through it: `once`, with the poll timeout."""
        view = self.once()
        view.polling = True
        return view

    def close(self) -> None:
        """Close every pooled connection."""
        try:
            client = self._client.get_httpx_client()
        except (httpx.InvalidURL, UnicodeError):
            return  # a key or address httpx refuses: no client was ever built, nothing is open
        client.close()

    def call(self, kwargs: dict[str, Any], *, safe: bool) -> Any:
        """Send one request and return its JSON; ``safe`` means it may be repeated without harm."""
        kwargs = {**kwargs, "timeout": self.timeouts.for_request(safe=safe, poll=self.polling)}
        if not safe:
            # Sent on every try of one call; where HeyGen honours it, a repeat is a replay.
            kwargs["headers"] = {**kwargs.get("headers", {}), "Idempotency-Key": uuid.uuid4().hex}
        timeouts = 0
        for attempt in range(self.retry.attempts):
            body, error, retryable = self._try(kwargs, safe)
            if error is None:
                return body
            if isinstance(error, HeyGenTimeoutError):
                timeouts += 1
                retryable = retryable and timeouts < self.retry.timeout_attempts
                error = self._timed_out(kwargs, safe, timeouts) if not retryable else error
            if not retryable or attempt == self.retry.attempts - 1:
                raise error
            self.sleep(self.retry.delay(attempt, error.retry_after, self.jitter()))
        raise AssertionError("unreachable")  # pragma: no cover

    def _try(self, kwargs: dict[str, Any], safe: bool) -> Outcome:
        """One try: (JSON, None, _) on success, else (None, error, retryable). Safe across threads."""
        what = _what(kwargs)
        self.requests += 1
        try:
            response = self._client.get_httpx_client().request(**kwargs)
        except (httpx.TransportError, httpx.InvalidURL, UnicodeError) as exc:
            return (None, *self._unanswered(exc, what, safe))
        return self._read(response, what, safe)

    def _unanswered(self, exc: Exception, what: str, safe: bool) -> tuple[HeyGenError, bool]:
        """The error for a request that got no answer, and whether it may be tried again."""
        error: HeyGenError
        if isinstance(exc, httpx.ConnectTimeout):  # nothing was sent: safe to repeat, even a create
            error, retryable = HeyGenTimeoutError(f"No connection for {what}.", code="connect_timeout"), True
        elif isinstance(exc, NOT_SENT):
            message = self._say(f"Could not reach HeyGen for {what}: {exc}.")
            error, retryable = HeyGenConnectionError(message, code="connection_error"), True
        elif isinstance(
            exc, httpx.InvalidURL | httpx.UnsupportedProtocol | httpx.LocalProtocolError | UnicodeError
        ):
            error, retryable = self._unsendable(what, exc), False
        elif not safe:
            reason = (
                "no answer arrived in time"
                if isinstance(exc, httpx.TimeoutException)
                else "the connection was cut"
            )
            error, retryable = self._uncertain(what, reason), False
        elif isinstance(exc, httpx.TimeoutException):
            error, retryable = HeyGenTimeoutError(f"No answer to {what}.", code="timeout"), True
        else:
            message = self._say(f"The connection broke during {what}: {exc}.")
            error, retryable = HeyGenConnectionError(message, code="connection_error"), True
        return error, retryable

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
        hint = retry_after_seconds(response.headers.get("retry-after"))
        error = from_response(response.status_code, body, hint, self._key)
        if isinstance(error, RateLimitError):
            return None, error, True
        if isinstance(error, ServerError) and not safe:
            return None, self._uncertain(what, f"HeyGen answered HTTP {response.status_code}"), False
        return None, error, isinstance(error, ServerError)

    def _timed_out(self, kwargs: dict[str, Any], safe: bool, tries: int) -> HeyGenTimeoutError:
        seconds = self.timeouts.answer(safe=safe, poll=self.polling)
        connecting = self.timeouts.connect
        times = "once" if tries == 1 else f"{tries} times"
        return HeyGenTimeoutError(
            self._say(
                f"{self.base_url} did not answer {_what(kwargs)} in time (asked {times}, waiting "
                f"{connecting:g} s to connect and {seconds:g} s for the answer); check that the base "
                "URL (HEYGEN_BASE_URL) is HeyGen's API address and that your network reaches it."
            ),
            code="timeout",
        )

    def _unsendable(self, what: str, exc: Exception) -> InvalidParameterError:
        """A request that could not even be built or written: nothing was sent, and retrying cannot help.

        The exception's own text is not shown: it may quote a header, that is the key.
        """
        param: str | None
        if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
            advice = (
                f"the base URL {self.base_url!r} is not a plain http(s) address; fix it (HEYGEN_BASE_URL)"
            )
            param = "base_url"
        elif isinstance(exc, UnicodeEncodeError) and exc.encoding != "ascii":
            advice, param = "its text has a broken character; retype it", None
        else:
            advice = (
                "the API key has a character HTTP cannot carry (a space, line break or non-ASCII "
                "character); check HEYGEN_API_KEY"
            )
            param = "api_key"
        message = f"{what} was not sent ({type(exc).__name__}): {advice}."
        return InvalidParameterError(self._say(message), code="invalid_request", param=param)

    def _uncertain(self, what: str, reason: str) -> UncertainOutcomeError:
        return UncertainOutcomeError(
            f"{what} may or may not have been applied ({reason}); it was not retried. "
            "Refresh the session before sending it again.",
            code="uncertain_outcome",
        )

    def _say(self, text: str) -> str:
        return redact(text, self._key)


def _what(kwargs: dict[str, Any]) -> str:
    return f"{str(kwargs['method']).upper()} {kwargs['url']}"
