"""A local OpenAI-compatible stub server, for tests, dry runs and benchmarks.

It speaks real HTTP on 127.0.0.1, so everything above the socket (openai SDK, instructor, our
retry transport, VCR) runs exactly as it does against a live endpoint. Answers come from a
script (a list of replies served in order: 429s, 500s, invalid output, then success) or from a
responder function; an optional latency is added to every reply.

With ``prompt_cache=True`` it reports cached input tokens the way OpenAI's automatic prompt
caching does: a request whose body shares a prefix of at least 1,024 tokens with an earlier
request's has that prefix, in steps of 128 tokens, reported as
``usage.prompt_tokens_details.cached_tokens`` (tokens estimated from bytes, as
:mod:`summarizer.llm.tokens` does). It compares raw body bytes, so it rewards exactly what a
provider's cache needs: the same bytes first.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from summarizer.llm.tokens import SCHEMA_BYTES_PER_TOKEN
from summarizer.testing.authoring import wire_response

CACHE_MIN_TOKENS = 1024  # OpenAI: prompts of 1,024 tokens or more are cached
CACHE_STEP_TOKENS = 128  # ... in increments of 128 tokens


def common_prefix(a: bytes, b: bytes) -> int:
    """Length of the longest common prefix of ``a`` and ``b`` (binary search over slices)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


@dataclass
class Reply:
    """One answer: ``body`` is sent as JSON, or as it is when it is ``bytes``."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    # more headers, computed as the answer leaves (after the latency): rate-limit state
    finalize: Callable[[], dict[str, str]] | None = None


def facts_reply(
    arguments: dict[str, Any], mode: str = "tools"
) -> Callable[[dict[str, Any], bytes], Reply]:
    """A responder that answers every chat completion with ``arguments`` as the facts."""

    def respond(body: dict[str, Any], raw: bytes) -> Reply:
        tools = body.get("tools") or [{"function": {"name": "ArticleFacts"}}]
        return Reply(200, wire_response(arguments, raw, mode, "stub", tools[0]["function"]["name"]))

    return respond


class StubServer:
    """``with StubServer(script=[...]) as stub: ... stub.url ...``; ``stub.requests`` holds
    every request body (parsed JSON) and headers, in arrival order."""

    def __init__(
        self,
        script: list[Reply] | None = None,
        responder: Callable[[dict[str, Any], bytes], Reply] | None = None,
        latency: float = 0.0,
        prompt_cache: bool = False,
    ) -> None:
        self.script = list(script or [])
        self.responder = responder
        self.latency = latency
        self.prompt_cache = prompt_cache
        self._last_body = b""
        self.requests: list[dict[str, Any]] = []
        self.raw: list[bytes] = []  # every request body as sent, bytes
        self.headers: list[dict[str, str]] = []
        self.paths: list[str] = []  # every request's path and query string
        self.times: list[float] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._runner: Any = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def calls(self) -> int:
        return len(self.requests)

    def _next_reply(self, body: dict[str, Any], raw: bytes) -> Reply:
        with self._lock:
            if self.script:
                return self.script.pop(0)
        if self.responder is not None:
            return self.responder(body, raw)
        return Reply(500, {"error": {"message": "stub script exhausted", "type": "server_error"}})

    async def _handle(self, request: Any) -> Any:
        from aiohttp import web

        raw = await request.read()
        try:
            body = json.loads(raw) if raw else {}
        except json.JSONDecodeError:
            body = {}
        with self._lock:
            self.requests.append(body)
            self.raw.append(raw)
            self.headers.append({k.lower(): v for k, v in request.headers.items()})
            self.paths.append(request.path_qs)
            self.times.append(time.monotonic())
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            reply = self._next_reply(body, raw)
            if self.latency or reply.delay:
                await asyncio.sleep(self.latency + reply.delay)
        finally:
            with self._lock:
                self.in_flight -= 1
        if self.prompt_cache and isinstance(reply.body, dict) and "usage" in reply.body:
            reply.body["usage"]["prompt_tokens_details"] = {"cached_tokens": self.cached(raw)}
        if reply.finalize is not None:
            reply.headers = {**reply.headers, **reply.finalize()}
        if isinstance(reply.body, bytes):  # a raw body (an HTML error page, say), as given
            return web.Response(body=reply.body, status=reply.status, headers=reply.headers)
        return web.json_response(reply.body, status=reply.status, headers=reply.headers)

    def cached(self, raw: bytes) -> int:
        """Tokens of ``raw`` a provider's prompt cache would serve: its common prefix with the
        previous request, if at least :data:`CACHE_MIN_TOKENS`, in whole steps."""
        with self._lock:
            previous, self._last_body = self._last_body, raw
        tokens = int(common_prefix(previous, raw) / SCHEMA_BYTES_PER_TOKEN)
        if tokens < CACHE_MIN_TOKENS:
            return 0
        return tokens - tokens % CACHE_STEP_TOKENS

    def _serve(self) -> None:
        from aiohttp import web

        loop = asyncio.new_event_loop()
        self._loop = loop
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", self.port, backlog=1024)
        loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._runner = runner
        self._ready.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())
        loop.close()

    def start(self) -> StubServer:
        self._thread = threading.Thread(target=self._serve, name="stub-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("stub server did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
