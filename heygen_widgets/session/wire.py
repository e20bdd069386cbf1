"""`HeyGenTransport`: the httpx transport under every request to HeyGen, generated or not.

It is installed into the generated ``AuthenticatedClient`` (httpx's own seam for this), so a
direct call of any of the client's operations, such as
``list_voices_v3.sync_detailed(client=heygen.generated_client())``, gets what the session layer
gets:

- **Retries that never apply anything twice.** Reads (GET, HEAD, OPTIONS), mutations marked
  harmless to repeat (`calling` with ``repeatable=True``: a stop), and mutations sent with an
  ``Idempotency-Key`` (the generated functions take one exactly where HeyGen honours it) retry on
  429, 5xx, timeouts and broken connections, with jittered exponential backoff that honours
  ``Retry-After``. Any other mutation (a Video Agent create, a message) is retried only when it
  is certain HeyGen did not process it: the connection failed before the request went out, or
  HeyGen answered 429. Other failures raise `UncertainOutcomeError` instead of repeating it.
- **Timeouts by what is waited for** (`Timeouts`): a read, a change, a poll; a timeout the
  caller set on the client (``client.with_timeout(...)``) is kept.
- **Typed errors.** A non-2xx answer raises the `HeyGenError` subclass its envelope names
  (`RateLimitError`, `NotFoundError`, ...), so the generated functions return only success.
- **Key redaction.** No message built here contains the key.

What one call may do comes from `calling` (a context variable, so threads and the poller's
workers each have their own): the poller reads with one attempt and no sleeping, on the same
client and connection pool, and its schedule owns the backoff.
"""

from __future__ import annotations

import contextlib
import json
import random
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
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
from heygen_widgets.session._retry import RetryPolicy, Timeouts, retry_after_seconds

READS = frozenset({"GET", "HEAD", "OPTIONS"})
NOT_SENT = (httpx.ConnectError, httpx.PoolTimeout)
UNSENDABLE = (httpx.InvalidURL, httpx.UnsupportedProtocol, httpx.LocalProtocolError, UnicodeError)


@dataclass
class Call:
    """What one call through the transport may do, and what it did.

    Attributes:
        retry: The retry policy for this call; None means the transport's own.
        poll: A poller's read: the poll timeout applies.
        repeatable: A mutation that is harmless to repeat (a stop), retried as a read is.
        changed: Whether a request under this call asked for a change (not a read).
        sent: Requests sent under this call so far (each try counts).
    """

    retry: RetryPolicy | None = None
    poll: bool = False
    repeatable: bool = False
    changed: bool = False
    sent: int = 0


_CALL: ContextVar[Call | None] = ContextVar("heygen_call", default=None)


@contextlib.contextmanager
def calling(
    *, retry: RetryPolicy | None = None, poll: bool = False, repeatable: bool = False
) -> Iterator[Call]:
    """Run the requests inside the block under these options; yields the `Call` that counts them."""
    call = Call(retry=retry, poll=poll, repeatable=repeatable)
    token = _CALL.set(call)
    try:
        yield call
    finally:
        _CALL.reset(token)


@dataclass(frozen=True)
class _Try:
    """One try's outcome: an answer, or an error and whether another try may help."""

    response: httpx.Response | None = None
    error: HeyGenError | None = None
    retryable: bool = False


class HeyGenTransport(httpx.BaseTransport):
    """Retries, timeouts, typed errors and redaction around httpx's own transport."""

    def __init__(
        self,
        secret: str,
        *,
        base_url: str = "",
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
        max_connections: int = 10,
        inner: httpx.BaseTransport | None = None,
    ) -> None:
        """Wrap ``inner`` (by default a pooled `httpx.HTTPTransport`).

        Args:
            secret: The API key, scrubbed from every message.
            base_url: The API's address, for messages that name it.
            timeouts: Seconds to wait, by what is waited for.
            retry: The default retry policy (`calling` can replace it for one call).
            sleep: The one place a retry waits; tests pass a recorder.
            jitter: Numbers in [0, 1) for the backoff's jitter.
            max_connections: The pool's size, shared by every session and the poller.
            inner: The transport that does the I/O.
        """
        self._secret = secret
        self.base_url = base_url.rstrip("/")
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        self.jitter = jitter
        limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        self._inner = inner or httpx.HTTPTransport(limits=limits)

    @property
    def default_timeout(self) -> httpx.Timeout:
        """The timeout to build the client with: a request that carries it gets `Timeouts` by its kind.

        A request with any other timeout (``client.with_timeout(...)``) keeps it.
        """
        return self.timeouts.for_request(safe=False, poll=False)

    def __repr__(self) -> str:
        """No key, no headers."""
        return f"HeyGenTransport(retry={self.retry!r}, timeouts={self.timeouts!r})"

    def close(self) -> None:
        """Close the pooled connections."""
        self._inner.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying as its kind allows; a non-2xx answer raises its `HeyGenError`."""
        call = _CALL.get() or Call()
        policy = call.retry or self.retry
        change = request.method not in READS
        keyed = "idempotency-key" in request.headers
        call.changed = call.changed or change
        safe = not change or call.repeatable or keyed
        if request.extensions.get("timeout") == self.default_timeout.as_dict():  # not the caller's own
            timeout = self.timeouts.for_request(safe=not change, poll=call.poll)
            request.extensions = {**request.extensions, "timeout": timeout.as_dict()}
        request.read()  # a retry sends the same bytes again
        timeouts = 0
        for attempt in range(policy.attempts):
            call.sent += 1
            outcome = self._try(request, safe, keyed)
            if outcome.response is not None:
                return outcome.response
            error, retryable = outcome.error, outcome.retryable
            assert error is not None
            if isinstance(error, HeyGenTimeoutError):
                timeouts += 1
                retryable = retryable and timeouts < policy.timeout_attempts
                error = error if retryable else self._timed_out(request, change, call.poll, timeouts)
            if not retryable or attempt == policy.attempts - 1:
                raise error
            self.sleep(policy.delay(attempt, error.retry_after, self.jitter()))
        raise AssertionError("unreachable")  # pragma: no cover

    def _try(self, request: httpx.Request, safe: bool, keyed: bool) -> _Try:
        what = _what(request)
        try:
            response = self._inner.handle_request(request)
            response.read()  # a drop mid-body is a failed try, not a broken answer handed on
        except (httpx.TransportError, *UNSENDABLE) as exc:
            return self._unanswered(exc, what, safe)
        return self._read(response, what, safe, keyed)

    def _unanswered(self, exc: Exception, what: str, safe: bool) -> _Try:
        """The error for a request that got no answer, and whether it may be tried again."""
        if isinstance(exc, httpx.ConnectTimeout):  # nothing was sent: safe to repeat, even a create
            return _Try(
                error=HeyGenTimeoutError(f"No connection for {what}.", code="connect_timeout"), retryable=True
            )
        if isinstance(exc, NOT_SENT):
            message = self._say(f"Could not reach HeyGen for {what}: {exc}.")
            return _Try(error=HeyGenConnectionError(message, code="connection_error"), retryable=True)
        if isinstance(exc, UNSENDABLE):
            return _Try(error=self._unsendable(what, exc))
        if not safe:
            timed_out = isinstance(exc, httpx.TimeoutException)
            reason = "no answer arrived in time" if timed_out else "the connection was cut"
            return _Try(error=uncertain(what, reason))
        if isinstance(exc, httpx.TimeoutException):
            return _Try(error=HeyGenTimeoutError(f"No answer to {what}.", code="timeout"), retryable=True)
        message = self._say(f"The connection broke during {what}: {exc}.")
        return _Try(error=HeyGenConnectionError(message, code="connection_error"), retryable=True)

    def _read(self, response: httpx.Response, what: str, safe: bool, keyed: bool) -> _Try:
        body = _json(response)
        if response.is_success:
            if body is not None or not response.content:
                return _Try(response=response)
            if not safe:
                return _Try(error=uncertain(what, "the answer was not valid JSON"))
            message = f"HeyGen's answer to {what} was not valid JSON."
            malformed = ServerError(message, code="malformed_response", status=response.status_code)
            return _Try(error=malformed, retryable=True)
        hint = retry_after_seconds(response.headers.get("retry-after"))
        error = from_response(response.status_code, body, hint, self._secret)
        # A 429 is a refusal before any work, so even a create may try again; a keyed request
        # whose first try still runs (409 request_in_progress) will be replayed once it is done.
        again = isinstance(error, RateLimitError) or (keyed and error.code == "request_in_progress")
        if isinstance(error, ServerError) and not safe:
            return _Try(error=uncertain(what, f"HeyGen answered HTTP {response.status_code}"))
        return _Try(error=error, retryable=again or isinstance(error, ServerError))

    def _timed_out(self, request: httpx.Request, change: bool, poll: bool, tries: int) -> HeyGenTimeoutError:
        seconds = self.timeouts.answer(safe=not change, poll=poll)
        times = "once" if tries == 1 else f"{tries} times"
        base = self.base_url or f"{request.url.scheme}://{request.url.netloc.decode('ascii', 'replace')}"
        return HeyGenTimeoutError(
            self._say(
                f"{base} did not answer {_what(request)} in time (asked {times}, waiting "
                f"{self.timeouts.connect:g} s to connect and {seconds:g} s for the answer); check that "
                "the base URL (HEYGEN_BASE_URL) is HeyGen's API address and that your network reaches it."
            ),
            code="timeout",
        )

    def _unsendable(self, what: str, exc: Exception) -> InvalidParameterError:
        """A request that could not be written: nothing was sent, and retrying cannot help.

        The exception's own text is not shown: it may quote a header, that is the key.
        """
        return unsendable(what, exc, self._secret, self.base_url)

    def _say(self, text: str) -> str:
        return redact(text, self._secret)


def unsendable(what: str, exc: Exception, secret: str, base_url: str | None = None) -> InvalidParameterError:
    """The one-line error for a request that could not be built or written (nothing was sent)."""
    param: str | None
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        where = f" {base_url!r}" if base_url else ""
        advice = f"the base URL{where} is not a plain http(s) address; fix it (HEYGEN_BASE_URL)"
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
    return InvalidParameterError(redact(message, secret), code="invalid_request", param=param)


def uncertain(what: str, reason: str) -> UncertainOutcomeError:
    """The error for a change that may or may not have been applied: it is never repeated."""
    return UncertainOutcomeError(
        f"{what} may or may not have been applied ({reason}); it was not retried. "
        "Refresh the session before sending it again.",
        code="uncertain_outcome",
    )


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


def _what(request: httpx.Request) -> str:
    return f"{request.method} {request.url.path}"
