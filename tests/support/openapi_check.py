"""Check HTTP answers against the project's patched OpenAPI spec.

    client = httpx.Client(base_url=url, event_hooks={"response": [response_checker(url)]})

Every answer under ``/v3/`` is then validated against the response schema of its operation
and status; a mismatch raises ``AssertionError`` naming the operation, the status and the JSON
path of the problem. OpenAPI 3.1 schemas are JSON Schema 2020-12, so ``#/components/...``
references resolve against the whole spec through a ``referencing.Registry``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

# jsonschema ships no type hints and the dev extras carry no stubs for it
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_URI = "urn:heygen-widgets:patched-spec"
JSON_MEDIA_TYPE = "application/json"
API_PREFIX = "/v3/"

__all__ = ["operation_for", "patched_spec", "response_checker", "response_schema", "validate_response"]


@functools.cache
def patched_spec() -> dict[str, Any]:
    """The upstream spec with ``openapi/overlay.json`` applied, loaded once."""
    from scripts.regenerate import patch_spec  # noqa: PLC0415 - scripts/ is only importable from the root

    raw = (ROOT / "openapi" / "heygen-external-api.json").read_bytes()
    _, patched = patch_spec(raw, ROOT / "openapi" / "overlay.json")
    return patched


@functools.cache
def _registry() -> Registry[Any]:
    registry: Registry[Any] = Registry()
    return registry.with_resources([(SPEC_URI, DRAFT202012.create_resource(patched_spec()))])


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow an OpenAPI-level ``$ref`` (a response object kept in ``components/responses``)."""
    while "$ref" in node:
        target: Any = patched_spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _operation(method: str, path_template: str) -> dict[str, Any]:
    operation = patched_spec()["paths"].get(path_template, {}).get(method.lower())
    if operation is None:
        raise AssertionError(f"{method.upper()} {path_template} is not an operation of the spec")
    return dict(operation)


def _status_key(responses: dict[str, Any], status: int) -> str | None:
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            return key
    return None


def response_schema(method: str, path_template: str, status: int) -> dict[str, Any] | None:
    """The JSON schema the spec gives this answer, as a ``$ref`` into the spec; None without one.

    Raises:
        AssertionError: the operation does not exist or does not document ``status``.
    """
    operation = _operation(method, path_template)
    responses = operation.get("responses", {})
    key = _status_key(responses, status)
    if key is None:
        raise AssertionError(
            f"{operation['operationId']}: status {status} is not documented (documented: {sorted(responses)})"
        )
    content = _resolve(responses[key]).get("content", {})
    if JSON_MEDIA_TYPE not in content or "schema" not in content[JSON_MEDIA_TYPE]:
        return None
    if "$ref" in responses[key]:
        where = _pointer(*responses[key]["$ref"].removeprefix("#/").split("/"))
    else:
        where = _pointer("paths", path_template, method.lower(), "responses", key)
    return {"$ref": f"{SPEC_URI}#/{where}/{_pointer('content', JSON_MEDIA_TYPE, 'schema')}"}


def _describe(error: ValidationError) -> str:
    return f"at {error.json_path}: {error.message}"


def validate_response(method: str, path_template: str, status: int, body: Any) -> None:
    """Check ``body`` (decoded JSON) against the spec's schema for this operation and status.

    Raises:
        AssertionError: naming the operation, the status and the JSON path of the first problem.
    """
    schema = response_schema(method, path_template, status)
    if schema is None:
        return
    validator = Draft202012Validator(schema, registry=_registry())
    errors = sorted(validator.iter_errors(body), key=lambda error: list(error.absolute_path))
    if not errors:
        return
    operation_id = _operation(method, path_template)["operationId"]
    best = best_match(errors)
    others = [_describe(error) for error in errors if error is not best][:4]
    more = "".join(f"\n  also {line}" for line in others)
    raise AssertionError(
        f"{operation_id} ({method.upper()} {path_template}) answered {status} with a body that does not "
        f"match the spec {_describe(best)}{more}"
    )


def _segment_pattern(segment: str) -> str:
    parts = re.split(r"(\{[^}]+\})", segment)
    return "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)


@functools.cache
def _templates(method: str) -> list[tuple[str, re.Pattern[str], tuple[bool, ...]]]:
    found = []
    for template, item in patched_spec()["paths"].items():
        if method in item:
            segments = template.strip("/").split("/")
            pattern = re.compile("/" + "/".join(_segment_pattern(s) for s in segments))
            found.append((template, pattern, tuple("{" not in s for s in segments)))
    return found


def operation_for(method: str, path: str) -> str:
    """The spec's path template that serves ``method path``, literal segments winning.

    ``/v3/video-agents/styles`` maps to ``/v3/video-agents/styles``, not to
    ``/v3/video-agents/{session_id}``: at the first segment where two templates differ, the
    one with a literal segment there wins.

    Raises:
        AssertionError: no operation of the spec matches.
    """
    matches = [
        (literal, template)
        for template, pattern, literal in _templates(method.lower())
        if pattern.fullmatch(path)
    ]
    if not matches:
        raise AssertionError(f"{method.upper()} {path} matches no operation of the spec")
    return max(matches)[1]


def _request_path(response: httpx.Response, base_path: str) -> str:
    """The request's path below the base URL, still percent-encoded (an id may hold ``%2F``)."""
    path = response.request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    return "/" + path.removeprefix(base_path.rstrip("/")).lstrip("/")


def response_checker(base_url: str) -> Callable[[httpx.Response], None]:
    """An httpx response hook that validates every ``/v3/`` answer against the spec.

    Args:
        base_url: the server the client talks to, such as ``http://127.0.0.1:51234``.

    Returns:
        A function for ``httpx.Client(event_hooks={"response": [...]})``. Answers outside
        ``/v3/`` (media files, the simulator's control routes) are not checked.
    """
    base_path = httpx.URL(base_url).raw_path.decode("ascii")

    def check(response: httpx.Response) -> None:
        path = _request_path(response, base_path)
        if not path.startswith(API_PREFIX):
            return
        response.read()
        method = response.request.method
        template = operation_for(method, path)
        if response_schema(method, template, response.status_code) is None:
            return
        content_type = response.headers.get("content-type", "").split(";")[0].strip()
        if content_type != JSON_MEDIA_TYPE:
            raise AssertionError(
                f"{method} {path} answered {response.status_code} as {content_type!r}, "
                f"the spec says {JSON_MEDIA_TYPE}"
            )
        try:
            body = json.loads(response.content)
        except ValueError as exc:
            raise AssertionError(
                f"{method} {path} answered {response.status_code} with bad JSON: {exc}"
            ) from None
        validate_response(method, template, response.status_code, body)

    return check
