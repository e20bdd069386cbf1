"""Every finished video of a batch on disk: resumable, skipping complete files, sizes checked.

Each video's signed URL is read again right before its download (the one in the ledger may have
expired). The bytes stream into ``NAME.part``, which becomes ``NAME`` once its size is the
server's; a ``.part`` left by an interrupted run is resumed with a ``Range`` request when the
server answers 206, and started over otherwise. A file whose size already equals the server's
is skipped. The video URLs are public CDN links, not HeyGen API calls: they are fetched with a
plain httpx client that never carries the API key.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx

from heygen_widgets.batch.ledger import Entry, State
from heygen_widgets.errors import HeyGenError, InvalidParameterError
from heygen_widgets.session import Connection
from heygen_widgets.session.validate import FAMILIES

CHUNK = 1 << 16
ATTEMPTS = 3  # tries per file in one run; a cut connection resumes from what arrived
SUFFIXES = (".mp4", ".webm", ".mov", ".m4v")
DEFAULT_SUFFIX = ".mp4"
NAME_LIMIT = 80
PROMPT_WORDS, PROMPT_LIMIT = 6, 40
_UNSAFE = re.compile(r"[^\w.-]+")  # \w: letters and digits of any script, and _
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}
_CONTENT_RANGE = re.compile(r"^bytes (?:(\d+)-\d+|\*)/(\d+)$")


class DownloadError(HeyGenError):
    """Some finished videos could not be downloaded (the others were); running again resumes them.

    Attributes:
        failures: Row number -> why its video is not on disk (one line each).
        paths: The files that are on disk.
    """

    def __init__(self, failures: dict[int, str], paths: list[Path]) -> None:
        """Build the one-line message from ``failures``."""
        reasons = "; ".join(f"row {number}: {why}" for number, why in failures.items())
        super().__init__(
            f"{len(failures)} of {len(failures) + len(paths)} videos were not downloaded ({reasons}); "
            "download again to resume them.",
            code="download_failed",
        )
        self.failures = failures
        self.paths = paths


class _Restart(Exception):
    """The server cannot resume this ``.part``: it was removed, and the next try starts over."""


def plain_client() -> httpx.Client:
    """The client for video URLs: no API key, no compression (sizes are the file's), redirects followed."""
    return httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(30.0, read=120.0),
        headers={"Accept-Encoding": "identity"},
    )


def download(
    batch_or_entries: Any,
    folder: str | Path,
    *,
    connection: Connection | None = None,
    progress: bool = True,
    client: httpx.Client | None = None,
) -> list[Path]:
    """Download the video of every finished row into ``folder``; return the files, in row order.

    Args:
        batch_or_entries: A `Batch` (anything with ``entries()``) or a sequence of `Entry`.
        folder: Created if missing. Files are named by `file_names`.
        connection: Reads each video's URL again; default: the batch's ``connection``.
        progress: One bar over all files (a terminal bar, or a notebook widget); False for none.
        client: The httpx client for the video URLs (default `plain_client`; never the API's).

    Raises:
        DownloadError: After trying every file, if any is not on disk (the others are).
    """
    entries, connection = _inputs(batch_or_entries, connection)
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    names = file_names(entries)
    finished = [entry for entry in entries if entry.state is State.FINISHED]
    paths: list[Path] = []
    failures: dict[int, str] = {}

    from tqdm.auto import tqdm  # noqa: PLC0415 - a terminal or notebook bar, imported when one is drawn

    with (
        _client(client) as http,
        tqdm(total=len(finished), unit="video", desc="Downloading", disable=not progress) as bar,
    ):
        for entry in finished:
            bar.set_postfix_str(names[entry.key], refresh=False)
            try:
                paths.append(fetch(http, video_url(connection, entry), target / names[entry.key]))
            except (HeyGenError, httpx.HTTPError, OSError) as error:
                failures[entry.number] = _reason(error)
            bar.update(1)
    if failures:
        raise DownloadError(failures, paths)
    return paths


def _inputs(source: Any, connection: Connection | None) -> tuple[list[Entry], Connection]:
    entries = list(source.entries() if hasattr(source, "entries") else source)
    connection = connection or getattr(source, "connection", None)
    if connection is None:
        raise InvalidParameterError(
            "download() needs connection= to read the videos' URLs (or pass the batch itself).",
            code="invalid_parameter",
            param="connection",
        )
    return entries, connection


@contextlib.contextmanager
def _client(client: httpx.Client | None) -> Iterator[httpx.Client]:
    if client is not None:
        yield client  # the caller's: left open
        return
    with plain_client() as own:
        yield own


def _reason(error: BaseException) -> str:
    if isinstance(error, httpx.HTTPStatusError):
        return f"the video URL answered {error.response.status_code}"
    if isinstance(error, HeyGenError):
        return error.message
    return f"{type(error).__name__}: {error}".splitlines()[0]


def video_url(connection: Connection, entry: Entry) -> str:
    """The video's signed URL as HeyGen gives it now (``GET /v3/videos/{video_id}``)."""
    if entry.session_id is None:
        raise HeyGenError("the ledger has no session for it", code="not_ready")
    family = entry.family if entry.family in FAMILIES else None
    # Attaching reads the session and its video just now, so `video()` returns fresh URLs
    # without a second read (it reads again itself once they may have expired).
    video = connection.attach(entry.session_id, family=family).video()
    if video is None or not video.ready or video.url is None:
        status = video.status if video is not None else "none"
        raise HeyGenError(f"its video is not ready at HeyGen (status {status})", code="not_ready")
    return video.url


def fetch(http: httpx.Client, url: str, target: Path) -> Path:
    """Download ``url`` to ``target`` through ``target.part``, resuming it; skip a complete file."""
    if target.is_file() and target.stat().st_size == remote_size(http, url):
        return target
    part = target.with_name(target.name + ".part")
    for attempt in range(1, ATTEMPTS + 1):
        try:
            total = _stream(http, url, part)
        except (_Restart, httpx.TransportError):
            if attempt == ATTEMPTS:
                raise
            continue  # what arrived stays in the .part, and the next try resumes from there
        size = part.stat().st_size
        if total is not None and size != total:
            part.unlink()  # a server that sends more or fewer bytes than it promised
            raise HeyGenError(f"the download has {size} bytes, the server said {total}", code="size")
        part.replace(target)
        return target
    raise AssertionError("unreachable")  # pragma: no cover


def remote_size(http: httpx.Client, url: str) -> int | None:
    """The file's size at ``url``, read with a one-byte range (signed URLs may refuse HEAD)."""
    with http.stream("GET", url, headers={"Range": "bytes=0-0"}) as answer:
        if answer.status_code in (206, 416):
            return _range(answer)[1]
        answer.raise_for_status()
        return _length(answer)


def _stream(http: httpx.Client, url: str, part: Path) -> int | None:
    """One try: append to ``part`` from where it ends (or write it anew); return the full size."""
    have = part.stat().st_size if part.is_file() else 0
    with http.stream("GET", url, headers={"Range": f"bytes={have}-"} if have else {}) as answer:
        if have and answer.status_code == 416:
            total = _range(answer)[1]
            if total == have:
                return total  # the .part was complete already
            _restart(part)
        answer.raise_for_status()
        resumed = have > 0 and answer.status_code == 206
        if resumed:
            start, total = _range(answer)
            if start != have:
                _restart(part)
        else:
            total = _length(answer)  # 200: the whole file, so start over
        with part.open("ab" if resumed else "wb") as out:
            for chunk in answer.iter_raw(CHUNK):
                out.write(chunk)
    return total


def _restart(part: Path) -> None:
    part.unlink(missing_ok=True)
    raise _Restart


def _range(answer: httpx.Response) -> tuple[int | None, int | None]:
    """(first byte, full size) of a ``Content-Range: bytes 10-99/100`` (or ``bytes */100``)."""
    match = _CONTENT_RANGE.match(answer.headers.get("content-range", "").strip())
    if match is None:
        return None, None
    return (int(match[1]) if match[1] else None), int(match[2])


def _length(answer: httpx.Response) -> int | None:
    value = answer.headers.get("content-length", "")
    return int(value) if value.isdigit() else None


# -- names ----------------------------------------------------------------------------------------


def file_names(entries: Sequence[Entry]) -> dict[str, str]:
    """Each entry's file name (by `Entry.key`): filesystem-safe and unique among ``entries``.

    The row's ``name`` if it has one, else ``NNN-first-words-of-the-prompt``; the suffix is the
    video URL's (``.mp4`` when unknown). A name taken by an earlier row (ignoring case, as
    macOS and Windows do) gets ``-2``, ``-3``, ... The same entries always get the same names.
    """
    width = max(3, len(str(max((entry.number for entry in entries), default=0))))
    taken: set[str] = set()
    names: dict[str, str] = {}
    for entry in entries:
        stem = safe_name(entry.name or "", NAME_LIMIT) or _numbered(entry, width)
        unique, count = stem, 2
        while unique.casefold() in taken:
            unique, count = f"{stem}-{count}", count + 1
        taken.add(unique.casefold())
        names[entry.key] = unique + _suffix(entry.video_url)
    return names


def _numbered(entry: Entry, width: int) -> str:
    words = safe_name(" ".join(entry.prompt.lower().split()[:PROMPT_WORDS]), PROMPT_LIMIT)
    return f"{entry.number:0{width}d}" + (f"-{words}" if words else "")


def safe_name(text: str, limit: int) -> str:
    """``text`` as a file name stem, or empty when nothing usable is left.

    Letters and digits of any script, ``_``, ``-`` and ``.``; no separator, no leading dot, no
    name Windows reserves (``CON``, ``NUL``, ...), at most ``limit`` characters.
    """
    slug = _UNSAFE.sub("-", unicodedata.normalize("NFKC", text))
    slug = re.sub(r"-{2,}", "-", slug).strip("-._")[:limit].rstrip("-._")
    return "" if slug.split(".")[0].upper() in _RESERVED else slug


def _suffix(url: str | None) -> str:
    suffix = Path(urlparse(url or "").path).suffix.lower()
    return suffix if suffix in SUFFIXES else DEFAULT_SUFFIX
