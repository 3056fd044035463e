"""factline's local web UI: `serve()` runs it; `create_app()` builds it for tests and ASGI hosts."""

from __future__ import annotations

import uvicorn

from factline.web.app import create_app

__all__ = ["create_app", "serve"]


def serve(host: str = "127.0.0.1", port: int = 8000, db: str | None = None) -> None:
    """Serve the web UI over the database `db` until interrupted; only this machine by default."""
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
