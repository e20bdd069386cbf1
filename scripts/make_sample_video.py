"""Make the simulator's sample video and its subtitles from the simulator's own scene pictures.

    python scripts/make_sample_video.py              # rewrite heygen_widgets/fake/data/
    python scripts/make_sample_video.py --out DIR    # write somewhere else to look first

Writes ``sample.webm`` (VP8 in WebM, no audio: every Chromium plays it, while Debian's Chromium
may lack H.264) and ``sample.vtt`` (WebVTT, one cue per scene). The video shows one scene a
second with a progress bar along the bottom, so playback visibly advances. Run it again after
changing the pictures in ``heygen_widgets/fake/media.py`` or ``SAMPLE_VIDEO_DURATION``.

Needs the dev-only package imageio-ffmpeg, which ships an ffmpeg binary built with libvpx.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tempfile
from pathlib import Path

from heygen_widgets.fake.media import SAMPLE_VIDEO_DURATION, scene_png

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "heygen_widgets" / "fake" / "data"
FPS = 12
WIDTH, HEIGHT = 640, 360
SCENES = (
    "Open on the city at dawn",
    "Meet the team",
    "The product in action",
    "Try it free today",
)


def ffmpeg_exe() -> str:
    """The ffmpeg binary inside imageio-ffmpeg, or exit with a one-line message saying what to install."""
    try:
        # Imported by name: imageio-ffmpeg is dev-only and untyped, so mypy need not find it.
        module = importlib.import_module("imageio_ffmpeg")
    except ImportError:
        message = "make_sample_video: imageio-ffmpeg is missing; run: .venv/bin/pip install imageio-ffmpeg"
        raise SystemExit(message) from None
    return str(module.get_ffmpeg_exe())


def write_frames(folder: Path) -> int:
    """Write one PNG per frame into ``folder``; return how many."""
    frames = round(SAMPLE_VIDEO_DURATION * FPS)
    per_scene = frames / len(SCENES)
    for frame in range(frames):
        scene = int(frame // per_scene)
        picture = scene_png(
            scene + 1, SCENES[scene], width=WIDTH, height=HEIGHT, progress=(frame + 1) / frames
        )
        (folder / f"frame{frame:04d}.png").write_bytes(picture)
    return frames


def encode(ffmpeg: str, folder: Path, target: Path) -> None:
    """Encode the frames in ``folder`` as VP8 WebM into ``target``, reproducibly."""
    command = [
        ffmpeg, "-y", "-v", "error",
        "-framerate", str(FPS), "-i", str(folder / "frame%04d.png"),
        "-c:v", "libvpx", "-pix_fmt", "yuv420p", "-crf", "10", "-b:v", "600k",
        "-g", str(FPS),  # a keyframe a second keeps seeking quick
        "-an", "-map_metadata", "-1",
        "-fflags", "+bitexact", "-flags:v", "+bitexact",  # no version or date in the file
        "-f", "webm", str(target),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"make_sample_video: ffmpeg failed: {result.stderr.strip()}")


def timestamp(seconds: float) -> str:
    """Format seconds as a WebVTT timestamp, ``HH:MM:SS.mmm``."""
    millis = round(seconds * 1000)
    return (
        f"{millis // 3_600_000:02d}:{millis // 60_000 % 60:02d}:{millis // 1000 % 60:02d}.{millis % 1000:03d}"
    )


def subtitles() -> str:
    """WebVTT text with one cue per scene, spanning the video's whole duration."""
    per_scene = SAMPLE_VIDEO_DURATION / len(SCENES)
    cues = [
        f"{number}\n{timestamp((number - 1) * per_scene)} --> {timestamp(number * per_scene)}\n"
        f"Scene {number}: {caption}\n"
        for number, caption in enumerate(SCENES, start=1)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def main(argv: list[str] | None = None) -> int:
    """Write ``sample.webm`` and ``sample.vtt``; return the exit status."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=DATA, help="folder to write into (default: %(default)s)")
    args = parser.parse_args(argv)
    ffmpeg = ffmpeg_exe()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        frames = write_frames(Path(scratch))
        encode(ffmpeg, Path(scratch), out / "sample.webm")
    (out / "sample.vtt").write_text(subtitles(), encoding="utf-8")
    size = (out / "sample.webm").stat().st_size
    print(f"wrote {out / 'sample.webm'}: {frames} frames at {FPS} fps, {WIDTH}x{HEIGHT} VP8, {size:,} bytes")
    print(f"wrote {out / 'sample.vtt'}: {len(SCENES)} cues")
    return 0


if __name__ == "__main__":
    sys.exit(main())
