"""The panel's CSS, sent once per panel in an HTML widget (core ipywidgets have no stylesheet hook)."""

from __future__ import annotations

STYLE = """<style>
.hgw-panel { border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 14px; gap: 6px; }
.hgw-panel .widget-hbox { gap: 12px; }
.hgw-title h3 { margin: 0 0 4px 0; }
.hgw-badge { display: inline-block; padding: 1px 10px; border-radius: 10px; background: #eaeef2;
  font-weight: 600; }
.hgw-badge.hgw-working, .hgw-badge.hgw-rendering { background: #ddf4ff; color: #0550ae; }
.hgw-badge.hgw-review { background: #fff8c5; color: #7d4e00; }
.hgw-badge.hgw-done { background: #dafbe1; color: #116329; }
.hgw-badge.hgw-failed { background: #ffebe9; color: #a40e26; }
.hgw-spinner { display: inline-block; width: 9px; height: 9px; margin-right: 6px; border-radius: 50%;
  border: 2px solid currentColor; border-top-color: transparent; animation: hgw-spin 0.9s linear infinite; }
@keyframes hgw-spin { to { transform: rotate(360deg); } }
.hgw-msg { padding: 6px 10px; margin: 3px 0; border-radius: 8px; line-height: 1.4; }
.hgw-msg.hgw-user { background: #f6f8fa; margin-left: 48px; }
.hgw-msg.hgw-model { background: #eef6ff; margin-right: 48px; }
.hgw-msg.hgw-error { background: #ffebe9; border-left: 3px solid #cf222e; }
.hgw-when { color: #6e7781; font-size: 0.85em; margin-left: 6px; }
.hgw-gap { color: #6e7781; font-style: italic; text-align: center; padding: 4px; }
.hgw-thumbs img, .hgw-inline-thumb { height: 48px; margin: 4px 4px 0 0; border-radius: 4px; }
.hgw-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; }
.hgw-card { margin: 0; } .hgw-card img { width: 100%; border-radius: 6px; display: block; }
.hgw-card figcaption { font-size: 0.85em; margin-top: 2px; }
.hgw-empty { color: #6e7781; font-style: italic; }
.hgw-notice-text { background: #fff8c5; padding: 4px 8px; border-radius: 6px; }
.hgw-error { color: #cf222e; }
.hgw-player { width: 100%; max-width: 640px; border-radius: 8px; background: #000; }
.hgw-failure { background: #ffebe9; padding: 6px 10px; border-radius: 6px; }
</style>"""
