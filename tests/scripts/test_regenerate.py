"""Regeneration end to end: the real generator, into scratch copies of the repository."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.manifest import Manifest, diff_trees
from scripts.regenerate import build_client, main

# What HeyGen changed in the Video Agent between the two official files (shared/specs/PROVENANCE.md).
VIDEO_AGENT_ADDED = {
    "GET /v3/video-agents (listVideoAgentSessions)",
    "GET /v3/video-agents/{session_id} (getVideoAgentSession)",
    "POST /v3/video-agents/{session_id} (sendVideoAgentMessage)",
    "GET /v3/video-agents/{session_id}/resources/{resource_id} (getVideoAgentResource)",
    "GET /v3/video-agents/{session_id}/videos (listVideoAgentSessionVideos)",
    "POST /v3/video-agents/{session_id}/stop (stopVideoAgentSession)",
}
VIDEO_AGENT_REMOVED = {
    "POST /v3/video-agents/sessions (createVideoAgentSession)",
    "GET /v3/video-agents/sessions/{session_id} (getVideoAgentSession)",
    "POST /v3/video-agents/sessions/{session_id}/messages (continueVideoAgentSession)",
    "GET /v3/video-agents/sessions/{session_id}/resources (getVideoAgentSessionResources)",
    "POST /v3/video-agents/sessions/{session_id}/stop (stopVideoAgentSession)",
}


def reported(output: str, verb: str) -> set[str]:
    prefix = f"  operation {verb}: "
    return {
        line.removeprefix(prefix)
        for line in output.splitlines()
        if line.startswith(prefix) and "/v3/video-agents" in line
    }


def test_two_runs_give_byte_identical_trees(root: Path, tmp_path: Path) -> None:
    raw = (root / "openapi" / "heygen-external-api.json").read_bytes()
    first = build_client(root, raw, "heygen-external-api.json", tmp_path / "one")
    build_client(root, raw, "heygen-external-api.json", tmp_path / "two")
    assert diff_trees(tmp_path / "one", tmp_path / "two") == []
    assert len(first.operations) == len(first.modules) == 153
    assert (tmp_path / "one" / "heygen_api" / "py.typed").is_file()
    assert not list((tmp_path / "one").rglob(".ruff_cache"))


def test_the_committed_client_is_current(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", "--root", str(repo_copy)]) == 0
    assert "matches the spec (153 operations)" in capsys.readouterr().out


def test_drift_gate_catches_a_hand_edit_and_a_stale_file(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = repo_copy / "generated_client" / "heygen_api" / "client.py"
    edited.write_text(edited.read_text() + "\n# tweaked by hand\n")
    (repo_copy / "generated_client" / "heygen_api" / "api" / "leftover.py").write_text("")
    assert main(["--check", "--root", str(repo_copy)]) == 1
    out = capsys.readouterr().out
    assert "run `make regen`" in out
    assert "differs: heygen_api/client.py" in out
    assert "+# tweaked by hand" not in out  # the diff shows what generation would produce...
    assert "-# tweaked by hand" in out  # ...against the committed line
    assert "only in the committed tree (stale or hand-added): heygen_api/api/leftover.py" in out


def test_drift_gate_catches_a_changed_spec(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_path = repo_copy / "openapi" / "heygen-external-api.json"
    spec = json.loads(spec_path.read_text())
    spec["components"]["schemas"]["StopSessionResponse"]["properties"]["stopped_at"] = {"type": "integer"}
    spec_path.write_text(json.dumps(spec))
    assert main(["--check", "--root", str(repo_copy)]) == 1
    out = capsys.readouterr().out
    assert "differs: heygen_api/models/stop_session_response.py" in out
    assert "  schema changed: StopSessionResponse" in out


def test_a_real_spec_change_is_reported_and_reverts_cleanly(
    root: Path, repo_copy: Path, shared_specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = json.loads((root / "openapi" / "heygen-external-api.source.json").read_text())
    old_spec = shared_specs / "heygen-external-api_2026-04-08.json"
    assert main(["--spec", str(old_spec), "--root", str(repo_copy)]) == 0
    capsys.readouterr()
    assert Manifest.read(repo_copy / "generated_client" / "manifest.json").spec["sha256"] != record["sha256"]

    new_spec = shared_specs / "heygen-external-api_2026-09-07.json"
    args = ["--spec", str(new_spec), "--source", record["source"], "--date", record["date"]]
    assert main([*args, "--root", str(repo_copy)]) == 0
    out = capsys.readouterr().out
    assert reported(out, "added") == VIDEO_AGENT_ADDED
    assert reported(out, "removed") == VIDEO_AGENT_REMOVED
    assert "POST /v3/video-agents (createVideoAgentV3)" in reported(out, "changed")  # it gained `mode`

    for name in ("openapi", "generated_client"):
        assert diff_trees(root / name, repo_copy / name) == [], name


def test_an_unreachable_url_fails_in_one_line_and_changes_nothing(repo_copy: Path) -> None:
    before = (repo_copy / "openapi" / "heygen-external-api.json").read_bytes()
    proc = subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--spec", "http://127.0.0.1:9/external-api.json"],
        cwd=repo_copy,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("error: cannot download http://127.0.0.1:9/external-api.json")
    assert "pass its path with --spec" in proc.stderr
    assert (repo_copy / "openapi" / "heygen-external-api.json").read_bytes() == before


def test_a_spec_that_does_not_validate_changes_nothing(repo_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"openapi": "3.1.0", "paths": {}}))
    before = repo_copy / "before"
    shutil.copytree(repo_copy / "openapi", before)
    assert main(["--spec", str(bad), "--root", str(repo_copy)]) == 2
    assert diff_trees(before, repo_copy / "openapi") == []
