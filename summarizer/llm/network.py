"""The network around the endpoint: the proxy the environment asks for, and custom headers.

The project builds its own transports (httpx2's for the sync client, aiohttp's for the
engine), which turns httpx's own reading of ``HTTP(S)_PROXY`` off; so the proxy is chosen
here, once per client (a client talks to one base URL), with the standard library's rules:
``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` (either case) by the URL's scheme, and
``NO_PROXY`` hosts, domains and ``*`` going direct.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from summarizer.errors import ConfigError

__all__ = [
    "Headers",
    "RedactingFilter",
    "hide_in_logs",
    "is_secret_header",
    "merge_headers",
    "parse_headers",
    "proxy_for",
]

Headers = tuple[tuple[str, str], ...]

_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_SECRET_NAME = re.compile(
    r"authorization|cookie|key|token|secret|passw|credential|signature|session|auth",
    re.IGNORECASE,
)


def proxy_for(url: str, env: Mapping[str, str] | None = None) -> str | None:
    """The proxy URL for requests to ``url``, or None to go direct. ``env`` defaults to the
    process environment (read now, not at import)."""
    if env is None:
        import urllib.request  # ~12 ms of imports (http.client, email) a cached run never needs

        proxies = urllib.request.getproxies_environment()
    else:
        proxies = {
            name.lower()[: -len("_proxy")]: value
            for name, value in env.items()
            if name.lower().endswith("_proxy") and value.strip()
        }
    proxies = {scheme: value for scheme, value in proxies.items() if value.strip()}
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host or _bypassed(host, parts.port, proxies.get("no", "")):
        return None
    return proxies.get(parts.scheme) or proxies.get("all") or None


def _bypassed(host: str, port: int | None, no_proxy: str) -> bool:
    if no_proxy.strip() == "*":
        return True
    names = {host.lower(), f"{host.lower()}:{port}" if port else host.lower()}
    for entry in (part.strip().lower() for part in no_proxy.split(",")):
        if not entry:
            continue
        entry = entry.lstrip(".").removeprefix("*.")
        if entry in names or any(name.endswith("." + entry) for name in names):
            return True
    return False


def parse_headers(items: Iterable[str] | str | Mapping[str, str] | None, source: str) -> Headers:
    """Headers from ``Name: value`` strings (the ``--header`` flag, repeatable), a string of
    such lines or a JSON object (``SUMMARIZER_HEADERS``), or a table (the config file). A
    malformed one is a usage error naming ``source`` but never the value (it may be a key)."""
    if items is None:
        return ()
    pairs: list[tuple[str, str]]
    if isinstance(items, Mapping):
        pairs = [(str(name), str(value)) for name, value in items.items()]
    else:
        if isinstance(items, str):
            text = items.strip()
            if text.startswith("{"):
                try:
                    loaded = json.loads(text)
                except ValueError:
                    raise ConfigError(f"{source} is not a JSON object of headers") from None
                if not isinstance(loaded, dict):
                    raise ConfigError(f"{source} is not a JSON object of headers")
                return parse_headers({str(k): str(v) for k, v in loaded.items()}, source)
            items = [line for line in text.splitlines() if line.strip()]
        pairs = []
        for item in items:
            name, sep, value = item.partition(":")
            if not sep:
                first = (name.split() or [""])[0][:40]  # never the rest: it may be a key
                raise ConfigError(f"{source}: a header is 'Name: value'; {first!r}... has no ':'")
            pairs.append((name.strip(), value.strip()))
    for name, value in pairs:
        if not _TOKEN.match(name):
            raise ConfigError(f"{source}: {name[:40]!r} is not a valid header name")
        if "\n" in value or "\r" in value:
            raise ConfigError(f"{source}: the value of header {name!r} spans lines")
    return tuple(pairs)


def merge_headers(base: Headers, top: Headers) -> Headers:
    """``base`` with every header ``top`` names replaced (names compare case-insensitively)."""
    names = {name.lower() for name, _ in top}
    return tuple((n, v) for n, v in base if n.lower() not in names) + top


def is_secret_header(name: str) -> bool:
    """A header whose value must never be shown: credentials, tokens, cookies, signatures."""
    return bool(_SECRET_NAME.search(name))


_HIDDEN: set[str] = set()


def hide_in_logs(secrets: Iterable[str]) -> None:
    """Register values that :class:`RedactingFilter` masks in every log line (the key, secret
    headers, a URL's password); the client builders register their settings' secrets."""
    _HIDDEN.update(secret for secret in secrets if len(secret) >= 4)


class RedactingFilter(logging.Filter):
    """A handler filter: each registered secret in a record's message becomes ``***``, so
    ``--debug`` can log HTTP and the SDK's request options without showing a key."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _HIDDEN:
            return True
        message = record.getMessage()
        masked = message
        for secret in sorted(_HIDDEN, key=len, reverse=True):
            masked = masked.replace(secret, "***")
        if masked != message:
            record.msg, record.args = masked, None
        return True
