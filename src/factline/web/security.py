"""What keeps the web UI safe to share: security headers on every response, a cap on request
bodies, paths with control characters refused, and a token for every route that writes.

The server is read-only unless the person running it sets `FACTLINE_TOKEN`; a write then needs
`Authorization: Bearer <token>`, compared in constant time. A browser cannot send that header
from another site without a CORS preflight this server never grants, so a page elsewhere cannot
write through an analyst's browser either.
"""

from __future__ import annotations

import hmac
import json
import os
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_VARIABLE = "FACTLINE_TOKEN"
MAX_BODY_BYTES = 1_000_000

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
_RAW_HEADERS = [(name.lower().encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]

# Writes are refused with these, each saying what to do about it.
NO_TOKEN_SET = (
    f"this server is read-only: start it with {TOKEN_VARIABLE} set to a secret to allow writes"
)
WRONG_TOKEN = "a write needs the server's token as 'Authorization: Bearer <token>'"

_bearer = HTTPBearer(auto_error=False, description=f"The token set in {TOKEN_VARIABLE}.")


def configured_token(token: str | None = None) -> str | None:
    """The write token: the one given, else $FACTLINE_TOKEN; an empty one means none."""
    chosen = token if token is not None else os.environ.get(TOKEN_VARIABLE)
    return chosen or None


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Let a write through only with the configured token (403 when none is configured)."""
    expected: str | None = request.app.state.token
    if expected is None:
        raise HTTPException(403, NO_TOKEN_SET)
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(401, WRONG_TOKEN, headers={"WWW-Authenticate": "Bearer"})


WriteAllowed = Depends(require_token)


class Guard:
    """ASGI middleware: security headers on every response, request bodies capped at
    `max_body_bytes` (413), and paths holding control characters such as NUL refused (404)."""

    def __init__(self, app: ASGIApp, max_body_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_RAW_HEADERS]
            await send(message)

        if _has_control_characters(scope["path"]):
            await _refuse(send_with_headers, 404, "no such page")
            return
        if _declared_length(scope) > self.max_body_bytes:
            await _refuse(send_with_headers, 413, self._too_large())
            return
        body = await _read_body(receive, self.max_body_bytes)
        if body is None:
            await _refuse(send_with_headers, 413, self._too_large())
            return
        await self.app(scope, _replay(body, receive), send_with_headers)

    def _too_large(self) -> str:
        return f"request body over the limit of {self.max_body_bytes:,} bytes"


def _has_control_characters(path: str) -> bool:
    return any(ord(character) < 0x20 or ord(character) == 0x7F for character in path)


def _declared_length(scope: Scope) -> int:
    for name, value in scope["headers"]:
        if name == b"content-length":
            if not value.isdigit():
                return 0
            return int(value) if len(value) < 19 else 1 << 63
    return 0


async def _read_body(receive: Receive, limit: int) -> list[Message] | None:
    """The request's body messages, or None once they pass `limit` bytes (chunked uploads
    declare no length, so the bytes are counted as they come)."""
    messages: list[Message] = []
    received = 0
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return messages
        received += len(message.get("body", b""))
        if received > limit:
            return None
        if not message.get("more_body", False):
            return messages


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """The body already read, then whatever else the client sends (such as its disconnect)."""
    pending = list(messages)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()

    return replayed


async def _refuse(send: Send, status: int, error: str) -> None:
    body = json.dumps({"ok": False, "error": error}).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
