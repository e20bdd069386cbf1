"""Safe HTML: every text from the API is escaped, and only http(s) URLs are ever rendered."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

APP_URL = "https://app.heygen.com/video-agent/{session_id}"


def text(value: object) -> str:
    """Escape any value for use as HTML text or inside a quoted attribute."""
    return html.escape(str(value), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL, escaped for an attribute, if it is http(s); otherwise None (javascript:, data:, ...)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return html.escape(url.strip(), quote=True)


def link(url: str | None, label: str) -> str:
    """An ``<a>`` opening in a new tab, or the plain label when the URL is not safe."""
    safe = safe_url(url)
    if safe is None:
        return text(label)
    return f'<a href="{safe}" target="_blank" rel="noopener noreferrer">{text(label)}</a>'


def image(url: str | None, alt: str, css: str = "") -> str:
    """An ``<img>`` loaded by the browser from ``url`` (no bytes pass through the kernel)."""
    safe = safe_url(url)
    if safe is None:
        return f'<span class="hgw-missing {text(css)}">{text(alt)}</span>'
    return f'<img src="{safe}" alt="{text(alt)}" class="{text(css)}">'
