"""Pictures and a sample video for the simulator, made with the standard library only.

The simulator's storyboard needs real images a browser will show, and its finished "render"
needs a video Chromium will play. Pictures are drawn here into 8-bit RGB PNGs with a tiny 5x7
bitmap font; the same inputs always give the same bytes. The video is a small WebM that
``scripts/make_sample_video.py`` makes once from these same pictures; it ships as package data.
"""

from __future__ import annotations

import colorsys
import functools
import hashlib
import math
import re
import struct
import unicodedata
import zlib
from importlib import resources

__all__ = [
    "CAPTION_CHARS",
    "SAMPLE_SUBTITLES_TYPE",
    "SAMPLE_VIDEO_DURATION",
    "SAMPLE_VIDEO_TYPE",
    "THUMBNAIL_SIZE",
    "avatar_png",
    "badge_png",
    "png_size",
    "sample_subtitles",
    "sample_video",
    "scene_png",
    "thumbnail_png",
]

SAMPLE_VIDEO_TYPE = "video/webm"
SAMPLE_SUBTITLES_TYPE = "text/vtt"
# The script makes the file this long, and a test reads the duration back out of the file.
SAMPLE_VIDEO_DURATION = 4.0
THUMBNAIL_SIZE = (192, 108)
CAPTION_CHARS = 28

Color = tuple[int, int, int]
Glyph = tuple[tuple[tuple[int, int], ...], ...]

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_MAX_SIDE = 4096
_WHITE: Color = (255, 255, 255)
_BLACK: Color = (0, 0, 0)

# 5x7 glyphs: seven rows, two hex digits each, of five bits (the high bit is the leftmost pixel).
_FONT_HEX = {
    "A": "0E1111111F1111", "B": "1E11111E11111E", "C": "0E11101010110E", "D": "1C12111111121C",
    "E": "1F10101E10101F", "F": "1F10101E101010", "G": "0E11101711110F", "H": "1111111F111111",
    "I": "0E04040404040E", "J": "0702020202120C", "K": "11121418141211", "L": "1010101010101F",
    "M": "111B1515111111", "N": "11111915131111", "O": "0E11111111110E", "P": "1E11111E101010",
    "Q": "0E11111115120D", "R": "1E11111E141211", "S": "0F10100E01011E", "T": "1F040404040404",
    "U": "1111111111110E", "V": "11111111110A04", "W": "1111111515150A", "X": "11110A040A1111",
    "Y": "1111110A040404", "Z": "1F01020408101F", "0": "0E11131519110E", "1": "040C040404040E",
    "2": "0E11010204081F", "3": "1F02040201110E", "4": "02060A121F0202", "5": "1F101E0101110E",
    "6": "0608101E11110E", "7": "1F010204080808", "8": "0E11110E11110E", "9": "0E11110F01020C",
    " ": "00000000000000", ".": "00000000000C0C", ",": "000000000C0408", "!": "04040404040004",
    "?": "0E110102040004", "-": "0000001F000000", "'": "0C040800000000", ":": "000C0C000C0C00",
    "&": "0C12140815120D", "/": "00010204081000", "(": "02040808080402", ")": "08040202020408",
    '"': "0A0A0A00000000", "#": "0A0A1F0A1F0A0A", "+": "0004041F040400", "%": "18190204081303",
}  # fmt: skip


def _runs(code: str) -> Glyph:
    """Turn a glyph's hex rows into (first column, width) runs, so each lit run is one fill."""
    rows = (f"{int(code[index : index + 2], 16):05b}" for index in range(0, 14, 2))
    return tuple(tuple((lit.start(), len(lit.group())) for lit in re.finditer("1+", row)) for row in rows)


_GLYPHS = {char: _runs(code) for char, code in _FONT_HEX.items()}
_BOX_GLYPH = _runs("1F11111111111F")  # drawn for any character the font lacks


def _mix(a: Color, b: Color, amount: float) -> Color:
    return (
        round(a[0] + (b[0] - a[0]) * amount),
        round(a[1] + (b[1] - a[1]) * amount),
        round(a[2] + (b[2] - a[2]) * amount),
    )


def _hls(hue: float, lightness: float, saturation: float) -> Color:
    red, green, blue = colorsys.hls_to_rgb(hue % 1.0, lightness, saturation)
    return round(red * 255), round(green * 255), round(blue * 255)


def _shout(text: str) -> str:
    """Upper-case ``text`` for the font: accents dropped (é -> E), whitespace runs made one space."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(plain.upper().split())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _text_width(text: str, scale: int) -> int:
    return (6 * len(text) - 1) * scale


def _fit_scale(text: str, preferred: int, max_width: int) -> int:
    """The largest scale up to ``preferred`` at which ``text`` fits in ``max_width`` (at least 1)."""
    scale = max(1, preferred)
    while scale > 1 and _text_width(text, scale) > max_width:
        scale -= 1
    return scale


class _Canvas:
    """RGB rows over a vertical gradient whose colours come from a hash of ``seed``.

    The background varies only by row, so translucent shapes are drawn as one blended colour
    per row; that keeps every drawing step a slice assignment on a ``bytearray``.
    """

    def __init__(self, width: int, height: int, seed: str) -> None:
        if not (0 < width <= _MAX_SIDE and 0 < height <= _MAX_SIDE):
            raise ValueError(f"picture size {width}x{height} is out of range; use 1 to {_MAX_SIDE} a side")
        self.width, self.height = width, height
        self.digest = hashlib.sha256(seed.encode("utf-8")).digest()
        hue = int.from_bytes(self.digest[:2], "big") / 65536
        top, bottom = _hls(hue, 0.62, 0.55), _hls(hue + 0.08, 0.30, 0.55)
        self.ink = _hls(hue + 0.08, 0.16, 0.50)
        self.shades = [_mix(top, bottom, y / max(1, height - 1)) for y in range(height)]
        self.rows = [bytearray(bytes(shade) * width) for shade in self.shades]

    def fill(self, box: tuple[int, int, int, int], color: Color) -> None:
        """Paint the clipped rectangle ``(x, y, width, height)`` in one colour."""
        x, y, w, h = box
        left, right = max(0, x), min(self.width, x + w)
        if right > left:
            run = bytes(color) * (right - left)
            for row in self.rows[max(0, y) : max(0, y + h)]:
                row[left * 3 : right * 3] = run

    def tint(self, box: tuple[int, int, int, int], toward: Color, amount: float) -> None:
        """Blend the rectangle's background ``amount`` of the way toward ``toward``."""
        x, y, w, h = box
        for row in range(max(0, y), min(self.height, y + h)):
            self.fill((x, row, w, 1), _mix(self.shades[row], toward, amount))

    def disc(self, cx: int, cy: int, radius: int, tint: tuple[Color, float]) -> None:
        """Blend a filled circle into the background."""
        for row in range(max(0, cy - radius), min(self.height, cy + radius + 1)):
            half = math.isqrt(radius * radius - (row - cy) ** 2)
            self.fill((cx - half, row, 2 * half + 1, 1), _mix(self.shades[row], *tint))

    def scatter_discs(self) -> None:
        """Three soft circles placed by the seed, so each picture has its own shape."""
        for index in range(3):
            cx = self.digest[2 + index] * self.width // 255
            cy = self.digest[5 + index] * self.height // 255
            radius = self.height * (25 + self.digest[8 + index] % 30) // 100
            self.disc(cx, cy, radius, (_WHITE, 0.09 + 0.03 * index))

    def text(self, text: str, x: int, y: int, scale: int, color: Color) -> None:
        for index, char in enumerate(text):
            pen = x + index * 6 * scale
            for row, runs in enumerate(_GLYPHS.get(char, _BOX_GLYPH)):
                for column, span in runs:
                    self.fill((pen + column * scale, y + row * scale, span * scale, scale), color)

    def centered_text(self, text: str, middle_y: int, scale: int, color: Color = _WHITE) -> None:
        """Draw ``text`` centred on the row ``middle_y`` over a drop shadow, for contrast."""
        x = (self.width - _text_width(text, scale)) // 2
        y = middle_y - 7 * scale // 2
        offset = max(1, scale // 3)
        self.text(text, x + offset, y + offset, scale, self.ink)
        self.text(text, x, y, scale, color)

    def png(self) -> bytes:
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        # Filter type 0 (none) on every row: the pictures are flat colour, which zlib packs well.
        raw = b"".join(b"\x00" + row for row in self.rows)
        idat = _chunk(b"IDAT", zlib.compress(raw, 6))
        return _PNG_SIGNATURE + _chunk(b"IHDR", header) + idat + _chunk(b"IEND", b"")


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def scene_png(
    number: int, caption: str, *, width: int = 640, height: int = 360, progress: float | None = None
) -> bytes:
    """Draw a storyboard scene: "SCENE {number}" and the caption's start over a caption-coloured sky.

    Args:
        number: The scene's number, shown in large type.
        caption: The scene's caption; it picks the background hue, and its first
            ``CAPTION_CHARS`` characters are shown in upper case.
        width: Picture width in pixels (1 to 4096).
        height: Picture height in pixels (1 to 4096).
        progress: If given, a progress bar along the bottom edge filled this fraction (0 to 1).

    Returns:
        The picture as PNG bytes (8-bit RGB); the same arguments always give the same bytes.

    Raises:
        ValueError: If the size is out of range.
    """
    canvas = _Canvas(width, height, caption)
    canvas.scatter_discs()
    label = f"SCENE {number}"
    canvas.centered_text(label, height * 36 // 100, _fit_scale(label, width // 80, width * 9 // 10))
    text = _clip(_shout(caption), CAPTION_CHARS)
    scale = _fit_scale(text, width // 213, width * 9 // 10)
    middle = height * 70 // 100
    band = 7 * scale + max(4, height // 18)
    canvas.tint((0, middle - band // 2, width, band), _BLACK, 0.35)
    canvas.centered_text(text, middle, scale)
    if progress is not None:
        bar = max(2, height // 45)
        canvas.tint((0, height - bar, width, bar), _BLACK, 0.45)
        canvas.fill((0, height - bar, round(width * min(1.0, max(0.0, progress))), bar), _WHITE)
    return canvas.png()


def thumbnail_png(number: int, caption: str) -> bytes:
    """Draw the scene picture of :func:`scene_png` at thumbnail size (``THUMBNAIL_SIZE``)."""
    width, height = THUMBNAIL_SIZE
    return scene_png(number, caption, width=width, height=height)


def avatar_png(name: str, *, size: int = 256) -> bytes:
    """Draw an avatar look preview: a pale head-and-shoulders silhouette with the name's initials.

    Args:
        name: The avatar's name; it picks the colours, and its first two words give the initials.
        size: Width and height of the square picture in pixels.

    Returns:
        The picture as PNG bytes (8-bit RGB).
    """
    canvas = _Canvas(size, size, "avatar:" + name)
    canvas.disc(size // 2, size * 36 // 100, size * 17 // 100, (_WHITE, 0.75))
    canvas.disc(size // 2, size, size * 40 // 100, (_WHITE, 0.75))  # shoulders rise from the bottom edge
    initials = "".join(word[0] for word in _shout(name).split()[:2]) or "?"
    canvas.centered_text(initials, size * 82 // 100, max(1, size // 40), canvas.ink)
    return canvas.png()


def badge_png(label: str, *, width: int = 256, height: int = 256) -> bytes:
    """Draw a labelled badge, such as a style thumbnail: the label over a label-coloured background.

    Args:
        label: The text to show, upper-cased and cut to ``CAPTION_CHARS`` characters.
        width: Picture width in pixels.
        height: Picture height in pixels.

    Returns:
        The picture as PNG bytes (8-bit RGB).
    """
    canvas = _Canvas(width, height, "badge:" + label)
    canvas.scatter_discs()
    text = _clip(_shout(label), CAPTION_CHARS)
    canvas.centered_text(text, height // 2, _fit_scale(text, min(width, height) // 40, width * 9 // 10))
    return canvas.png()


def png_size(data: bytes) -> tuple[int, int]:
    """Read a PNG's ``(width, height)`` from its header.

    Raises:
        ValueError: If ``data`` does not start with a PNG signature and IHDR chunk.
    """
    if len(data) < 24 or not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG: the data lacks the PNG signature and IHDR header")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _data_file(name: str) -> bytes:
    try:
        return (resources.files("heygen_widgets.fake") / "data" / name).read_bytes()
    except FileNotFoundError:
        message = f"heygen_widgets/fake/data/{name} is missing; run: python scripts/make_sample_video.py"
        raise FileNotFoundError(message) from None


@functools.cache
def sample_video() -> bytes:
    """The shipped sample video (``SAMPLE_VIDEO_TYPE``, ``SAMPLE_VIDEO_DURATION`` seconds long).

    Raises:
        FileNotFoundError: If the package data is missing (the message says how to make it).
    """
    return _data_file("sample.webm")


@functools.cache
def sample_subtitles() -> bytes:
    """The sample video's subtitles as WebVTT (``SAMPLE_SUBTITLES_TYPE``), one cue per scene.

    Raises:
        FileNotFoundError: If the package data is missing (the message says how to make it).
    """
    return _data_file("sample.vtt")
