"""``/_fake/...``: the control surface for tests, demos and browser tests (not part of HeyGen's API)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from heygen_widgets.fake.backend import Backend
from heygen_widgets.fake.build import build_id
from heygen_widgets.fake.errors import ApiError
from heygen_widgets.fake.faults import Fault, Faults


def _parts(request: Request) -> tuple[Backend, Faults]:
    return request.app.state.backend, request.app.state.faults


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    data = await request.json()
    return data if isinstance(data, dict) else {}


async def add_fault(request: Request) -> Response:
    """POST /_fake/faults {"kind": ..., "operation": ..., "times": ...}."""
    try:
        fault = _parts(request)[1].add(Fault(**await _body(request)))
    except (TypeError, ValueError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    return JSONResponse({"added": fault.kind, "operation": fault.operation, "times": fault.times})


async def clear_faults(request: Request) -> Response:
    """DELETE /_fake/faults."""
    _parts(request)[1].clear()
    return JSONResponse({"cleared": True})


async def request_log(request: Request) -> Response:
    """GET /_fake/requests: every API request so far."""
    return JSONResponse({"requests": _parts(request)[1].entries()})


async def step(request: Request) -> Response:
    """POST /_fake/step {"session_id": optional, "count": 1}: step mode's "move on"."""
    body = await _body(request)
    try:
        moved = _parts(request)[0].step(body.get("session_id"), int(body.get("count", 1)))
    except KeyError:
        return JSONResponse({"error": "unknown session_id"}, status_code=404)
    return JSONResponse({"stages_completed": moved})


async def session_knob(request: Request) -> Response:
    """POST /_fake/sessions/{session_id}/{fail|burst}: make a session fail or flood it with messages."""
    backend, action = _parts(request)[0], request.path_params["action"]
    body = await _body(request)
    try:
        if action == "fail":
            backend.fail(
                request.path_params["session_id"], str(body.get("reason", "the simulator was told to fail"))
            )
        elif action == "burst":
            backend.burst(request.path_params["session_id"], int(body.get("count", 45)))
        else:
            return JSONResponse({"error": "use fail or burst"}, status_code=404)
    except ApiError as exc:
        return JSONResponse(exc.body(), status_code=exc.status)
    return JSONResponse({"done": action})


async def answer_override(request: Request) -> Response:
    """POST /_fake/sessions/{session_id}/answer {"status": ..., "fields": {...}}; DELETE clears it.

    Until cleared, the session's GET answer carries that status and those fields (merged over
    it): how a test shows a client a status or a field HeyGen adds after the spec it was built
    from. The agent goes on as before; only the answer changes.
    """
    keys: dict[str, Any] | None = None
    if request.method == "POST":
        body = await _body(request)
        status, fields = body.get("status"), body.get("fields", {})
        if not isinstance(status, str | None) or not isinstance(fields, dict):
            return JSONResponse({"error": 'send {"status": "a string", "fields": {"name": value}}'}, 400)
        keys = {**fields, **({"status": status} if status is not None else {})}
    try:
        _parts(request)[0].override_answer(request.path_params["session_id"], keys)
    except ApiError as exc:
        return JSONResponse(exc.body(), status_code=exc.status)
    return JSONResponse({"answer_override": keys or {}})


async def health(request: Request) -> Response:
    """GET /_fake/health: who answers here (the per-user simulator's token tells it from others)."""
    state = request.app.state
    return JSONResponse(
        {
            "service": "heygen-simulator",
            "instance": getattr(state, "instance", None),
            "profile": state.chaos.profile.name,
            "build": build_id(),
        }
    )


async def outside_jobs(request: Request) -> Response:
    """POST /_fake/outside_jobs {"count": n}: n jobs from outside the client hold the job limit."""
    count = int((await _body(request)).get("count", 0))
    backend = _parts(request)[0]
    with backend.lock:
        backend.limits.outside_jobs = max(count, 0)
    return JSONResponse({"outside_jobs": backend.limits.outside_jobs})


async def credits(request: Request) -> Response:
    """POST /_fake/credits {"balance": n}: the wallet holds n USD; GET reads it (and what was spent)."""
    backend = _parts(request)[0]
    if request.method == "POST":
        balance = (await _body(request)).get("balance")
        if isinstance(balance, bool) or not isinstance(balance, int | float) or not 0 <= balance < 1e12:
            return JSONResponse({"error": 'send {"balance": a number of USD, 0 or more}'}, status_code=400)
        backend.set_balance(balance)
    wallet = backend.account()
    return JSONResponse({"balance": wallet.balance, "spent": wallet.spent, "currency": "usd"})


ROUTES = [
    Route("/_fake/credits", credits, methods=["GET", "POST"]),
    Route("/_fake/health", health, methods=["GET"]),
    Route("/_fake/outside_jobs", outside_jobs, methods=["POST"]),
    Route("/_fake/faults", add_fault, methods=["POST"]),
    Route("/_fake/faults", clear_faults, methods=["DELETE"]),
    Route("/_fake/requests", request_log, methods=["GET"]),
    Route("/_fake/step", step, methods=["POST"]),
    # Before the catch-all below, which would take a POST to .../answer for an unknown knob.
    Route("/_fake/sessions/{session_id}/answer", answer_override, methods=["POST", "DELETE"]),
    Route("/_fake/sessions/{session_id}/{action}", session_knob, methods=["POST"]),
]
