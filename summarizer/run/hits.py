"""Cache hits, cheaply: looked up in batches, re-grounded only when the checks changed.

A cache hit is the model's stored answer; the checks on it are ours and may have changed since
it was stored, so a hit must carry the grounding the *current* rules give. Grounding is a pure
function of the facts, the article (text and metadata) and the verification code, and by the
package's layering (``tests/test_layout.py``) that code is the text, contract and verification
layers and nothing above them. So each stored result carries a grounding key: a hash of those
layers' source files, the pydantic version, and the article. A hit whose key matches the
current one already holds exactly the grounding that re-grounding would compute, and is used
as it is; any other hit (an edited rule, another article text or metadata, a row from before
the key existed) is grounded again. A cached rerun so spends no grounding CPU while the rules
are unchanged, and a changed rule still re-checks every hit.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from summarizer.articles import Article

PACKAGE = Path(__file__).resolve().parent.parent
#: What grounding can depend on: the layers below storage (see tests/test_layout.py), each
#: a sub-package or a module; a name that is neither fails loudly (read_bytes).
GROUNDING_SOURCES = (
    "text",
    "verification",
    "comparators",
    "schema",
    "results",
    "errors",
    "articles",
)


@cache
def grounding_version() -> str:
    """16 hex digits over the source of every module grounding can use, and pydantic's
    version (validation decides what the facts are)."""
    import pydantic

    digest = hashlib.sha256(pydantic.VERSION.encode())
    for name in GROUNDING_SOURCES:
        path = PACKAGE / name  # a sub-package, or else a module of that name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]
        for file in files:
            digest.update(str(file.relative_to(PACKAGE)).encode() + b"\0")
            digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def grounding_key(article: Article) -> str:
    """What an article's grounding is computed from, besides the facts (which are the stored
    row's own): the rules' version, the article's text (its id is a hash of it) and metadata."""
    metadata = json.dumps(article.metadata, sort_keys=True, ensure_ascii=False, default=str)
    digest = hashlib.sha256(f"{grounding_version()}\0{article.id}\0{metadata}".encode())
    return digest.hexdigest()[:24]
