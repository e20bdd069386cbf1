"""Which simulator code a running simulator runs: a fingerprint of this package's source.

The per-user simulator outlives the kernels that use it. After an upgrade (or an edit, in a
checkout) a kernel must not go on talking to a simulator that still runs the old code, which
lacks routes and behaviours the new toolkit expects: the kernel compares fingerprints and
starts a current simulator instead.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path


@cache
def build_id() -> str:
    """A short hash of every module of the simulator (the same code gives the same id)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
