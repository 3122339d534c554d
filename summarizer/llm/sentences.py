"""Evidence by reference, the article side: the article as numbered sentences.

With ``--evidence sentences`` the model sees the article as ``[1] ...``, ``[2] ...`` and names
the sentences that state a fact instead of copying them (:mod:`.references` maps the numbers
back). The numbering comes from the one sentence splitter grounding uses
(:class:`summarizer.verification.page.article.ArticleText`), over the article text exactly as
grounding sees it, so sentence ``n`` is always the same span of ``Article.text`` and its text
is ``text[start:end]``, character for character.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Literal, get_args

from summarizer.llm.prompts import PROMPTS_DIR, prompt_version, render_messages

EvidenceForm = Literal["quotes", "sentences"]
EVIDENCE_FORMS: tuple[str, ...] = get_args(EvidenceForm)
DEFAULT_EVIDENCE: EvidenceForm = "quotes"

#: Added to the user turn, ahead of the article: the system prompt (rule 3: copy passages
#: verbatim) is the shared static prefix and stays as it is, so this sentence says what changes.
INSTRUCTION = (
    "The article is shown as numbered sentences ([1], [2], ...). In every `evidence` list, "
    "give the numbers of the sentences that state the fact instead of copying passages; "
    "quote texts stay verbatim."
)


@dataclass(frozen=True)
class Sentences:
    """An article's sentences: ``spans[n - 1]`` is sentence ``n`` as offsets into ``text``;
    ``opens`` holds the (0-based) indexes of the sentences that start a paragraph."""

    text: str
    spans: tuple[tuple[int, int], ...]
    opens: frozenset[int]

    def __len__(self) -> int:
        return len(self.spans)

    def span(self, number: int) -> tuple[int, int] | None:
        """Sentence ``number``'s offsets (numbers start at 1), or None if there is none."""
        return self.spans[number - 1] if 1 <= number <= len(self.spans) else None

    def passage(self, number: int) -> str:
        """Sentence ``number``'s exact text (``KeyError`` when out of range)."""
        span = self.span(number)
        if span is None:
            raise KeyError(number)
        return self.text[span[0] : span[1]]

    @cached_property
    def first_by_text(self) -> dict[str, int]:
        """Sentence text -> the number of its first occurrence."""
        found: dict[str, int] = {}
        for number in range(len(self.spans), 0, -1):
            found[self.passage(number)] = number
        return found

    @cached_property
    def shown(self) -> str:
        """The article as the model sees it: one ``[n] sentence`` a line (line breaks inside
        a sentence shown as spaces), a blank line between paragraphs."""
        lines: list[str] = []
        for index, (start, end) in enumerate(self.spans):
            if index and index in self.opens:
                lines.append("")
            lines.append(f"[{index + 1}] {' '.join(self.text[start:end].split())}")
        return "\n".join(lines)


def numbered(text: str) -> Sentences:
    """``text``'s sentences, numbered from 1 in article order (deterministic: the same text
    always gives the same numbering)."""
    # Imported here: the run engine imports this module, and a rerun answered from the cache
    # numbers nothing (verification.page.article and its tokenizer cost ~13 ms of start-up).
    from summarizer.verification.page.article import ArticleText

    article = ArticleText(text)
    spans = tuple(article.sentences)
    opens = frozenset(
        index
        for index, (start, _) in enumerate(spans)
        if index == 0 or article.paragraph_at(start) != article.paragraph_at(spans[index - 1][0])
    )
    return Sentences(text, spans, opens)


def render_numbered(
    sentences: Sentences, *, schema_name: str | None = None, published: str | None = None
) -> list[dict[str, Any]]:
    """The system and user messages for the sentences form: the same templates as the quotes
    form (the static prefix is identical), the article shown numbered, and
    :data:`INSTRUCTION` after the user turn's first paragraph, before the fenced article."""
    messages = render_messages(sentences.shown, schema_name=schema_name, published=published)
    head, gap, rest = str(messages[-1]["content"]).partition("\n\n")
    messages[-1] = {**messages[-1], "content": f"{head}\n{INSTRUCTION}{gap}{rest}"}
    return messages


@cache
def numbered_prompt_version(directory: Path = PROMPTS_DIR) -> str:
    """The prompt version of the sentences form: the templates' version and the added
    instruction, hashed together (so a cassette of one form is stale for the other)."""
    digest = hashlib.sha256(f"{prompt_version(directory)}\0sentences\0{INSTRUCTION}".encode())
    return digest.hexdigest()[:12]


__all__ = [
    "DEFAULT_EVIDENCE",
    "EVIDENCE_FORMS",
    "INSTRUCTION",
    "EvidenceForm",
    "Sentences",
    "numbered",
    "numbered_prompt_version",
    "render_numbered",
]
