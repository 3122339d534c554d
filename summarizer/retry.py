"""HTTP retries, kept apart from instructor's validation re-asks.

Retries live in an httpx2 transport wrapped around the real one, under the openai SDK (whose own
retries we switch off). So a re-ask that instructor sends after a validation failure gets the
same transport protection as the first attempt, and a 5xx never burns a re-ask. Tenacity drives
the loop: exponential backoff with jitter, ``Retry-After`` honoured (capped), and everything
inside one total time budget per request: a wait that would overrun the budget is not started.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx2
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential_jitter,
)

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
TRANSPORT_ERRORS: tuple[type[Exception], ...] = (
    httpx2.ConnectError,
    httpx2.TimeoutException,
    httpx2.RemoteProtocolError,
    httpx2.ReadError,
    httpx2.WriteError,
)
ATTEMPTS_EXTENSION = "summarizer_attempts"

if TYPE_CHECKING:
    from .ratelimit import RateGate


# Error codes that come with a retryable status but do not go away by waiting: a 429 for an
# account out of credit ("insufficient_quota") would otherwise be retried for the whole budget.
PERMANENT_CODES = (b'"insufficient_quota"', b'"billing_hard_limit_reached"')


def is_permanent(response: httpx2.Response) -> bool:
    """A retryable status whose (already read) body says retrying cannot help."""
    body = response.content
    return any(code in body for code in PERMANENT_CODES)


class RetryableStatus(Exception):
    """Raised inside the retry loop for a response worth retrying; carries the response."""

    def __init__(self, response: httpx2.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


def retry_after_seconds(headers: httpx2.Headers, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait: ``retry-after-ms``, ``Retry-After`` as seconds or as
    an HTTP date. None when absent or unparseable."""
    if (ms := headers.get("retry-after-ms")) is not None:
        try:
            return max(float(ms) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (now if now is not None else time.time()), 0.0)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one HTTP request before giving up.

    ``budget`` is the total wall time (seconds) for all attempts and waits of one request;
    ``max_retry_after`` caps what a server may ask us to wait."""

    max_attempts: int = 6
    budget: float = 120.0
    initial_wait: float = 0.5
    max_wait: float = 20.0
    max_retry_after: float = 60.0
    jitter: float = 0.5
    sleep: Callable[[float], Any] = field(default=time.sleep, compare=False)
    on_retry_after: Callable[[float], None] | None = field(default=None, compare=False)

    def wait(self, state: RetryCallState) -> float:
        backoff = wait_exponential_jitter(
            multiplier=self.initial_wait, max=self.max_wait, jitter=self.jitter
        )(state)
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RetryableStatus):
            asked = retry_after_seconds(exc.response.headers)
            if asked is not None:
                asked = min(asked, self.max_retry_after)
                if self.on_retry_after is not None:
                    self.on_retry_after(asked)
                return asked
        return float(backoff)

    def stop(self) -> Any:
        return stop_after_attempt(self.max_attempts) | stop_before_delay(self.budget)


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


class RetryTransport(httpx2.BaseTransport):
    """Synchronous transport that retries transport errors and retryable statuses."""

    def __init__(self, inner: httpx2.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self._inner = inner
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        retrying = Retrying(sleep=self.policy.sleep, **_retry_kwargs(self.policy))
        attempts = 0
        try:
            for attempt in retrying:
                with attempt:
                    attempts += 1
                    response = self._inner.handle_request(request)
                    if response.status_code in RETRY_STATUSES:
                        response.read()
                        response.close()
                        if not is_permanent(response):
                            raise RetryableStatus(response)
        except RetryableStatus as exc:
            return _final_response(exc, attempts)
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
    ) -> None:
        self._inner = inner
        self.policy = policy or RetryPolicy()
        self.gate = gate

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        retrying = AsyncRetrying(sleep=asyncio.sleep, **_retry_kwargs(self.policy))
        attempts = 0
        try:
            async for attempt in retrying:
                with attempt:
                    attempts += 1
                    if self.gate is not None:
                        await self.gate.wait(len(request.content) // 4)
                    response = await self._inner.handle_async_request(request)
                    if self.gate is not None:
                        self.gate.observe(response.status_code, response.headers)
                    if response.status_code in RETRY_STATUSES:
                        await response.aread()
                        await response.aclose()
                        if not is_permanent(response):
                            raise RetryableStatus(response)
        except RetryableStatus as exc:
            return _final_response(exc, attempts)
        response.extensions = {**response.extensions, ATTEMPTS_EXTENSION: attempts}
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
