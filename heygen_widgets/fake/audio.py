"""Voice previews the simulator serves: a short generated tone per voice, as a real WAV file."""

from __future__ import annotations

import functools
import io
import math
import struct
import wave
import zlib

SAMPLE_RATE = 8_000  # enough for a tone, and keeps each preview under 10 KB
PREVIEW_SECONDS = 0.6
PREVIEW_TYPE = "audio/wav"


@functools.lru_cache(maxsize=64)
def tone_wav(seed: str, seconds: float = PREVIEW_SECONDS) -> bytes:
    """A mono 16-bit WAV: two short notes whose pitch ``seed`` picks, faded in and out (no clicks).

    Args:
        seed: Any text (a voice id): the same seed always gives the same sound.
        seconds: How long the preview lasts.

    Returns:
        The WAV file's bytes.
    """
    base = 220.0 * 2 ** ((zlib.crc32(seed.encode()) % 12) / 12)  # one of twelve semitones above A3
    count = int(SAMPLE_RATE * seconds)
    fade = SAMPLE_RATE // 50
    frames = bytearray()
    for n in range(count):
        pitch = base if n < count // 2 else base * 1.5  # a rising fifth, like a spoken "hel-lo"
        envelope = min(1.0, n / fade, (count - n) / fade)
        sample = int(12_000 * envelope * math.sin(2 * math.pi * pitch * n / SAMPLE_RATE))
        frames += struct.pack("<h", sample)
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(bytes(frames))
    return out.getvalue()
