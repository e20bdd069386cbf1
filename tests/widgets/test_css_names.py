"""Each part's CSS styles its own classes: two parts defining the same class override each other.

(A revision note once inherited the header's white text from a pill of the same class name.)
"""

from __future__ import annotations

import re
from collections import defaultdict

from heygen_widgets.widgets.style import PARTS, _read

OWN = re.compile(r"(?:^|\}|,)\s*\.(hgw-[\w-]+)(?=\s*[{,])", re.M)


def test_no_two_parts_define_the_same_bare_class() -> None:
    """A bare ``.hgw-x { ... }`` rule belongs to one part; refinements (``.a .hgw-x``) may repeat.

    ``base.css`` is the shared frame every part may refine on purpose, so it is left out.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for part in (p for p in PARTS if p != "base"):
        css = re.sub(r"/\*.*?\*/", "", _read(part), flags=re.S)
        css = re.sub(r"@keyframes[^{]*\{(?:[^{}]*\{[^}]*\})*[^}]*\}", "", css)
        for name in OWN.findall(css):
            owners[name].add(part)
    shared = {name: parts for name, parts in owners.items() if len(parts) > 1}
    assert shared == {}
