"""Settings from flags, the environment, .env and the config file (pydantic-settings), in that
order of precedence, behind the same ``settings_from_env``; an empty key from code still
means "send no key"."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.llm.client import settings_from_env
from tests.conftest import SEED_FILES
from tests.test_cli import run


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "project"
    (folder / "evals").mkdir(parents=True)
    monkeypatch.chdir(folder)
    return folder


def home_of(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return home


def test_precedence_flags_env_dotenv_project_file_home_file(project: Path, tmp_path: Path) -> None:
    home = home_of(tmp_path)
    env = {"SUMMARIZER_HOME": str(home)}
    (home / "config.toml").write_text(
        'model = "m-home"\nmode = "json"\ntimeout = 11\nmax_tokens = 100\n'
        "temperature = 0.3\nretry_budget = 5\nmax_reasks = 4\n"
    )
    assert settings_from_env(env).model == "m-home"
    (project / "summarizer.toml").write_text(
        'model = "m-project"\ntimeout = 12\n[headers]\nX-Team = "file"\n'
    )
    settings = settings_from_env(env)
    assert (settings.model, settings.mode, settings.timeout) == ("m-project", "json", 12.0)
    assert (settings.max_tokens, settings.temperature, settings.max_reasks) == (100, 0.3, 4)
    assert settings.retry.budget == 5.0 and settings.headers == (("X-Team", "file"),)
    (project / ".env").write_text(
        "SUMMARIZER_MODEL=m-dotenv\nOPENAI_API_KEY=sk-from-dotenv\nSUMMARIZER_TIMEOUT=\n"
    )
    settings = settings_from_env(env)
    assert settings.model == "m-dotenv" and settings.api_key == "sk-from-dotenv"
    assert settings.timeout == 12.0  # an empty line in .env means unset
    env["SUMMARIZER_MODEL"] = "m-env"
    assert settings_from_env(env).model == "m-env"
    assert settings_from_env(env, model="m-flag").model == "m-flag"
    # an explicit empty key from code: send no key, whatever the files say
    assert settings_from_env(env, api_key="").api_key is None


def test_bad_values_name_their_source(project: Path, tmp_path: Path) -> None:
    home = home_of(tmp_path)
    env = {"SUMMARIZER_HOME": str(home)}
    (project / "summarizer.toml").write_text('timeout = "soon"\n')
    with pytest.raises(ConfigError, match=r"timeout in .*summarizer.toml"):
        settings_from_env(env)
    (project / "summarizer.toml").write_text('modle = "typo"\n')
    with pytest.raises(ConfigError, match="modle"):
        settings_from_env(env)
    (project / "summarizer.toml").write_text("model = \n")
    with pytest.raises(ConfigError, match=r"summarizer\.toml"):
        settings_from_env(env)
    (project / "summarizer.toml").unlink()
    (project / ".env").write_text("SUMMARIZER_MAX_TOKENS=lots\n")
    with pytest.raises(ConfigError, match=r"SUMMARIZER_MAX_TOKENS in .*\.env"):
        settings_from_env(env)
    (project / ".env").unlink()
    with pytest.raises(ConfigError, match="SUMMARIZER_TEMPERATURE must be"):
        settings_from_env({**env, "SUMMARIZER_TEMPERATURE": "9"})


def test_the_cli_reads_the_config_file(tmp_path: Path) -> None:
    home = home_of(tmp_path)
    (home / "config.toml").write_text('model = "no-such-cassette-set"\n')
    done = run("summarize", str(SEED_FILES[0]), "--quiet", env={"SUMMARIZER_HOME": str(home)})
    assert done.returncode == 2
    assert b"no-such-cassette-set" in done.stderr
    done = run(
        "summarize",
        str(SEED_FILES[0]),
        "--quiet",
        "--model",
        "authored",
        env={"SUMMARIZER_HOME": str(home)},
    )
    assert done.returncode == 0, done.stderr
