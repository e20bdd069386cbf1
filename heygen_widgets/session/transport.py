"""`Transport`: the session layer's handle on the generated client and its one HTTP transport.

Every request goes through the generated client's public operation functions, and under them
through `heygen_widgets.session.wire.HeyGenTransport`, which owns retries, timeouts, typed errors
and redaction for every operation. This class adds what a caller of one operation needs: which
retry policy applies (`once`, `for_polls`), how many requests it sent, and the typed answer.

The poller reads through `Transport.for_polls`: the same client and pool, one attempt, no
sleeping, and a read timeout sized for polls. Its own schedule owns the backoff.
"""

from __future__ import annotations

import copy
import random
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from heygen_widgets.errors import ServerError, UncertainOutcomeError, redact
from heygen_widgets.session import requests
from heygen_widgets.session._retry import ONE_ATTEMPT, RetryPolicy, Timeouts, retry_after_seconds
from heygen_widgets.session.wire import UNSENDABLE, HeyGenTransport, calling, unsendable

if TYPE_CHECKING:
    from heygen_api import AuthenticatedClient
    from heygen_api.types import Response

M = TypeVar("M")
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)  # what a generated from_dict raises
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
        self.wire = HeyGenTransport(
            api_key,
            base_url=self.base_url,
            timeouts=self.timeouts,
            retry=retry,
            sleep=sleep,
            jitter=jitter,
            max_connections=max_connections,
        )
        self._client = requests.authenticated_client(self.base_url, api_key, self.wire)
        self._retry: RetryPolicy | None = None  # None: the wire's own policy
        self.polling = False
        self.requests = 0  # requests sent through this object (not its copies): the poller's meter

    def __repr__(self) -> str:
        """The address only: never the key."""
        return f"Transport(base_url={self.base_url!r})"

    @property
    def client(self) -> AuthenticatedClient:
        """The generated ``AuthenticatedClient``, on the one transport; its repr has no key."""
        return self._client

    @property
    def retry(self) -> RetryPolicy:
        """How calls through this object are retried."""
        return self._retry or self.wire.retry

    @retry.setter
    def retry(self, policy: RetryPolicy) -> None:
        if self._retry is None:
            self.wire.retry = policy  # the connection's own policy: direct calls get it too
        else:
            self._retry = policy

    @property
    def sleep(self) -> Callable[[float], None]:
        """The one place a retry (or `Session.wait`) waits."""
        return self.wire.sleep

    @sleep.setter
    def sleep(self, sleep: Callable[[float], None]) -> None:
        self.wire.sleep = sleep

    def once(self) -> Transport:
        """This transport with one attempt per call and no sleeping: the caller schedules any retry.

        It shares the client and connection pool (closing either closes both) and counts its
        own requests.
        """
        view = copy.copy(self)
        view._retry, view.requests = ONE_ATTEMPT, 0
        return view

    def for_polls(self) -> Transport:
        """This transport as the poller reads through it: `once`, with the poll timeout."""
        view = self.once()
        view.polling = True
        return view

    def close(self) -> None:
        """Close the client and every pooled connection; a later request raises."""
        try:
            client = self._client.get_httpx_client()
        except UNSENDABLE:
            self.wire.close()  # httpx refused the key or address: no client was built around the wire
            return
        client.close()  # closes the wire too

    def run(
        self,
        operation: Callable[..., Response[Any]],
        *args: Any,
        expect: type[M],
        repeatable: bool = False,
        **kwargs: Any,
    ) -> M:
        """Call a generated operation's ``sync_detailed`` and return its answer as ``expect``.

        ``repeatable`` marks a change that is harmless to repeat (a stop), so it retries as a
        read does. An answer that does not parse as the spec says raises `ServerError` (for a
        change: `UncertainOutcomeError`, since it may have been applied).
        """
        with calling(retry=self._retry, poll=self.polling, repeatable=repeatable) as call:
            try:
                response = operation(*args, client=self._client, **kwargs)
            except UNSENDABLE as exc:  # the client could not even be built: nothing was sent
                raise unsendable(f"{_summary(operation)} request", exc, self._key, self.base_url) from None
            except PARSE_ERRORS as exc:
                raise self._unreadable(operation, exc, changed=call.changed) from None
            finally:
                self.requests += call.sent
        parsed = response.parsed
        if not isinstance(parsed, expect):
            raise self._unreadable(operation, None, changed=False)
        return parsed

    def _unreadable(
        self, operation: Callable[..., Any], exc: Exception | None, *, changed: bool
    ) -> Exception:
        what = _summary(operation)
        why = f" ({type(exc).__name__}: {redact(str(exc), self._key)[:120]})" if exc is not None else ""
        if changed:
            return UncertainOutcomeError(
                f"HeyGen's answer to {what} does not match its published API{why}; the change may "
                "have been applied, so it was not retried. Refresh before sending it again.",
                code="uncertain_outcome",
            )
        return ServerError(
            f"HeyGen's answer to {what} does not match its published API{why}; it is read again "
            "later. If it lasts, update heygen-widgets.",
            code="unexpected_answer",
        )


def _summary(operation: Callable[..., Any]) -> str:
    """An operation's name as HeyGen's reference gives it ("Get Video Agent Session")."""
    doc = (operation.__doc__ or "").strip().splitlines()
    return doc[0].strip() if doc and doc[0].strip() else operation.__module__.rsplit(".", 1)[-1]
