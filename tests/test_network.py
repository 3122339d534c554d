"""Networks: ``HTTP(S)_PROXY``/``NO_PROXY`` are honoured by the CLI and the library (sync and
async clients) although the project builds its own transports, and custom headers reach the
endpoint without their secret values ever being shown."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from summarizer import Settings, asummarize, summarize
from summarizer.errors import ConfigError
from summarizer.llm.client import openai_client, settings_from_env
from summarizer.llm.network import merge_headers, parse_headers, proxy_for
from summarizer.llm.retry import RetryPolicy
from summarizer.testing.stub import StubServer
from tests.conftest import SEED_FILES
from tests.test_cli import run
from tests.test_live_path import SANCTIONS_SEED, ok

SECRET_HEADER = "hdr-secret-" + "Q7" * 12


class CountingProxy:
    """A plain-HTTP forward proxy on 127.0.0.1: forwards each absolute-URI request and
    remembers its target (a few lines of aiohttp)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    async def _forward(self, request: web.Request) -> web.Response:
        target = str(request.url) if request.url.is_absolute() else request.path_qs
        self.seen.append(target)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in {"host"}}
        async with (
            aiohttp.ClientSession(auto_decompress=False) as session,
            session.request(
                request.method, target, headers=headers, data=await request.read()
            ) as upstream,
        ):
            body = await upstream.read()
            drop = {"transfer-encoding", "content-length", "connection"}
            kept = {k: v for k, v in upstream.headers.items() if k.lower() not in drop}
            return web.Response(status=upstream.status, body=body, headers=kept)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._ready.set()
        self._loop.run_forever()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> CountingProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()


@pytest.fixture
def proxy() -> Iterator[CountingProxy]:
    with CountingProxy() as running:
        yield running


def stub_settings(stub: StubServer) -> Settings:
    policy = RetryPolicy(budget=5.0, initial_wait=0.05, max_wait=0.2)
    return Settings(model="stub-model", base_url=stub.url, api_key="sk-test", retry=policy)


def test_the_library_goes_through_http_proxy(
    proxy: CountingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with StubServer(responder=lambda body, raw: ok()) as stub:
        settings = stub_settings(stub)
        sync = summarize(SANCTIONS_SEED, settings=settings)
        sync_seen = len(proxy.seen)
        async_result = asyncio.run(asummarize(SANCTIONS_SEED, settings=settings))
    assert sync.facts.sanctions and async_result.facts.sanctions
    assert stub.calls == 2
    assert sync_seen == 1 and len(proxy.seen) == 2  # the sync client, then the async engine
    assert all(seen.startswith(f"{stub.url}/chat/completions") for seen in proxy.seen)


def test_no_proxy_goes_direct(proxy: CountingProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    with StubServer(responder=lambda body, raw: ok()) as stub:
        summarize(SANCTIONS_SEED, settings=stub_settings(stub))
    assert stub.calls == 1 and proxy.seen == []


def test_the_cli_goes_through_http_proxy(proxy: CountingProxy) -> None:
    with StubServer(responder=lambda body, raw: ok()) as stub:
        done = run(
            "summarize",
            str(SANCTIONS_SEED),
            "--quiet",
            "--no-cache",
            "--base-url",
            stub.url,
            "--model",
            "stub-model",
            env={"OPENAI_API_KEY": "sk-test", "HTTP_PROXY": proxy.url},
        )
    assert done.returncode == 0, done.stderr
    assert stub.calls == 1 and len(proxy.seen) == 1


def test_proxy_choice_follows_the_standard_rules() -> None:
    env = {"HTTPS_PROXY": "http://p:1", "http_proxy": "http://q:2", "NO_PROXY": ".corp,h:81"}
    assert proxy_for("https://api.openai.com/v1", env) == "http://p:1"
    assert proxy_for("http://x.example/v1", env) == "http://q:2"
    assert proxy_for("https://llm.corp/v1", env) is None
    assert proxy_for("http://h:81/v1", env) is None
    assert proxy_for("http://h:82/v1", env) == "http://q:2"
    assert proxy_for("https://api.openai.com/v1", {**env, "NO_PROXY": "*"}) is None
    assert proxy_for("https://api.openai.com/v1", {}) is None


def test_custom_headers_reach_the_endpoint_from_flags_and_environment() -> None:
    with StubServer(responder=lambda body, raw: ok()) as stub:
        done = run(
            "--debug",
            "summarize",
            str(SANCTIONS_SEED),
            "--quiet",
            "--no-cache",
            "--base-url",
            stub.url,
            "--header",
            "X-Team: news",
            "-H",
            f"X-Api-Key: {SECRET_HEADER}",
            env={
                "OPENAI_API_KEY": "sk-test-" + "K3" * 12,
                "SUMMARIZER_HEADERS": "X-Team: overridden\nX-Env: yes",
            },
        )
    assert done.returncode == 0, done.stderr
    (headers,) = stub.headers
    lowered = {k.lower(): v for k, v in headers.items()}
    assert lowered["x-team"] == "news" and lowered["x-env"] == "yes"
    assert lowered["x-api-key"] == SECRET_HEADER
    stderr = done.stderr.decode()
    assert "DEBUG" in stderr and "127.0.0.1" in stderr  # HTTP is logged at debug level
    assert SECRET_HEADER not in stderr and "K3K3K3" not in stderr


def test_header_parsing() -> None:
    assert parse_headers(["A: 1", "B:two: three"], "--header") == (("A", "1"), ("B", "two: three"))
    assert parse_headers('{"A": "1"}', "SUMMARIZER_HEADERS") == (("A", "1"),)
    assert merge_headers((("a", "1"), ("B", "2")), (("A", "3"),)) == (("B", "2"), ("A", "3"))
    with pytest.raises(ConfigError, match="has no ':'") as caught:
        parse_headers(["Authorization Bearer hunter2"], "--header")
    assert "hunter2" not in str(caught.value)
    with pytest.raises(ConfigError, match="not a valid header name"):
        parse_headers(["Bad Name: 1"], "--header")
    settings = settings_from_env({}, headers=[f"Authorization: Bearer {SECRET_HEADER}"])
    assert any(SECRET_HEADER in secret for secret in settings.secrets)
    assert SECRET_HEADER not in repr(settings)
    client = openai_client(settings)
    assert client.default_headers["Authorization"] == f"Bearer {SECRET_HEADER}"


def test_a_bad_header_flag_exits_2() -> None:
    done = run("summarize", str(SEED_FILES[0]), "--header", "nocolon")
    assert done.returncode == 2
    assert done.stderr.decode().startswith("error: --header")


def test_secret_headers_never_reach_the_store(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with StubServer(responder=lambda body, raw: ok()) as stub:
        done = run(
            "summarize",
            str(SANCTIONS_SEED),
            "--quiet",
            "--base-url",
            stub.url,
            "-H",
            f"Authorization: Bearer {SECRET_HEADER}",
            env={"SUMMARIZER_HOME": str(home)},
        )
        assert done.returncode == 0, done.stderr
        listed = run("logs", "--json", env={"SUMMARIZER_HOME": str(home)})
    assert SECRET_HEADER not in listed.stdout.decode()
    for path in home.rglob("*"):
        if path.is_file():
            assert SECRET_HEADER.encode() not in path.read_bytes()
    assert json.loads(listed.stdout)
