"""The simulator's pictures are real, deterministic PNGs, and its sample video is a real WebM."""

from __future__ import annotations

import itertools
import struct
import subprocess
import zlib

import pytest

from heygen_widgets.fake import media
from heygen_widgets.fake.media import avatar_png, badge_png, png_size, scene_png, thumbnail_png

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WHITE = b"\xff\xff\xff"


def chunks(data: bytes) -> dict[bytes, bytes]:
    """Split a PNG into its chunks (IDAT joined), checking every CRC on the way."""
    assert data[:8] == PNG_SIGNATURE
    found: dict[bytes, bytes] = {}
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        found[kind] = found.get(kind, b"") + body
        pos += 12 + length
    assert next(iter(found)) == b"IHDR"
    assert list(found)[-1] == b"IEND"
    return found


def pixels(data: bytes) -> list[bytes]:
    """Decode an 8-bit RGB PNG with unfiltered rows into one bytes object per row."""
    width, height = png_size(data)
    parts = chunks(data)
    assert parts[b"IHDR"][8:] == bytes([8, 2, 0, 0, 0])  # 8-bit RGB, no interlace
    raw = zlib.decompress(parts[b"IDAT"])
    assert len(raw) == height * (1 + width * 3)
    stride = 1 + width * 3
    rows = [raw[y * stride : (y + 1) * stride] for y in range(height)]
    assert {row[0] for row in rows} == {0}
    return [row[1:] for row in rows]


def white_pixels(row: bytes) -> int:
    return sum(row[x : x + 3] == WHITE for x in range(0, len(row), 3))


def test_a_scene_is_a_valid_rgb_png_of_the_asked_size() -> None:
    data = scene_png(2, "Meet the team")
    assert png_size(data) == (640, 360)
    assert len(pixels(data)) == 360
    assert png_size(scene_png(2, "Meet the team", width=300, height=200)) == (300, 200)


def test_a_scene_shows_white_lettering_on_a_coloured_background() -> None:
    rows = pixels(scene_png(1, "Meet the team"))
    assert rows[0][:3] != WHITE
    label_rows = rows[100:160]  # the large "SCENE 1" sits around 36% of the height
    assert sum(white_pixels(row) for row in label_rows) > 2000
    assert white_pixels(rows[5]) == 0


def test_the_same_inputs_give_the_same_bytes() -> None:
    assert scene_png(3, "The product in action") == scene_png(3, "The product in action")
    assert avatar_png("Anna Costa") == avatar_png("Anna Costa")
    assert badge_png("Cinematic") == badge_png("Cinematic")


def test_the_caption_picks_the_background_and_the_number_the_label() -> None:
    first, other = pixels(scene_png(1, "Open on the city")), pixels(scene_png(1, "Try it free today"))
    assert first[0][:3] != other[0][:3]
    assert scene_png(1, "Meet the team") != scene_png(2, "Meet the team")


def test_a_long_or_foreign_caption_still_renders() -> None:
    long = scene_png(1, "word " * 100)
    odd = scene_png(1, "Café & crème: 日本 ☃ 50% off!\n\tend")
    assert png_size(long) == png_size(odd) == (640, 360)
    assert len(pixels(odd)) == 360


def test_progress_fills_the_bar_along_the_bottom() -> None:
    empty, half = pixels(scene_png(1, "x", progress=0.0)), pixels(scene_png(1, "x", progress=0.5))
    assert white_pixels(empty[-1]) == 0
    assert white_pixels(half[-1]) == 320
    assert white_pixels(pixels(scene_png(1, "x", progress=7.0))[-1]) == 640  # clamped to full


def test_a_thumbnail_is_the_scene_at_thumbnail_size() -> None:
    data = thumbnail_png(4, "Try it free today")
    assert png_size(data) == media.THUMBNAIL_SIZE == (192, 108)
    assert data == scene_png(4, "Try it free today", width=192, height=108)


def test_avatars_and_badges_are_square_pngs_that_differ_by_name() -> None:
    assert png_size(avatar_png("Anna")) == (256, 256)
    assert png_size(avatar_png("Anna", size=64)) == (64, 64)
    assert avatar_png("Anna") != avatar_png("Bruno")
    assert png_size(badge_png("Cinematic", width=320, height=180)) == (320, 180)
    assert len(pixels(badge_png(""))) == 256


@pytest.mark.parametrize(("width", "height"), [(0, 10), (10, -1), (5000, 10)])
def test_an_impossible_size_is_refused(width: int, height: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        scene_png(1, "x", width=width, height=height)


def test_png_size_refuses_what_is_not_a_png() -> None:
    with pytest.raises(ValueError, match="not a PNG"):
        png_size(b"GIF89a" + bytes(40))


# Matroska/WebM element IDs (with their length-marker bits, as they appear in the file).
EBML, DOC_TYPE = 0x1A45DFA3, 0x4282
SEGMENT, INFO, TIMECODE_SCALE, DURATION = 0x18538067, 0x1549A966, 0x2AD7B1, 0x4489
TRACKS, TRACK_ENTRY, CODEC_ID = 0x1654AE6B, 0xAE, 0x86
VIDEO, PIXEL_WIDTH, PIXEL_HEIGHT = 0xE0, 0xB0, 0xBA


def read_vint(data: bytes, pos: int, *, keep_marker: bool) -> tuple[int, int]:
    """Read an EBML variable-length integer; return it and the position after it."""
    length = 9 - data[pos].bit_length()
    value = int.from_bytes(data[pos : pos + length], "big")
    return (value if keep_marker else value & ((1 << 7 * length) - 1)), pos + length


def children(data: bytes, start: int = 0, end: int | None = None) -> dict[int, tuple[int, int]]:
    """Map each child element's ID to its body's (start, end), the first of each ID winning."""
    end = len(data) if end is None else end
    found: dict[int, tuple[int, int]] = {}
    pos = start
    while pos < end:
        element, pos = read_vint(data, pos, keep_marker=True)
        size, pos = read_vint(data, pos, keep_marker=False)
        found.setdefault(element, (pos, min(pos + size, end)))
        pos += size
    return found


def body(data: bytes, span: tuple[int, int]) -> bytes:
    return data[span[0] : span[1]]


def test_the_sample_video_is_a_small_webm_of_the_stated_duration() -> None:
    data = media.sample_video()
    assert data[:4] == bytes.fromhex("1A45DFA3")
    assert 10_000 < len(data) < 400_000
    top = children(data)
    assert body(data, children(data, *top[EBML])[DOC_TYPE]) == b"webm"
    info = children(data, *children(data, *top[SEGMENT])[INFO])
    scale = int.from_bytes(body(data, info[TIMECODE_SCALE]), "big")  # nanoseconds per tick
    raw = body(data, info[DURATION])
    (ticks,) = struct.unpack(">d" if len(raw) == 8 else ">f", raw)
    assert ticks * scale / 1e9 == pytest.approx(media.SAMPLE_VIDEO_DURATION, abs=0.1)
    assert 2 <= media.SAMPLE_VIDEO_DURATION <= 10


def test_the_sample_video_is_640x360_vp8() -> None:
    data = media.sample_video()
    tracks = children(data, *children(data, *children(data)[SEGMENT])[TRACKS])
    track = children(data, *tracks[TRACK_ENTRY])
    assert body(data, track[CODEC_ID]) == b"V_VP8"
    video = children(data, *track[VIDEO])
    assert int.from_bytes(body(data, video[PIXEL_WIDTH]), "big") == 640
    assert int.from_bytes(body(data, video[PIXEL_HEIGHT]), "big") == 360
    assert media.SAMPLE_VIDEO_TYPE == "video/webm"


def test_the_sample_video_decodes_without_error() -> None:
    ffmpeg = pytest.importorskip("imageio_ffmpeg", reason="imageio-ffmpeg (dev extra) decodes the video")
    result = subprocess.run(
        [ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", "pipe:0", "-f", "null", "-"],
        input=media.sample_video(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stderr == b""


def test_the_sample_is_read_once() -> None:
    assert media.sample_video() is media.sample_video()
    assert media.sample_subtitles() is media.sample_subtitles()


def test_the_subtitles_are_webvtt_with_cues_covering_the_video() -> None:
    text = media.sample_subtitles().decode("utf-8")
    assert text.startswith("WEBVTT\n")
    timings = [line.split(" --> ") for line in text.splitlines() if " --> " in line]
    assert 3 <= len(timings) <= 6  # one cue per scene, and a storyboard has 3-6 scenes
    assert timings[0][0] == "00:00:00.000"
    assert all(previous[1] == current[0] for previous, current in itertools.pairwise(timings))
    hours, minutes, seconds = timings[-1][1].split(":")
    assert int(hours) * 3600 + int(minutes) * 60 + float(seconds) == pytest.approx(
        media.SAMPLE_VIDEO_DURATION
    )
    assert media.SAMPLE_SUBTITLES_TYPE == "text/vtt"
