"""One rate gate shared by every request of a run.

When the provider says "slow down" (a 429 with ``Retry-After``, or ``x-ratelimit-remaining-*``
at zero), retrying only the request that got the answer is not enough: the other workers would
keep hitting the limit. The gate pauses the whole pool until the provider's reset time. Optional
requests-per-minute and tokens-per-minute budgets keep a run under a known quota from the start.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Mapping

_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_reset(value: str | None) -> float | None:
    """Seconds in an OpenAI reset header: "1s", "6m0s", "20ms", "1h2m3.5s", or a bare number."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    parts = _DURATION.findall(value)
    if not parts:
        return None
    return sum(float(number) * _UNIT[unit] for number, unit in parts)


class RateGate:
    """Pool-wide pacing: a pause shared by all requests, plus optional RPM/TPM token buckets."""

    def __init__(
        self,
        rpm: float | None = None,
        tpm: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_pause: float = 120.0,
    ) -> None:
        self.rpm, self.tpm = rpm, tpm
        self._clock = clock
        self.max_pause = max_pause
        self.paused_until = 0.0
        self.pauses = 0
        self._request_allowance = float(rpm) if rpm else 0.0
        self._token_allowance = float(tpm) if tpm else 0.0
        self._refilled = clock()
        self._lock: asyncio.Lock | None = None

    def pause(self, seconds: float) -> None:
        """Hold every request of the pool for ``seconds`` (capped at ``max_pause``)."""
        seconds = min(max(seconds, 0.0), self.max_pause)
        until = self._clock() + seconds
        if until > self.paused_until:
            self.paused_until = until
            self.pauses += 1

    def observe(self, status: int, headers: Mapping[str, str]) -> None:
        """Read the provider's rate-limit signals from a response."""
        lower = {k.lower(): v for k, v in headers.items()}
        if status == 429:
            import httpx2

            from .retry import retry_after_seconds

            asked = retry_after_seconds(httpx2.Headers(lower))
            if asked is None:
                asked = parse_reset(lower.get("x-ratelimit-reset-requests")) or 1.0
            self.pause(asked)
            return
        for kind in ("requests", "tokens"):
            remaining = lower.get(f"x-ratelimit-remaining-{kind}")
            if remaining is not None and remaining.strip() in {"0", "0.0"}:
                reset = parse_reset(lower.get(f"x-ratelimit-reset-{kind}"))
                if reset:
                    self.pause(reset)

    def _refill(self) -> None:
        now = self._clock()
        elapsed = now - self._refilled
        self._refilled = now
        if self.rpm:
            self._request_allowance = min(
                self.rpm, self._request_allowance + elapsed * self.rpm / 60
            )
        if self.tpm:
            self._token_allowance = min(self.tpm, self._token_allowance + elapsed * self.tpm / 60)

    def _delay_for(self, tokens: int) -> float:
        """Seconds to wait before a request of ``tokens`` may go; 0 means go (and spend)."""
        now = self._clock()
        if self.paused_until > now:
            return self.paused_until - now
        self._refill()
        waits = []
        if self.rpm and self._request_allowance < 1:
            waits.append((1 - self._request_allowance) * 60 / self.rpm)
        wanted = min(tokens, self.tpm) if self.tpm else 0
        if self.tpm and self._token_allowance < wanted:
            waits.append((wanted - self._token_allowance) * 60 / self.tpm)
        if waits:
            return max(waits)
        if self.rpm:
            self._request_allowance -= 1
        if self.tpm:
            self._token_allowance -= wanted
        return 0.0

    async def wait(self, tokens: int = 0) -> None:
        """Block until the pool may send a request of about ``tokens`` tokens."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        while True:
            async with self._lock:
                delay = self._delay_for(tokens)
            if delay <= 0:
                return
            await asyncio.sleep(delay)
