"""Author the Batch API cassettes in ``tests/cassettes/batch/`` by hand, reproducibly.

No OpenAI endpoint is reachable where this project is developed, so these cassettes are not
recordings of OpenAI: the *real* ``submit`` / ``wait`` / ``collect`` of
:mod:`summarizer.llm.batch` run against :class:`FakeBatchAPI`, an in-process fake of the Files
and Batches endpoints speaking their wire format (multipart ``POST /v1/files``, ``POST
/v1/batches``, ``GET /v1/batches/{id}``, ``GET /v1/files/{id}/content``), and VCR records every
exchange through the project's own scrub hooks. The answers in the batch output are the
hand-authored facts of ``evals/cassettes/authored/source/`` (last turn of each), except article
``f9d800ded702b085``, which gets its first, invalid turn so a batch shows a per-article
validation failure. Completions name no real model (``authored-by-hand``).

Re-author after changing a prompt, the schema or the batch code (the replay test fails until
you do, because the upload is matched on its content):

    python -m tests.author_batch_cassettes

Not ``pytest --record-mode=rewrite``: that re-records a ``@pytest.mark.vcr`` test against the
real endpoint, and the replay tests hold a placeholder key, so it would record OpenAI's 401s
(or, here, nothing: no endpoint is reachable). ``tests/test_batch_api.py`` therefore pins
``record_mode: none`` in its ``vcr_config``, and these files are made by this script.

Matching: the upload is multipart, and its boundary would be random if ``submit`` did not derive
it from the file's hash. Matching does not depend on that: ``batch_body`` compares multipart
bodies part by part (field names, file names, JSONL lines parsed as JSON), JSON bodies as parsed
JSON, anything else byte for byte; the boundary is ignored.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import httpx2
import vcr
from vcr.persisters.filesystem import CassetteNotFoundError
from vcr.serialize import deserialize, serialize

from summarizer.articles import Article, load_article
from summarizer.llm.batch import BatchJob, collect, submit, wait
from summarizer.llm.client import OFFLINE_MODEL, Settings, openai_client
from summarizer.results import SummaryResult
from summarizer.storage.scrub import scrub_request, scrub_response
from summarizer.testing.authoring import AUTHORED_MODEL_NAME, wire_response

ROOT = Path(__file__).resolve().parent.parent
CASSETTE_DIR = Path(__file__).resolve().parent / "cassettes" / "batch"
SOURCE_DIR = ROOT / "evals" / "cassettes" / "authored" / "source"
INVALID_ARTICLE = "f9d800ded702b085"
# A key shaped like a real one, so the committed files prove the scrub hooks remove it.
AUTHORING_KEY = "sk-" + "authoring-not-a-real-key-0123456789"  # split: not a credential
ORIGIN = (
    "authored by hand. Files and Batches API exchanges of an in-process fake endpoint "
    "(tests/author_batch_cassettes.py), NOT recorded from OpenAI; the answers are the "
    "hand-authored facts of evals/cassettes/authored/source. Regenerate: "
    "python -m tests.author_batch_cassettes"
)
PHASES = ("submit", "status", "collect")
_T0 = 1_760_000_000  # fixed clock: re-authoring gives byte-identical files


# --- matching and persisting -----------------------------------------------------------------


def _content_type(request: Any) -> str:
    for key, value in request.headers.items():
        if key.lower() == "content-type":
            return str(value[0] if isinstance(value, list) else value)
    return ""


def _body_bytes(request: Any) -> bytes:
    body = request.body or b""
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def multipart_parts(content_type: str, body: bytes) -> list[Message]:
    """The parts of a multipart/form-data body (stdlib MIME parser; no boundary assumptions)."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    return [part for part in message.iter_parts() if isinstance(part, Message)]


def _canonical(content_type: str, body: bytes) -> Any:
    """What a request body means, for comparison: boundary-free parts, parsed JSON, or bytes."""
    if content_type.startswith("multipart/form-data"):
        parts = []
        for part in multipart_parts(content_type, body):
            payload = part.get_payload(decode=True)
            raw = payload if isinstance(payload, bytes) else b""
            try:
                value: Any = [json.loads(line) for line in raw.decode().splitlines() if line]
            except (UnicodeDecodeError, json.JSONDecodeError):
                value = raw
            parts.append(
                (part.get_param("name", header="content-disposition"), part.get_filename(), value)
            )
        return parts
    if not body:
        return None
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return body


def match_batch_body(r1: Any, r2: Any) -> None:
    """VCR matcher: same meaning of the body (see the module docstring); raises if not."""
    a = _canonical(_content_type(r1), _body_bytes(r1))
    b = _canonical(_content_type(r2), _body_bytes(r2))
    if a != b:
        raise AssertionError(
            "request body differs from the recording (prompt, schema or articles changed?); "
            "re-author with: python -m tests.author_batch_cassettes"
        )


@dataclass(frozen=True)
class OriginPersister:
    """One cassette file, headed by an ``# origin:`` line that says how it was made."""

    origin: str = ORIGIN

    def load_cassette(self, cassette_path: str, serializer: Any) -> tuple[list[Any], list[Any]]:
        path = Path(cassette_path)
        if not path.is_file():
            raise CassetteNotFoundError()
        return deserialize(path.read_text(encoding="utf-8"), serializer)  # type: ignore[no-any-return]

    def save_cassette(
        self, cassette_path: str, cassette_dict: dict[str, Any], serializer: Any
    ) -> None:
        path = Path(cassette_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"# origin: {self.origin}\n{serialize(cassette_dict, serializer)}", encoding="utf-8"
        )


def batch_vcr_config() -> dict[str, Any]:
    """The VCR settings shared by authoring and replay (here and in the ``vcr_config`` fixture
    of ``tests/test_batch_api.py``, for pytest-recording's ``@pytest.mark.vcr``): the project's
    scrub hooks, and matching on method, URL and body meaning (never on the multipart boundary;
    the ``batch_body`` matcher is registered by :func:`register_matchers`)."""
    return {
        "match_on": ["method", "scheme", "host", "port", "path", "query", "batch_body"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


def register_matchers(recorder: vcr.VCR) -> None:
    """Add this module's matchers to a VCR (pytest-recording's ``pytest_recording_configure``
    hook in ``tests/conftest.py`` calls it for every ``@pytest.mark.vcr`` test)."""
    recorder.register_matcher("batch_body", match_batch_body)


def batch_vcr() -> vcr.VCR:
    """The VCR the authoring run records with: :func:`batch_vcr_config` and its matchers."""
    recorder = vcr.VCR(**batch_vcr_config())
    register_matchers(recorder)
    return recorder


def cassette(phase: str, *, record: bool = False, folder: Path = CASSETTE_DIR) -> Any:
    """``use_cassette`` for one phase's file: replay only (``none``) unless ``record``."""
    return batch_vcr().use_cassette(
        str(folder / f"{phase}.yaml"),
        persister=OriginPersister(),
        record_mode="all" if record else "none",
    )


# --- the fake Files + Batches API ------------------------------------------------------------


def _error(status: int, message: str, kind: str = "invalid_request_error") -> httpx2.Response:
    body = {"error": {"message": message, "type": kind, "param": None, "code": None}}
    return httpx2.Response(status, json=body)


@dataclass
class FakeBatchAPI:
    """An in-process Files + Batches endpoint (for an ``httpx2.MockTransport``).

    ``answers`` maps a custom_id to the arguments the "model" returns; ``failures`` maps a
    custom_id to an error message (the line goes to the error file); ``refusals`` maps a
    custom_id to the refusal its answer carries instead of facts; a custom_id in none gets
    no line at all (as when a batch expires). ``GET /v1/batches/{id}`` reports each status of
    ``progress`` once, in order, then ``final`` for ever."""

    answers: dict[str, dict[str, Any]]
    failures: dict[str, str] = field(default_factory=dict)
    refusals: dict[str, str] = field(default_factory=dict)
    mode: str = "tools"
    progress: tuple[str, ...] = ("in_progress",)
    final: str = "completed"
    files: dict[str, tuple[dict[str, Any], bytes]] = field(default_factory=dict)
    batches: dict[str, dict[str, Any]] = field(default_factory=dict)
    polls: int = 0

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path.removeprefix("/v1")
        parts = path.strip("/").split("/")
        if request.method == "POST" and path == "/files":
            return self._upload(request)
        if request.method == "POST" and path == "/batches":
            return self._create(json.loads(request.content))
        if request.method == "GET" and len(parts) == 2 and parts[0] == "batches":
            return self._retrieve(parts[1])
        if request.method == "GET" and len(parts) == 3 and parts[::2] == ["files", "content"]:
            if parts[1] not in self.files:
                return _error(404, f"No such File object: {parts[1]}")
            return httpx2.Response(
                200,
                content=self.files[parts[1]][1],
                headers={"content-type": "application/octet-stream"},
            )
        return _error(404, f"Invalid URL ({request.method} {request.url.path})")

    def _store(self, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
        ident = f"file-authored{len(self.files) + 1:02d}"
        obj = {
            "object": "file",
            "id": ident,
            "purpose": purpose,
            "filename": filename,
            "bytes": len(data),
            "created_at": _T0,
            "expires_at": _T0 + 30 * 86400,
            "status": "processed",
            "status_details": None,
        }
        self.files[ident] = (obj, data)
        return obj

    def _upload(self, request: httpx2.Request) -> httpx2.Response:
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in multipart_parts(request.headers.get("content-type", ""), request.content):
            payload = part.get_payload(decode=True)
            name = part.get_param("name", header="content-disposition")
            data = payload if isinstance(payload, bytes) else b""
            fields[str(name)] = (part.get_filename(), data)
        if "file" not in fields or "purpose" not in fields:
            return _error(400, "'file' and 'purpose' are required")
        filename, data = fields["file"]
        return httpx2.Response(
            200, json=self._store(data, filename or "upload", fields["purpose"][1].decode())
        )

    def _create(self, params: dict[str, Any]) -> httpx2.Response:
        source = self.files.get(params.get("input_file_id", ""))
        if source is None or source[0]["purpose"] != "batch":
            return _error(400, "input_file_id must name a file uploaded with purpose 'batch'")
        ident = f"batch_authored{len(self.batches) + 1:02d}"
        lines = [json.loads(raw) for raw in source[1].splitlines() if raw.strip()]
        outputs, errors = [], []
        for number, line in enumerate(lines, start=1):
            custom_id = line["custom_id"]
            if custom_id in self.failures:
                errors.append(self._failed_line(number, custom_id, self.failures[custom_id]))
            elif custom_id in self.answers or custom_id in self.refusals:
                outputs.append(self._answer_line(number, line))
        batch = {
            "id": ident,
            "object": "batch",
            "endpoint": params["endpoint"],
            "errors": None,
            "input_file_id": params["input_file_id"],
            "completion_window": params["completion_window"],
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": _T0,
            "in_progress_at": None,
            "expires_at": _T0 + 86400,
            "finalizing_at": None,
            "completed_at": None,
            "failed_at": None,
            "expired_at": None,
            "cancelling_at": None,
            "cancelled_at": None,
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "metadata": params.get("metadata"),
            "model": AUTHORED_MODEL_NAME,
        }
        self.batches[ident] = {
            "object": batch,
            "total": len(lines),
            "output": self._jsonl(outputs, f"{ident}_output.jsonl"),
            "error": self._jsonl(errors, f"{ident}_error.jsonl"),
            "counts": (len(outputs), len(errors)),
        }
        return httpx2.Response(200, json=batch)

    def _jsonl(self, lines: list[dict[str, Any]], filename: str) -> str | None:
        if not lines:
            return None
        data = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
        return str(self._store(data, filename, "batch_output")["id"])

    def _answer_line(self, number: int, line: dict[str, Any]) -> dict[str, Any]:
        body = line["body"]
        request_body = json.dumps(body).encode()
        tool = (body.get("tools") or [{"function": {"name": "ArticleFacts"}}])[0]
        completion = wire_response(
            self.answers.get(line["custom_id"], {}),
            request_body,
            self.mode,
            f"batch-{line['custom_id']}",
            tool["function"]["name"],
        )
        if line["custom_id"] in self.refusals:
            message = {"role": "assistant", "content": None, "tool_calls": None}
            message["refusal"] = self.refusals[line["custom_id"]]
            completion["choices"][0].update(message=message, finish_reason="stop")
        return {
            "id": f"batch_req_authored{number:02d}",
            "custom_id": line["custom_id"],
            "response": {
                "status_code": 200,
                "request_id": f"req_authored{number:02d}",
                "body": completion,
            },
            "error": None,
        }

    def _failed_line(self, number: int, custom_id: str, message: str) -> dict[str, Any]:
        return {
            "id": f"batch_req_authored{number:02d}",
            "custom_id": custom_id,
            "response": {
                "status_code": 400,
                "request_id": f"req_authored{number:02d}",
                "body": {
                    "error": {
                        "message": message,
                        "type": "invalid_request_error",
                        "param": None,
                        "code": None,
                    }
                },
            },
            "error": None,
        }

    def _retrieve(self, ident: str) -> httpx2.Response:
        if ident not in self.batches:
            return _error(404, f"No batch found with id '{ident}'.")
        entry = self.batches[ident]
        self.polls += 1
        state = self.progress[self.polls - 1] if self.polls <= len(self.progress) else self.final
        batch = dict(entry["object"])
        done, failed = entry["counts"]
        batch["status"] = state
        batch["in_progress_at"] = _T0 + 60
        if state in ("completed", "expired", "cancelled"):
            batch.update(
                output_file_id=entry["output"],
                error_file_id=entry["error"],
                finalizing_at=_T0 + 3000,
                request_counts={"total": entry["total"], "completed": done, "failed": failed},
            )
            batch[f"{state}_at"] = _T0 + 3600
        else:
            batch["request_counts"] = {"total": entry["total"], "completed": done // 2, "failed": 0}
        return httpx2.Response(200, json=batch)


# --- authoring -------------------------------------------------------------------------------


def authored_answers(source_dir: Path = SOURCE_DIR) -> tuple[list[Article], dict[str, Any]]:
    """The seed articles, and each one's authored answer for the batch (see module docstring)."""
    articles, answers = [], {}
    for path in sorted(source_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not str(data["article"]).startswith("seeds/"):
            continue  # the batch tests submit the seed articles only
        article = load_article(ROOT / data["article"])
        turns = data["turns"]
        answers[article.id] = turns[0] if article.id == INVALID_ARTICLE else turns[-1]
        articles.append(article)
    articles.sort(key=lambda a: a.source)
    return articles, answers


def author(folder: Path = CASSETTE_DIR) -> tuple[BatchJob, list[SummaryResult]]:
    """Run submit -> wait -> collect against the fake and record one cassette per phase."""
    articles, answers = authored_answers()
    settings = Settings(model=OFFLINE_MODEL, api_key=AUTHORING_KEY)
    fake = FakeBatchAPI(answers=answers, mode=settings.mode)
    for stale in folder.glob("*.yaml"):
        stale.unlink()
    with openai_client(settings, transport=httpx2.MockTransport(fake.handle)) as sdk:
        with cassette("submit", record=True, folder=folder):
            job = submit(articles, settings, client=sdk)
        with cassette("status", record=True, folder=folder):
            wait(job, client=sdk, settings=settings, interval=0.0, sleep=lambda _s: None)
        with cassette("collect", record=True, folder=folder):
            results = collect(job, {a.id: a for a in articles}, client=sdk, settings=settings)
    return job, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--folder", type=Path, default=CASSETTE_DIR)
    args = parser.parse_args(argv)
    job, results = author(args.folder)
    for result in results:
        state = "ok" if result.ok else f"{result.error_kind} error"
        print(f"{result.article_id}: {state}")
    print(f"authored {', '.join(PHASES)} cassettes for {job.batch_id} in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
