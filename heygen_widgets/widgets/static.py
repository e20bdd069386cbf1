"""The saved view of a panel: what a notebook shows where no kernel runs the live one.

A notebook opened without a kernel, on GitHub, in nbviewer or as nbconvert HTML has only what
the output saved. The saved view is text: the title, the status in words, each scene's heading
and script, and the messages. Images and the video are left out on purpose: the simulator's URLs
are loopback ones that die with it, and HeyGen's are signed and expire, so a saved ``<img>`` or
``<video>`` soon becomes a broken icon or a dead player. Inlining thumbnails would pass media
through the kernel and into the notebook file at every update, for pictures the script already
describes.

`SavedView` shows this view as its own output beside the live panel, and refreshes it when the
session's phase changes. A refresh replaces only that output, never the live view (whose
feedback box may hold what the user is typing). While the live panel is on the page, CSS in the
saved view hides it, so the two are never seen together.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from heygen_widgets.scenes import Scene, scenes
from heygen_widgets.snapshot import Message, Phase, Snapshot
from heygen_widgets.widgets.html import text
from heygen_widgets.widgets.scene_html import card_text_html
from heygen_widgets.widgets.turn import turn_of

SHOWN_MESSAGES = 20  # the newest ones; the rest are counted
ROLE = {"user": "You", "model": "Agent"}

# Hidden while a live panel is in the same output area (JupyterLab, Notebook 7 and Voila share
# its classes); shown everywhere else. Without CSS (a sanitizer strips <style>) it still reads as
# plain headings, lists and paragraphs.
CSS = """<style>
.jp-OutputArea:has(.hgw-panel, .hgw-gallery) > .jp-OutputArea-child:has(.hgw-saved) { display: none; }
.hgw-saved { font-family: var(--jp-ui-font-family, system-ui, sans-serif); font-size: 13px;
  line-height: 1.45; border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 14px; max-width: 980px; }
.hgw-saved h3 { margin: 0 0 4px; font-size: 16px; }
.hgw-saved h4 { margin: 12px 0 4px; font-size: 13px; }
.hgw-saved-status { margin: 0; font-weight: 600; }
.hgw-saved-meta, .hgw-saved-note, .hgw-saved-when { color: #57606a; font-size: 12px; }
.hgw-saved-meta { margin: 2px 0 0; }
.hgw-saved figure { margin: 0 0 8px; padding: 6px 10px; border-left: 3px solid #8c959f; background: #f6f8fa; }
.hgw-saved figcaption { font-weight: 600; }
.hgw-saved figure p, .hgw-saved-msg p { margin: 2px 0 0; white-space: pre-wrap; }
.hgw-saved-msg { margin: 0 0 6px; }
.hgw-saved-error { color: #b42318; }
</style>"""


def status_words(snapshot: Snapshot) -> str:
    """What is happening and what the user can do, in a sentence: the panel header's words."""
    turn = turn_of(snapshot)
    words = turn.headline.rstrip("…. ")
    if snapshot.phase is Phase.RENDERING:
        words += f" ({max(0, min(100, snapshot.progress))}% when saved)"
    return f"{words}."


def plain(snapshot: Snapshot) -> str:
    """The saved view as text, for viewers that show no HTML."""
    lines = [
        f"Video Agent session {snapshot.session_id} ({snapshot.family}): "
        f"{snapshot.title or 'Untitled session'!r}, {snapshot.status}",
        status_words(snapshot),
    ]
    for scene in scenes(snapshot):
        lines.append(f"  {scene.number}. {scene.heading}" + (f": {scene.script}" if scene.script else ""))
    shown = snapshot.messages[-SHOWN_MESSAGES:]
    lines.extend(f"{ROLE.get(m.role, '')}: {m.content}".lstrip(": ") for m in shown)
    return "\n".join(lines)


def html(snapshot: Snapshot) -> str:
    """The saved view as HTML: every text from the API escaped, no image and no player."""
    meta = f"{text(snapshot.status)} · {text(snapshot.family)} · <code>{text(snapshot.session_id)}</code>"
    found = scenes(snapshot)
    board = "".join(_scene(s) for s in found) or "<p>No storyboard yet.</p>"
    return (
        f'{CSS}<div class="hgw-saved">'
        f"<h3>{text(snapshot.title or 'Untitled session')}</h3>"
        f'<p class="hgw-saved-status">{text(status_words(snapshot))}</p>'
        f'<p class="hgw-saved-meta">{meta}</p>'
        f"<h4>Storyboard ({len(found)} scenes)</h4>{board}"
        f"<h4>Messages</h4>{_messages(snapshot)}{_note(snapshot)}</div>"
    )


def _scene(scene: Scene) -> str:
    return f'<figure class="hgw-saved-scene">{card_text_html(scene)}</figure>'


def _messages(snapshot: Snapshot) -> str:
    shown = snapshot.messages[-SHOWN_MESSAGES:]
    hidden = len(snapshot.messages) - len(shown)
    earlier = f'<p class="hgw-saved-note">{hidden} earlier messages are not shown.</p>' if hidden else ""
    return earlier + ("".join(_message(m) for m in shown) or "<p>No messages yet.</p>")


def _message(message: Message) -> str:
    css = "hgw-saved-msg hgw-saved-error" if message.is_error else "hgw-saved-msg"
    who = ROLE.get(message.role, "")
    when = ""
    if message.created_at:  # a saved page is read later: an absolute time, with its zone
        stamp = dt.datetime.fromtimestamp(message.created_at, tz=dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        when = f' <span class="hgw-saved-when">{stamp}</span>'
    label = f"<b>{text(who)}</b>{when}" if who else when
    return f'<div class="{css}">{label}<p>{text(message.content)}</p></div>'


def _note(snapshot: Snapshot) -> str:
    media = (
        "The video and images are not saved (their links expire)"
        if snapshot.video
        else "Images are not saved"
    )
    return (
        f'<p class="hgw-saved-note">A saved view. {media}; run the notebook, or '
        f"<code>SessionPanel.attach({text(repr(snapshot.session_id))})</code>, to see them and continue.</p>"
    )


def bundle(snapshot: Snapshot) -> dict[str, str]:
    """The saved view's mime bundle."""
    return {"text/html": html(snapshot), "text/plain": plain(snapshot)}


Publish = Callable[[Mapping[str, Any], str | None, bool], None]
"""Sends one output: ``(bundle, display_id, update)`` (IPython's display in a kernel)."""


def ipython_publish(data: Mapping[str, Any], display_id: str | None, update: bool) -> None:
    """Send ``data`` as a display (an update of ``display_id`` when ``update``) through IPython."""
    from IPython.display import display  # noqa: PLC0415 - only a kernel displays

    show: Callable[..., Any] = display
    if display_id is None:
        show(dict(data), raw=True)
    else:
        show(dict(data), raw=True, display_id=display_id, update=update)


class SavedCopy:
    """A live widget's output, then a saved copy of what it shows, kept current under a display id.

    `show` displays both; `update` replaces every copy of the saved one when its bundle changed,
    and sends nothing otherwise. The panel's and the gallery's saved views are built on it.
    """

    def __init__(self, publish: Publish | None = None) -> None:
        """``publish`` sends an output; IPython's display by default."""
        self._publish = publish or ipython_publish
        self.display_id = f"hgw-saved-{uuid.uuid4().hex}"
        self.shown = False
        self._last: Mapping[str, str] | None = None

    def show(self, live: Mapping[str, Any], saved: Mapping[str, str] | None, stand_in: str) -> None:
        """Display ``live`` without its HTML (``stand_in`` as its text), then ``saved`` (if any)."""
        widget = {k: v for k, v in live.items() if k != "text/html"}
        if saved is None:
            self._publish(widget, None, False)
            return
        # Where the widget cannot show (no kernel), its text stands in: it must not be a stale status.
        widget["text/plain"] = stand_in
        self._publish(widget, None, False)
        self._publish(saved, self.display_id, False)
        self.shown, self._last = True, saved

    def update(self, saved: Mapping[str, str]) -> None:
        """Replace the saved copy with ``saved`` if it was shown and differs."""
        if self.shown and saved != self._last:
            self._last = saved
            self._publish(saved, self.display_id, True)


class SavedView:
    """The saved view as an output of its own after the live panel, refreshed at phase changes.

    `show` displays the live view, then the saved view under one display id; `follow` replaces
    every copy of the saved view when the phase, the status, the title or the storyboard changes,
    and sends nothing otherwise (a poll that changed nothing else costs no message).
    """

    def __init__(self, publish: Publish | None = None) -> None:
        """``publish`` sends an output; IPython's display by default."""
        self._copy = SavedCopy(publish)
        self.display_id = self._copy.display_id
        self._key: tuple[object, ...] | None = None

    def show(self, snapshot: Snapshot | None, live: Mapping[str, Any]) -> None:
        """Display ``live`` (the widget's bundle, without HTML), then the saved view of ``snapshot``."""
        if snapshot is None:
            self._copy.show(live, None, "")
            return
        stand_in = f"The live panel of session {snapshot.session_id} shows while its kernel runs."
        self._copy.show(live, bundle(snapshot), stand_in)
        self._key = _key(snapshot)

    def follow(self, snapshot: Snapshot) -> None:
        """Refresh the saved view if ``snapshot`` reads differently enough to matter to a reader."""
        key = _key(snapshot)
        if not self._copy.shown or key == self._key:
            return
        self._key = key
        self._copy.update(bundle(snapshot))


def _key(snapshot: Snapshot) -> tuple[object, ...]:
    return (snapshot.phase, snapshot.status, tuple(r.id for r in snapshot.storyboard), snapshot.title)
