"""Exceptions a user can act on. Each message is one line that says what to do next, and never
carries an API key (see :func:`summarizer.storage.redact.redact`).

Each class carries its ``kind``, the word a failed result records in ``error_kind`` (and the
eval report counts by), so the kind of a failure is never guessed from its message."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from summarizer.results import ErrorKind

if TYPE_CHECKING:
    from summarizer.results import Usage

# C0 and C1 control characters (newline, carriage return, escape, ...), and the Unicode line
# and paragraph separators: any of them in a message could forge a second ``error:`` line or
# send a raw terminal escape.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` safe to print as one line: every control character shown as an escape
    (``\\n``, ``\\x1b``), so a refusal or a file name cannot start a line of its own."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class SummarizerError(Exception):
    """Base class: the CLI prints ``str(exc)`` on one line and exits non-zero. A failed model
    call also says what it used before it failed (``usage``, ``latency_s``), so a failure is
    logged with its real tokens and time."""

    exit_code = 1
    kind: ClassVar[ErrorKind] = "llm"
    usage: Usage | None = None
    latency_s: float | None = None


class InputError(SummarizerError):
    """An article or argument the user gave cannot be used (missing, empty, binary, ...)."""

    exit_code = 2
    kind: ClassVar[ErrorKind] = "input"


class ConfigError(SummarizerError):
    """Settings that cannot work together (no key for a live run, unknown mode, ...)."""

    exit_code = 2
    kind: ClassVar[ErrorKind] = "config"


class CassetteError(SummarizerError):
    """Replay cannot answer: no cassette for the article, or the cassette is stale."""

    exit_code = 2
    kind: ClassVar[ErrorKind] = "cassette"


class StaleCassetteError(CassetteError):
    """The cassette was recorded for another prompt or schema version."""


class LLMError(SummarizerError):
    """The model endpoint failed past the retry budget, or its output never validated."""

    exit_code = 1


class OutputValidationError(LLMError):
    """The model's output still failed schema validation after every re-ask."""

    kind: ClassVar[ErrorKind] = "validation"


class WorkerError(SummarizerError):
    """A worker process of a run failed: a bug in it, or it was killed from outside."""

    exit_code = 1
    kind: ClassVar[ErrorKind] = "worker"
