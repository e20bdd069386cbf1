"""Uvicorn's HTTP/1.1 protocol with the limits a server on a shared machine needs.

Uvicorn waits forever for a request that arrives one byte at a time, and keeps every
connection it accepts. Here a request (head and body) must arrive within ``request_timeout``
seconds of the connection opening or of the previous answer, and at most ``max_connections``
are open (fewer if the process may open fewer files): a new connection past the limit closes
the oldest one still waiting for a request to arrive, one that never had an answer first, and
one already talking only once it has been quiet for ``evict_after`` seconds. So slow or idle
clients can never lock out one that talks, and a flood cannot push out one already talking.
"""

from __future__ import annotations

import asyncio
import logging
import resource
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("heygen_widgets.fake")


@dataclass(frozen=True)
class ServerLimits:
    """How much one client may take from the server."""

    request_timeout: float = 10.0  # s for a request's head and body to arrive
    idle_timeout: float = 5.0  # s a keep-alive connection may sit idle between requests
    max_connections: int = 512  # open connections; past it the oldest waiting one is closed
    evict_after: float = 1.0  # s a talking client may be quiet before a newcomer may push it out
    max_body_bytes: int = 30_000_000  # a request body (base64 files make JSON bodies large)
    max_upload_bytes: int = 20_000_000  # one uploaded asset
    max_assets: int = 200  # uploaded assets kept (the oldest goes first)
    max_logged_requests: int = 10_000  # entries in the request log (the oldest goes first)
    log_lines_per_minute: int = 30  # server log lines; past it they are counted, not written


def hardened_protocol(limits: ServerLimits) -> type[H11Protocol]:
    """A protocol class for ``uvicorn.Config(http=...)`` that enforces ``limits``."""

    class Hardened(_Hardened):
        server_limits = limits

    return Hardened


class _Hardened(H11Protocol):
    server_limits = ServerLimits()
    _timer: asyncio.TimerHandle | None = None
    _waiting_since = 0.0
    _answered = 0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        limits = self.server_limits
        if len(self.connections) >= _most(limits) and not _evict(self.connections, limits.evict_after):
            self.transport = transport
            transport.close()  # every connection is busy answering: refuse this one
            return
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete and not cycle.more_body:
            self._disarm()  # the whole request has arrived; the app takes it from here

    def on_response_complete(self) -> None:
        self._answered += 1
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    @property
    def waiting(self) -> bool:
        """True while this connection waits for (the rest of) a request."""
        return self._timer is not None

    def _arm(self) -> None:
        self._disarm()
        self._waiting_since = self.loop.time()
        self._timer = self.loop.call_later(self.server_limits.request_timeout, self._expire)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expire(self) -> None:
        self._timer = None
        if not self.transport.is_closing():
            self.transport.close()


def _most(limits: ServerLimits) -> int:
    """The connection limit, kept below the number of files this process may open."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    room = soft - 64 if soft != resource.RLIM_INFINITY else limits.max_connections
    return max(1, min(limits.max_connections, room))


def _evict(connections: set[Any], after: float) -> bool:
    """Close the connection that has waited longest for a request; False if none may be closed.

    One that never had an answer goes first; one that has (a client already talking) only
    once it has been quiet for ``after`` seconds.
    """
    now = asyncio.get_running_loop().time()
    waiting = [
        c
        for c in connections
        if isinstance(c, _Hardened) and c.waiting and (not c._answered or now - c._waiting_since >= after)
    ]
    if not waiting:
        return False
    oldest = min(waiting, key=lambda c: (c._answered > 0, c._waiting_since))
    oldest._disarm()
    oldest.transport.close()
    connections.discard(oldest)
    return True
