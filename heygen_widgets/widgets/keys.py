"""Keyboard shortcuts for the panel in the browser: Ctrl+Enter (Cmd+Enter on a Mac) sends.

Core ipywidgets send no key events to the kernel, and the Textarea's view stops a keydown from
bubbling, so the shortcut lives in the browser. The panel's style widget sets its HTML with
``innerHTML``, where a ``<script>`` never runs but an element's ``onload`` handler does: the
empty ``<style>`` below carries it. It installs one listener per page (a window flag guards it,
for every panel and every view of one), in the capture phase so it sees the key before the
Textarea and before JupyterLab's own Ctrl+Enter ("run cell"), which it then stops.

On Ctrl/Cmd+Enter in a feedback box it appends `SEND_MARK` to the box's text and lets the text
reach the kernel as typing does; the box sees the mark, takes it off and sends. The request to
send travels inside the text itself, after every character typed before it: a click sent beside
the text could overtake a text update ipywidgets still holds back, and send the message short.
Nothing else: no request, no state of its own, no knowledge of the API.
"""

from __future__ import annotations

SEND_MARK = "\u2063"  # INVISIBLE SEPARATOR: nobody types it, and it shows as nothing meanwhile

_SHORTCUT = (
    "if(!window.hgwKeys){window.hgwKeys=true;"
    "window.addEventListener('keydown',function(e){"
    "var box=e.target;"
    "if(e.key!=='Enter'||!(e.ctrlKey||e.metaKey))return;"
    "if(!box.matches||!box.matches('.hgw-feedback textarea'))return;"
    "e.preventDefault();e.stopPropagation();"
    "box.value+='\\u2063';"
    "box.dispatchEvent(new Event('input',{bubbles:true}));"
    "box.dispatchEvent(new Event('change',{bubbles:true}));"
    "},true);}"
)

KEYS = f'<style class="hgw-keys" onload="{_SHORTCUT}"></style>'
"""HTML placed after the panel's ``<style>``: installs the Ctrl/Cmd+Enter shortcut (see above)."""
