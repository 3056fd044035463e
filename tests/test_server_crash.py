"""What the server stored survives `kill -9`: a real server process on a free loopback port takes
an annotation, is killed with SIGKILL, and a new server over the same SQLite file reads it back."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from web_demo import STORY, demo_store

TOKEN = "crash-test-token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def server_process(db_url: str) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """`python -m factline.web` on a free port of 127.0.0.1, up and answering."""
    port = free_port()
    command = [sys.executable, "-m", "factline.web", "--port", str(port), "--db", db_url]
    process = subprocess.Popen(
        command, env={**os.environ, "FACTLINE_TOKEN": TOKEN}, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, base)
        yield process, base
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        if process.stderr is not None:
            process.stderr.close()


def wait_until_up(process: subprocess.Popen[bytes], base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode() if process.stderr else ""
            pytest.fail(f"the server exited with {process.returncode}: {error}")
        try:
            httpx.get(f"{base}/api/stories", timeout=2).raise_for_status()
            return
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail("the server did not answer within 60 s")


def test_annotation_survives_kill_9_of_the_server(tmp_path: Path) -> None:
    db_url = demo_store(tmp_path)
    with server_process(db_url) as (process, base):
        conflicts = httpx.get(f"{base}/api/stories/{STORY}").json()["conflicts"]
        if not conflicts:
            pytest.skip("the demo story has no conflict to annotate")
        key = conflicts[0]["key"]
        body = {"resolved": True, "note": "kept through kill -9"}
        headers = {"Authorization": f"Bearer {TOKEN}"}
        url = f"{base}/api/stories/{STORY}/annotations/{key}"
        assert httpx.put(url, json=body, headers=headers).status_code == 200
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    with server_process(db_url) as (_process, base):
        stored = httpx.get(f"{base}/api/stories/{STORY}/annotations").json()
    assert stored[key]["note"] == "kept through kill -9"
    assert stored[key]["resolved"] is True
