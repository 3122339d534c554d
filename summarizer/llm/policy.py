"""How hard to try one HTTP request: the retry policy's numbers, apart from the loop that uses
them (:mod:`summarizer.llm.retry`, which needs httpx2 and tenacity).

Every run reads its :class:`~summarizer.llm.client.Settings`, and settings carry a policy, but
only a run that sends a request needs the loop. Keeping the policy here keeps ~40 ms of imports
off a rerun answered from the cache; tenacity is imported when a request is first retried.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summarizer.llm.ratelimit import retry_after_seconds

if TYPE_CHECKING:
    import httpx2
    from tenacity import RetryCallState


class RetryableStatus(Exception):
    """Raised inside the retry loop for a response worth retrying; carries the response."""

    def __init__(self, response: httpx2.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one HTTP request before giving up.

    ``budget`` is the total wall time (seconds) within which retries of one request may be
    made: no wait is started that would end past it, and 0 means one attempt, no retry.
    ``max_retry_after`` caps what a server may ask us to wait, and so does the budget
    (see :meth:`pause_cap`)."""

    max_attempts: int = 6
    budget: float = 120.0
    initial_wait: float = 0.5
    max_wait: float = 20.0
    max_retry_after: float = 60.0
    jitter: float = 0.5
    sleep: Callable[[float], Any] = field(default=time.sleep, compare=False)
    on_retry_after: Callable[[float], None] | None = field(default=None, compare=False)

    def wait(self, state: RetryCallState) -> float:
        from tenacity import wait_exponential_jitter

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
        from tenacity import stop_after_attempt, stop_before_delay

        if self.budget <= 0:
            return stop_after_attempt(1)
        return stop_after_attempt(self.max_attempts) | stop_before_delay(self.budget)

    def pause_cap(self) -> float:
        """The longest a server's "slow down" may hold the whole pool: never past the budget
        (a 429 with ``Retry-After: 3600`` must not stall a run whose budget is 10 s)."""
        return max(0.0, min(self.max_retry_after, self.budget))
