"""The web application: pages, their JSON twins under /api/, static files, and its guards.

Everything the pages need is served from here: the hand-written JS and CSS, the world outline.
The Content-Security-Policy header allows nothing but this server, so a page cannot load (or
leak to) anything outside it; `security` holds that and the other guards (token for writes,
body size limit).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib.resources import files

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from factline.errors import BadInputError, FactlineError
from factline.store import Store
from factline.web import api, pages
from factline.web.annotations import ensure_table
from factline.web.security import MAX_BODY_BYTES, Guard, configured_token


def create_app(
    db_url: str | None = None,
    token: str | None = None,
    allowed_hosts: Sequence[str] | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> FastAPI:
    """The factline web app over the database at `db_url` (default: as the CLI chooses).

    Writes need `token` (default: $FACTLINE_TOKEN; with neither, the app is read-only).
    `allowed_hosts` limits the Host header (`serve` gives the loopback names when it binds
    loopback, so a web page cannot reach the server through DNS rebinding); None allows any.
    """
    store = Store(db_url)
    ensure_table(store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="factline",
        summary="A story's timeline, map, figures and conflicts, each with its evidence.",
        version="0.1.0",
        docs_url=None,  # the interactive docs pages load their scripts from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.token = configured_token(token)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(Guard, max_body_bytes=max_body_bytes)
    app.add_exception_handler(FactlineError, _user_error)
    static = files("factline.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


async def _user_error(_request: Request, error: Exception) -> JSONResponse:
    status = 400 if isinstance(error, BadInputError) else 500
    return JSONResponse({"ok": False, "error": str(error)}, status_code=status)
