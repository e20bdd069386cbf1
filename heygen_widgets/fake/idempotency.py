"""``Idempotency-Key`` on mutations, as the spec describes it.

A repeat of a key on the same operation and path within 24 hours replays the first successful
answer and creates nothing new; a repeat that arrives while the first is still running gets 409
``request_in_progress``. Keys are 1-255 characters of ``[A-Za-z0-9_:.-]``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response

from heygen_widgets.fake.clock import Clock
from heygen_widgets.fake.errors import ApiError, invalid

KEY = re.compile(r"^[A-Za-z0-9_\-:.]{1,255}$")
TTL_SECONDS = 24 * 3600
_RUNNING = object()


class Idempotency:
    """Remembers the answers to keyed mutations."""

    def __init__(self, clock: Clock) -> None:
        """Expiry is measured on ``clock``."""
        self.clock = clock
        self._seen: dict[tuple[str, str, str], tuple[float, object]] = {}
        self._lock = threading.Lock()

    async def run(
        self,
        request: Request,
        operation: str,
        key: str | None,
        handle: Callable[[Request], Awaitable[Response]],
    ) -> tuple[Response, bool]:
        """Answer the request, replaying a stored answer for a repeated key; say if it was replayed."""
        if key is None or request.method != "POST":
            return await handle(request), False
        if not KEY.match(key):
            raise invalid(
                "Idempotency-Key", "'Idempotency-Key' must be 1-255 characters of A-Z a-z 0-9 _ - : ."
            )
        scope = (operation, request.url.path, key)
        with self._lock:
            found = self._seen.get(scope)
            if found and self.clock.now() - found[0] < TTL_SECONDS:
                if found[1] is _RUNNING:
                    raise ApiError(
                        409,
                        "request_in_progress",
                        "A request with this Idempotency-Key is still running; retry after it finishes.",
                    )
                assert isinstance(found[1], Response)
                return found[1], True
            self._seen[scope] = (self.clock.now(), _RUNNING)
        try:
            response = await handle(request)
        except BaseException:
            with self._lock:
                self._seen.pop(scope, None)
            raise
        with self._lock:
            if 200 <= response.status_code < 300:
                self._seen[scope] = (self.clock.now(), response)
            else:
                self._seen.pop(scope, None)
        return response, False
