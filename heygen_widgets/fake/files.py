"""Media the simulator serves, the way HeyGen's CDN does: no auth, real bytes, Range support."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from heygen_widgets.fake import media
from heygen_widgets.fake.backend import Backend
from heygen_widgets.fake.catalog import catalog_names
from heygen_widgets.fake.errors import ApiError
from heygen_widgets.fake.responses import resource_png

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_CACHE = "public, max-age=3600"
# Types a browser shows but never runs: an uploaded file of any other type (HTML, SVG, script)
# is served as a download, so it cannot run on the simulator's origin.
_SHOWN = frozenset(
    {
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "video/mp4",
        "video/webm",
        "video/quicktime",
        "audio/mpeg",
        "audio/wav",
        "audio/webm",
        "application/pdf",
        "text/vtt",
    }
)


def safe_type(media_type: str | None) -> str:
    """``media_type`` if a browser only displays it, else ``application/octet-stream``."""
    base = (media_type or "").split(";")[0].strip().lower()
    return base if base in _SHOWN else "application/octet-stream"


def _missing() -> Response:
    return Response("Not found.", status_code=404, media_type="text/plain")


def ranged(request: Request, data: bytes, media_type: str) -> Response:
    """The whole file, or the one byte range the ``Range`` header asks for (206/416)."""
    headers = {"Accept-Ranges": "bytes", "Cache-Control": _CACHE}
    if media_type == "application/octet-stream":
        headers["Content-Disposition"] = "attachment"
    match = _RANGE.match(request.headers.get("range", "").strip())
    if not match or not (match[1] or match[2]):
        return Response(data, media_type=media_type, headers=headers)
    size = len(data)
    if match[1]:
        start, end = int(match[1]), min(int(match[2]) if match[2] else size - 1, size - 1)
    else:
        start, end = max(size - int(match[2]), 0), size - 1
    if start >= size or start > end:
        return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{size}"})
    headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return Response(data[start : end + 1], status_code=206, media_type=media_type, headers=headers)


async def resource_file(request: Request) -> Response:
    """/files/resources/{name}: storyboard PNGs and files users attached."""
    backend: Backend = request.app.state.backend
    name = request.path_params["name"]
    if name.endswith(".png"):
        try:
            return Response(
                resource_png(backend, name), media_type="image/png", headers={"Cache-Control": _CACHE}
            )
        except ApiError:
            return _missing()
    resource = backend.find_resource(name)
    if resource is None or resource.data is None:
        return _missing()
    return ranged(request, resource.data, safe_type(resource.media_type))


async def video_file(request: Request) -> Response:
    """/files/videos/{video_id}{.webm,_captioned.webm,.png,.vtt} for completed videos."""
    backend: Backend = request.app.state.backend
    name = request.path_params["name"]
    stem = re.sub(r"(_captioned)?\.(webm|png|vtt)$", "", name)
    video = backend.videos.get(stem)
    if video is None or video.status != "completed":
        return _missing()
    if name.endswith(".png"):
        return Response(
            media.scene_png(1, video.title), media_type="image/png", headers={"Cache-Control": _CACHE}
        )
    if name.endswith(".vtt"):
        return ranged(request, media.sample_subtitles(), media.SAMPLE_SUBTITLES_TYPE)
    return ranged(request, media.sample_video(), media.SAMPLE_VIDEO_TYPE)


async def asset_file(request: Request) -> Response:
    """/files/assets/{asset_id}: an uploaded file."""
    backend: Backend = request.app.state.backend
    asset = backend.assets.get(request.path_params["asset_id"])
    if asset is None:
        return _missing()
    return ranged(request, asset.data, safe_type(asset.mime_type))


async def catalog_file(request: Request) -> Response:
    """/files/catalog/{id}.png: avatar and style previews."""
    item = request.path_params["name"].removesuffix(".png")
    names = catalog_names()
    if item not in names:
        return _missing()
    image = media.avatar_png(names[item]) if item.startswith("look_") else media.badge_png(names[item])
    return Response(image, media_type="image/png", headers={"Cache-Control": _CACHE})


ROUTES = [
    Route("/files/resources/{name}", resource_file, methods=["GET"]),
    Route("/files/videos/{name}", video_file, methods=["GET"]),
    Route("/files/assets/{asset_id}", asset_file, methods=["GET"]),
    Route("/files/catalog/{name}", catalog_file, methods=["GET"]),
]
