"""The main text of an HTML page by trafilatura, when the ``html`` extra is installed.

The project's small interface over trafilatura: :func:`extract`. trafilatura finds the
article in a page and leaves out what surrounds it (cookie banners, navigation, related links,
reader comments), which the built-in parser in :mod:`summarizer.articles` keeps as text. Without
the extra, or when trafilatura finds no text, :func:`extract` returns None and the caller uses
the built-in parser. Page metadata comes back under the keys the built-in parser uses
(``article:published_time``, ``og:site_name``, ``author``).

Note that an HTML page's article id (a hash of its text) depends on which extractor read it.
"""

from __future__ import annotations

import importlib.util
from functools import cache

# trafilatura's metadata fields -> the keys the built-in parser reads from <meta> tags
_META_KEYS = {"date": "article:published_time", "sitename": "og:site_name", "author": "author"}


@cache
def available() -> bool:
    """Whether the ``html`` extra (trafilatura) is installed."""
    return importlib.util.find_spec("trafilatura") is not None


def extract(markup: str) -> tuple[str, dict[str, str]] | None:
    """The page's article text (its title first) and metadata, or None without trafilatura or
    when it finds no text."""
    if not available():
        return None
    import trafilatura

    # favor_precision: on a short page the default keeps a navigation line as text.
    found = trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=True,
        favor_precision=True,
    )
    text = str(getattr(found, "text", None) or "").strip()
    if not text:
        return None
    text = text.replace("\n", "\n\n")  # one block a line: paragraphs as the built-in parser
    title = str(getattr(found, "title", None) or "").strip()
    if title and title not in text:
        text = f"{title}\n\n{text}"
    metadata = {
        key: str(value).strip()
        for field, key in _META_KEYS.items()
        if (value := getattr(found, field, None)) and str(value).strip()
    }
    return text, metadata


__all__ = ["available", "extract"]
