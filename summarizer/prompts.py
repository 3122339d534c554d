"""Prompt templates: rendering the chat messages, and the prompt version.

The templates live in the top-level ``prompts/`` folder (the package reaches it through the
``summarizer/prompts`` link). The prompt version is a hash of every template file, recorded in
each result and each cassette request, so an edited prompt can never replay a stale answer.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

PROMPTS_DIR = Path(__file__).resolve().parent / "prompts"
SYSTEM_TEMPLATE = "system.j2"
USER_TEMPLATE = "user.j2"
_FENCE_CLOSE = "</article>"


@cache
def _environment(directory: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        autoescape=False,
    )


@cache
def prompt_version(directory: Path = PROMPTS_DIR) -> str:
    """12 hex digits over the names and bytes of all template files."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.j2")):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:12]


def fence(text: str) -> str:
    """The article as fenced data: a closing fence inside the article is defused so the text
    cannot end the data block early and smuggle instructions after it."""
    return text.replace(_FENCE_CLOSE, "</ article>")


def render_messages(
    article_text: str,
    *,
    schema_name: str | None = None,
    published: str | None = None,
    directory: Path = PROMPTS_DIR,
) -> list[dict[str, Any]]:
    """The system and user messages for one article."""
    env = _environment(directory)
    system = env.get_template(SYSTEM_TEMPLATE).render(schema_name=schema_name).strip()
    user = (
        env.get_template(USER_TEMPLATE)
        .render(article_text=fence(article_text), published=published)
        .strip()
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
