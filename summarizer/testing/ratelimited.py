"""Requests- and tokens-per-minute budgets for the stub server, enforced like OpenAI does.

:class:`Budget` wraps a stub responder. Each budget is a token bucket that starts full and
refills continuously at ``limit`` per ``window`` seconds (60 for real per-minute limits; the
benchmark scales them down to seconds so a run is short). A request is charged when it
arrives: one request, and its tokens, counted as the usage the stub will report (prompt
tokens of the body plus completion tokens of the answer). When either bucket cannot pay, the
answer is OpenAI's: 429 with an ``error`` body (``code: rate_limit_exceeded``), ``retry-after``
and ``retry-after-ms`` (when the bucket will hold enough), and ``x-ratelimit-*`` headers.
Every answer carries ``x-ratelimit-limit-{requests,tokens}``,
``x-ratelimit-remaining-{requests,tokens}`` and ``x-ratelimit-reset-{requests,tokens}`` (time
until the bucket is full again, in OpenAI's ``1m2.5s`` / ``250ms`` form), read as the answer
leaves (after the stub's latency), as the provider sends them.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from summarizer.testing.stub import Reply

Responder = Callable[[dict[str, Any], bytes], Reply]


def duration(seconds: float) -> str:
    """OpenAI's reset format: ``20ms``, ``1.5s``, ``6m0s``."""
    if seconds < 1:
        return f"{max(0, round(seconds * 1000))}ms"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}m{rest:.3g}s" if minutes else f"{rest:.3g}s"


@dataclass
class Bucket:
    limit: float
    window: float
    level: float = -1.0
    at: float = 0.0

    def refill(self, now: float) -> None:
        if self.level < 0:
            self.level, self.at = self.limit, now
        self.level = min(self.limit, self.level + (now - self.at) * self.limit / self.window)
        self.at = now

    def wait_for(self, amount: float) -> float:
        """Seconds until ``amount`` can be paid (0 if it can now)."""
        short = amount - self.level
        return 0.0 if short <= 0 else short * self.window / self.limit

    def full_in(self) -> float:
        return (self.limit - self.level) * self.window / self.limit


@dataclass
class Budget:
    """``Budget(responder, tokens=..., requests=..., window=60)``; use as the stub's responder.
    Counts what it admitted and refused (:attr:`admitted`, :attr:`refused`,
    :attr:`tokens_admitted`) and when (:attr:`first`, :attr:`last`)."""

    responder: Responder
    tokens: float | None = None
    requests: float | None = None
    window: float = 60.0
    clock: Callable[[], float] = time.monotonic
    admitted: int = 0
    refused: int = 0
    tokens_admitted: int = 0
    first: float | None = None
    last: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _buckets: dict[str, Bucket] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for kind, limit in (("tokens", self.tokens), ("requests", self.requests)):
            if limit:
                self._buckets[kind] = Bucket(float(limit), self.window)

    def capacity_between(self, start: float, end: float) -> float:
        """Tokens the budget allowed from ``start`` to ``end``: a full bucket, then the refill."""
        if not self.tokens:
            return math.inf
        return self.tokens + (end - start) * self.tokens / self.window

    def __call__(self, body: dict[str, Any], raw: bytes) -> Reply:
        reply = self.responder(body, raw)
        usage = reply.body.get("usage", {}) if isinstance(reply.body, dict) else {}
        cost = {"tokens": float(usage.get("total_tokens") or 0), "requests": 1.0}
        with self._lock:
            now = self.clock()
            for bucket in self._buckets.values():
                bucket.refill(now)
            wait = max((b.wait_for(cost[kind]) for kind, b in self._buckets.items()), default=0.0)
            if wait > 0:
                self.refused += 1
                limited = max(self._buckets, key=lambda k: self._buckets[k].wait_for(cost[k]))
                return self._refusal(limited, cost[limited], wait)
            for kind, bucket in self._buckets.items():
                bucket.level -= cost[kind]
            self.admitted += 1
            self.tokens_admitted += int(cost["tokens"])
            self.first = now if self.first is None else self.first
            self.last = now
        reply.finalize = self.headers
        return reply

    def headers(self) -> dict[str, str]:
        """The ``x-ratelimit-*`` headers as of now."""
        out: dict[str, str] = {}
        with self._lock:
            now = self.clock()
            for kind, bucket in self._buckets.items():
                bucket.refill(now)
                out[f"x-ratelimit-limit-{kind}"] = str(int(bucket.limit))
                out[f"x-ratelimit-remaining-{kind}"] = str(max(0, int(bucket.level)))
                out[f"x-ratelimit-reset-{kind}"] = duration(bucket.full_in())
        return out

    def _refusal(self, kind: str, cost: float, wait: float) -> Reply:
        bucket = self._buckets[kind]
        headers = {
            f"x-ratelimit-limit-{kind}": str(int(bucket.limit)),
            f"x-ratelimit-remaining-{kind}": str(max(0, int(bucket.level))),
            f"x-ratelimit-reset-{kind}": duration(bucket.full_in()),
            "retry-after": str(max(1, math.ceil(wait))),
            "retry-after-ms": str(max(1, math.ceil(wait * 1000))),
        }
        label = "tokens per min (TPM)" if kind == "tokens" else "requests per min (RPM)"
        message = (
            f"Rate limit reached for stub-model on {label}: Limit {int(bucket.limit)}, Used "
            f"{int(bucket.limit - bucket.level)}, Requested {int(cost)}. Please try again in "
            f"{duration(wait)}."
        )
        body = {"error": {"message": message, "type": kind, "code": "rate_limit_exceeded"}}
        return Reply(429, body, headers)
