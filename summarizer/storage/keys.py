"""The cache key of a request: a hash of everything that decides the answer, and nothing
secret. Also the endpoint as logs and keys name it (a bare host, never credentials).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

DEFAULT_ENDPOINT = "api.openai.com"
_SECRET_OPTION_NAMES = frozenset({"api_key", "key", "authorization", "token", "password"})


def endpoint_host(base_url: str | None) -> str:
    """The endpoint as ``host[:port]``, which is all a log or cache key needs. Credentials that
    may sit in a URL (``https://user:secret@host``) and its path are dropped on purpose."""
    if not base_url:
        return DEFAULT_ENDPOINT
    parts = urlsplit(base_url if "//" in base_url else f"//{base_url}")
    host = parts.hostname or ""
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port else host or DEFAULT_ENDPOINT


def request_options(
    *,
    mode: str,
    temperature: float | None,
    max_tokens: int | None,
    base_url: str | None,
) -> dict[str, Any]:
    """The request options that change the answer, in the shape :func:`request_key` expects.
    Take them from ``Settings`` (``mode``, ``temperature``, ``max_tokens``, ``base_url``); the
    key, timeout and retry budget are left out because they do not change what comes back."""
    return {
        "mode": mode,
        "temperature": temperature,
        "max_tokens": max_tokens,
        "endpoint": endpoint_host(base_url),
    }


def request_key(
    article_id: str,
    model: str,
    prompt_version: str,
    schema_version: str,
    options: Mapping[str, Any],
) -> str:
    """The cache key: sha256 of a canonical JSON of everything that decides the answer, so the
    same article asked the same way is found again, and any change (a prompt edit, another
    model, another temperature) is a miss. ``options`` must be JSON-serialisable; a secret in it
    is refused, since a stable hash of a key would let anyone holding the store test guesses."""
    secret = _SECRET_OPTION_NAMES.intersection(name.lower() for name in options)
    if secret:
        raise ValueError(f"request_key options must not carry secrets: {sorted(secret)}")
    canonical = json.dumps(
        {
            "article_id": article_id,
            "model": model,
            "prompt_version": prompt_version,
            "schema_version": schema_version,
            "options": dict(options),
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
