"""ASGI middleware for `eventwire serve`: security headers on every response and a request body size limit.

The limit is enforced twice: a declared Content-Length over the limit is refused before the app sees the
request, and a body streamed without one (chunked) is counted as it is read; going over raises `BodyTooLarge`,
an HTTPException, so the app's error handler answers 413 with a JSON error.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script or style anywhere: every script and stylesheet is a file under /static.
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
)


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"the request body is over the limit of {limit} bytes")
        self.limit = limit


def error_body(code: str, message: str, **extra: object) -> bytes:
    return json.dumps({"error": {"code": code, "message": message, **extra}}).encode()


class SecurityMiddleware:
    """Adds SECURITY_HEADERS to every HTTP response, refuses bodies over `max_body_bytes`, and (when
    `allowed_hosts` is given) refuses requests whose Host header is not one of them (DNS rebinding)."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, allowed_hosts: Iterable[str] | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.allowed_hosts = None if allowed_hosts is None else {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        if self.allowed_hosts is not None:
            host = headers.get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if host not in self.allowed_hosts and name not in self.allowed_hosts:
                await _reply(send_with_headers, 400, error_body("bad_host", "unexpected Host header"))
                return
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                await _reply(send_with_headers, 400, error_body("bad_request", "invalid Content-Length"))
                return
            if length > self.max_body_bytes:
                await _reply(send_with_headers, 413, error_body(
                    "too_large", f"the request body is over the limit of {self.max_body_bytes} bytes",
                    limit=self.max_body_bytes,
                ))
                return

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLarge(self.max_body_bytes)
            return message

        await self.app(scope, limited_receive, send_with_headers)


async def _reply(send: Send, status: int, body: bytes) -> None:
    await send({
        "type": "http.response.start", "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
    })
    await send({"type": "http.response.body", "body": body})
