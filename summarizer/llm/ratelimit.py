"""One rate gate shared by every request of a run.

When the provider says "slow down" (a 429 with ``Retry-After``, or ``x-ratelimit-remaining-*``
at zero), retrying only the request that got the answer is not enough: the other workers would
keep hitting the limit. The gate pauses the whole pool until the provider's reset time. Optional
requests-per-minute and tokens-per-minute budgets keep a run under a known quota from the start.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import re
import time
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from typing import Any

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


_PAUSED_UNTIL, _REQUESTS, _TOKENS, _REFILLED, _PAUSES, _BILLED, _ESTIMATED, _PROBE = range(8)
#: Until the first answer says what a request costs, one request at a time (a new one when
#: none has been answered for this long: a slow model, a lost answer).
PROBE_WAIT_S = 5.0
_TOTAL_TOKENS = re.compile(rb'"total_tokens"\s*:\s*(\d+)')
#: Spend this much more than the learned cost per request: a request that costs a little more
#: than the average still finds the provider's bucket able to pay.
HEADROOM = 1.02


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asked us to wait: ``retry-after-ms``, ``Retry-After`` as seconds or as
    an HTTP date. None when absent or unparseable."""
    lower = {key.lower(): value for key, value in headers.items()}
    if (ms := lower.get("retry-after-ms")) is not None:
        try:
            return max(float(ms) / 1000.0, 0.0)
        except ValueError:
            pass
    value = lower.get("retry-after")
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


class _ProcessGuard:
    """A process lock that cannot wedge a run: a worker killed while holding it (terminated
    on Ctrl-C, out of memory) would otherwise block every other worker's next request for
    good. After a second without it the gate goes on unguarded: a budget is then briefly
    approximate, never stuck."""

    def __init__(self, lock: Any) -> None:
        self._lock = lock
        self._held = False

    def __enter__(self) -> None:
        self._held = bool(self._lock.acquire(timeout=1.0))

    def __exit__(self, *exc: object) -> None:
        if self._held:
            self._held = False
            self._lock.release()


class RateGate:
    """Pool-wide pacing: a pause shared by all requests, plus optional RPM/TPM token buckets.

    Pacing by tokens needs each request's cost before it is sent, and the provider counts
    prompt *and* completion tokens. So the gate learns the ratio of tokens billed (the
    answer's ``usage.total_tokens``) to the estimate it is given before sending (the body's
    bytes / 4), over the run so far, and spends ``estimate x ratio`` (plus
    :data:`HEADROOM`) from its tokens bucket; when the answer comes, the bucket is charged the
    difference between what was billed and what was spent, and it never holds more than the
    provider's ``x-ratelimit-remaining-tokens`` (or ``-requests``) says is left. Until the
    first answer, requests go one at a time (one latency at the start of a run), since a full
    bucket spent at the bare estimate would be overspent at once. An answer without usage
    counts as billed at the estimate. A run under
    ``--tpm`` so keeps close to the budget without running into it (``benchmarks/ratelimit.py``).

    Its state is eight numbers. In one process they live in a list; :meth:`share` moves them
    into shared memory behind a process lock, so that worker processes (see
    :mod:`summarizer.run.workers`) pause and spend budgets together, as one pool. The clock must
    then be one that all processes agree on: ``time.monotonic`` is system-wide."""

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
        self._state: Any = [0.0, float(rpm or 0), float(tpm or 0), clock(), 0.0, 0.0, 0.0, -1.0]
        self._guard: AbstractContextManager[Any] = nullcontext()
        self._shared_for: str | None = None
        self._lock: asyncio.Lock | None = None

    def share(self, method: str = "fork") -> None:
        """Keep the state in shared memory from now on; worker processes started with
        ``method`` ("fork" or "spawn") and given this gate then share one pool's pace. A gate
        shared for one method and reused by a pool of the other is shared again (a lock made
        for forked children cannot be sent to spawned ones), its numbers carried over."""
        if self._shared_for == method:
            return
        import multiprocessing

        context: Any = multiprocessing.get_context(method)
        shared = context.RawArray("d", list(self._state))
        self._guard = _ProcessGuard(context.Lock())
        self._state = shared
        self._shared_for = method

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_lock"] = None  # an asyncio lock belongs to one event loop
        return state

    @property
    def paused_until(self) -> float:
        return float(self._state[_PAUSED_UNTIL])

    @property
    def pauses(self) -> int:
        return int(self._state[_PAUSES])

    def pause(self, seconds: float) -> None:
        """Hold every request of the pool for ``seconds`` (capped at ``max_pause``)."""
        seconds = min(max(seconds, 0.0), self.max_pause)
        with self._guard:
            until = self._clock() + seconds
            if until > self._state[_PAUSED_UNTIL]:
                self._state[_PAUSED_UNTIL] = until
                self._state[_PAUSES] += 1

    def ratio(self) -> float:
        """Tokens billed per estimated token so far (1 before any answer)."""
        state = self._state
        return float(state[_BILLED] / state[_ESTIMATED]) if state[_ESTIMATED] else 1.0

    def cost(self, estimate: int) -> float:
        """What a request estimated at ``estimate`` tokens is expected to be billed."""
        return estimate * self.ratio() * HEADROOM

    def observe(
        self,
        status: int,
        headers: Mapping[str, str],
        estimate: int = 0,
        body: bytes | None = None,
    ) -> None:
        """Read the provider's rate-limit signals from a response; with a tokens budget, also
        what the request was billed (``estimate`` is what :meth:`wait` was given for it)."""
        lower = {k.lower(): v for k, v in headers.items()}
        if self.tpm or self.rpm:
            self._settle(status, lower, estimate, body)
        if status == 429:
            asked = retry_after_seconds(lower)
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

    def _settle(
        self, status: int, lower: Mapping[str, str], estimate: int, body: bytes | None
    ) -> None:
        billed = None
        if status < 300 and estimate > 0 and self.tpm:
            found = _TOTAL_TOKENS.search(body, max(0, len(body) - 1024)) if body else None
            billed = int(found.group(1)) if found else estimate
        with self._guard:
            state = self._state
            state[_PROBE] = -1.0
            self._refill(self._clock())
            if billed is not None:
                spent = estimate * self.ratio() * HEADROOM
                state[_BILLED] += billed
                state[_ESTIMATED] += estimate
                state[_TOKENS] -= billed - spent
            for kind, slot, budget in (
                ("tokens", _TOKENS, self.tpm),
                ("requests", _REQUESTS, self.rpm),
            ):
                left = lower.get(f"x-ratelimit-remaining-{kind}")
                if budget and left is not None:
                    with contextlib.suppress(ValueError):
                        state[slot] = min(state[slot], float(left))

    def _refill(self, now: float) -> None:
        state = self._state
        elapsed = now - state[_REFILLED]
        state[_REFILLED] = now
        if self.rpm:
            state[_REQUESTS] = min(self.rpm, state[_REQUESTS] + elapsed * self.rpm / 60)
        if self.tpm:
            state[_TOKENS] = min(self.tpm, state[_TOKENS] + elapsed * self.tpm / 60)

    def _delay_for(self, tokens: int) -> float:
        """Seconds to wait before a request of ``tokens`` may go; 0 means go (and spend)."""
        with self._guard:
            state = self._state
            now = self._clock()
            if state[_PAUSED_UNTIL] > now:
                return float(state[_PAUSED_UNTIL] - now)
            self._refill(now)
            waits = []
            if self.rpm and state[_REQUESTS] < 1:
                waits.append((1 - state[_REQUESTS]) * 60 / self.rpm)
            wanted = min(tokens * self.ratio() * HEADROOM, self.tpm) if self.tpm else 0
            if self.tpm and state[_TOKENS] < wanted:
                waits.append((wanted - state[_TOKENS]) * 60 / self.tpm)
            if self.tpm and not state[_ESTIMATED] and not waits:  # cost not known yet
                if state[_PROBE] >= 0 and now - state[_PROBE] < PROBE_WAIT_S:
                    waits.append(0.02)
                else:
                    state[_PROBE] = now
            if waits:
                return float(max(waits))
            if self.rpm:
                state[_REQUESTS] -= 1
            if self.tpm:
                state[_TOKENS] -= wanted
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
