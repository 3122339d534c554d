"""Keeping credentials out of everything we write: messages, logs, cassettes, reports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

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
_BYTE_PATTERNS = [(literal.encode(), pattern) for literal, pattern in _PATTERNS]


def redact(text: str, known: Iterable[str | None] = ()) -> str:
    """``text`` with anything that looks like a key, token, org or project id masked, every
    ``known`` secret (the configured key itself, whatever its shape) masked too, and the
    userinfo of every URL in it (``http://user:password@host``) shown as ``***@``."""
    for secret in known:
        if secret and len(secret) >= 4:
            text = text.replace(secret, MASK)
    # The pre-check lowercases ASCII bytes, not the string: a long result with a few
    # non-ASCII characters (curly quotes) is stored two bytes a character, and str.lower()
    # and str.__contains__ over that cost twice as much as the same work on UTF-8 bytes.
    # The literals are ASCII and no other character case-folds to one of their letters, so
    # both ways find the same candidates; the patterns then run on the text itself.
    lowered = text.encode("utf-8", "surrogatepass").lower()
    for literal, pattern in _BYTE_PATTERNS:
        if literal in lowered:
            text = pattern.sub(MASK, text)
    if b"://" in lowered and b"@" in lowered:
        text = mask_url(text)
    return text


# ``scheme://user:password@host``: whatever sits between ``//`` and the last ``@`` before the
# host is userinfo. Matched on the text, not parsed, so a URL too broken for urlsplit
# (``http://u:p@[::1``) is masked too.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)([^/?#@\s]*)@")


def mask_url(url: str) -> str:
    """``url`` with its userinfo (``user:password@``) replaced by ``***@``: how a URL is
    shown in a message, a log or a cassette. Works on any text holding URLs."""
    return _USERINFO.sub(lambda m: f"{m.group(1)}***@", url)


def url_secrets(url: str | None) -> list[str]:
    """The secrets a URL carries in its userinfo (the password, raw and percent-decoded),
    to be masked by value wherever they appear, not only inside the URL."""
    if not url:
        return []
    found: list[str] = []
    for match in _USERINFO.finditer(url):
        userinfo = match.group(2)
        if ":" in userinfo:
            password = userinfo.split(":", 1)[1]
            found += [password, unquote(password)]
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    if password:
        found.append(password)
    return [secret for secret in dict.fromkeys(found) if secret]
