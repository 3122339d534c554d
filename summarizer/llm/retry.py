"""HTTP retries, kept apart from instructor's validation re-asks.

Retries live in an httpx2 transport wrapped around the real one, under the openai SDK (whose own
retries we switch off). So a re-ask that instructor sends after a validation failure gets the
same transport protection as the first attempt, and a 5xx never burns a re-ask. Tenacity drives
the loop: exponential backoff with jitter, ``Retry-After`` honoured (capped), and everything
inside one total time budget per request: a wait that would overrun the budget is not started.

Each attempt has one wall-clock deadline (``timeout``) for connecting, the headers *and* the
whole body: the body is read here, inside the attempt, so a server that sends one byte a second
is cut at the deadline (HTTP libraries only bound each read), and an answer cut off mid-body
(connection reset) is retried like any other transport error instead of surfacing after the
loop. Transport errors carry a plain statement of what happened (refused, reset, deadline) and
how many attempts were made.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from typing import Any

import httpx2
from tenacity import AsyncRetrying, Retrying, retry_if_exception_type

from summarizer.llm.policy import RetryableStatus, RetryPolicy
from summarizer.llm.ratelimit import RateGate

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
TRANSPORT_ERRORS: tuple[type[Exception], ...] = (
    httpx2.ConnectError,
    httpx2.TimeoutException,
    httpx2.RemoteProtocolError,
    httpx2.ReadError,
    httpx2.WriteError,
)
ATTEMPTS_EXTENSION = "summarizer_attempts"


class DeadlineExceeded(httpx2.TimeoutException):
    """One attempt (connect, headers and body together) ran past its wall-clock deadline."""


class NotAnAPIAnswer(httpx2.DecodingError):
    """A 2xx answer that is an HTML page: a proxy, a login wall or a base URL missing its
    ``/v1``. Not retried and not re-asked: asking again gets the same page."""


def is_html(response: httpx2.Response) -> bool:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return response.is_success and kind in ("text/html", "application/xhtml+xml")


def refuse_html(response: httpx2.Response, request: httpx2.Request) -> None:
    """Raise :class:`NotAnAPIAnswer` for a successful answer that is an HTML page (whose body
    the caller has read), naming the page by its title."""
    if is_html(response):
        title = _TITLE.search(response.content[:8192])
        named = f" ({title.group(1).decode(errors='replace').strip()[:80]!r})" if title else ""
        raise NotAnAPIAnswer(
            f"answered HTTP {response.status_code} with an HTML page{named}, not the API's "
            "JSON (check the base URL: OpenAI-compatible servers usually end in /v1)",
            request=request,
        )


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def describe_transport_error(exc: BaseException) -> str:
    """What happened on the wire, in words: "connection refused", "connection reset by the
    server", "no complete answer within 5s (--timeout)". Underlying libraries disagree on
    names (aiohttp's refused connection reaches httpx as a *timeout*), so the root cause is
    read from the exception chain, not from the wrapper's class."""
    import errno

    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for item in chain:
        if isinstance(item, DeadlineExceeded | NotAnAPIAnswer):
            return str(item)
    for item in chain:
        if isinstance(item, ConnectionRefusedError) or (
            isinstance(item, OSError) and item.errno == errno.ECONNREFUSED
        ):
            return "connection refused"
        if isinstance(item, ConnectionResetError) or (
            isinstance(item, OSError) and item.errno in (errno.ECONNRESET, errno.EPIPE)
        ):
            return "connection reset by the server"
    names = {type(item).__name__ for item in chain}
    if names & {"ServerDisconnectedError", "RemoteProtocolError", "ClientPayloadError"}:
        return "the server closed the connection before the answer was complete"
    if names & {"ClientConnectorDNSError", "gaierror"}:
        return "host name not found"
    for item in chain:
        if isinstance(item, OSError) and item.strerror:
            return item.strerror[:1].lower() + item.strerror[1:]
    text = next((str(item) for item in chain if str(item).strip()), type(exc).__name__)
    return " ".join(text.split())


# Error codes that come with a retryable status but do not go away by waiting: a 429 for an
# account out of credit ("insufficient_quota") would otherwise be retried for the whole budget.
PERMANENT_CODES = (b'"insufficient_quota"', b'"billing_hard_limit_reached"')


def is_permanent(response: httpx2.Response) -> bool:
    """A retryable status whose (already read) body says retrying cannot help."""
    body = response.content
    return any(code in body for code in PERMANENT_CODES)


def _note_attempts(exc: BaseException, attempts: int) -> None:
    """Remember on a transport error how many attempts were made (for the error line)."""
    with contextlib.suppress(AttributeError):
        setattr(exc, ATTEMPTS_EXTENSION, attempts)


def attempts_of(exc: BaseException) -> int | None:
    """How many attempts a transport error ended, when the retry loop noted it."""
    current: BaseException | None = exc
    for _ in range(5):
        if current is None:
            return None
        count = getattr(current, ATTEMPTS_EXTENSION, None)
        if isinstance(count, int):
            return count
        current = current.__cause__ or current.__context__
    return None


def _retry_kwargs(policy: RetryPolicy) -> dict[str, Any]:
    return {
        "retry": retry_if_exception_type((RetryableStatus, *TRANSPORT_ERRORS)),
        "wait": policy.wait,
        "stop": policy.stop(),
        "reraise": True,
    }


def _final_response(exc: RetryableStatus, attempts: int) -> httpx2.Response:
    """The last retryable response, returned (not raised) so the SDK maps it to its usual
    ``APIStatusError`` subclass with the server's message."""
    response = exc.response
    response.extensions = {**response.extensions, ATTEMPTS_EXTENSION: attempts}
    return response


def _deadline_message(timeout: float) -> str:
    return f"no complete answer within {timeout:g}s (--timeout)"


class RetryTransport(httpx2.BaseTransport):
    """Synchronous transport that retries transport errors and retryable statuses.

    ``timeout`` is each attempt's wall-clock deadline. Without an event loop to cancel a
    blocking read, each read is bounded by ``timeout`` and the body is read chunk by chunk
    with the clock checked between chunks, so a dripped body ends at the deadline (headers
    dripped a byte at a time are bounded per read only: a limit of this path)."""

    def __init__(
        self,
        inner: httpx2.BaseTransport,
        policy: RetryPolicy | None = None,
        timeout: float | None = None,
    ) -> None:
        self._inner = inner
        self.policy = policy or RetryPolicy()
        self.timeout = timeout

    def _attempt(self, request: httpx2.Request) -> httpx2.Response:
        if self.timeout is None:
            response = self._inner.handle_request(request)
            response.read()
            return response
        deadline = time.monotonic() + self.timeout
        request.extensions = {
            **request.extensions,
            "timeout": dict.fromkeys(("connect", "read", "write", "pool"), self.timeout),
        }
        response = self._inner.handle_request(request)
        chunks: list[bytes] = []
        try:
            for chunk in response.stream:  # type: ignore[union-attr]
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise DeadlineExceeded(_deadline_message(self.timeout), request=request)
        finally:
            response.close()
        return httpx2.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx2.ByteStream(b"".join(chunks)),
            extensions=response.extensions,
            request=request,
        )

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        retrying = Retrying(sleep=self.policy.sleep, **_retry_kwargs(self.policy))
        attempts = 0
        try:
            for attempt in retrying:
                with attempt:
                    attempts += 1
                    response = self._attempt(request)
                    if response.status_code in RETRY_STATUSES:
                        response.read()  # the body says whether retrying can help
                        if not is_permanent(response):
                            raise RetryableStatus(response)
                    if is_html(response):
                        response.read()
                        refuse_html(response, request)
        except RetryableStatus as exc:
            return _final_response(exc, attempts)
        except TRANSPORT_ERRORS as exc:
            _note_attempts(exc, attempts)
            raise
        response.extensions = {**response.extensions, ATTEMPTS_EXTENSION: attempts}
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx2.AsyncBaseTransport):
    """Asynchronous twin of :class:`RetryTransport`. With a shared :class:`RateGate`, every
    attempt first waits for the gate and every response feeds it, so one 429 slows the pool."""

    def __init__(
        self,
        inner: httpx2.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        gate: RateGate | None = None,
        timeout: float | None = None,
    ) -> None:
        self._inner = inner
        self.policy = policy or RetryPolicy()
        self.gate = gate
        self.timeout = timeout

    async def _attempt(self, request: httpx2.Request) -> httpx2.Response:
        """One exchange, body included, inside the deadline: cancelling the read is what
        bounds a server that drips its answer, however often each read succeeds."""
        timer = asyncio.timeout(self.timeout)
        try:
            async with timer:
                response = await self._inner.handle_async_request(request)
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
        except TimeoutError:
            if self.timeout is not None and timer.expired():
                raise DeadlineExceeded(_deadline_message(self.timeout), request=request) from None
            raise
        return response

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        retrying = AsyncRetrying(sleep=asyncio.sleep, **_retry_kwargs(self.policy))
        attempts = 0
        try:
            async for attempt in retrying:
                with attempt:
                    attempts += 1
                    estimate = len(request.content) // 4
                    if self.gate is not None:
                        await self.gate.wait(estimate)
                    response = await self._attempt(request)
                    if self.gate is not None:
                        self.gate.observe(
                            response.status_code, response.headers, estimate, response.content
                        )
                    if response.status_code in RETRY_STATUSES:
                        await response.aread()  # the body says whether retrying can help
                        if not is_permanent(response):
                            raise RetryableStatus(response)
                    if is_html(response):
                        await response.aread()
                        refuse_html(response, request)
        except RetryableStatus as exc:
            return _final_response(exc, attempts)
        except TRANSPORT_ERRORS as exc:
            _note_attempts(exc, attempts)
            raise
        response.extensions = {**response.extensions, ATTEMPTS_EXTENSION: attempts}
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
