"""The full exchange with a model, as captured by the attempt loop and as stored.

Capture is cheap on purpose: the attempt loop (:mod:`summarizer.llm.attempts`) keeps
*references* to each attempt's request (a shallow copy of its arguments, since instructor's
re-ask appends to the same message list), to the completion object the SDK returned and to the
exception that rejected or ended the attempt. Nothing is serialised while the request is in
flight; :class:`Encoder` turns an :class:`Exchange` into JSON once, when the store writes its
row (:meth:`summarizer.storage.store.Store.log`).

Size: every request of a run carries the same schema-sized options (the tool definitions, ~15 KB
for :class:`~summarizer.schema.ArticleFacts`, or ``response_format``) and the same system
prompt. Those *static parts* are stored once, in the ``exchange_parts`` table keyed by the
SHA-256 of their (redacted) JSON, and each exchange holds ``{"$part": "sha256:..."}`` in their
place; a run of 1,000 articles stores one copy of the schema, not 1,000. What stays per
exchange is what differs per article: the user message (the article), the options, each
response and each error.

Stored layout (``exchanges.exchange_json``, format 1)::

    {"format": 1, "attempts": [
        {"request": {"model": ..., <options>, "tools": {"$part": ...}, "tool_choice": ...,
                     "messages": [{"$part": ...}, {"role": "user", "content": ...}],
                     "headers": {...}},
         "response": <the completion as returned, unset fields left out> or null,
         "error": {"type": ..., "message": ...} or null}, ...]}

``error`` on an attempt is what rejected its response (the validation error a re-ask quotes)
or what ended it (a transport error, a refusal, an answer cut off at the token limit). An
exchange with no attempts is a failure before any request (a stale cassette). Secrets: the
whole JSON and every part go through the store's redaction (key-shaped values, the configured
secrets, URL userinfo), and credential headers are dropped, before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pydantic_core

from summarizer.storage.redact import SECRET_HEADERS

__all__ = [
    "FORMAT",
    "PART",
    "STATIC_OPTIONS",
    "Attempt",
    "Encoder",
    "Exchange",
    "StoredExchange",
    "attach",
    "exchange_of",
    "expand",
    "is_part",
    "referenced",
]

FORMAT = 1
PART = "$part"
#: Request options stored as parts (schema-sized, the same for every article of a run).
STATIC_OPTIONS = ("tools", "functions", "response_format")
# Messages stored as parts: the instructions, the same for every article.
_PROMPT_ROLES = frozenset({"system", "developer"})
# ``chat.completions.create`` arguments that are about the HTTP call, not the request body.
_TRANSPORT = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})
_ATTACHED = "_summarizer_exchange"
_MEMO_LIMIT = 256


@dataclass(slots=True)
class Attempt:
    """One request and what came of it, by reference (serialised when the row is written)."""

    request: dict[str, Any]
    response: Any = None
    error: BaseException | None = None


@dataclass(slots=True)
class Exchange:
    """Every attempt of one article, re-asks included, in order."""

    attempts: list[Attempt] = field(default_factory=list)

    def begin(self, kwargs: dict[str, Any]) -> None:
        """Record a request about to be sent. The message list is copied (a few references):
        instructor's re-ask extends the list it was given, which would rewrite history."""
        request = dict(kwargs)
        messages = request.get("messages")
        if isinstance(messages, list):
            request["messages"] = list(messages)
        self.attempts.append(Attempt(request))

    def answered(self, completion: Any) -> None:
        if self.attempts:
            self.attempts[-1].response = completion

    def ended(self, error: BaseException) -> None:
        """``error`` rejected or ended the latest attempt (the first one recorded wins: a
        re-ask's validation error is kept when :class:`ReasksExhausted` wraps it)."""
        if self.attempts and self.attempts[-1].error is None:
            self.attempts[-1].error = error


def attach(error: BaseException, exchange: Exchange | None) -> None:
    """Mark ``error`` with the exchange that ended in it, so whoever logs the failure can store
    the attempts up to it (:func:`exchange_of`)."""
    if exchange is not None:
        with contextlib.suppress(AttributeError, TypeError):  # an exception without __dict__
            setattr(error, _ATTACHED, exchange)


def exchange_of(error: BaseException) -> Exchange | None:
    """The exchange :func:`attach` marked ``error`` with, if any."""
    found = getattr(error, _ATTACHED, None)
    return found if isinstance(found, Exchange) else None


def is_part(value: Any) -> bool:
    """Whether ``value`` is a reference to a stored part."""
    return isinstance(value, dict) and len(value) == 1 and PART in value


def expand(data: dict[str, Any], parts: dict[str, Any]) -> dict[str, Any]:
    """A stored exchange with every part reference replaced by the part itself (a part
    missing from ``parts`` stays a reference)."""

    def resolve(value: Any) -> Any:
        return parts.get(value[PART], value) if is_part(value) else value

    attempts = []
    for attempt in data.get("attempts", []):
        request = dict(attempt.get("request") or {})
        for key in STATIC_OPTIONS:
            if key in request:
                request[key] = resolve(request[key])
        if isinstance(request.get("messages"), list):
            request["messages"] = [resolve(message) for message in request["messages"]]
        attempts.append({**attempt, "request": request})
    return {**data, "attempts": attempts}


def referenced(data: dict[str, Any]) -> list[str]:
    """The hashes of the parts a stored exchange references, each once."""
    found: dict[str, None] = {}
    for attempt in data.get("attempts", []):
        request = attempt.get("request") or {}
        for value in [*(request.get(key) for key in STATIC_OPTIONS), *request.get("messages", [])]:
            if is_part(value):
                found[value[PART]] = None
    return list(found)


@dataclass(frozen=True)
class StoredExchange:
    """An exchange as read back: ``data`` with part references, ``parts`` what they name
    (hash -> the part, parsed)."""

    data: dict[str, Any]
    parts: dict[str, Any]

    def expanded(self) -> dict[str, Any]:
        return expand(self.data, self.parts)


def _default(value: Any) -> Any:
    """JSON for what a request or response holds besides plain data: pydantic models (the
    SDK's completion and messages, as returned: unset fields left out), bytes, anything else
    as its text."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", exclude_unset=True)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _dumps(value: Any) -> str:
    """Compact JSON, UTF-8 unescaped, by pydantic-core's serialiser: three times the speed of
    ``json.dumps`` on a request and its answer (mostly long strings to escape), and this runs
    once per stored row."""
    return pydantic_core.to_json(value, fallback=_default).decode("utf-8")


def _error(error: BaseException | None) -> dict[str, Any] | None:
    if error is None:
        return None
    described: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    status = getattr(error, "status_code", None)
    if isinstance(status, int):
        described["status"] = status
    return described


def _response(value: Any) -> Any:
    """The completion as returned; a body that was not one (an HTML page) as text."""
    if value is None or isinstance(value, (dict, list, str)):
        return value
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", exclude_unset=True)
    return _default(value)


class Encoder:
    """Serialises exchanges for one store: ``clean`` is its redaction (applied to the whole
    JSON and to every part before its hash is taken, so a part's hash names what is stored).

    Parts are remembered by identity (the plan's tool list is one object for a whole run) or
    by text (a system prompt), so the ~15 KB schema is serialised and hashed once per
    process, not once per article."""

    def __init__(self, clean: Callable[[str], str]) -> None:
        self._clean = clean
        self._by_identity: dict[int, tuple[Any, str, str]] = {}
        self._by_text: dict[tuple[str, str], tuple[str, str]] = {}
        self.written: set[str] = set()  # part hashes known to be in the store

    def _remember(self, value: Any) -> tuple[str, str]:
        text = self._clean(_dumps(value))
        return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest(), text

    def _part(self, value: Any, new: dict[str, str]) -> dict[str, str]:
        known = self._by_identity.get(id(value))
        if known is not None and known[0] is value:
            digest, text = known[1], known[2]
        else:
            if len(self._by_identity) >= _MEMO_LIMIT:
                self._by_identity.clear()
            digest, text = self._remember(value)
            self._by_identity[id(value)] = (value, digest, text)  # the reference pins the id
        if digest not in self.written:
            new[digest] = text
        return {PART: digest}

    def _message(self, message: Any, new: dict[str, str]) -> Any:
        if not isinstance(message, dict) or message.get("role") not in _PROMPT_ROLES:
            return message
        content = message.get("content")
        if not isinstance(content, str) or len(message) != 2:
            return message
        memo_key = (str(message["role"]), content)
        known = self._by_text.get(memo_key)
        if known is None:
            if len(self._by_text) >= _MEMO_LIMIT:
                self._by_text.clear()
            known = self._by_text[memo_key] = self._remember(message)
        if known[0] not in self.written:
            new[known[0]] = known[1]
        return {PART: known[0]}

    def _request(self, kwargs: dict[str, Any], new: dict[str, str]) -> dict[str, Any]:
        """The request body as the SDK sends it (``extra_body`` merged in), static parts by
        reference, and the non-credential headers the call added."""
        body = {k: v for k, v in kwargs.items() if k not in _TRANSPORT}
        body.update(kwargs.get("extra_body") or {})
        request: dict[str, Any] = {}
        for key, value in body.items():
            if key == "messages":
                continue
            request[key] = self._part(value, new) if key in STATIC_OPTIONS else value
        messages = body.get("messages")
        if isinstance(messages, list):
            request["messages"] = [self._message(message, new) for message in messages]
        headers = kwargs.get("extra_headers") or {}
        kept = {k: v for k, v in headers.items() if str(k).lower() not in SECRET_HEADERS}
        if kept:
            request["headers"] = kept
        return request

    def encode(self, exchange: Exchange) -> tuple[str, dict[str, str]]:
        """(the exchange's redacted JSON, the parts it references that the store may not
        hold yet: hash -> redacted JSON)."""
        new: dict[str, str] = {}
        attempts = [
            {
                "request": self._request(attempt.request, new),
                "response": _response(attempt.response),
                "error": _error(attempt.error),
            }
            for attempt in exchange.attempts
        ]
        return self._clean(_dumps({"format": FORMAT, "attempts": attempts})), new
