"""What the gallery says, as pure functions: its counts, its cards' words, its buttons' tooltips."""

from __future__ import annotations

from heygen_widgets.batch import Entry, State
from heygen_widgets.widgets._gallery_controls import cancel_tip, idle_tip, no_retry_tip, retry_tip
from heygen_widgets.widgets.gallery_view import TABLE_ROWS, Card, Counts, card_html, result_row, results_html


def entry(state: State, **fields: object) -> Entry:
    return Entry("k", 1, "A prompt", None, state, **fields)  # type: ignore[arg-type]


def test_cancel_says_what_it_stops_and_why_it_is_off() -> None:
    assert (
        cancel_tip(Counts(3, running=1), stopped=False) == "Stop the 1 running session; finished videos stay"
    )
    assert (
        cancel_tip(Counts(3, queued=3), stopped=False)
        == "Cancel the 3 rows still queued; finished videos stay"
    )
    assert cancel_tip(Counts(3, stuck=1, queued=1), stopped=False) == (
        "Stop the 1 running session and cancel the 1 row still queued; finished videos stay"
    )
    assert cancel_tip(Counts(3, queued=3), stopped=True) is None  # nothing would start anyway
    assert idle_tip(stopped=True).startswith("Nothing runs: the batch stopped")
    assert idle_tip(stopped=False) == "Nothing runs: every row has an outcome"


def test_retry_says_what_it_costs_and_why_it_is_off() -> None:
    assert (
        retry_tip(Counts(5, failed=2)) == "Start a new session for the 2 rows that failed (about $12.00 more)"
    )
    assert retry_tip(Counts(5, left_out=1)) is None
    assert no_retry_tip(Counts(5, left_out=1)).startswith("No session failed; fix the rows left out")
    assert no_retry_tip(Counts(5)) == "No row failed"


def test_a_card_says_where_its_row_is() -> None:
    long = card_html(Card(7, "x" * 80, entry(State.QUEUED)))
    assert "Row 7" in long and f'title="{"x" * 80}"' in long  # the whole prompt on hover
    assert f'hgw-gcard-title">{"x" * 59}…</b>' in long
    stopped = Card(1, "A prompt", entry(State.CANCELLED, status="thinking", session_id="sess_1"))
    assert result_row(stopped)["status"] == "cancelled" and ">cancelled</span>" in card_html(stopped)
    left_out = Card(2, "", problem="Row 2 (column 'prompt'): The prompt is empty.")
    assert "(left out)" in card_html(left_out) and "hgw-gcard-failed" in card_html(left_out)
    assert result_row(left_out)["note"] == "not started: Row 2 (column 'prompt'): The prompt is empty."
    done = Card(3, "p", entry(State.FINISHED, video_url="javascript:alert(1)", duration=4.0))
    assert "javascript:" not in card_html(done)  # only http(s) links are rendered


def test_the_counts_line_names_the_rare_states_only_when_there_are_some() -> None:
    assert Counts(4, finished=1, running=1, queued=1, failed=1).line() == (
        "1 of 4 finished · 1 running · 1 queued · 1 failed"
    )
    assert (
        Counts(3, stuck=1, cancelled=1, left_out=1)
        .line()
        .endswith("· 1 stuck · 1 cancelled · 1 left out (bad input)")
    )


def test_a_large_batch_lists_only_the_rows_that_need_a_look_in_its_live_table() -> None:
    cards = [Card(n, f"Clip {n}", entry(State.FINISHED)) for n in range(1, TABLE_ROWS + 1)]
    assert results_html(cards).count("<tr>") == TABLE_ROWS + 1  # every row, and the header
    cards.append(Card(TABLE_ROWS + 1, "Bad one", entry(State.FAILED, error="no")))
    shown = results_html(cards)
    assert shown.count("<tr>") == 2 and "Bad one" in shown
    assert f"{TABLE_ROWS + 1} rows: this table lists the 1 that failed or are stuck" in shown
