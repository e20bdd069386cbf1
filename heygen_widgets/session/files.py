"""Attachments: local paths, bytes, URLs and asset ids become the spec's ``files`` entries.

Small files travel inline as base64; larger ones are uploaded with ``POST /v3/assets`` first and
sent by ``asset_id``. The 20-file limit is checked before anything is read or sent.
"""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from heygen_widgets.errors import InvalidParameterError

MAX_FILES = 20
INLINE_LIMIT = 1_000_000  # bytes; larger files are uploaded as assets
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"%PDF", "application/pdf"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
)


@dataclass(frozen=True)
class Asset:
    """A file already uploaded to HeyGen, by its asset id."""

    asset_id: str


@dataclass(frozen=True)
class Data:
    """Bytes to attach, with their media type (guessed from the bytes when omitted)."""

    content: bytes
    media_type: str | None = None
    name: str = "attachment"


Attachment = str | Path | bytes | Asset | Data
Uploader = Callable[[str, bytes, str], str]  # (name, bytes, media type) -> asset id


def sniff(content: bytes) -> str:
    """A media type from a file's first bytes."""
    return next(
        (kind for magic, kind in _SIGNATURES if content.startswith(magic)), "application/octet-stream"
    )


def _bad(index: int, what: str) -> InvalidParameterError:
    return InvalidParameterError(f"files[{index}]: {what}", code="invalid_parameter", param=f"files[{index}]")


def _as_data(index: int, item: Attachment) -> Data | dict[str, str]:
    if isinstance(item, Asset):
        return {"type": "asset_id", "asset_id": item.asset_id}
    if isinstance(item, Data):
        return item
    if isinstance(item, bytes):
        return Data(item)
    text = str(item)
    if isinstance(item, str) and text.startswith(("https://", "http://")):
        return {"type": "url", "url": text}
    path = Path(text).expanduser()
    if not path.is_file():
        raise _bad(index, f"{text!r} is not a file, an http(s) URL or an Asset('id'); check the path.")
    media_type = mimetypes.guess_type(path.name)[0]
    return Data(path.read_bytes(), media_type, path.name)


def file_entries(
    files: Sequence[Attachment] | None, upload: Uploader, inline_limit: int = INLINE_LIMIT
) -> list[dict[str, str]] | None:
    """The ``files`` entries for a request, uploading files over ``inline_limit`` bytes through ``upload``."""
    if not files:
        return None
    if isinstance(files, str | bytes | Path):
        raise _bad(0, "pass a list of files, for example files=['chart.png'].")
    if len(files) > MAX_FILES:
        raise InvalidParameterError(
            f"At most {MAX_FILES} files can be attached (got {len(files)}); remove {len(files) - MAX_FILES}.",
            code="invalid_parameter",
            param="files",
        )
    entries = []
    for index, item in enumerate(files):
        found = _as_data(index, item)
        if isinstance(found, dict):
            entries.append(found)
            continue
        media_type = found.media_type or sniff(found.content)
        if len(found.content) > inline_limit:
            entries.append({"type": "asset_id", "asset_id": upload(found.name, found.content, media_type)})
        else:
            encoded = base64.b64encode(found.content).decode("ascii")
            entries.append({"type": "base64", "media_type": media_type, "data": encoded})
    return entries
