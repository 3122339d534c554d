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

import datetime as dt
import hashlib
import json
from functools import cache
from pathlib import Path

from pydantic import PrivateAttr, TypeAdapter

from summarizer.articles import Article
from summarizer.results import GroundingReport, SummaryResult, Usage
from summarizer.storage.redact import MASK
from summarizer.verification.confirm_fields import confirm_from_env

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
    row's own): the rules' version, the article's text (its id is a hash of it), metadata,
    photo captions (free text's names may be in a caption) and the confirm-only fields
    (``SUMMARIZER_CONFIRM_ONLY``): a hit stored without the mode is grounded again with it."""
    metadata = json.dumps(article.metadata, sort_keys=True, ensure_ascii=False, default=str)
    if article.captions:  # the key of a page without captions is as before
        metadata += "\0" + json.dumps(article.captions, ensure_ascii=False)
    confirm = confirm_from_env()  # the confirm-only mode changes verdicts, not the code
    if confirm:  # the key with the mode off is as before
        metadata += "\0confirm=" + ",".join(sorted(confirm))
    digest = hashlib.sha256(f"{grounding_version()}\0{article.id}\0{metadata}".encode())
    return digest.hexdigest()[:24]


class LineResult(SummaryResult):
    """A result whose JSON line is already known, for a caller that writes jsonl and reads
    nothing else of it but whether it failed (``Engine.lines_only``: the CLI's
    ``summarize --format jsonl``). Two kinds:

    * a fresh answer (:func:`with_line`): a copy of the full result with the JSON that was
      serialised once for the store (serialising ~30 KB a second time for the output file cost
      ~0.15 ms per article);
    * a cache hit (:func:`stored_hit`): the stored JSON with this run's ``source``, not
      validated back into models. Validating a stored result cost more than everything else a
      cached rerun does per article, only for the writer to serialise it back into the same
      bytes. When the stored grounding key matches (:func:`grounding_key`: the same contract
      and verification code, the same pydantic, the same article), the stored JSON is exactly
      what validating and re-serialising it would write (a test holds them byte-identical).
      Its fields are the envelope only (ids, versions; no facts)."""

    _line: str = PrivateAttr(default="")

    def to_json(self, indent: int | None = None) -> str:
        if indent is not None:
            raise ValueError("a stored hit is only written as its one JSON line")
        return self._line


_STRING = TypeAdapter(str)
# Constructed, not validated: the models' validators are built when first needed (defer_build),
# and a rerun answered from the cache validates nothing.
_NO_GROUNDING = GroundingReport.model_construct()
_NO_USAGE = Usage.model_construct()
_DECODER = json.JSONDecoder()


def stored_hit(
    data: str, article: Article, model: str, versions: tuple[str, str]
) -> LineResult | None:
    """The stored result ``data`` as :class:`LineResult` with ``article``'s source spliced in
    (as validating it, setting the source and serialising it would give), or None when the
    text is not in the shape this relies on (then the caller validates it)."""
    head = f'{{"article_id":"{article.id}","source":"'
    if not data.startswith(head) or MASK in data:
        return None  # not our layout, or redacted (a mask may sit where an escape was)
    try:
        _old, end = _DECODER.raw_decode(data, len(head) - 1)  # the stored source, a string
    except ValueError:
        return None
    source = _STRING.dump_json(article.source).decode()
    hit = LineResult.model_construct(
        article_id=article.id,
        source=article.source,
        model=model,
        prompt_version=versions[0],
        schema_version=versions[1],
        # Given, not left to the fields' factories: pydantic inspects a factory's signature on
        # every construction (~50 us of a hit's ~60). The envelope holds no grounding or usage
        # (they are in the line), so every hit shares one empty instance of each; nothing
        # mutates a result's report or usage in place (tests/test_stored_hits.py).
        grounding=_NO_GROUNDING,
        usage=_NO_USAGE,
        created_at=dt.datetime.now(dt.UTC),
    )
    hit._line = f"{head[:-1]}{source}{data[end:]}"
    return hit


def with_line(result: SummaryResult, line: str) -> LineResult:
    """``result`` (all of it) carrying ``line``, its ``to_json()``."""
    copy = LineResult.model_construct(result.model_fields_set, **dict(result))
    copy._line = line
    return copy
