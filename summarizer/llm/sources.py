"""Where settings come from besides flags: the environment, a ``.env`` file and a config file,
merged by pydantic-settings in that order of precedence (flags, applied by
:func:`summarizer.llm.client.settings_from_env`, win over all three).

- the environment: ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``SUMMARIZER_MODEL``, ... (see
  :data:`ENV_NAMES`); an empty variable means unset;
- ``.env`` in the project folder (the same names; ``KEY=value`` lines);
- ``summarizer.toml`` in the project folder, over ``$SUMMARIZER_HOME/config.toml`` (keys are
  the field names: ``model = "gpt-4o"``, ``timeout = 30``, ``[headers]``...).

The project folder is :func:`summarizer.storage.paths.project_root` (the nearest folder with
``evals/``, else the working directory). Values are returned raw, with where each came from,
so the caller checks them and names the source in its error line.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from summarizer.errors import ConfigError

__all__ = [
    "CONFIG_FILE",
    "ENV_FILE",
    "ENV_NAMES",
    "HOME_CONFIG_FILE",
    "Layers",
    "SourceSettings",
    "config_files",
    "read_layers",
]

CONFIG_FILE = "summarizer.toml"
HOME_CONFIG_FILE = "config.toml"
ENV_FILE = ".env"

# field -> environment variable
ENV_NAMES: dict[str, str] = {
    "model": "SUMMARIZER_MODEL",
    "base_url": "OPENAI_BASE_URL",
    "api_key": "OPENAI_API_KEY",
    "mode": "SUMMARIZER_MODE",
    "timeout": "SUMMARIZER_TIMEOUT",
    "retry_budget": "SUMMARIZER_RETRY_BUDGET",
    "max_reasks": "SUMMARIZER_MAX_REASKS",
    "max_tokens": "SUMMARIZER_MAX_TOKENS",
    "temperature": "SUMMARIZER_TEMPERATURE",
    "headers": "SUMMARIZER_HEADERS",
    "evidence": "SUMMARIZER_EVIDENCE",
    # Azure OpenAI's deployment endpoints, under the names the openai SDK reads
    "azure_endpoint": "AZURE_OPENAI_ENDPOINT",
    "azure_api_key": "AZURE_OPENAI_API_KEY",
    "api_version": "OPENAI_API_VERSION",
}

Raw = str | int | float | None


class SourceSettings(BaseSettings):
    """Every setting a file or the environment may give, unchecked (the checks and their
    one-line errors live with :class:`summarizer.llm.client.Settings`)."""

    model_config = SettingsConfigDict(extra="forbid", frozen=True)

    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    mode: str | None = None
    timeout: Raw = None
    retry_budget: Raw = None
    max_reasks: Raw = None
    max_tokens: Raw = None
    temperature: Raw = None
    headers: dict[str, str] | str | None = None
    evidence: str | None = None
    azure_endpoint: str | None = None
    azure_api_key: str | None = None
    api_version: str | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return _CURRENT.get()


class MappingSource(PydanticBaseSettingsSource):
    """Settings from a mapping of environment names (``os.environ``, a ``.env`` file's
    values): only :data:`ENV_NAMES`, and an empty or blank value means unset."""

    def __init__(self, settings_cls: type[BaseSettings], values: Mapping[str, str | None]):
        super().__init__(settings_cls)
        self.values = values

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        value = self.values.get(ENV_NAMES.get(field_name, ""))
        return value, field_name, False

    def __call__(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for name, env in ENV_NAMES.items():
            value = self.values.get(env)
            if value is not None and value.strip():
                found[name] = value.strip()
        return found


_CURRENT: ContextVar[tuple[PydanticBaseSettingsSource, ...]] = ContextVar("settings_sources")


@dataclass(frozen=True)
class Layers:
    """The merged values (set ones only) and, for each, where it came from: an environment
    variable's name, ``NAME in .env``, or ``key in <config file>``."""

    values: dict[str, Any]
    origins: dict[str, str]


def config_files(root: Path, home: Path) -> list[Path]:
    """The config files in rising precedence: the user's, then the project's."""
    return [home / HOME_CONFIG_FILE, root / CONFIG_FILE]


def _toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {path}: {exc}") from None


def _dotenv(path: Path) -> dict[str, str | None]:
    from dotenv import dotenv_values

    try:
        return dict(dotenv_values(path)) if path.is_file() else {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def read_layers(env: Mapping[str, str], *, root: Path, home: Path) -> Layers:
    """Environment over ``root/.env`` over the config files, merged by pydantic-settings."""
    dotenv = _dotenv(root / ENV_FILE)
    files = [path for path in config_files(root, home) if _toml(path)]  # also checks syntax
    sources: tuple[PydanticBaseSettingsSource, ...] = (
        MappingSource(SourceSettings, env),
        MappingSource(SourceSettings, dotenv),
        TomlConfigSettingsSource(SourceSettings, toml_file=files),
    )
    token = _CURRENT.set(sources)
    try:
        merged = SourceSettings()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        shown = f"{where!r} in {' or '.join(str(p) for p in files)}" if files else repr(where)
        raise ConfigError(f"setting {shown}: {first['msg']}") from None
    finally:
        _CURRENT.reset(token)
    values = merged.model_dump(exclude_none=True)
    from_env, from_dotenv = sources[0](), sources[1]()
    origins: dict[str, str] = {}
    for name in values:
        env_name = ENV_NAMES[name]
        if name in from_env:
            origins[name] = env_name
        elif name in from_dotenv:
            origins[name] = f"{env_name} in {root / ENV_FILE}"
        else:
            path = next(p for p in reversed(files) if name in _toml(p))
            origins[name] = f"{name} in {path}"
    return Layers(values, origins)
