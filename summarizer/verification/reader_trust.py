"""The trust rule of the second reader: when a model's answer may take back an unconfirmed flag.

The rules leave a value *unconfirmed* when its words are in its evidence but they cannot read its
role (who said it, where the meeting is, who proposed the truce), or when its field's wording is
missing (a status in words the rules do not list). On articles no rule was tuned to such flags
were false alarms 54 times and catches 19 times (checks 61 and 62), so a second reader, the
run's own model, is asked about them (:mod:`summarizer.llm.second_reader`). Its verdict alone is
never trusted: a small model says "stated" to almost anything. A flag is cleared only when the
answer can itself be checked here, mechanically:

1. the verdict is ``stated``;
2. the passage it gives is the article's own words: located by the verification locator
   (token boundaries, folding case, quotes and dashes), as one piece, never an ellipsis splice,
   and no longer than :data:`MAX_PASSAGE` characters (a whole paragraph would hold anything);
3. the value is in that passage: located in it the same way (a leading "the" may differ), or,
   for an actor, named in it as the rules read names (a surname without another first name
   before it, a listed name of a country or body). For
   a quote's speaker the passage must also hold the quote's words or touch them (nothing but
   punctuation between), so a name from the next sentence or paragraph cannot be given the
   quote;
4. a value that is no words of the article (a status, a format: the schema's own labels) cannot
   be "in" a passage, so it is never cleared (and not asked about). Letting the field's own rule
   read the model's passage beside the evidence was tried and dropped: the status rules, given
   one more sentence they were not written for, supported 6 of the 7 wrong statuses of the
   authored answers with sentences that say nothing of the status (DECISIONS, session 28).

5. (review rvS28) the rules themselves read the value as stated there: the passage, widened to
   the whole sentences it touches, is made the fact's only evidence and the fact is grounded
   again (:func:`_rules_read`), and once more with it after the fact's own evidence; the flag
   is cleared only when both readings support the value.
   Steps 2 and 3 say only that the value's words are in some sentence of the article, never in
   what role: a review found answers that cleared another meeting's place, a withdrawn venue,
   the count of something else, a proposer's rival named as the one who rejected it, and a
   speaker named in the sentence after the quote. So the model points, the rules read: its
   word never clears a flag on its own, it can only show the rules a sentence they can read
   (a passage cut inside a sentence, "first set for the city hall" without "but the offer was
   withdrawn", is read whole).

A ``not_stated`` answer changes nothing: making an unconfirmed flag a strong one on a model's
word is not shown to be safe (see DECISIONS, session 28).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from summarizer.results import SupportCheck, Verdict
from summarizer.schema.paths import evidence_holder
from .grounding import ground, locate
from .page.article import ArticleText
from .page.tokens import tokenize
from .people.names import find_person, is_proper
from .people.party_names import party_mentions, party_of

MAX_PASSAGE = 600  # characters: two or three sentences of news prose
LABEL_KINDS = frozenset({"status", "format"})  # values that are schema labels, not text
_INDEX = re.compile(r"\[(\d+)\]")
_LAST_STEP = re.compile(r"(?:\.?[^.\[\]]+|\[\d+\])$")  # ".speaker" or "[1]" at the end
_EDGES = (
    " ,.;:!?'\"\u2018\u2019\u201c\u201d\u2013\u2014-"  # what may stand between quote and speaker
)


def _steps(path: str) -> list[str | int]:
    """``quotes[2].speaker`` -> ``["quotes", 2, "speaker"]``."""
    steps: list[str | int] = []
    for part in path.split("."):
        name = part.split("[", 1)[0]
        if name:
            steps.append(name)
        steps.extend(int(index) for index in _INDEX.findall(part))
    return steps


def value_at(data: Any, path: str) -> Any:
    """The value at ``path`` in a facts dict, or None where the path does not lead."""
    for step in _steps(path):
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def fact_of(data: Any, path: str, root: type[BaseModel]) -> Any:
    """The dict in ``data`` (a dump of a ``root``) of the value's fact: the nearest item holding
    the value at ``path``, not the value itself, that has an ``evidence`` field
    (:func:`~summarizer.schema.paths.evidence_holder`, the evaluation's reading too), or None."""
    holder = evidence_holder(_LAST_STEP.sub("", path), root)
    owner = None if holder is None else value_at(data, holder)
    return owner if isinstance(owner, dict) else None


def _in_passage(value: str, passage: str, kind: str) -> bool:
    """The value in the passage as the rules read a value: located on token boundaries as
    one piece (a leading "the" may differ); for an actor (not a place), also a person named
    as :func:`~summarizer.verification.people.names.find_person` reads names (the full name, or the
    surname with no other first name before it) or a country or body by one of its listed
    names ("the U.S." for "United States", "the Kremlin" for "Russia")."""
    value = value.strip()
    candidates = [value]
    if value.lower().startswith("the "):
        candidates.append(value[4:])
    for candidate in candidates:
        span = locate(candidate, passage)
        if span is not None and span.method != "elided":
            return True
    if kind == "place":
        return False
    tokens = tokenize(passage)
    if is_proper(value) and find_person(value, tokens, passage):
        return True
    key = party_of(value)
    return key is not None and any(found[1] == key for found in party_mentions(tokens))


def _adjoins(article: str, passage: tuple[int, int], quote: tuple[int, int]) -> bool:
    """The passage holds the quote's words, or touches them: nothing but spaces, punctuation
    and quotation marks between the two, in one paragraph ("Ana Ruiz said: "..."",
    ""...," said Ana Ruiz"). A sentence between them ("she said. Her counterpart, Tom Berg,
    ...") may be another speaker's."""
    if passage[0] < quote[1] and quote[0] < passage[1]:
        return True
    gap = article[min(passage[1], quote[1]) : max(passage[0], quote[0])]
    return "\n" not in gap and not gap.strip(_EDGES)


def widened(article: str, start: int, end: int) -> str:
    """The whole sentences the span ``start:end`` touches (a passage cut inside a sentence loses
    what the rest of it says: "first set for the city hall" of "..., but the offer was
    withdrawn")."""
    page = ArticleText(article)
    touched = page.sentences_over(start, end)
    if not touched:
        return article[start:end]
    first, last = page.sentences[touched[0]], page.sentences[touched[-1]]
    return article[min(first[0], start) : max(last[1], end)]


def _rules_read(passage: str, check: SupportCheck, facts: BaseModel, article: str) -> bool:
    """Whether the rules support ``check``'s value both when ``passage`` is its fact's only
    evidence and when it stands after the fact's own evidence (every other fact as it was).
    Alone, a sentence about the last meeting ("was held in Vienna") reads as this meeting's;
    beside the fact's evidence the occasion readers see two meetings."""
    data = facts.model_dump(mode="json")
    owner = fact_of(data, check.path, type(facts))
    if owner is None or value_at(data, check.path) is None:
        return False
    own = list(owner["evidence"])
    for evidence in ([passage], [*own, passage]):
        owner["evidence"] = evidence
        try:
            again = type(facts).model_validate(data)
        except ValueError:
            return False
        report = ground(again, article)
        if not any(c.path == check.path and c.supported for c in report.support):
            return False
    return True


def trust(
    verdict: Verdict,
    passage: str,
    check: SupportCheck,
    facts: BaseModel,
    article: str,
) -> str:
    """Why the answer may not clear ``check``'s flag, or ``""`` when it may (the rule above)."""
    if verdict != "stated":
        return f"the second reader answered {verdict}"
    passage = passage.strip()
    if not passage:
        return "no passage given"
    if len(passage) > MAX_PASSAGE:
        return f"passage longer than {MAX_PASSAGE} characters"
    span = locate(passage, article)
    if span is None:
        return "passage not found in the article"
    if span.method == "elided":
        return "passage spliced from pieces"
    if check.kind in LABEL_KINDS:
        return f"a {check.kind} is a label, not words of the article: no passage can show it"
    if not _in_passage(check.value, passage, check.kind):
        return "the value is not in the passage"
    if check.kind == "speaker":
        quote = value_at(facts.model_dump(mode="json"), check.path.rsplit(".", 1)[0] + ".text")
        where = locate(str(quote), article) if quote else None
        if where is None:
            return "the quote's words are not found in the article"
        if not _adjoins(article, (span.start, span.end), (where.start, where.end)):
            return "the passage neither holds nor adjoins the quote's words"
    if not _rules_read(widened(article, span.start, span.end), check, facts, article):
        return "the rules do not read the value in that role there"
    return ""


__all__ = ["LABEL_KINDS", "MAX_PASSAGE", "fact_of", "trust", "value_at", "widened"]
