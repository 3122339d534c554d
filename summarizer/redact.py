"""Keeping credentials out of everything we write: messages, logs, cassettes, reports."""

from __future__ import annotations

import re
from collections.abc import Iterable

SECRET_HEADERS = frozenset(
    {
        "authorization",
        "api-key",
        "x-api-key",
        "openai-organization",
        "openai-project",
        "cookie",
        "set-cookie",
        "proxy-authorization",
    }
)
# (literal every match contains, casefolded; pattern): the literal is a cheap C-speed
# pre-check, so redacting a large result that holds no secret (the usual case) costs a scan.
_PATTERNS = [
    ("sk-", re.compile(r"sk-[A-Za-z0-9_\-]{8,}")),
    ("bearer", re.compile(r"(?i)bearer\s+[A-Za-z0-9._\-]{8,}")),
    ("org-", re.compile(r"\borg-[A-Za-z0-9]{8,}")),
    ("proj_", re.compile(r"\bproj_[A-Za-z0-9]{8,}")),
]
MASK = "[REDACTED]"


def redact(text: str, known: Iterable[str | None] = ()) -> str:
    """``text`` with anything that looks like a key, token, org or project id masked, and every
    ``known`` secret (the configured key itself, whatever its shape) masked too."""
    for secret in known:
        if secret and len(secret) >= 4:
            text = text.replace(secret, MASK)
    lowered = text.lower()
    for literal, pattern in _PATTERNS:
        if literal in lowered:
            text = pattern.sub(MASK, text)
    return text
