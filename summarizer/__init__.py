"""summarizer: structured, verifiable summaries of news articles, and an eval harness for them.

The public API is ``__all__``. Names are imported on first use (PEP 562) so that the CLI's
``--help`` does not pay for pydantic, openai and instructor.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.articles import Article, load_article
    from summarizer.errors import (
        CassetteError,
        ConfigError,
        InputError,
        LLMError,
        StaleCassetteError,
        SummarizerError,
        WorkerError,
    )
    from summarizer.evaluation.gold import GoldLabel, load_gold
    from summarizer.evaluation.scoring import Comparison, EvalReport, compare, evaluate
    from summarizer.llm.cassettes import cassette_session
    from summarizer.llm.client import Settings, settings_from_env
    from summarizer.llm.local import LocalServer
    from summarizer.llm.policy import RetryPolicy
    from summarizer.llm.second_reader import asecond_read, second_read
    from summarizer.llm.summarize import asummarize, summarize
    from summarizer.results import GroundingReport, SummaryResult, Usage
    from summarizer.run.dispatch import asummarize_many, summarize_many
    from summarizer.schema import ArticleFacts, schema_version
    from summarizer.storage.store import Store
    from summarizer.verification.grounding import ground

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "articles",
    "ArticleFacts": "schema",
    "CassetteError": "errors",
    "Comparison": "evaluation.scoring",
    "ConfigError": "errors",
    "EvalReport": "evaluation.scoring",
    "GoldLabel": "evaluation.gold",
    "GroundingReport": "results",
    "InputError": "errors",
    "LLMError": "errors",
    "LocalServer": "llm.local",
    "RetryPolicy": "llm.policy",
    "Settings": "llm.client",
    "StaleCassetteError": "errors",
    "Store": "storage.store",
    "SummarizerError": "errors",
    "SummaryResult": "results",
    "Usage": "results",
    "WorkerError": "errors",
    "asecond_read": "llm.second_reader",
    "asummarize": "llm.summarize",
    "asummarize_many": "run.dispatch",
    "cassette_session": "llm.cassettes",
    "compare": "evaluation.scoring",
    "evaluate": "evaluation.scoring",
    "ground": "verification.grounding",
    "load_article": "articles",
    "load_gold": "evaluation.gold",
    "schema_version": "schema",
    "second_read": "llm.second_reader",
    "settings_from_env": "llm.client",
    "summarize": "llm.summarize",
    "summarize_many": "run.dispatch",
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
