"""A bounded load test of the web server on loopback, with an ingest running beside it.

Starts `python -m factline.web` on a free port of 127.0.0.1 over a fresh SQLite store holding the
first half of the demo reports, then, for `--seconds`, `--clients` concurrent clients ask for the
story page and the API while `python -m factline ingest examples/` adds the rest of the demo
reports to the same database. Reports requests/s, p50 and p99 latency and the errors (any answer
other than 200, or none at all), which must be zero.

Usage: .venv/bin/python benchmarks/load.py [--seconds 30] [--clients 50] [--out FILE]
Writes a flat JSON object to benchmarks/results/load.json. The target is only ever 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EXAMPLES = REPO / "examples"
STORY = "kazakhstan-2022"
HOST = "127.0.0.1"  # never anything else: this test must not load any other machine
ROUTES = (
    f"/stories/{STORY}",
    f"/api/stories/{STORY}",
    "/api/stories",
    f"/api/stories/{STORY}/export/csv",
)


@dataclass
class Tally:
    """What the clients saw: each answer's latency, and the failures by kind."""

    latencies_s: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def failed(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def ingest_command(paths: Sequence[Path], db_url: str) -> list[str]:
    reports = [str(path) for path in paths]
    return [sys.executable, "-m", "factline", "ingest", *reports, "--story", STORY, "--db", db_url]


def first_half(folder: Path) -> list[Path]:
    reports = sorted(path for path in (EXAMPLES / STORY.split("-")[0]).iterdir() if path.is_file())
    chosen = reports[: max(1, len(reports) // 2)]
    for path in chosen:
        shutil.copy(path, folder / path.name)
    return chosen


class Ingest:
    """`factline ingest` in its own process, started now; a thread notes when it ends."""

    def __init__(self, command: list[str]) -> None:
        self.started = time.monotonic()
        self.seconds = 0.0
        self.exit_code: int | None = None
        quiet = subprocess.DEVNULL
        self.process = subprocess.Popen(command, stdout=quiet, stderr=quiet)
        self.watcher = threading.Thread(target=self._watch, daemon=True)
        self.watcher.start()

    def _watch(self) -> None:
        self.exit_code = self.process.wait()
        self.seconds = time.monotonic() - self.started

    def wait(self) -> None:
        self.watcher.join(timeout=600)


@contextmanager
def server(db_url: str) -> Iterator[str]:
    """`python -m factline.web` on a free loopback port, answering; stopped on the way out."""
    port = free_port()
    command = [sys.executable, "-m", "factline.web", "--host", HOST, "--port", str(port)]
    process = subprocess.Popen([*command, "--db", db_url], env=os.environ.copy())
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"the factline server did not start (exit {process.returncode})")
            try:
                httpx.get(f"{base}/api/stories", timeout=5).raise_for_status()
                break
            except httpx.TransportError:
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


async def client(http: httpx.AsyncClient, number: int, stop_at: float, tally: Tally) -> None:
    index = number
    while time.monotonic() < stop_at:
        route = ROUTES[index % len(ROUTES)]
        index += 1
        started = time.perf_counter()
        try:
            response = await http.get(route)
        except httpx.HTTPError as error:
            tally.failed(type(error).__name__)
            continue
        tally.latencies_s.append(time.perf_counter() - started)
        if response.status_code != 200:
            tally.failed(f"HTTP {response.status_code}")


async def load(base: str, clients: int, seconds: float) -> Tally:
    tally = Tally()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        stop_at = time.monotonic() + seconds
        await asyncio.gather(*(client(http, n, stop_at, tally) for n in range(clients)))
    return tally


def percentile_ms(latencies_s: Sequence[float], fraction: float) -> float | None:
    if not latencies_s:
        return None
    ordered = sorted(latencies_s)
    return round(1000 * ordered[min(len(ordered) - 1, int(fraction * len(ordered)))], 1)


def run(seconds: float, clients: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="factline-load-") as work:
        folder = Path(work)
        db_url = f"sqlite:///{folder / 'load.db'}"
        seeded = folder / "seed"
        seeded.mkdir()
        first_half(seeded)
        quiet = subprocess.DEVNULL
        subprocess.run(ingest_command([seeded], db_url), check=True, stdout=quiet, stderr=quiet)
        with server(db_url) as base:
            ingest = Ingest(ingest_command([EXAMPLES], db_url))
            started = time.monotonic()
            tally = asyncio.run(load(base, clients, seconds))
            elapsed = time.monotonic() - started
            ingest.wait()
            final = httpx.get(f"{base}/api/stories/{STORY}", timeout=60).json()["header"]
    return summary(tally, elapsed, clients, ingest, final)


def summary(
    tally: Tally,
    elapsed_s: float,
    clients: int,
    ingest: Ingest,
    final_header: dict[str, Any],
) -> dict[str, Any]:
    latencies = tally.latencies_s
    return {
        "target": HOST,
        "clients": clients,
        "seconds": round(elapsed_s, 1),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed_s, 1) if elapsed_s else 0.0,
        "p50_ms": percentile_ms(latencies, 0.50),
        "p99_ms": percentile_ms(latencies, 0.99),
        "mean_ms": round(1000 * statistics.fmean(latencies), 1) if latencies else None,
        "errors": sum(tally.errors.values()),
        "error_kinds": ", ".join(f"{k}: {n}" for k, n in sorted(tally.errors.items())),
        "ingest_exit_code": ingest.exit_code,
        "ingest_seconds": round(ingest.seconds, 1),
        "reports_after": final_header["reports"],
        "cpu_count": os.cpu_count() or 0,
    }


def print_table(metrics: dict[str, Any]) -> None:
    width = max(map(len, metrics))
    for name, value in metrics.items():
        print(f"{name:<{width}}  {value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "load.json")
    arguments = parser.parse_args()
    metrics = run(arguments.seconds, arguments.clients)
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print_table(metrics)
    if metrics["errors"] or metrics["ingest_exit_code"]:
        errors, code = metrics["errors"], metrics["ingest_exit_code"]
        sys.exit(f"load test failed: {errors} errors, ingest exit code {code}")


if __name__ == "__main__":
    main()
