"""A caller's own schema comes back typed: ``summarize(..., schema=Mine)`` is a
``SummaryResult[Mine]`` to a type checker, and its facts are a ``Mine`` at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from summarizer.results import SummaryResult

ROOT = Path(__file__).resolve().parents[1]


class Headline(BaseModel):
    headline: str


def test_a_parametrised_result_validates_its_facts_as_the_schema() -> None:
    result = SummaryResult[Headline].model_validate(
        {
            "article_id": "a",
            "source": "x",
            "facts": {"headline": "H"},
            "model": "m",
            "prompt_version": "p",
            "schema_version": "s",
        }
    )
    assert isinstance(result.facts, Headline) and result.facts.headline == "H"


@pytest.mark.slow
def test_mypy_sees_the_callers_schema(tmp_path: Path) -> None:
    program = tmp_path / "caller.py"
    program.write_text(
        "from typing import reveal_type\n"
        "from pydantic import BaseModel\n"
        "from summarizer import summarize, summarize_many\n"
        "class Mine(BaseModel):\n"
        "    title: str\n"
        "result = summarize('text', schema=Mine, offline=True)\n"
        "reveal_type(result.facts)\n"
        "for each in summarize_many(['text'], schema=Mine):\n"
        "    reveal_type(each)\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    notes = [line for line in done.stdout.splitlines() if "Revealed type" in line]
    assert len(notes) == 2, done.stdout
    assert "caller.Mine | None" in notes[0]
    assert "SummaryResult[caller.Mine]" in notes[1]
