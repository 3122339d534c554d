"""Prompt templates: rendering the chat messages, and the prompt version.

The templates live in the top-level ``prompts/`` folder (the package reaches it through the
``summarizer/llm/templates`` link). The prompt version is a hash of every template file, recorded in
each result and each cassette request, so an edited prompt can never replay a stale answer.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

PROMPTS_DIR = Path(__file__).resolve().parent / "templates"
SYSTEM_TEMPLATE = "system.j2"
USER_TEMPLATE = "user.j2"
_FENCE_TAG = re.compile(r"<\s*/?\s*article(?![\w-])", re.IGNORECASE)
_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)


@cache
def _environment(directory: Path) -> jinja2.Environment:
    # Imported here: a run answered from the cache needs the prompts' version, not jinja2.
    import jinja2

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
    """The article as fenced data: every fence tag inside the article, opening or closing, in
    any case and spacing (``</ARTICLE>``, ``</article >``, ``</article\n>``, ``< article``),
    is defused by escaping its ``<`` as ``&lt;``, so the text can neither end the data block
    early nor open a second one and smuggle instructions in between. Text without such tags
    (every seed) is unchanged, and so are its prompts."""
    return _FENCE_TAG.sub(lambda match: "&lt;" + match.group(0)[1:], text)


def publication_date(value: str | None) -> str | None:
    """A page's publication-date metadata, only when it is a date (``2025-10-22``, optionally
    with a time and zone). The value goes into the instructions, outside the article fence,
    so anything else in it (a page can put any text there) is dropped, never shown to the
    model as an instruction."""
    if value is None:
        return None
    value = value.strip()
    return value if _DATE.fullmatch(value) else None


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
        .render(article_text=fence(article_text), published=publication_date(published))
        .strip()
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
