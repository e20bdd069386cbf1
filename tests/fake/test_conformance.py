"""Schemathesis fuzzes the simulator's operations against the patched spec; every check must pass.

The CLI runs as a subprocess against the shared in-process simulator (``fake`` from
``tests/fake/conftest.py``: step mode, no job limit, emptied first), restricted to the
operationIds of the simulator's route table. Three settings keep it to checks that can pass:

- ``ignored_auth`` is off: the spec accepts ``x-api-key`` or a Bearer token, so a bogus Bearer
  beside a valid key is rightly accepted (see ``TOOLING.md``).
- ``token`` (an opaque page cursor) is drawn from tokens the simulator issues: a random string
  is schema-valid, but no real server can page from a cursor it never issued.
- A generated, valid ``Idempotency-Key`` is made unique per request: the spec says a repeated
  key replays the first answer "even if the request body differs", so a reused key would turn
  a schema-violating request into a replayed 200.

Before the run the fixture makes finished work (a completed video, sessions waiting for their
user); half of the ids of the operations that read it come from there, so their 200 answers are
checked too, not only 404s. Two per-operation settings follow from the simulator's scope, not
from its bugs:

- Sending a message answers 400 while the agent works or to a generate-mode session (the spec
  says so and documents no other status for it); in step mode a session that took one message
  works until someone steps it, so most schema-valid messages meet a busy agent.
- The simulator serves 19 of the spec's operations, so ``Allow`` on a path with spec methods it
  does not serve (``DELETE /v3/videos/{id}``, ``GET /v3/assets``, ``POST /v3/voices``,
  ``POST /v3/brand-kits``) cannot list them.

``pytest -s`` prints what was exercised.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from heygen_widgets.fake import FakeHeyGen
from heygen_widgets.fake.routes import API
from tests.support.openapi_check import patched_spec, response_checker

SEED = 20_260_101
MAX_EXAMPLES = 30
WORKERS = 2
RUN_TIMEOUT_SECONDS = 300  # a hard stop for a hung run; a normal run takes well under a minute
MIN_CASES_PER_OPERATION = 20
API_KEY = {"x-api-key": "conformance-test"}
REPORT, EVENTS = "report.json", "events.ndjson"
OPERATION_IDS = [operation for _, _, operation, _ in API]
# "offset:1" as the simulator encodes it; "" means "first page"
PAGE_TOKENS = ["", "b2Zmc2V0OjE"]

HOOKS = """\
import itertools
import re

import schemathesis

VALID_KEY = re.compile(r"^[A-Za-z0-9_\\-:.]{{1,255}}$")
COUNTER = itertools.count(1)


ASSET_ID = {asset_id!r}


@schemathesis.hook
def before_call(context, case, kwargs):
    # invalid keys stay as generated: the simulator must still reject them
    key = (case.headers or {{}}).get("Idempotency-Key")
    if isinstance(key, str) and VALID_KEY.match(key):
        case.headers["Idempotency-Key"] = f"conformance-{{next(COUNTER)}}"
    # What the schema cannot say: an asset_id names an uploaded asset and base64 data decodes.
    # Entries that are schema-valid get values that are valid in fact; broken ones stay broken.
    files = case.body.get("files") if isinstance(case.body, dict) else None
    for entry in files if isinstance(files, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("asset_id"), str):
            entry["asset_id"] = ASSET_ID
        if isinstance(entry, dict) and isinstance(entry.get("data"), str):
            entry["data"] = "aGVsbG8="
"""

ACCEPTED_WITH_400 = ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]
KNOWN_ID_PROBABILITY = 0.5  # the other half of the ids stay generated, so 404s are fuzzed too


@dataclass(frozen=True)
class Seeds:
    """Finished work made before the run, so reads of videos and resources get past 404."""

    video_id: str
    resource_id: str
    done_session: str  # generate mode, completed
    chat_session: str  # chat mode, reviewing: takes one message
    interactive_session: str  # reviewing, with storyboard resources
    asset_id: str  # an uploaded file


def toml(value: Any) -> str:
    """A TOML value; JSON strings, numbers, booleans and arrays are valid TOML as they are."""
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(key)} = {toml(item)}" for key, item in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(toml(item) for item in value) + "]"
    return json.dumps(value)


def known(dictionary: str) -> dict[str, Any]:
    """Draw a parameter from one of the seeded dictionaries half of the time."""
    return {"dictionary": dictionary, "probability": KNOWN_ID_PROBABILITY}


def operation_settings() -> dict[str, dict[str, Any]]:
    """Per-operation settings: why each exists is in the module docstring."""
    accept_400 = {"positive_data_acceptance": {"expected-statuses": ACCEPTED_WITH_400}}
    no_allow = {"allow_header_conformance": {"enabled": False}}
    done_session = {"path.session_id": known("done-session")}
    return {
        "getVideoV3": {"checks": no_allow, "parameters": {"path.video_id": known("video")}},
        "uploadAsset": {"checks": no_allow},
        "listVoicesV3": {"checks": no_allow},
        "listBrandKits": {"checks": no_allow},
        "getVideoAgentResource": {"parameters": {**done_session, "path.resource_id": known("resource")}},
        "listVideoAgentSessionVideos": {"parameters": done_session},
        "sendVideoAgentMessage": {
            "checks": accept_400,
            "parameters": {"path.session_id": known("chat-session")},
        },
        "sendInteractiveSessionMessage": {
            "checks": accept_400,
            "parameters": {"path.session_id": known("interactive-session")},
        },
        "getInteractiveSessionResources": {"parameters": {"path.session_id": known("interactive-session")}},
    }


def config_toml(hooks: Path, seeds: Seeds) -> str:
    """The schemathesis.toml of the run."""
    dictionaries = {
        "page-tokens": PAGE_TOKENS,
        "video": [seeds.video_id],
        "resource": [seeds.resource_id],
        "done-session": [seeds.done_session],
        "chat-session": [seeds.chat_session],
        "interactive-session": [seeds.interactive_session],
    }
    lines = [f"hooks = {toml(str(hooks))}", f"seed = {SEED}", f"workers = {WORKERS}"]
    lines += ["[generation]", f"max-examples = {MAX_EXAMPLES}", 'database = "none"']
    lines += ["[checks.ignored_auth]", "enabled = false", "[dictionaries]"]
    lines += [f"{toml(name)} = {toml({'values': values})}" for name, values in dictionaries.items()]
    lines += ["[parameters]", f'"query.token" = {toml({"dictionary": "page-tokens"})}']
    for operation, settings in operation_settings().items():
        lines += ["[[operations]]", f"include-operation-id = {toml(operation)}"]
        lines += [f"{key} = {toml(value)}" for key, value in settings.items()]
    return "\n".join(lines) + "\n"


def create_session(client: httpx.Client, path: str, body: dict[str, Any]) -> str:
    """Create a session and return its id."""
    response = client.post(path, json=body)
    response.raise_for_status()
    session_id: str = response.json()["data"]["session_id"]
    return session_id


def seed(fake: FakeHeyGen) -> Seeds:
    """Make a finished video, a chat session and an interactive session that wait for their user."""
    hooks = {"response": [response_checker(fake.url)]}
    with httpx.Client(base_url=fake.url, headers=API_KEY, event_hooks=hooks) as client:
        done = create_session(client, "/v3/video-agents", {"prompt": "A finished video"})
        chat = create_session(client, "/v3/video-agents", {"prompt": "A chat", "mode": "chat"})
        interactive = create_session(client, "/v3/video-agents/sessions", {"prompt": "A storyboard"})
        fake.run_until_idle()
        session = client.get(f"/v3/video-agents/{done}").json()["data"]
        upload = client.post("/v3/assets", files={"file": ("logo.png", b"\x89PNG\r\n\x1a\n", "image/png")})
        asset_id: str = upload.json()["data"]["asset_id"]
    resources = [rid for message in session["messages"] for rid in message.get("resource_ids") or []]
    assert session["status"] == "completed", session
    assert resources, session
    return Seeds(session["video_id"], resources[0], done, chat, interactive, asset_id)


@pytest.fixture
def workdir(tmp_path: Path, fake: FakeHeyGen) -> Path:
    """A folder with the patched spec, the hooks and the config, so no other config is found."""
    (tmp_path / "spec.json").write_text(json.dumps(patched_spec()), encoding="utf-8")
    seeds = seed(fake)
    (tmp_path / "hooks.py").write_text(HOOKS.format(asset_id=seeds.asset_id), encoding="utf-8")
    config = config_toml(tmp_path / "hooks.py", seeds)
    (tmp_path / "schemathesis.toml").write_text(config, encoding="utf-8")
    return tmp_path


def command(workdir: Path, url: str) -> list[str]:
    """The schemathesis CLI call: the simulator's operations only, reports into ``workdir``."""
    cli = Path(sys.executable).parent / "schemathesis"
    args = [str(cli), "--config-file", str(workdir / "schemathesis.toml"), "run", str(workdir / "spec.json")]
    args += ["--url", url, "--header", f"x-api-key: {API_KEY['x-api-key']}", "--no-color"]
    args += ["--report", "json,ndjson", "--report-json-path", str(workdir / REPORT)]
    args += ["--report-ndjson-path", str(workdir / EVENTS)]
    for operation in OPERATION_IDS:
        args += ["--include-operation-id", operation]
    return args


def loopback_only_env() -> dict[str, str]:
    """This environment without proxies, so requests to 127.0.0.1 go straight to the simulator."""
    env = {key: value for key, value in os.environ.items() if "proxy" not in key.lower()}
    return {**env, "NO_PROXY": "127.0.0.1,localhost", "NO_COLOR": "1"}


def checks_run(ndjson: Path) -> Counter[str]:
    """How often each check ran, over every case of the run's events."""
    counts: Counter[str] = Counter()
    for line in ndjson.read_text(encoding="utf-8").splitlines():
        finished = json.loads(line).get("ScenarioFinished")
        if finished:
            for results in finished["recorder"].get("checks", {}).values():
                counts.update(result["name"] for result in results)
    return counts


def failures_section(output: str) -> str:
    """The FAILURES part of the CLI's output, which has a reproducing curl for each failure."""
    start = output.find("= FAILURES =")
    return output[output.rfind("\n", 0, start) + 1 :] if start >= 0 else output[-5000:]


def test_the_simulator_conforms_to_the_spec(fake: FakeHeyGen, workdir: Path) -> None:
    proc = subprocess.run(
        command(workdir, fake.url),
        cwd=workdir,
        env=loopback_only_env(),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_SECONDS,
        check=False,
    )
    assert (workdir / REPORT).is_file(), (
        f"schemathesis wrote no report:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}"
    )
    report = json.loads((workdir / REPORT).read_text(encoding="utf-8"))
    checks = checks_run(workdir / EVENTS)
    operations, cases = report["operations"], report["test_cases"]
    # `pytest -s` shows what the run exercised
    print(
        f"\nschemathesis: {operations['tested']}/{operations['selected']} operations tested, "
        f"{cases['generated']} cases, {sum(checks.values())} checks "
        f"({len(checks)} kinds: {', '.join(sorted(checks))}), {cases['unique_failures']} unique failures, "
        f"{report['running_time']:.1f}s, seed {report['seed']}"
    )
    assert operations["selected"] == operations["tested"] == len(OPERATION_IDS), operations
    assert cases["generated"] >= MIN_CASES_PER_OPERATION * len(OPERATION_IDS), cases
    assert "ignored_auth" not in checks
    assert {"response_schema_conformance", "negative_data_rejection", "positive_data_acceptance"} <= set(
        checks
    )
    assert proc.returncode == 0, failures_section(proc.stdout) + proc.stderr[-2000:]
