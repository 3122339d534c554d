"""A committee as a cited source, for a ``cited_sources`` name (an outside check, session 15):
the page may name a committee for what it does ("The Senate Foreign Relations Committee
held a hearing", "the bill now goes to the committee", "Graham testified before the Armed
Services Committee"), and a committee so named is no source the article cites.

A value that holds a body's noun (committee, subcommittee, panel, commission) is a
cited source only where the page cites it somewhere: as the subject of a verb of saying or
finding ("the committee said", "found", "concluded", "estimated", "told reporters"), over an
aside ("The Armed Services Committee, in a report released on Monday, warned"); after
"according to" or "citing"; as the owner of a paper ("the Intelligence Committee's report
found", "a Foreign Affairs Committee report"); or after "by" or "from" of a paper or of a
verb of compiling ("a report by the Joint Committee", "data from the Banking Committee",
"figures compiled by the committee").
"The committee" with its noun alone counts as the value the page named before it.

Otherwise the refusal is *unconfirmed*: the name is on the page, in no role the rule reads as
a source. Outlets and agencies keep the mention rule (:mod:`metadata`): a page cites them by
name whatever it says of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Result, unconfirmed
from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..people.names import find_phrase, norms

_BODIES = word_set("committee committees subcommittee panel commission")
_SAYING = word_set(
    """said says say found finds concluded concludes estimated estimates warned warns wrote
    writes stated states noted notes told tells confirmed confirms added adds argued argues
    calculated calculates projected projects published publishes released releases revealed
    reveals reported reports cautioned predicted predicts acknowledged acknowledges"""
)
_PAPERS = word_set(
    """report reports findings figures data estimate estimates analysis statement statements
    study review document documents letter memo assessment tally count"""
)
_COMPILED = word_set("compiled published released prepared gathered collected issued")
_PREPOSITIONS = word_set("of on to before with for in at into told about against")
_BETWEEN = word_set("also has have had on monday tuesday wednesday thursday friday later")


def _aside_end(tokens: Sequence[Token], index: int, text: str) -> int:
    """The index after an aside that opens at ``tokens[index]`` (", in a statement,"): the
    token after its closing comma, or ``index`` when none closes within twelve words."""
    for close in range(index, min(index + 12, len(tokens) - 1)):
        if clause_gap(tokens, close, text):
            return close + 1
    return index


def _cites(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    before = first - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    words = [t.norm for t in tokens[max(before - 1, 0) : before + 1]]
    if words[-1:] == ["citing"] or words == ["according", "to"]:
        return True
    if before >= 1 and tokens[before].norm in ("by", "from"):
        previous = tokens[before - 1].norm
        if previous in _PAPERS or previous in _COMPILED:
            return True  # "a report by the committee", "figures compiled by"
    if before >= 0 and tokens[before].norm in _PREPOSITIONS:
        return False  # "members of the committee said", "told the committee": not its words
    if is_possessive(tokens[last], text) or (
        last + 1 < len(tokens) and tokens[last + 1].norm in _PAPERS
    ):  # "the committee's report found", "a Foreign Affairs Committee report says"
        return any(t.norm in _PAPERS for t in tokens[last + 1 : last + 3])
    index = last + 1
    if index < len(tokens) and tokens[index].norm == "of":  # "the trade committee of the EP"
        index += 1
        while index < len(tokens) and (tokens[index].capitalised or tokens[index].norm == "the"):
            index += 1
    if index < len(tokens) and clause_gap(tokens, index - 1, text):
        index = _aside_end(tokens, index, text)  # "The committee, in a report ..., warned"
    while index < len(tokens) and (
        tokens[index].norm in _BETWEEN or tokens[index].norm.endswith("ly")
    ):
        index += 1
    return index < len(tokens) and tokens[index].norm in _SAYING


def support_cited_body(value: str, article: ArticleText) -> Result | None:
    """The verdict on a cited source named as a body (see the module), or None for any other
    name."""
    words = tuple(norms(tokenize(value)))
    body = next((word for word in words if word in _BODIES), None)
    if body is None:
        return None
    size = len(words) - (words[0] == "the" and len(words) > 1)
    for index in range(len(article.sentences)):
        tokens = article.sentence_tokens(index)
        text = article.text
        for start in find_phrase(value, tokens):
            if _cites(tokens, start, start + size - 1, text):
                return True, ""
        for position, token in enumerate(tokens):
            follows_the = position and tokens[position - 1].norm == "the"
            if token.norm == body and follows_the and _cites(tokens, position, position, text):
                return True, ""  # "The committee said": the committee the page named
    return unconfirmed(f"{value!r} is on the page, but nothing is cited from it")


__all__ = ["support_cited_body"]
