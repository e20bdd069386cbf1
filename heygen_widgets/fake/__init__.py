"""A local HeyGen simulator: a real HTTP server that behaves like the Video Agent API.

It imports neither the generated client nor the session layer, so it can catch bugs in both.

    with FakeHeyGen() as fake:          # step mode, a free port on 127.0.0.1
        ...                             # point any HeyGen client at fake.url
        fake.run_until_idle()           # let the agent work until it waits for the user

``python -m heygen_widgets.fake --user`` is the per-user simulator a notebook uses without a key:
one process per user, its state in SQLite (see ``home`` and ``standalone``).
"""

from __future__ import annotations

from heygen_widgets.fake.clock import ManualClock, StepClock, TimedClock
from heygen_widgets.fake.faults import Fault, LoggedRequest
from heygen_widgets.fake.profile import Profile
from heygen_widgets.fake.protocol import ServerLimits
from heygen_widgets.fake.server import FakeHeyGen

__all__ = [
    "FakeHeyGen",
    "Fault",
    "LoggedRequest",
    "ManualClock",
    "Profile",
    "ServerLimits",
    "StepClock",
    "TimedClock",
]
