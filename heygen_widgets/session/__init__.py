"""The session layer: the only code that uses the generated ``heygen_api`` client."""

from __future__ import annotations

from heygen_widgets.session.connection import Choice, Connection, SessionSummary, connect
from heygen_widgets.session.files import Asset, Data
from heygen_widgets.session.session import Session
from heygen_widgets.session.transport import RetryPolicy, Transport

__all__ = [
    "Asset",
    "Choice",
    "Connection",
    "Data",
    "RetryPolicy",
    "Session",
    "SessionSummary",
    "Transport",
    "connect",
]
