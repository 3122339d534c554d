"""The ``proposer`` kind's verdict: supported, unconfirmed, or contradicted.

A proposer is supported when its evidence names it in a proposing role
(:func:`proposers.proposes`), and unsupported when the evidence does not name it. Named in
another role only ("Qatar hosted the talks", "Egypt's mediators"), it is unconfirmed, since
the checker may not know the wording that makes it the proposer, unless the evidence names
someone else in that role for this truce (an outside review, session 13): "Qatar hosted the
talks on the truce Egypt drew up" says Egypt proposed it, which is *unsupported* for Qatar.

Another proposer counts only in a sentence about a truce (a truce or plan word in it), about
no other occasion or rival text ("an earlier proposal", "a counter-proposal", "a rival
plan"), not a question, and not listed with the value ("Egypt, with Qatar, put forward",
"Egypt, Qatar and the U.S. proposed"), where the two may be one proposing side.

The evidence read is the truce's own, then its positions' (a party's stance is part of the
truce: "the cabinet voted for a truce proposed by Egypt" may be only in Israel's position).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import TRUCE_STEMS
from ..acts.conjoined_subjects import placed_name
from ..acts.proposers import mentions, proposes
from ..acts.truce_requests import requests_truce
from ..context import Context, Result, no_evidence, unconfirmed
from ..page.locator import find
from ..page.tokens import Token, word_set
from ..people.mashed_names import name_clash
from ..people.names import TITLES, split_people
from ..people.party_names import party_mentions, party_of, ties
from .act_objects import PROPOSER_ACT
from .answered_acts import answers_act
from .clause_agents import acts_in_clause
from .plan_authors import authors_plan
from .replaced_plans import replaced_mention
from .resolution_proposers import adopts_resolution

_TRUCE = TRUCE_STEMS
_TRUCE_PLANS = word_set("plan proposal initiative blueprint roadmap framework")
# Words that put a proposal on another occasion or make it a rival text.
_OTHER = word_set(
    """earlier previous previously prior former last ago another other rival competing
    alternative separate counter counterproposal counteroffer old older original initial
    failed abandoned second"""
)
# Words that may join the value to another proposer as one side ("Egypt, together with
# Qatar", "Egypt and Qatar", "Egypt as well as Qatar").
# Bodies the page may name the proposer by, in lower case ("the government's proposal").
_BODIES = word_set(
    "government army military junta rebels militia regime authorities administration cabinet"
)
# The question's verb an answer's "X did" takes for proposing (answered_acts).
_PROPOSING = ("propos", "suggest", "float", "offer", "put", "draft", "tabl", "declar", "initiat")
_LISTED = word_set("and or the as well with alongside together along jointly plus")


def support_proposer(value: Any, rule: Supported, ctx: Context) -> Result:
    if not ctx.sentences:
        return no_evidence(ctx)
    sentences = [*ctx.sentences, *_position_sentences(ctx)]
    for part in split_people(str(value)):
        clash = name_clash(part, ctx.article)  # "Luciano Londono" (mashed_names.py)
        if clash is not None and party_of(part) is None:  # "EU Commission" is no first name
            return clash
        named = False
        for index in sentences:
            tokens = ctx.article.sentence_tokens(index)
            spots = list(mentions(part, tokens, ctx))
            if spots and all(replaced_mention(tokens, a, ctx.article.text) for a, _ in spots):
                named = True  # "which replaced one floated by Turkey": the replaced plan's
                continue
            if (
                proposes(part, tokens, ctx)
                or authors_plan(part, tokens, ctx)
                or adopts_resolution(part, tokens, ctx)  # "a resolution adopted by X calls"
                or any(
                    answers_act(ctx.article, index, tokens, first, last, _PROPOSING)
                    or requests_truce(tokens, first, last, ctx.article.text)
                    for first, last in mentions(part, tokens, ctx)
                )
            ):  # "Q: Who proposed it? A: Putin did." (answered_acts); "at the request of X"
                break
            named = named or any(True for _ in mentions(part, tokens, ctx))
        else:
            if not named:
                return False, f"{part!r} is not named in its evidence"
            other = other_proposer(part, sentences, ctx)
            if other:
                return False, f"its evidence names {other!r} as the one who proposed it"
            if _clause_proposer(part, sentences, ctx):
                continue  # "Pope Leo wanted a truce", "written by X" (clause_agents)
            return unconfirmed(f"{part!r} is in its evidence, but not as the one who proposed it")
    return True, ""


def _clause_proposer(part: str, sentences: Sequence[int], ctx: Context) -> bool:
    """Whether a sentence makes ``part`` the subject or "by" agent of its clause's verb,
    whatever the verb, an asking verb before "for" included (:mod:`clause_agents`); never
    one of the truce's own sides, whose acts on it ("signed up to", "accept") are answers."""
    key = party_of(part)
    for position in getattr(ctx.fact, "positions", None) or []:
        side = str(getattr(position, "party", "") or "")
        if side and ((key is not None and party_of(side) == key) or side.lower() == part.lower()):
            return False
    text = ctx.article.text
    for index in sentences:
        tokens = ctx.article.sentence_tokens(index)
        for first, last in mentions(part, tokens, ctx):
            if replaced_mention(tokens, first, text):
                continue  # "replaced one floated by Turkey" (replaced_plans)
            if acts_in_clause(tokens, first, last, text, PROPOSER_ACT, asking=True):
                return True
    return False


def other_proposer(part: str, sentences: Sequence[int], ctx: Context) -> str | None:
    """Someone other than ``part`` whom the evidence names as this truce's proposer (see
    the module), as the article writes the name."""
    key = party_of(part)
    text = ctx.article.text
    for index in sentences:
        tokens = ctx.article.sentence_tokens(index)
        norms = [t.norm for t in tokens]
        if not _about_a_truce(norms) or not _OTHER.isdisjoint(norms) or _question(ctx, index):
            continue
        own = list(mentions(part, tokens, ctx))
        for first, last, name in _candidates(tokens, text):
            if key is not None and party_of(name) == key:
                continue
            if key is not None and key in ties(ctx.article, tokens[last].norm):
                continue  # "Sisi proposed" for Egypt: the value's own leader
            if any(_listed(tokens, first, last, a, b) for a, b in own) or placed_name(
                tokens, first
            ):
                continue  # placed_name: "militias in Yemen declared" (conjoined_subjects)
            if proposes(name, tokens, ctx):
                return name
    return None


def _candidates(tokens: Sequence[Token], text: str) -> Iterator[tuple[int, int, str]]:
    """(first, last, name) of each party a sentence names, of each body it names in the
    possessive or as an agent ("the government's", "by the government"), then of each run of
    capitalised words outside them, not a title nor the sentence's first word alone (people)."""
    covered: set[int] = set()
    for start, _, _, size in party_mentions(tokens):
        covered.update(range(start, start + size))
        yield start, start + size - 1, text[tokens[start].start : tokens[start + size - 1].end]
    for index, token in enumerate(tokens):
        if token.norm not in _BODIES or token.capitalised:
            continue
        agent = [t.norm for t in tokens[max(index - 2, 0) : index]] in (["by", "the"], ["by"])
        if token.text.endswith("'s") or agent:
            yield index, index, token.norm  # "the government's proposal", "by the government"
    index = 0
    while index < len(tokens):
        if tokens[index].capitalised and index not in covered and tokens[index].norm not in TITLES:
            end = index
            while end + 1 < len(tokens) and tokens[end + 1].capitalised and end + 1 not in covered:
                end += 1
            if end > index or index > 0:
                yield index, end, text[tokens[index].start : tokens[end].end]
            index = end + 1
            continue
        index += 1


def _about_a_truce(norms: Sequence[str]) -> bool:
    return any(n.startswith(_TRUCE) or n in _TRUCE_PLANS for n in norms)


def _listed(tokens: Sequence[Token], first: int, last: int, own_first: int, own_last: int) -> bool:
    """The value and the other name in one list or joined as one side: only names and
    joining words between them."""
    left, right = (last, own_first) if last < own_first else (own_last, first)
    between = tokens[left + 1 : right]
    return len(between) <= 6 and all(t.norm in _LISTED or t.capitalised for t in between)


def _question(ctx: Context, index: int) -> bool:
    start, stop = ctx.article.sentences[index]
    return ctx.article.text[start:stop].rstrip().rstrip("\"'\u201d\u2019").endswith("?")


def _position_sentences(ctx: Context) -> list[int]:
    """The sentences of the truce's positions' evidence, located."""
    found: set[int] = set()
    for position in getattr(ctx.fact, "positions", None) or []:
        for passage in getattr(position, "evidence", None) or []:
            span = find(passage, ctx.article, ctx.folded).span
            if span is not None:
                found.update(ctx.article.sentences_over(span.start, span.end))
    return sorted(found - set(ctx.sentences))


__all__ = ["other_proposer", "support_proposer"]
