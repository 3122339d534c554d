"""Every ``python``, ``bash``/``console`` and ``toml`` block of README.md works as written.

Each block runs in a copy of the project (seeds, evals, prompts, schemas) with this
environment's ``.venv``: python blocks are exec'd in-process, the calls to a model going to a
local stub endpoint (``OPENAI_BASE_URL``); shell blocks run under ``bash -euo pipefail``;
toml blocks are loaded as the config file. A block preceded by
``<!-- not run by tests/test_readme.py: reason -->`` (an API key, the local extra, minutes of
benchmark) is only checked for syntax.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from summarizer.llm.client import settings_from_env
from summarizer.testing.stub import StubServer, facts_reply
from tests.conftest import ROOT

README = ROOT / "README.md"
MARKER = re.compile(r"^<!-- not run by tests/test_readme\.py: (?P<reason>.+) -->$")
FENCE = re.compile(r"^```(?P<lang>[\w-]*)\s*$")
LANGS = {"python", "bash", "console", "toml"}


@dataclass(frozen=True)
class Block:
    line: int
    lang: str
    code: str
    skip_reason: str | None

    @property
    def id(self) -> str:
        return f"README.md:{self.line}:{self.lang}"


def readme_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        opened = FENCE.match(lines[i])
        if not opened or not opened["lang"]:
            i += 1
            continue
        start, lang = i, opened["lang"]
        i += 1
        body: list[str] = []
        while i < len(lines) and lines[i].rstrip() != "```":
            body.append(lines[i])
            i += 1
        i += 1
        before = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
        marker = MARKER.match(before.strip())
        if lang in LANGS:
            reason = marker["reason"] if marker else None
            blocks.append(Block(start + 1, lang, "\n".join(body) + "\n", reason))
    return blocks


BLOCKS = readme_blocks(README.read_text(encoding="utf-8"))


def test_the_readme_has_the_blocks_it_documents() -> None:
    assert {b.lang for b in BLOCKS} >= {"python", "bash", "toml"}
    runnable = [b for b in BLOCKS if b.skip_reason is None]
    assert {b.lang for b in runnable} >= {"python", "bash", "toml"}
    # a marker must sit right before a fence, or it would silently mark nothing
    text = README.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(text):
        if MARKER.match(line.strip()):
            assert FENCE.match(text[number + 1]), f"README.md:{number + 1}: marker not on a block"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "project"
    copy.mkdir()
    for name in ("seeds", "evals", "prompts", "schemas"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("latest"))
    for name in ("README.md", "pyproject.toml"):
        shutil.copy2(ROOT / name, copy / name)
    (copy / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    monkeypatch.chdir(copy)
    return copy


BILL = {
    "name": "Sanctioning Russia Act of 2025",
    "cosponsors": 84,
    "evidence": ["Sanctioning Russia Act of 2025"],
}


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_readme_block(block: Block, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if block.lang == "python":
        code = compile(block.code, block.id, "exec")
        if block.skip_reason:
            return
        with StubServer(responder=facts_reply(BILL)) as stub:
            monkeypatch.setenv("OPENAI_BASE_URL", stub.url)
            monkeypatch.setenv("OPENAI_API_KEY", "sk-readme-test")
            exec(code, {"__name__": "__readme__"})
    elif block.lang == "toml":
        (project / "summarizer.toml").write_text(block.code, encoding="utf-8")
        settings_from_env({"SUMMARIZER_HOME": str(project / "home")})
    else:
        env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
        env["PATH"] = f"{Path(sys.prefix) / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        check = ["-n"] if block.skip_reason else []
        done = subprocess.run(
            ["bash", *check, "-euo", "pipefail", "-c", block.code],
            cwd=project,
            env=env,
            capture_output=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, (block.id, done.stdout[-2000:], done.stderr[-2000:])
