"""The real local model end to end: one short article through ``summarizer summarize --local``
(llama.cpp's server with the packaged Gemma 3 270M), checking a schema-valid result and its
grounding report. Skipped without the ``local`` extra, unless SUMMARIZER_REQUIRE_LOCAL=1 (CI,
which installs the extra), where a missing extra fails. Takes about a minute on 2 cores."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from summarizer.llm.local import LOCAL_MODEL, local_installed

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = Path(__file__).resolve().parent / "data" / "short_article.txt"
REQUIRED = os.environ.get("SUMMARIZER_REQUIRE_LOCAL") == "1"

pytestmark = pytest.mark.slow


@pytest.fixture
def extra_installed() -> None:
    if local_installed():
        return
    why = "the 'local' extra is not installed (pip install -e '.[local]')"
    if REQUIRED:
        pytest.fail(f"{why}, and SUMMARIZER_REQUIRE_LOCAL=1")
    pytest.skip(why)


@pytest.mark.usefixtures("extra_installed")
def test_a_short_article_through_the_real_local_model(tmp_path: Path) -> None:
    summarizer = Path(sys.executable).parent / "summarizer"
    env = {**os.environ, "SUMMARIZER_HOME": str(tmp_path / "home")}
    env.pop("OPENAI_API_KEY", None)
    done = subprocess.run(
        [str(summarizer), "summarize", str(ARTICLE), "--local", "-q"],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        check=False,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 0, stderr
    result = json.loads(done.stdout)
    schema = json.loads((ROOT / "schemas" / "summary_result.schema.json").read_text())
    jsonschema.validate(result, schema)
    assert result["model"] == LOCAL_MODEL and result["origin"] == "live"
    assert result["usage"]["completion_tokens"] > 0 and result["latency_s"] > 0
    grounding = result["grounding"]
    # Whatever the model got right or wrong, its evidence passages were checked.
    assert set(grounding) >= {"evidence", "support", "unevidenced"}
    assert all(isinstance(check["verified"], bool) for check in grounding["evidence"])
