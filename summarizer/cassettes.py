"""Recorded LLM exchanges (VCR.py cassettes): replay offline, record live, never leak secrets.

Layout: ``evals/cassettes/<label>/<article-id>.yaml``, one file per article, where ``label`` is
the model name (``authored`` for the hand-written set). One VCR context spans a whole run and
sees the label's files as one cassette, so concurrent requests for different articles replay
correctly. Requests match on method, path, the article header and the JSON body (key order
ignored), so one article can never be answered with another's response.

Every request carries the prompt and schema versions in headers. Before replaying an article we
compare them with the current ones, so an edited prompt or schema fails with a clear "stale
cassette, re-record" message instead of a confusing mismatch.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from .errors import CassetteError, StaleCassetteError
from .redact import SECRET_HEADERS, redact

ARTICLE_HEADER = "x-summarizer-article"
PROMPT_HEADER = "x-summarizer-prompt-version"
SCHEMA_HEADER = "x-summarizer-schema-version"
AUTHORED_MARKER = "authored"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASSETTE_DIR = PROJECT_ROOT / "evals" / "cassettes"
RERECORD_HINT = "re-record with: summarizer eval --record --model MODEL (needs a live endpoint)"
REAUTHOR_HINT = "re-author with: python -m summarizer.authoring"


def label_for(model: str) -> str:
    """A folder name for a model: ``meta-llama/Llama-3:8b`` -> ``meta-llama_Llama-3_8b``."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model).strip("._") or "default"


def rerecord_hint(label: str) -> str:
    return REAUTHOR_HINT if label == AUTHORED_MARKER else RERECORD_HINT.replace("MODEL", label)


def _header(request: Any, name: str) -> str | None:
    for key, value in request.headers.items():
        if key.lower() == name:
            return value[0] if isinstance(value, list) else str(value)
    return None


def scrub_request(request: Any) -> Any:
    """VCR ``before_record_request``: drop credential headers (and the SDK's machine-specific
    ``x-stainless-*`` noise, so re-recording on another machine gives the same file), mask
    key-like strings in the URI and body. Applied to every request before it is written."""
    for key in list(request.headers):
        if key.lower() in SECRET_HEADERS or key.lower().startswith("x-stainless"):
            del request.headers[key]
    request.uri = redact(request.uri)
    if request.body:
        body = request.body.decode() if isinstance(request.body, bytes) else request.body
        request.body = redact(body).encode()
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """VCR ``before_record_response``: drop cookies and org/project headers."""
    headers = response.get("headers", {})
    for key in list(headers):
        if key.lower() in SECRET_HEADERS:
            del headers[key]
    return response


def _match_article(r1: Any, r2: Any) -> None:
    a, b = _header(r1, ARTICLE_HEADER), _header(r2, ARTICLE_HEADER)
    if a != b:
        raise AssertionError(f"article {a} != {b}")


@dataclass
class DirectoryPersister:
    """A VCR persister over a folder: loads every ``*.yaml`` as one cassette; saves the
    interactions grouped by article into one file each, headed by an origin line."""

    origin: str
    load_existing: bool = True

    def load_cassette(self, cassette_path: str, serializer: Any) -> tuple[list[Any], list[Any]]:
        from vcr.persisters.filesystem import CassetteNotFoundError
        from vcr.serialize import deserialize

        folder = Path(cassette_path)
        files = sorted(folder.glob("*.yaml")) if self.load_existing else []
        requests: list[Any] = []
        responses: list[Any] = []
        for path in files:
            reqs, resps = deserialize(path.read_text(encoding="utf-8"), serializer)
            requests.extend(reqs)
            responses.extend(resps)
        if not requests:
            raise CassetteNotFoundError()
        return requests, responses

    def save_cassette(
        self, cassette_path: str, cassette_dict: dict[str, Any], serializer: Any
    ) -> None:
        from vcr.serialize import serialize

        folder = Path(cassette_path)
        folder.mkdir(parents=True, exist_ok=True)
        groups: dict[str, dict[str, list[Any]]] = {}
        for request, response in zip(
            cassette_dict["requests"], cassette_dict["responses"], strict=True
        ):
            key = _header(request, ARTICLE_HEADER) or "unlabelled"
            group = groups.setdefault(key, {"requests": [], "responses": []})
            group["requests"].append(request)
            group["responses"].append(response)
        for key, group in groups.items():
            body = serialize(group, serializer)
            (folder / f"{label_for(key)}.yaml").write_text(
                f"# origin: {self.origin}\n{body}", encoding="utf-8"
            )


@dataclass(frozen=True)
class RecordedVersions:
    prompt_version: str | None
    schema_version: str | None
    origin: str


def cassette_file(directory: Path, article_id: str) -> Path:
    return directory / f"{label_for(article_id)}.yaml"


def recorded_versions(path: Path) -> RecordedVersions:
    """Versions stamped on the first request of a cassette file, and its origin line."""
    text = path.read_text(encoding="utf-8")
    origin = text.splitlines()[0].removeprefix("# origin:").strip() if text.startswith("#") else ""
    data = yaml.safe_load(text) or {}
    interactions = data.get("interactions") or []
    if not interactions:
        return RecordedVersions(None, None, origin)
    headers = {k.lower(): v for k, v in interactions[0]["request"].get("headers", {}).items()}

    def first(name: str) -> str | None:
        value = headers.get(name)
        return value[0] if isinstance(value, list) else value

    return RecordedVersions(first(PROMPT_HEADER), first(SCHEMA_HEADER), origin)


def check_cassette(
    directory: Path, article_id: str, source: str, prompt_version: str, schema_version: str
) -> RecordedVersions:
    """Fail clearly, before any request, when an article has no cassette or a stale one."""
    path = cassette_file(directory, article_id)
    hint = rerecord_hint(directory.name)
    if not path.is_file():
        raise CassetteError(
            f"{source}: no cassette for article {article_id} in {directory}; {hint}, "
            "or run live: set OPENAI_API_KEY, pass --base-url for a running server, or --local "
            "for the packaged local model"
        )
    recorded = recorded_versions(path)
    stale = []
    if recorded.prompt_version != prompt_version:
        stale.append(f"prompt {recorded.prompt_version} -> {prompt_version}")
    if recorded.schema_version != schema_version:
        stale.append(f"schema {recorded.schema_version} -> {schema_version}")
    if stale:
        raise StaleCassetteError(
            f"{source}: stale cassette {path.name} ({'; '.join(stale)}); {hint}"
        )
    return recorded


def is_unmatched_request(exc: BaseException) -> bool:
    """True when ``exc`` (or what caused it) is VCR refusing a request it has no recording of."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, CannotOverwriteExistingCassetteException):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


Mode = Literal["replay", "record"]
_active: ContextVar[tuple[Path, Mode] | None] = ContextVar("summarizer_cassettes", default=None)


def active_session() -> tuple[Path, Mode] | None:
    """The (folder, mode) of the cassette session the caller is inside, if any."""
    return _active.get()


@contextmanager
def cassette_session(directory: Path, mode: Mode, origin: str = "") -> Iterator[None]:
    """Replay (no network at all: an unrecorded request fails) or record (every request goes
    to the endpoint; each article's file is rewritten with what it answered) inside the block.
    VCR patches the HTTP transports process-wide, so open one session per run, not per call.
    """
    import vcr

    recorder = vcr.VCR(
        match_on=["method", "path", "summarizer_article", "body"],
        before_record_request=scrub_request,
        before_record_response=scrub_response,
        decode_compressed_response=True,
    )
    recorder.register_matcher("summarizer_article", _match_article)
    persister = DirectoryPersister(
        origin=origin or _default_origin(mode), load_existing=mode == "replay"
    )
    with recorder.use_cassette(
        str(directory),
        persister=persister,
        record_mode="none" if mode == "replay" else "all",
        allow_playback_repeats=True,
    ):
        token = _active.set((directory, mode))
        try:
            yield
        finally:
            _active.reset(token)


def _default_origin(mode: Mode) -> str:
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return f"recorded-from live endpoint at {stamp}" if mode == "record" else "unknown"


def response_bodies(path: Path) -> list[dict[str, Any]]:
    """The JSON response bodies of a cassette file, in order (for inspection and tests)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    bodies = []
    for interaction in data.get("interactions", []):
        body = interaction["response"]["body"]["string"]
        bodies.append(json.loads(body))
    return bodies
