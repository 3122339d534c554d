"""Settings for the model endpoint, the openai clients built from them, and instructor modes.

Environment is read only when :func:`settings_from_env` is called, never at import time.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from summarizer.errors import ConfigError
from summarizer.llm.network import (
    Headers,
    hide_in_logs,
    is_secret_header,
    merge_headers,
    parse_headers,
    proxy_for,
)
from summarizer.llm.policy import RetryPolicy
from summarizer.storage.redact import mask_url, url_secrets

if TYPE_CHECKING:
    import instructor
    import openai

_log = logging.getLogger(__name__)

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
OFFLINE_MODEL = "authored"
REPLAY_API_KEY = "replay-placeholder-key"
MODES = ("tools", "json_schema", "json", "md_json", "llamacpp")
EVIDENCE_FORMS = ("quotes", "sentences")  # summarizer.llm.sentences.EVIDENCE_FORMS


_REASONING_MODEL = re.compile(r"(?:o[134](?:$|-)|gpt-5(?:$|[-.]))", re.IGNORECASE)


def is_reasoning_model(model: str) -> bool:
    """OpenAI's o-series and gpt-5 models (``o1``, ``o3-mini``, ``o4-mini``, ``gpt-5``,
    ``gpt-5-mini``, ``gpt-5.1``; a ``provider/`` prefix is ignored). They refuse
    ``max_tokens`` (they take ``max_completion_tokens``) and any temperature but the default,
    so for them the limit is sent under its new name and the temperature is left out."""
    return bool(_REASONING_MODEL.match(model.rsplit("/", 1)[-1]))


@dataclass(frozen=True)
class Settings:
    """Everything needed to reach a model. ``api_key`` is never printed: ``repr`` hides it.

    ``temperature`` (default 0, None: the server's default) and ``max_tokens`` (the answer's
    token limit, default 4096) are sent as such, except to reasoning models (see
    :func:`is_reasoning_model`).

    ``api_version`` set means ``base_url`` is an Azure OpenAI resource
    (``https://<resource>.openai.azure.com``) reached through its deployment endpoints:
    ``model`` names the deployment, requests go to
    ``/openai/deployments/<model>/chat/completions?api-version=<api_version>`` with the key in
    an ``api-key`` header (``openai.AzureOpenAI``). None: an OpenAI-compatible endpoint (Azure's
    ``/openai/v1/`` one included)."""

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    mode: str = "tools"
    max_reasks: int = 2
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    temperature: float | None = 0.0
    max_tokens: int | None = 4096
    headers: Headers = field(default=(), repr=False)
    # How evidence is asked for: copied passages, or sentence numbers (llm.references).
    evidence: str = "quotes"
    api_version: str | None = None

    @property
    def live_configured(self) -> bool:
        """A live call is possible: a key, or a base URL (local servers need no key)."""
        return bool(self.api_key) or bool(self.base_url)

    @property
    def secrets(self) -> list[str]:
        """Every configured secret, to be masked by value wherever it could be written: the
        key, a password in the base URL's userinfo, and the value of every header whose name
        looks like a credential (``Authorization``, ``X-Api-Key``, cookies, tokens...)."""
        headers = [value for name, value in self.headers if is_secret_header(name)]
        return [s for s in [self.api_key, *url_secrets(self.base_url), *headers] if s]

    def with_overrides(self, **changes: Any) -> Settings:
        """``changes`` applied, except None and empty strings: an empty flag or variable means
        unset (a CI variable that is not defined expands to ``""``)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None and v != ""})


def check_evidence(evidence: str) -> str:
    """``evidence`` if it names an evidence form, else a usage error (exit 2)."""
    if evidence not in EVIDENCE_FORMS:
        raise ConfigError(
            f"unknown evidence form {evidence!r}; choose one of {', '.join(EVIDENCE_FORMS)}"
        )
    return evidence


def env_value(env: Mapping[str, str], name: str) -> str | None:
    """``env[name]``, or None when it is missing, empty or only whitespace: everywhere
    settings are read, an empty variable means unset."""
    value = env.get(name)
    return value.strip() if value and value.strip() else None


def check_base_url(url: str) -> str:
    """``url`` if it can be an endpoint (http or https, a host, a valid port); else a usage
    error (exit 2) that shows the URL with its userinfo masked."""
    shown = mask_url(url)
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError as exc:
        raise ConfigError(f"base URL {shown!r} is not a valid URL ({mask_url(str(exc))})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            f"base URL {shown!r} needs http:// or https:// and a host, e.g. "
            "http://localhost:11434/v1"
        )
    del port
    return url


def settings_from_env(
    env: Mapping[str, str] | None = None, *, offline: bool = False, **overrides: Any
) -> Settings:
    """Settings from, in falling precedence: explicit ``overrides`` (flags; ``retry_budget``
    in seconds, ``headers`` as ``Name: value`` strings), the environment (``OPENAI_API_KEY``,
    ``OPENAI_BASE_URL``, ``SUMMARIZER_MODEL``, ``SUMMARIZER_MODE``, ``SUMMARIZER_TIMEOUT``,
    ``SUMMARIZER_RETRY_BUDGET``, ``SUMMARIZER_MAX_REASKS``, ``SUMMARIZER_MAX_TOKENS``,
    ``SUMMARIZER_TEMPERATURE``, ``SUMMARIZER_HEADERS``, ``SUMMARIZER_EVIDENCE``, and for
    Azure's deployment endpoints ``AZURE_OPENAI_ENDPOINT``, ``AZURE_OPENAI_API_KEY``,
    ``OPENAI_API_VERSION``: see :func:`_azure`), a ``.env`` file in the project, the
    config file (``summarizer.toml`` in the project over ``$SUMMARIZER_HOME/config.toml``),
    then the defaults (see :mod:`summarizer.llm.sources`). ``timeout`` must be a finite number
    of seconds above zero; ``retry_budget`` 0 means one attempt and no retry. Offline, the
    default model is the hand-authored cassette set rather than a real model."""
    from summarizer.llm.sources import read_layers
    from summarizer.storage.paths import project_root, summarizer_home

    env = dict(os.environ) if env is None else env
    sampling_set = {k for k in ("temperature", "max_tokens") if overrides.get(k) is not None}
    home = summarizer_home({k: v for k, v in env.items() if k == "SUMMARIZER_HOME" and v})
    layers = read_layers(env, root=project_root(), home=home)
    found, origin = layers.values, layers.origins
    if origin:
        _log.info("settings: %s", ", ".join(f"{k} from {v}" for k, v in sorted(origin.items())))
    base = Settings(
        model=found.get("model") or (OFFLINE_MODEL if offline else DEFAULT_MODEL),
        base_url=found.get("base_url"),
        api_key=found.get("api_key"),
        mode=found.get("mode") or "tools",
        evidence=found.get("evidence") or "quotes",
    )
    if not offline and not overrides.get("base_url"):
        base = _azure(base, found, origin)
    if "timeout" in found:
        base = replace(base, timeout=_seconds(origin["timeout"], found["timeout"]))
    if overrides.get("timeout") is not None:
        overrides["timeout"] = _seconds("--timeout", overrides["timeout"])
    budget = overrides.pop("retry_budget", None)
    name = "--retry-budget"
    if budget is None and "retry_budget" in found:
        budget, name = found["retry_budget"], origin["retry_budget"]
    if budget is not None:
        seconds = _seconds(name, budget, zero_ok=True)
        base = replace(base, retry=replace(base.retry, budget=seconds))
    if "max_reasks" in found:
        base = replace(base, max_reasks=_count(origin["max_reasks"], found["max_reasks"], 0))
    if "max_tokens" in found:
        base = replace(base, max_tokens=_max_tokens(found["max_tokens"], origin["max_tokens"]))
    if "temperature" in found:
        base = replace(base, temperature=_temperature(found["temperature"], origin["temperature"]))
    if "headers" in found:
        base = replace(base, headers=parse_headers(found["headers"], origin["headers"]))
    if overrides.get("temperature") is not None:
        overrides["temperature"] = _temperature(overrides["temperature"])
    if overrides.get("max_tokens") is not None:
        overrides["max_tokens"] = _max_tokens(overrides["max_tokens"])
    if overrides.get("headers"):
        flags = parse_headers(overrides["headers"], "--header")
        overrides["headers"] = merge_headers(base.headers, flags)
    else:
        overrides.pop("headers", None)
    # api_key="" from code (not from a flag or the environment) means "send no key": a local
    # server must never receive the user's OpenAI key.
    no_key = overrides.get("api_key") == ""
    settings = base.with_overrides(**overrides)
    if no_key:
        settings = replace(settings, api_key=None)
    settings = _sampling_for_family(settings, sampling_set | (found.keys() & _SAMPLING))
    if settings.base_url is not None:
        check_base_url(settings.base_url)
    if not (math.isfinite(settings.timeout) and settings.timeout > 0):
        raise ConfigError(f"--timeout {settings.timeout:g} must be a positive number of seconds")
    if settings.mode not in MODES:
        raise ConfigError(f"unknown mode {settings.mode!r}; choose one of {', '.join(MODES)}")
    check_evidence(settings.evidence)
    return settings


def _azure(base: Settings, found: Mapping[str, Any], origin: Mapping[str, str]) -> Settings:
    """``base`` pointed at Azure OpenAI's deployment endpoints when ``AZURE_OPENAI_ENDPOINT``
    is set and no base URL is (a base URL, flag or variable, wins: it names an endpoint
    outright). The key is ``AZURE_OPENAI_API_KEY``, never ``OPENAI_API_KEY`` (an OpenAI key must
    not travel to another host), and the API version is required, as the SDK requires it.
    Offline replays ignore all three: the cassettes were recorded at OpenAI-style paths."""
    endpoint = found.get("azure_endpoint")
    if not endpoint or base.base_url:
        return base
    where = origin.get("azure_endpoint", "AZURE_OPENAI_ENDPOINT")
    missing = [name for name in ("azure_api_key", "api_version") if not found.get(name)]
    if missing:
        from summarizer.llm.sources import ENV_NAMES

        names = " and ".join(ENV_NAMES[name] for name in missing)
        raise ConfigError(f"{where} names an Azure OpenAI resource: set {names} too")
    return replace(
        base,
        base_url=check_base_url(str(endpoint)),
        api_key=str(found["azure_api_key"]),
        api_version=str(found["api_version"]),
    )


_SAMPLING = frozenset({"temperature", "max_tokens"})
RECORDED_SAMPLING = frozenset({OFFLINE_MODEL, "gemma3-270m-q4_k_m"})
"""Cassette sets whose requests were recorded with the default temperature 0 and token limit
(4096; the local model's own limit comes from :func:`summarizer.llm.local.local_defaults`):
their replays must send them, or the recorded bodies would not match."""


def needs_max_tokens(model: str) -> bool:
    """Families that refuse a request without a token limit: Anthropic's ``claude-*`` (through
    an OpenAI-compatible gateway, ``provider/`` prefix ignored)."""
    return model.rsplit("/", 1)[-1].lower().startswith("claude")


def _sampling_for_family(settings: Settings, user_set: set[str]) -> Settings:
    """``temperature`` and ``max_tokens`` are sent only when the user set them (flag,
    environment, .env, config file) or the model's family needs them; otherwise the server's
    defaults apply. The recorded cassette sets keep the values they were recorded with."""
    if settings.model in RECORDED_SAMPLING:
        return settings
    if "temperature" not in user_set:
        settings = replace(settings, temperature=None)
    if "max_tokens" not in user_set and not needs_max_tokens(settings.model):
        settings = replace(settings, max_tokens=None)
    return settings


def _count(name: str, value: object, least: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        number = least - 1
    if number < least:
        raise ConfigError(f"{name} must be a whole number of at least {least}, not {value}")
    return number


def _seconds(name: str, value: object, *, zero_ok: bool = False) -> float:
    """A finite number of seconds, positive (or zero where ``zero_ok``): ``0``, ``nan`` or
    ``inf`` as a timeout would silently mean "wait forever", so they are refused."""
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ConfigError(f"{name} {value!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not zero_ok):
        allowed = "zero or more" if zero_ok else "more than zero"
        raise ConfigError(f"{name} must be a finite number of seconds, {allowed}, not {seconds:g}")
    return seconds


def _temperature(value: object, name: str = "--temperature") -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    if not 0 <= number <= 2:  # nan fails too
        raise ConfigError(f"{name} must be a number from 0 to 2, not {value}")
    return number


def _max_tokens(value: object, name: str = "--max-tokens") -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{name} must be a whole number of at least 1, not {value}")
    return value


def instructor_mode(name: str) -> instructor.Mode:
    """``tools`` for OpenAI; ``json_schema``/``json``/``md_json`` for servers without tool
    calling (Ollama, llama.cpp, some vLLM builds); ``llamacpp`` for llama.cpp's grammar."""
    import instructor

    modes = {
        "tools": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "json": instructor.Mode.JSON,
        "md_json": instructor.Mode.MD_JSON,
        # llama.cpp servers: instructor's JSON parsing and re-asks, our request
        # (summarizer.llm.llamacpp)
        "llamacpp": instructor.Mode.JSON,
    }
    try:
        return modes[name]
    except KeyError:
        raise ConfigError(f"unknown mode {name!r}; choose one of {', '.join(MODES)}") from None


def supported_mode(mode: instructor.Mode) -> instructor.Mode:
    """``mode`` itself if the chat-completions path supports it (the four of :data:`MODES`);
    a caller's instructor client may carry another (parallel tools, the Responses API)."""
    for name in MODES:
        if instructor_mode(name) == mode:
            return mode
    raise ConfigError(
        f"instructor mode {getattr(mode, 'value', mode)!r} is not supported; use one of "
        f"{', '.join(MODES)}"
    )


def openai_client(settings: Settings, *, transport: Any = None) -> openai.OpenAI:
    """A sync OpenAI client whose HTTP goes through :class:`RetryTransport`; the SDK's own
    retries are off so there is exactly one retry policy."""
    import httpx2
    import openai

    from summarizer.llm.retry import RetryTransport

    base_url = settings.base_url or DEFAULT_BASE_URL
    if transport is not None:
        inner = transport
    else:
        proxy = proxy_for(base_url)
        inner = httpx2.HTTPTransport(proxy=httpx2.Proxy(proxy) if proxy else None)
        _log_client("sync", base_url, proxy)
    hide_in_logs(settings.secrets)
    http = httpx2.Client(
        transport=RetryTransport(inner, settings.retry, timeout=settings.timeout),
        timeout=settings.timeout,
    )
    if settings.api_version is not None:
        return _no_empty_env(openai.AzureOpenAI(**_azure_options(settings, base_url, http)))
    return _no_empty_env(
        openai.OpenAI(
            api_key=settings.api_key or REPLAY_API_KEY,
            base_url=base_url,
            timeout=settings.timeout,
            max_retries=0,
            http_client=http,
            default_headers=dict(settings.headers) or None,
        )
    )


def _azure_options(settings: Settings, endpoint: str, http: Any) -> dict[str, Any]:
    """``AzureOpenAI`` / ``AsyncAzureOpenAI`` arguments: the resource's endpoint and API
    version, the deployment taken from each request's ``model`` (the SDK puts it in the path),
    the key sent as ``api-key``."""
    return {
        "azure_endpoint": endpoint,
        "api_version": settings.api_version,
        "api_key": settings.api_key or REPLAY_API_KEY,
        "timeout": settings.timeout,
        "max_retries": 0,
        "http_client": http,
        "default_headers": dict(settings.headers) or None,
    }


def _log_client(kind: str, base_url: str, proxy: str | None) -> None:
    hide_in_logs(url_secrets(proxy))  # a proxy's password never reaches a debug line
    _log.info(
        "%s client for %s, %s",
        kind,
        mask_url(base_url),
        f"via proxy {mask_url(proxy)}" if proxy else "no proxy",
    )


_Client = TypeVar("_Client")


def _no_empty_env(sdk: _Client) -> _Client:
    """The SDK reads ``OPENAI_ORG_ID`` and ``OPENAI_PROJECT_ID`` itself, and would send an
    empty variable as an empty header; an empty one means unset here (the base URL is always
    passed explicitly, since the SDK would take an empty ``OPENAI_BASE_URL`` as the URL)."""
    for name in ("organization", "project"):
        if not getattr(sdk, name, None):
            setattr(sdk, name, None)
    return sdk


def async_openai_client(
    settings: Settings, *, transport: Any = None, gate: Any = None
) -> openai.AsyncOpenAI:
    """The asynchronous twin of :func:`openai_client`; ``gate`` is a shared
    :class:`~summarizer.llm.ratelimit.RateGate` that paces every request of a run."""
    import httpx2
    import openai

    from summarizer.llm.retry import AsyncRetryTransport

    if transport is not None:
        inner = transport
    else:
        from httpx_aiohttp.httpx2 import AiohttpTransport

        proxy = proxy_for(settings.base_url or DEFAULT_BASE_URL)
        inner = AiohttpTransport(
            limits=httpx2.Limits(max_connections=1000, max_keepalive_connections=200),
            proxy=httpx2.Proxy(proxy) if proxy else None,
        )
        _log_client("async", settings.base_url or DEFAULT_BASE_URL, proxy)
    hide_in_logs(settings.secrets)
    http = httpx2.AsyncClient(
        transport=AsyncRetryTransport(inner, settings.retry, gate, timeout=settings.timeout),
        timeout=settings.timeout,
    )
    if settings.api_version is not None:
        options = _azure_options(settings, settings.base_url or DEFAULT_BASE_URL, http)
        return _no_empty_env(openai.AsyncAzureOpenAI(**options))
    return _no_empty_env(
        openai.AsyncOpenAI(
            api_key=settings.api_key or REPLAY_API_KEY,
            base_url=settings.base_url or DEFAULT_BASE_URL,
            timeout=settings.timeout,
            max_retries=0,
            http_client=http,
            default_headers=dict(settings.headers) or None,
        )
    )
