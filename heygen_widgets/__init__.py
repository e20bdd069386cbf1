"""heygen-widgets: drive HeyGen's Video Agent from Jupyter.

    from heygen_widgets import connect

    heygen = connect()                  # HEYGEN_API_KEY, or the local simulator without one
    session = heygen.create("A 60-second intro to our data platform")
    session.wait("review")

The typed HTTP client is the generated ``heygen_api`` package; the session layer
(`heygen_widgets.session`) is the only code that uses it, and imports it on first use.
"""

from __future__ import annotations

from heygen_widgets.errors import (
    AuthenticationError,
    ConflictError,
    HeyGenConnectionError,
    HeyGenError,
    HeyGenTimeoutError,
    InsufficientCreditsError,
    InvalidParameterError,
    MissingScopeError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    SessionFailedError,
    UncertainOutcomeError,
    WaitTimeoutError,
)
from heygen_widgets.session import Asset, Connection, Data, Session, connect
from heygen_widgets.snapshot import Message, Phase, Resource, Snapshot, Video

__all__ = [
    "Asset",
    "AuthenticationError",
    "ConflictError",
    "Connection",
    "Data",
    "HeyGenConnectionError",
    "HeyGenError",
    "HeyGenTimeoutError",
    "InsufficientCreditsError",
    "InvalidParameterError",
    "Message",
    "MissingScopeError",
    "NotFoundError",
    "PermissionDeniedError",
    "Phase",
    "RateLimitError",
    "Resource",
    "ServerError",
    "Session",
    "SessionFailedError",
    "Snapshot",
    "UncertainOutcomeError",
    "Video",
    "WaitTimeoutError",
    "__version__",
    "connect",
]

__version__ = "0.1.0"
