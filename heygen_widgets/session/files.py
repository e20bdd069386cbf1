"""Attachments: local paths, bytes, URLs and asset ids become the spec's ``files`` entries.

Small files travel inline as base64; larger ones are uploaded with ``POST /v3/assets`` first and
sent by ``asset_id``. Every entry is checked first (at most 20; each local file exists, is a
file, is within HeyGen's 32 MB and of a type HeyGen takes) from its size and first bytes only,
so a mistake in the last file stops the call before anything is read in full or uploaded.
"""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from heygen_widgets.errors import InvalidParameterError

MAX_FILES = 20
MAX_BYTES = 32 * 1024 * 1024  # HeyGen's upload limit ("Max 32 MB", POST /v3/assets)
INLINE_LIMIT = 1_000_000  # bytes; larger files are uploaded as assets
# The types POST /v3/assets takes ("png, jpeg, mp4, webm, mp3, wav, pdf, srt"), by extension.
TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".pdf": "application/pdf",
    ".srt": "application/x-subrip",
}
_ALIASES = {
    "image/jpg": "image/jpeg",
    "image/pjpeg": "image/jpeg",
    "audio/mp3": "audio/mpeg",
    "audio/x-wav": "audio/wav",
    "audio/wave": "audio/wav",
    "audio/vnd.wave": "audio/wav",
    "text/srt": "application/x-subrip",
    "application/srt": "application/x-subrip",
}
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF", "application/pdf"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
    (b"ID3", "audio/mpeg"),
    (b"\xff\xfb", "audio/mpeg"),
)
_HEAD = 16  # bytes read to sniff a type
_UNKNOWN = "application/octet-stream"


@dataclass(frozen=True)
class Asset:
    """A file already uploaded to HeyGen, by its asset id."""

    asset_id: str


@dataclass(frozen=True)
class Data:
    """Bytes to attach, with their media type (guessed from the name or the bytes when omitted)."""

    content: bytes
    media_type: str | None = None
    name: str = "attachment"


Attachment = str | Path | bytes | Asset | Data
Uploader = Callable[[str, bytes, str], str]  # (name, bytes, media type) -> asset id


def sniff(content: bytes) -> str:
    """A media type from a file's first bytes."""
    if content[4:8] == b"ftyp":
        return "video/mp4"
    if content[:4] == b"RIFF" and content[8:12] == b"WAVE":
        return "audio/wav"
    return next((kind for magic, kind in _SIGNATURES if content.startswith(magic)), _UNKNOWN)


@dataclass(frozen=True)
class _Local:
    """A checked local attachment: where its bytes come from, its size and its type."""

    name: str
    size: int
    media_type: str
    path: Path | None = None
    content: bytes = b""

    def read(self, index: int) -> bytes:
        if self.path is None:
            return self.content
        data = self.path.read_bytes()
        _check_size(index, self.name, len(data))  # again: it may have changed since the check
        return data


def _bad(index: int, what: str) -> InvalidParameterError:
    return InvalidParameterError(f"files[{index}]: {what}", code="invalid_parameter", param=f"files[{index}]")


def _check_size(index: int, name: str, size: int) -> None:
    if size == 0:
        raise _bad(index, f"{name!r} is empty; attach a file with something in it.")
    if size > MAX_BYTES:
        raise _bad(index, f"{name!r} is {size / 2**20:.1f} MB; HeyGen takes files up to 32 MB, so shrink it.")


def _media_type(index: int, name: str, declared: str | None, head: bytes) -> str:
    """The declared type, else the name's extension, else the first bytes; refused unless HeyGen takes it."""
    kind = (declared or "").split(";")[0].strip().lower()
    kind = "" if kind == _UNKNOWN else _ALIASES.get(kind, kind)
    kind = kind or TYPES.get(Path(name).suffix.lower()) or sniff(head)
    if kind in TYPES.values():
        return kind
    if kind == _UNKNOWN:  # name the type in the message when the name tells it
        kind = mimetypes.guess_type(name)[0] or "of a type that cannot be told"
    what = kind
    supported = ", ".join(sorted({ext.lstrip(".") for ext in TYPES} - {"jpg"}))
    raise _bad(index, f"{name!r} is {what}; HeyGen takes {supported} (name the type: Data(b, 'image/png')).")


def _check_path(index: int, text: str) -> _Local:
    path = Path(text).expanduser()
    if path.is_dir():
        raise _bad(index, f"{text!r} is a folder; pass the files in it one by one.")
    if not path.is_file():
        raise _bad(index, f"{text!r} is not a file, an http(s) URL or an Asset('id'); check the path.")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except OSError as exc:
        raise _bad(index, f"{text!r} cannot be read ({exc.strerror}); check its permissions.") from None
    _check_size(index, path.name, size)
    return _Local(path.name, size, _media_type(index, path.name, None, head), path=path)


def _check(index: int, item: Attachment) -> _Local | dict[str, str]:
    """A spec entry for a URL or an asset, or a checked local file; raises on the first problem."""
    if isinstance(item, Asset):
        if not isinstance(item.asset_id, str) or not item.asset_id.strip():
            raise _bad(index, "the Asset has no id; use the Asset that connection.upload() returned.")
        return {"type": "asset_id", "asset_id": item.asset_id}
    if isinstance(item, Data | bytes):
        data = item if isinstance(item, Data) else Data(item)
        _check_size(index, data.name, len(data.content))
        kind = _media_type(index, data.name, data.media_type, data.content[:_HEAD])
        return _Local(data.name, len(data.content), kind, content=data.content)
    if not isinstance(item, str | Path):
        raise _bad(
            index, f"a {type(item).__name__} cannot be attached; pass a path, bytes, a URL or an Asset."
        )
    text = str(item)
    if isinstance(item, str) and text.startswith(("https://", "http://")):
        return {"type": "url", "url": text}
    return _check_path(index, text)


def check_files(files: Sequence[Attachment] | None) -> list[_Local | dict[str, str]]:
    """Every attachment checked, none read in full; raises on the first problem."""
    if not files:
        return []
    if isinstance(files, str | bytes | Path):
        raise _bad(0, "pass a list of files, for example files=['chart.png'].")
    if len(files) > MAX_FILES:
        raise InvalidParameterError(
            f"At most {MAX_FILES} files can be attached (got {len(files)}); remove {len(files) - MAX_FILES}.",
            code="invalid_parameter",
            param="files",
        )
    return [_check(index, item) for index, item in enumerate(files)]


def file_entries(
    files: Sequence[Attachment] | None, upload: Uploader, inline_limit: int = INLINE_LIMIT
) -> list[dict[str, str]] | None:
    """The ``files`` entries for a request, uploading files over ``inline_limit`` bytes through ``upload``.

    Every file is checked before the first is read in full or uploaded.
    """
    checked = check_files(files)
    entries = []
    for index, found in enumerate(checked):
        if isinstance(found, dict):
            entries.append(found)
            continue
        content = found.read(index)
        if len(content) > inline_limit:
            entries.append({"type": "asset_id", "asset_id": upload(found.name, content, found.media_type)})
        else:
            encoded = base64.b64encode(content).decode("ascii")
            entries.append({"type": "base64", "media_type": found.media_type, "data": encoded})
    return entries or None
