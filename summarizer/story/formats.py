"""The story's output formats, by the name ``summarizer story --format`` takes."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.story.html import to_html
from summarizer.story.model import Story
from summarizer.story.render import to_json, to_markdown

RENDERERS: dict[str, Callable[[Story], str]] = {
    "markdown": to_markdown,
    "json": to_json,
    "html": to_html,
}

__all__ = ["RENDERERS"]
