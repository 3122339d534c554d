"""What a failed model call means, in one line a user can act on.

The online path (one article) and the batch path (a job) both come through
:func:`describe_failure`, so an HTTP error, a refused connection or a cassette without the
request reads the same everywhere, carries how many attempts were made, and never carries a
secret (every message goes through :func:`summarizer.storage.redact.redact`).
"""

from __future__ import annotations

from summarizer.errors import CassetteError, LLMError, OutputValidationError, SummarizerError
from summarizer.llm.attempts import NotACompletion, ReasksExhausted, Refused
from summarizer.llm.cassettes import is_unmatched_request
from summarizer.llm.client import Settings
from summarizer.llm.retry import ATTEMPTS_EXTENSION, attempts_of, describe_transport_error
from summarizer.storage.keys import endpoint_host
from summarizer.storage.redact import redact

#: Error codes that come with a retryable status but mean the account cannot pay.
QUOTA_CODES = ("insufficient_quota", "billing_hard_limit_reached")


def describe_failure(
    exc: BaseException, settings: Settings, where: str, *, unmatched: str
) -> SummarizerError:
    """A :class:`SummarizerError` for whatever the SDK, instructor or the HTTP layer raised
    while working on ``where`` (an article's source, or what a batch step was doing).
    ``unmatched`` says why a cassette may lack the request, for the re-record hint."""
    import openai
    from instructor.core.exceptions import IncompleteOutputException

    if isinstance(exc, SummarizerError):
        return exc
    endpoint = endpoint_host(settings.base_url)
    if is_unmatched_request(exc):
        return CassetteError(
            f"{where}: the cassette has no exchange matching this request ({unmatched}); "
            "re-record it"
        )
    if isinstance(exc, ReasksExhausted):
        message = (
            f"{where}: model output failed validation after {exc.attempts} attempts "
            f"({settings.max_reasks} re-asks): {exc}"
        )
        return OutputValidationError(redact(message, settings.secrets))
    if isinstance(exc, IncompleteOutputException):
        limit = f"{settings.max_tokens} tokens" if settings.max_tokens else "the server's own"
        return OutputValidationError(
            f"{where}: model output was cut off at the token limit ({limit}); "
            "raise it with --max-tokens"
        )
    if isinstance(exc, openai.APIStatusError):
        attempts = exc.response.extensions.get(ATTEMPTS_EXTENSION, 1)
        detail = exc.message.splitlines()[0] if exc.message else ""
        message = (
            f"{where}: {endpoint} answered HTTP {exc.status_code} after {attempts} "
            f"attempt(s): {detail}"
        )
        if getattr(exc, "code", None) in QUOTA_CODES:
            message += " (not retried: the account is out of quota; add credit or use another key)"
    elif isinstance(exc, openai.APIConnectionError):  # APITimeoutError included
        message = f"{where}: {endpoint}: {transport_failure(exc)}"
    elif isinstance(exc, Refused):
        message = f"{where}: the model refused: {exc}"
    elif isinstance(exc, NotACompletion):
        message = (
            f"{where}: {endpoint} answered HTTP 200 with {exc} instead of the model's output; "
            "check the base URL (most servers' end in /v1)"
        )
    else:
        message = f"{where}: {type(exc).__name__}: {exc}"
    return LLMError(redact(message, settings.secrets))


def transport_failure(exc: BaseException) -> str:
    """What went wrong on the wire and after how many attempts: "connection refused after 3
    attempt(s)", not a guess from the SDK's exception class (a refused connection used to
    read "timed out")."""
    what = describe_transport_error(exc.__cause__ or exc)
    attempts = attempts_of(exc)
    return f"{what} after {attempts} attempt(s)" if attempts else what
