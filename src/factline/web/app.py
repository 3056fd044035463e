"""The web application: pages, their JSON twins under /api/, static files and security headers.

Everything the pages need is served from here: the hand-written JS and CSS, the world outline.
The Content-Security-Policy header allows nothing but this server, so a page cannot load (or
leak to) anything outside it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.resources import files

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from factline.errors import BadInputError, FactlineError
from factline.store import Store
from factline.web import api, pages
from factline.web.annotations import ensure_table

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(db_url: str | None = None) -> FastAPI:
    """The factline web app over the database at `db_url` (default: as the CLI chooses)."""
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
    app.middleware("http")(_security_headers)
    app.add_exception_handler(FactlineError, _user_error)
    static = files("factline.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    return response


async def _user_error(_request: Request, error: Exception) -> JSONResponse:
    status = 400 if isinstance(error, BadInputError) else 500
    return JSONResponse({"ok": False, "error": str(error)}, status_code=status)
