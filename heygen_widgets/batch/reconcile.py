"""Settling creates whose outcome was uncertain, against the account's session list.

HeyGen's create takes no idempotency key: when its answer is lost (a cut connection, a
timeout, a 5xx, a crash between sending and recording), only the account's sessions can say
whether it landed. For each row left creating, the sessions created since its intent (less a
clock skew) that no row has claimed are attached, and the one whose first user message is the
row's prompt is that row's session. When none is, the create never landed and the row may be
created again: only then, and only once the listing has had time to show a new session.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import cast

from heygen_widgets.batch.ledger import Entry, State
from heygen_widgets.errors import HeyGenError, NotFoundError
from heygen_widgets.session import Connection, Session, SessionSummary
from heygen_widgets.session.validate import FamilyName
from heygen_widgets.snapshot import Snapshot

SKEW = 120.0  # seconds HeyGen's clock (``created_at``) may run behind this machine's
LISTING_LAG = 10.0  # seconds a new session may take to appear in the list; "not there" waits this long
QUIET_FOR = 600.0  # seconds a new session may show no message; until then it may still be the row's
PAGE_SIZE = 50


@dataclass
class Verdicts:
    """What reconciliation found, row by row (by `Entry.key`).

    Attributes:
        adopted: Rows whose create landed, with their session (attached, read once).
        absent: Rows whose create certainly did not land: they may be created again.
        unsure: Rows that stay creating for now, with the reason (one line); try again later.
        listing_in: Seconds until the newest of the rows only waiting for the listing may be
            called absent (0 when none waits for it).
        trouble: True when a read failed (the caller backs off before looking again).
    """

    adopted: dict[str, Session] = field(default_factory=dict)
    absent: list[str] = field(default_factory=list)
    unsure: dict[str, str] = field(default_factory=dict)
    listing_in: float = 0.0
    trouble: bool = False


def first_prompt(snapshot: Snapshot | None) -> str | None:
    """The session's first user message (stripped), or None when it is not in view."""
    if snapshot is None or not snapshot.messages or snapshot.messages[0].is_gap:
        return None  # a gap: the oldest messages are past the window, so the first is unknown
    return next((m.content.strip() for m in snapshot.messages if m.role == "user"), None)


def candidates(
    listing: Iterable[SessionSummary], since: float, claimed: Collection[str]
) -> list[SessionSummary]:
    """Unclaimed sessions created at ``since`` or later, oldest first (the listing is newest first)."""
    found = []
    for summary in listing:
        if summary.created_at is not None and summary.created_at < since:
            break
        if summary.session_id not in claimed:
            found.append(summary)
    return found[::-1]


def reconcile(
    connection: Connection,
    entries: Sequence[Entry],
    claimed: Collection[str],
    *,
    now: float,
    skew: float = SKEW,
    lag: float = LISTING_LAG,
) -> Verdicts:
    """Decide, for each entry in `State.CREATING`, whether its create landed.

    Rows are matched oldest intent first, each to the oldest unclaimed session with its prompt
    created since its intent (less ``skew``): two uncertain rows with the same prompt take one
    session each, and a session is never given to two rows. A row without a match is `absent`
    once ``lag`` seconds have passed since its intent, and `unsure` before (or when a session
    or the list could not be read).

    Args:
        connection: Reads ``GET /v3/video-agents`` and the candidate sessions.
        entries: The rows to settle; rows in other states are ignored.
        claimed: Session ids already held by rows of the ledger (never candidates).
        now: The clock the intents were recorded on.
        skew: How far HeyGen's clock may trail this one.
        lag: How long a new session may take to show in the list.
    """
    pending = sorted((e for e in entries if e.state is State.CREATING), key=lambda e: e.intent_at or 0.0)
    verdicts = Verdicts()
    if not pending:
        return verdicts
    since = min(e.intent_at or 0.0 for e in pending) - skew
    try:
        found = candidates(connection.sessions(page_size=PAGE_SIZE), since, claimed)
    except HeyGenError as error:
        verdicts.unsure = {e.key: f"could not read the account's sessions: {error.message}" for e in pending}
        verdicts.trouble = True
        return verdicts
    reader = _Reader(connection)
    for entry in pending:
        _settle(entry, found, reader, verdicts, now=now, skew=skew, lag=lag)
    return verdicts


def _settle(
    entry: Entry,
    found: list[SessionSummary],
    reader: _Reader,
    verdicts: Verdicts,
    *,
    now: float,
    skew: float,
    lag: float,
) -> None:
    """One row's verdict, taking its session out of ``found`` when it has one."""
    intent = entry.intent_at or 0.0
    wanted, trouble = entry.prompt.strip(), None
    for summary in found:
        if summary.created_at is not None and summary.created_at < intent - skew:
            continue
        session, problem = reader.read(summary.session_id, entry.family)
        prompt = first_prompt(session.last) if session is not None else None
        if session is not None and prompt is None and _silent(session.last, summary, now):
            problem = f"session {summary.session_id} shows no message yet, so it may be this row's"
        trouble = trouble or problem
        if session is not None and prompt == wanted:
            verdicts.adopted[entry.key] = session
            found.remove(summary)
            return
    if trouble is not None:
        verdicts.unsure[entry.key] = trouble
        verdicts.trouble = True
    elif now - intent < lag:
        verdicts.unsure[entry.key] = "its create may still appear in the account's session list"
        verdicts.listing_in = max(verdicts.listing_in, intent + lag - now)
    else:
        verdicts.absent.append(entry.key)


def _silent(snapshot: Snapshot | None, summary: SessionSummary, now: float) -> bool:
    """A session too new to show its first message: it cannot be told apart from the row's yet."""
    gap = snapshot is not None and bool(snapshot.messages) and snapshot.messages[0].is_gap
    young = summary.created_at is None or now - summary.created_at < QUIET_FOR
    return young and not gap


class _Reader:
    """Attaches each candidate once, whichever rows look at it."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._read: dict[tuple[str, str], Session | None] = {}

    def read(self, session_id: str, family: str) -> tuple[Session | None, str | None]:
        """The attached session (None when it is not of this family), or the reason it could not be read."""
        if (session_id, family) in self._read:
            return self._read[session_id, family], None
        try:
            session: Session | None = self._connection.attach(session_id, family=cast("FamilyName", family))
        except NotFoundError:
            session = None  # listed but unknown in this family: another family's session
        except HeyGenError as error:
            return None, f"could not read session {session_id}: {error.message}"
        self._read[session_id, family] = session
        return session, None
