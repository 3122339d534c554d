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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from summarizer.errors import CassetteError, StaleCassetteError, SummarizerError
from summarizer.storage.scrub import Scrubber

ARTICLE_HEADER = "x-summarizer-article"
PROMPT_HEADER = "x-summarizer-prompt-version"
SCHEMA_HEADER = "x-summarizer-schema-version"
AUTHORED_MARKER = "authored"
RERECORD_HINT = "re-record with: summarizer eval --record --model MODEL (needs a live endpoint)"
REAUTHOR_HINT = "re-author with: python -m summarizer.testing.authoring"


def label_for(model: str) -> str:
    """A folder name for a model: ``meta-llama/Llama-3:8b`` -> ``meta-llama_Llama-3_8b``."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model).strip("._") or "default"


SENTENCES_SUFFIX = "-sentences"


def folder_label(model: str, evidence: str = "quotes") -> str:
    """The cassette folder of ``model``'s answers in an evidence form: the sentences form
    (``--evidence sentences``) is asked differently, so its cassettes are a set of their own,
    ``<label>-sentences`` (``authored-sentences`` for the hand-authored set)."""
    label = label_for(model)
    return label + SENTENCES_SUFFIX if evidence == "sentences" else label


def rerecord_hint(label: str) -> str:
    if label in (AUTHORED_MARKER, AUTHORED_MARKER + SENTENCES_SUFFIX):
        return REAUTHOR_HINT
    model = label.removesuffix(SENTENCES_SUFFIX)
    hint = RERECORD_HINT.replace("MODEL", model)
    return hint + " --evidence sentences" if model != label else hint


def _header(request: Any, name: str) -> str | None:
    for key, value in request.headers.items():
        if key.lower() == name:
            return value[0] if isinstance(value, list) else str(value)
    return None


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
            # A file that cannot be read as a cassette (empty, binary, invalid YAML, another
            # shape) is left out here rather than aborting the whole run: its own article then
            # fails alone, with the reason, when check_cassette reads it.
            try:
                reqs, resps = deserialize(path.read_text(encoding="utf-8"), serializer)
            except Exception:  # any parse failure means "not a cassette"
                continue
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
            if _failed(group["responses"][-1]):
                # The endpoint's last word for this article was an error (401, 429 out of
                # quota, 500 past the budget): replaying it would only replay the failure, so
                # the article's existing cassette, if any, is kept instead.
                continue
            body = serialize(group, serializer)
            (folder / f"{label_for(key)}.yaml").write_text(
                f"# origin: {self.origin}\n{body}", encoding="utf-8"
            )


def _failed(response: Any) -> bool:
    """True for a recorded response whose status is not a success."""
    status = response.get("status", {}) if isinstance(response, dict) else {}
    code = status.get("code") if isinstance(status, dict) else None
    return not isinstance(code, int) or code >= 400


@dataclass(frozen=True)
class RecordedVersions:
    prompt_version: str | None
    schema_version: str | None
    origin: str


def cassette_file(directory: Path, article_id: str) -> Path:
    return directory / f"{label_for(article_id)}.yaml"


def _broken(path: Path, why: str) -> CassetteError:
    return CassetteError(
        f"{path}: not a usable cassette ({why}); {rerecord_hint(path.parent.name)}"
    )


def recorded_versions(path: Path) -> RecordedVersions:
    """Versions stamped on the first request of a cassette file, and its origin line. A file
    that is not a cassette (unreadable, empty, binary, invalid YAML, another shape) raises a
    one-line :class:`CassetteError` naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _broken(path, "not UTF-8 text") from None
    except OSError as exc:
        raise _broken(path, exc.strerror or type(exc).__name__) from None
    if "\x00" in text:
        raise _broken(path, "binary file")
    origin = text.splitlines()[0].removeprefix("# origin:").strip() if text.startswith("#") else ""
    import yaml  # here: a run answered from the cache reads no cassette (~18 ms of import)

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise _broken(path, f"invalid YAML: {problem}") from None
    if data is None:
        raise _broken(path, "empty file")
    interactions = data.get("interactions") if isinstance(data, dict) else None
    if not isinstance(interactions, list) or not interactions:
        raise _broken(path, "no recorded interactions")
    opening = interactions[0]
    request = opening.get("request") if isinstance(opening, dict) else None
    if not isinstance(request, dict) or not isinstance(request.get("headers", {}), dict):
        raise _broken(path, "an interaction without a request")
    headers = {str(k).lower(): v for k, v in request.get("headers", {}).items()}

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
def cassette_session(
    directory: Path, mode: Mode, origin: str = "", secrets: Iterable[str | None] = ()
) -> Iterator[None]:
    """Replay (no network at all: an unrecorded request fails) or record (every request goes
    to the endpoint; each article's file is rewritten with what it answered) inside the block.
    VCR patches the HTTP transports process-wide, so open one session per run, not per call.
    ``secrets`` (and the key and base URL password of the environment) are masked by value in
    everything recorded, besides every credential the requests themselves carry.
    """
    import vcr

    from summarizer.llm.client import settings_from_env

    known = list(secrets)
    if mode == "record":
        with suppress(SummarizerError):  # a broken environment has nothing usable to add
            known += settings_from_env().secrets
    scrubber = Scrubber(known)
    recorder = vcr.VCR(
        match_on=["method", "path", "summarizer_article", "body"],
        before_record_request=scrubber.request,
        before_record_response=scrubber.response,
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


class Recording:
    """A cassette set recorded beside the committed one and swapped in only on success.

    ``eval --record`` against a failing endpoint used to overwrite a model's good cassettes
    with its 401 answers. Now the run records into ``<root>/.<label>.recording-*/<label>``
    (same filesystem, so the swap is a rename), and :meth:`commit` replaces the committed
    folder with it: files the run did not record are carried over, then the old folder is
    renamed away and the new one renamed into place. :meth:`discard` (any failed article)
    deletes the recording and leaves the committed files byte for byte as they were.
    """

    def __init__(self, folder: Path) -> None:
        import tempfile

        self.target = folder
        folder.parent.mkdir(parents=True, exist_ok=True)
        self.scratch = Path(
            tempfile.mkdtemp(prefix=f".{folder.name}.recording-", dir=folder.parent)
        )
        self.root = self.scratch  # the cassette root a RunPlan records under
        self.folder = self.scratch / folder.name

    def commit(self) -> None:
        """Put the recording in place of the committed set."""
        import shutil

        self.folder.mkdir(parents=True, exist_ok=True)
        if self.target.is_dir():
            for entry in self.target.iterdir():
                if (self.folder / entry.name).exists():
                    continue
                if entry.is_dir():
                    shutil.copytree(entry, self.folder / entry.name, symlinks=True)
                else:
                    shutil.copy2(entry, self.folder / entry.name)
            previous = self.scratch / f"{self.target.name}.previous"
            self.target.rename(previous)
        self.folder.rename(self.target)
        shutil.rmtree(self.scratch, ignore_errors=True)

    def discard(self) -> None:
        import shutil

        shutil.rmtree(self.scratch, ignore_errors=True)


def _default_origin(mode: Mode) -> str:
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return f"recorded-from live endpoint at {stamp}" if mode == "record" else "unknown"


def response_bodies(path: Path) -> list[dict[str, Any]]:
    """The JSON response bodies of a cassette file, in order (for inspection and tests)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    bodies = []
    for interaction in data.get("interactions", []):
        body = interaction["response"]["body"]["string"]
        bodies.append(json.loads(body))
    return bodies
