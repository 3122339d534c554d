"""The grounding's safety net: a rule that raises on one value costs that value's check, never
the whole report.

The rules are hand-written text readings, and an article no one tuned them to can hold a shape
none of them foresaw (session 29: "19.9" of "19.9 million" read as a year and given to
``int()``). Before this net, one such value raised out of ``ground()`` and ``summarize`` or
``eval`` lost the model's paid answer to a traceback. Now the value (or passage, or free-text
piece) the rule failed on is flagged *unchecked*: not supported and not unconfirmed (a strong
flag: nothing read it, so a reader must), with the exception's type in its reason; the error
is logged as one warning line (its traceback at debug level, shown by ``--debug``); every
other value is grounded as usual.

Tests must never have a bug hidden from them: ``tests/conftest.py`` (and the outside-check
runner) set :data:`STRICT_ENV`, and ``ground(strict=True)`` does the same for one call; in
strict mode the rule's exception propagates as before.
"""

from __future__ import annotations

import logging
import os
from typing import Any

STRICT_ENV = "SUMMARIZER_STRICT_GROUNDING"
UNCHECKED = "unchecked"  # the kind of a check a rule failed on

_log = logging.getLogger("summarizer.verification")


def strict_from_env() -> bool:
    """Whether grounding re-raises a rule's exception (the test suite's mode)."""
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def unchecked_reason(error: BaseException) -> str:
    return f"a verification rule failed on this value: {type(error).__name__}; please report it"


def unchecked(path: str, value: str, what: str, error: Exception, strict: bool) -> dict[str, Any]:
    """A support (or free-text) check for a value whose ``what`` rule raised ``error``, logged;
    in ``strict`` mode the error is raised again instead."""
    if strict:
        raise error
    # One line for the user (the CLI shows warnings without -v); the traceback, for a bug
    # report, only with --debug / -vv.
    _log.warning(
        "grounding: the %s rule raised %s on %s (%.80r); that value is flagged unchecked and "
        "the rest is grounded as usual (run with --debug for the traceback, and please report it)",
        what,
        type(error).__name__,
        path,
        value,
    )
    _log.debug(
        "grounding: traceback of the %s rule's %s", what, type(error).__name__, exc_info=error
    )
    return {
        "path": path,
        "value": value,
        "kind": UNCHECKED,
        "supported": False,
        "reason": unchecked_reason(error),
        "unconfirmed": False,
    }
