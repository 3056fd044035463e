"""factline's local web UI: `serve()` runs it; `create_app()` builds it for tests and ASGI hosts."""

from __future__ import annotations

import ipaddress

import uvicorn

from factline.web.app import create_app

__all__ = ["create_app", "serve"]

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")
# An idle connection is kept longer than clients keep theirs (httpx: 5 s), so that a client never
# sends a request on a connection the server is closing at that moment (uvicorn's own default is
# also 5 s; one load test run of 2026-12-08 lost two requests to that race).
KEEP_ALIVE_SECONDS = 30


def serve(
    host: str = "127.0.0.1", port: int = 8000, db: str | None = None, token: str | None = None
) -> None:
    """Serve the web UI over the database `db` until interrupted; only this machine by default.

    Writes need `token` (default: $FACTLINE_TOKEN). On loopback, only requests naming a loopback
    host are answered, so a web page cannot reach this server by DNS rebinding.
    """
    allowed_hosts = LOOPBACK_NAMES if _is_loopback(host) else None
    app = create_app(db, token=token, allowed_hosts=allowed_hosts)
    uvicorn.run(
        app, host=host, port=port, log_level="warning", timeout_keep_alive=KEEP_ALIVE_SECONDS
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
