"""summarizer: structured, verifiable summaries of news articles, and an eval harness for them.

The public API is ``__all__``. Names are imported on first use (PEP 562) so that the CLI's
``--help`` does not pay for pydantic, openai and instructor.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .articles import Article, load_article
    from .cassettes import cassette_session
    from .client import Settings, settings_from_env
    from .errors import (
        CassetteError,
        ConfigError,
        InputError,
        LLMError,
        StaleCassetteError,
        SummarizerError,
        WorkerError,
    )
    from .extract import asummarize, summarize
    from .gold import GoldLabel, load_gold
    from .local import LocalServer
    from .many import asummarize_many, summarize_many
    from .results import SummaryResult, Usage
    from .retry import RetryPolicy
    from .schema import ArticleFacts, schema_version
    from .scoring import Comparison, EvalReport, compare, evaluate
    from .store import Store
    from .verification.grounding import GroundingReport, ground

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "articles",
    "ArticleFacts": "schema",
    "CassetteError": "errors",
    "Comparison": "scoring",
    "ConfigError": "errors",
    "EvalReport": "scoring",
    "GoldLabel": "gold",
    "GroundingReport": "verification.grounding",
    "InputError": "errors",
    "LLMError": "errors",
    "LocalServer": "local",
    "RetryPolicy": "retry",
    "Settings": "client",
    "StaleCassetteError": "errors",
    "Store": "store",
    "SummarizerError": "errors",
    "SummaryResult": "results",
    "Usage": "results",
    "WorkerError": "errors",
    "asummarize": "extract",
    "asummarize_many": "many",
    "cassette_session": "cassettes",
    "compare": "scoring",
    "evaluate": "scoring",
    "ground": "verification.grounding",
    "load_article": "articles",
    "load_gold": "gold",
    "schema_version": "schema",
    "settings_from_env": "client",
    "summarize": "extract",
    "summarize_many": "many",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
