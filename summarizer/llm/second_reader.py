"""A second reader: the run's own model, asked about each value the rules left unconfirmed.

The grounding's rules flag a value *unconfirmed* when they cannot read its role; on articles no
rule was tuned to, most such flags are false alarms (DECISIONS, session 27). This module asks
the model, one request per unconfirmed value (the article, the statement to check, the fact's
evidence), for ``{verdict, passage}`` (:class:`Reading`), and lets the answer clear the flag
only when it passes the trust rule (:func:`summarizer.verification.reader_trust.trust`): the
verdict is "stated", the passage is the article's own words, and the value is in it. A cleared
value stays in the report as confirmed by the second reader, never as supported by the rules.
An error, a timeout or an unparsable answer leaves the flag as it was, and is counted.

The requests go through the same HTTP layer, retry policy and cassettes as the extraction's:
they carry the article's header, so a recording keeps them in the article's cassette file, and
their own prompt and schema versions (the templates in ``prompts/second_reader/``, hashed apart
from the extraction's, whose version they leave unchanged).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from summarizer.errors import ConfigError, one_line
from summarizer.llm import attempts as attempt_loop
from summarizer.llm.cassettes import (
    ARTICLE_HEADER,
    PROMPT_HEADER,
    SCHEMA_HEADER,
    active_session,
    cassette_session,
    folder_label,
)
from summarizer.llm.client import (
    Settings,
    async_openai_client,
    instructor_mode,
    is_reasoning_model,
    openai_client,
    settings_from_env,
)
from summarizer.llm.failures import describe_failure
from summarizer.llm.prompts import PROMPTS_DIR, fence, prompt_version
from summarizer.results import (
    GroundingReport,
    SecondReaderTally,
    SecondReading,
    SupportCheck,
    Verdict,
)
from summarizer.schema import schema_version
from summarizer.storage import paths
from summarizer.verification.reader_trust import LABEL_KINDS, fact_of, trust, value_at

if TYPE_CHECKING:
    import jinja2

READER_DIR = PROMPTS_DIR / "second_reader"
MAX_ANSWER_TOKENS = 512  # a verdict and one or two sentences
_INDEX = re.compile(r"\[\d+\]")


class Reading(BaseModel):
    """The second reader's answer about one value."""

    verdict: Verdict = Field(
        description="stated: the article's text says it; not_stated: it says otherwise or "
        "nothing about it; unclear: cannot tell."
    )
    passage: str = Field(
        default="",
        description="The article's words that decide it, one or two sentences copied exactly; "
        "empty when there are none.",
    )


@dataclass(frozen=True)
class Question:
    """One unconfirmed value to ask about, with what the prompt shows beside it."""

    index: int  # position of its check in the report's support list
    check: SupportCheck
    field: str
    about: str
    quote: str
    evidence: tuple[str, ...]


def reader_version() -> str:
    """The second reader's prompt version (its own templates only)."""
    return prompt_version(READER_DIR)


@cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(READER_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )


def questions(facts: BaseModel, report: GroundingReport) -> list[Question]:
    """The report's unconfirmed values not yet read, each with its quote, its fact's evidence
    and what it is about (a stance's party, a summit's parties)."""
    data = facts.model_dump(mode="json")
    found = []
    for index, check in enumerate(report.support):
        if check.supported or not check.unconfirmed or check.second_reading is not None:
            continue
        if check.kind in LABEL_KINDS:  # no answer about a label can be checked (reader_trust)
            continue
        parent = check.path.rsplit(".", 1)[0] if "." in check.path else ""
        owner = fact_of(data, check.path, type(facts))
        evidence = tuple(owner["evidence"]) if owner is not None else ()
        about = value_at(data, check.path.rsplit(".", 1)[0] + ".party") or ""
        if not about and check.path.startswith("summits["):
            about = " and ".join(value_at(data, check.path.split(".", 1)[0] + ".parties") or [])
        quote = value_at(data, parent + ".text") if check.kind == "speaker" else ""
        field = _INDEX.sub("", check.path).replace(".", " ").replace("_", " ")
        found.append(Question(index, check, field, str(about), str(quote or ""), evidence))
    return found


def messages_for(article_text: str, question: Question) -> list[dict[str, Any]]:
    """The system and user messages asking about one value."""
    env = _environment()
    label = question.check.kind in LABEL_KINDS
    user = env.get_template("user.j2").render(
        article_text=fence(article_text),
        kind=question.check.kind,
        value=question.check.value.replace("_", " ") if label else question.check.value,
        field=question.field,
        about=question.about,
        quote=question.quote,
        evidence=question.evidence,
    )
    system = env.get_template("system.j2").render()
    return [
        {"role": "system", "content": system.strip()},
        {"role": "user", "content": user.strip()},
    ]


def _plan(settings: Settings) -> attempt_loop.Plan:
    if settings.mode == "llamacpp":
        from summarizer.llm import llamacpp

        return llamacpp.plan_for(Reading)
    return attempt_loop.plan_for(Reading, instructor_mode(settings.mode))


def _request(
    plan: attempt_loop.Plan, settings: Settings, article_id: str, msgs: list[dict[str, Any]]
) -> dict[str, Any]:
    headers = {
        ARTICLE_HEADER: article_id,
        PROMPT_HEADER: reader_version(),
        SCHEMA_HEADER: schema_version(Reading),
    }
    options: dict[str, Any] = {"model": settings.model, "extra_headers": headers}
    reasoning = is_reasoning_model(settings.model)
    if settings.temperature is not None and not reasoning:
        options["temperature"] = settings.temperature
    limit = min(settings.max_tokens or MAX_ANSWER_TOKENS, MAX_ANSWER_TOKENS)
    options["max_completion_tokens" if reasoning else "max_tokens"] = limit
    return plan.request(msgs, **options)


class Tally:
    """Counts one article's readings, and builds the report they leave."""

    def __init__(self, report: GroundingReport, model: str) -> None:
        self.report = report
        self.support = list(report.support)
        self.counts = report.second_reader or SecondReaderTally(model=model)
        self.model = model

    def answered(
        self, question: Question, outcome: attempt_loop.Outcome, facts: BaseModel, text: str
    ) -> None:
        reading = outcome.value
        assert isinstance(reading, Reading)
        self.counts.prompt_tokens += outcome.prompt_tokens
        self.counts.completion_tokens += outcome.completion_tokens
        why = trust(reading.verdict, reading.passage, question.check, facts, text)
        kind = "kept" if why else "cleared"
        self._set(
            question,
            SecondReading(
                model=self.model,
                outcome=kind,
                verdict=reading.verdict,
                passage=reading.passage,
                reason=why,
            ),
        )

    def failed(self, question: Question, error: Exception, settings: Settings) -> None:
        described = describe_failure(error, settings, "second reader", unmatched="no recording")
        self._set(
            question,
            SecondReading(
                model=self.model, outcome="failed", reason=one_line(str(described))[:300]
            ),
        )

    def _set(self, question: Question, reading: SecondReading) -> None:
        self.counts.asked += 1
        if reading.outcome == "cleared":
            self.counts.cleared += 1
        elif reading.outcome == "kept":
            self.counts.kept += 1
        else:
            self.counts.failed += 1
        self.support[question.index] = question.check.model_copy(update={"second_reading": reading})

    def result(self) -> GroundingReport:
        return self.report.model_copy(
            update={"support": self.support, "second_reader": self.counts}
        )


@contextmanager
def _replay(settings: Settings, offline: bool, cassettes: Path | None) -> Iterator[None]:
    """Inside a caller's cassette session, or live: nothing to open. ``offline`` with no
    session open: the model's cassette folder, for the time of the readings."""
    if active_session() is not None or not offline:
        yield
        return
    folder = (cassettes or paths.cassette_dir()) / folder_label(settings.model, settings.evidence)
    with cassette_session(folder, "replay"):
        yield


def _sdk(client: Any, settings: Settings, asynchronous: bool) -> tuple[Any, bool]:
    """(the openai SDK client to send through, whether it was made here and must be closed):
    an openai client, or the one inside an instructor client, or a new one from ``settings``."""
    import openai

    wanted = openai.AsyncOpenAI if asynchronous else openai.OpenAI
    inner = getattr(client, "client", None)
    if isinstance(client, wanted):
        return client, False
    if isinstance(inner, wanted):
        return inner, False
    if client is not None:
        raise ConfigError(f"the second reader needs an {wanted.__name__} client")
    if not settings.live_configured and active_session() is None:
        raise ConfigError("the second reader needs a live endpoint or recorded cassettes")
    made = async_openai_client(settings) if asynchronous else openai_client(settings)
    return made, True


def second_read(
    article_text: str,
    facts: BaseModel,
    report: GroundingReport,
    *,
    article_id: str,
    settings: Settings | None = None,
    client: Any = None,
    offline: bool = False,
    cassettes: Path | None = None,
) -> GroundingReport:
    """``report`` with each unconfirmed value read a second time by the model (see the module
    docstring); the values cleared, kept and failed are counted in its ``second_reader``.
    ``article_id`` is the article's id (:class:`~summarizer.articles.Article`), which the
    requests carry for the cassettes. Never raises for an answer that fails."""
    settings = settings or settings_from_env(offline=offline)
    asked = questions(facts, report)
    tally = Tally(report, settings.model)
    if not asked:
        return tally.result()
    plan = _plan(settings)
    with _replay(settings, offline, cassettes):
        sdk, owned = _sdk(client, settings, asynchronous=False)
        send = attempt_loop.sender(sdk, plan)
        try:
            for question in asked:
                request = _request(plan, settings, article_id, messages_for(article_text, question))
                try:
                    outcome = attempt_loop.create(send, plan, request, settings.max_reasks)
                except Exception as error:  # any failure keeps the flag; it is counted
                    tally.failed(question, error, settings)
                    continue
                tally.answered(question, outcome, facts, article_text)
        finally:
            if owned:
                sdk.close()
    return tally.result()


async def asecond_read(
    article_text: str,
    facts: BaseModel,
    report: GroundingReport,
    *,
    article_id: str,
    settings: Settings | None = None,
    client: Any = None,
    offline: bool = False,
    cassettes: Path | None = None,
) -> GroundingReport:
    """The asynchronous twin of :func:`second_read` (the questions are asked one after
    another: a run already has ``concurrency`` articles in flight)."""
    settings = settings or settings_from_env(offline=offline)
    asked = questions(facts, report)
    tally = Tally(report, settings.model)
    if not asked:
        return tally.result()
    plan = _plan(settings)
    with _replay(settings, offline, cassettes):
        sdk, owned = _sdk(client, settings, asynchronous=True)
        send = attempt_loop.sender(sdk, plan)
        try:
            for question in asked:
                request = _request(plan, settings, article_id, messages_for(article_text, question))
                try:
                    outcome = await attempt_loop.acreate(send, plan, request, settings.max_reasks)
                except Exception as error:  # any failure keeps the flag; it is counted
                    tally.failed(question, error, settings)
                    continue
                tally.answered(question, outcome, facts, article_text)
        finally:
            if owned:
                await sdk.close()
    return tally.result()


__all__ = ["Reading", "asecond_read", "messages_for", "questions", "reader_version", "second_read"]
