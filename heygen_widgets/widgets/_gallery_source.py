"""How a gallery gets its batch: prompts and options as rows, and the cost line shown before it runs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from heygen_widgets.batch import Batch, State
from heygen_widgets.batch.cost import describe, estimate
from heygen_widgets.batch.rows import COLUMNS, RowSource
from heygen_widgets.widgets._actions import report

OPTIONS = tuple(sorted(set(COLUMNS) - {"prompt", "name", "mode"}))
"""`Connection.create`'s options a gallery gives every row (``mode`` and ``family`` are its own)."""


def rows_of(source: RowSource, options: Mapping[str, Any]) -> RowSource:
    """The batch's rows: ``options`` become every row's own (a row's own value wins).

    Raises:
        TypeError: An option rows cannot take, or options for a table (give them as columns).
    """
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise TypeError(
            f"SessionGallery got an unknown option {unknown[0]!r}; it takes mode, family and "
            f"{', '.join(OPTIONS)}."
        )
    if not options:
        return source
    items = list(source) if isinstance(source, Sequence) and not isinstance(source, str) else None
    if items is not None and all(isinstance(item, str | Mapping) for item in items):
        return [
            {**options, "prompt": item} if isinstance(item, str) else {**options, **item} for item in items
        ]
    raise TypeError(
        f"Options ({', '.join(sorted(options))}) apply to a list of prompts; a table or a list of "
        "Row gives them as its own columns."
    )


def prompts_of(source: RowSource) -> dict[int, str]:
    """Row number to prompt, where the source is a list (a row left out still shows its prompt)."""
    if not isinstance(source, Sequence) or isinstance(source, str):
        return {}
    found = {}
    for number, item in enumerate(source, start=1):
        prompt = item if isinstance(item, str) else item.get("prompt") if isinstance(item, Mapping) else None
        if isinstance(prompt, str):
            found[number] = prompt.strip()
    return found


def cost_line(batch: Batch) -> tuple[str, bool]:
    """What the rows not yet created will cost against what the account has left, and whether to warn.

    One request (``GET /v3/users/me``); when it fails the line says so and the batch goes on.
    """
    waiting = [e for e in batch.entries() if e.state is State.QUEUED]
    try:
        credits = batch.connection.credits()
    except Exception as error:  # the figure is a courtesy: the batch runs without it
        return f"{report('read what the account has left', error)}; the batch goes on without it.", True
    if not waiting:
        return f"Nothing left to create: every row ran before. The account has {credits} left.", False
    figure = estimate(waiting)
    short = figure.covered_by(credits) is False  # then the line starts "Not enough credits: ..."
    return (describe(credits, figure) if short else f"Before starting: {describe(credits, figure)}"), short
