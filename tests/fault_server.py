"""A local OpenAI-compatible server that misbehaves on request, for the fault-injection tests.

It speaks raw HTTP/1.1 over asyncio streams on 127.0.0.1 (not a web framework), because the
faults live below what a framework lets a handler do: a body dripped one byte at a time,
headers that never finish, a connection reset halfway through the body. Each request takes the
next fault of ``script``; when the script is empty, ``default`` answers. Every connection is
closed after one answer, so each retry is a fresh connection.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from summarizer.testing.authoring import wire_response

FAULTS = (
    "ok",  # a valid chat completion (the facts given to the server)
    "drip",  # headers at once, then the body one byte per ``interval``, forever
    "slow_headers",  # the status line and headers one byte per ``interval``, forever
    "reset",  # headers and half the body, then a TCP reset
    "429",  # Too Many Requests with ``Retry-After: <retry_after>``
    "500",  # Internal Server Error, a JSON error body
    "html",  # 200 OK with an HTML page instead of JSON
)


@dataclass
class FaultServer:
    """``with FaultServer(facts, script=["reset", "ok"]) as server: ... server.url ...``."""

    facts: dict[str, Any]
    script: list[str] = field(default_factory=list)
    default: str = "ok"
    interval: float = 0.2
    retry_after: str = "3600"
    served: list[str] = field(default_factory=list)
    port: int = 0

    def __post_init__(self) -> None:
        unknown = set(self.script) | {self.default}
        if unknown - set(FAULTS):
            raise ValueError(f"unknown faults {sorted(unknown - set(FAULTS))}")
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _next(self) -> str:
        with self._lock:
            fault = self.script.pop(0) if self.script else self.default
            self.served.append(fault)
            return fault

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.decode("latin-1").split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            raw = await reader.readexactly(length) if length else b""
            await self._answer(self._next(), raw, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _answer(self, fault: str, raw: bytes, writer: asyncio.StreamWriter) -> None:
        if fault in ("ok", "drip", "reset"):
            name = "ArticleFacts"
            with_tools = json.loads(raw or b"{}").get("tools")
            if with_tools:
                name = with_tools[0]["function"]["name"]
            body = json.dumps(wire_response(self.facts, raw, "tools", "fault", name)).encode()
            status, content_type, extra = "200 OK", "application/json", ""
        elif fault == "429":
            body = b'{"error": {"message": "Rate limit reached", "type": "rate_limit"}}'
            status, content_type = "429 Too Many Requests", "application/json"
            extra = f"Retry-After: {self.retry_after}\r\n"
        elif fault == "500":
            body = b'{"error": {"message": "injected failure", "type": "server_error"}}'
            status, content_type, extra = "500 Internal Server Error", "application/json", ""
        else:  # html, slow_headers
            body = b"<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>"
            status, content_type, extra = "200 OK", "text/html", ""
        head = (
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n{extra}\r\n"
        ).encode()
        if fault == "slow_headers":
            for byte in head:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(self.interval)
            return
        writer.write(head)
        if fault == "drip":
            for byte in body:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(self.interval)
            return
        if fault == "reset":
            writer.write(body[: len(body) // 2])
            await writer.drain()
            await asyncio.sleep(0.05)
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()  # with SO_LINGER 0: RST, not FIN
            return
        writer.write(body)
        await writer.drain()

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        server = loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        loop.run_forever()
        server.close()
        for task in asyncio.all_tasks(loop):
            task.cancel()
        loop.run_until_complete(asyncio.sleep(0))
        loop.close()

    def __enter__(self) -> FaultServer:
        self._thread = threading.Thread(target=self._serve, name="fault-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fault server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released): connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def wait_until(predicate: Any, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False
