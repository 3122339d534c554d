"""Who announced a truce's news: the ``reported_by`` of a ceasefire is the one its evidence says
announced, declared, read out, reported or issued it, not anyone the evidence names.

A name is the announcer where it is:

- the subject of a verb of announcing ("Qatar announced", "the White House said", "Egypt's
  foreign ministry, in a statement, confirmed", "Al Thani told reporters"), reached over its
  own office words, titles, a comma aside and time words, never over another verb ("Hamas
  agreed to the pause, Qatar said": Hamas agreed, Qatar said);
- the name after such a verb in a tag ("..., said Qatar's prime minister");
- the one after "by" or "from" of such a verb or a paper ("announced by", "read out by", "a
  statement from", "in a statement by"), or after "according to";
- the owner of a paper ("Egypt's statement", "the Kremlin's readout");
- for breaches, the one recording them ("monitors have documented 12 breaches",
  "violations were logged by the joint team": :mod:`breach_records`), not one only sent to
  watch for them.

A passive verb ("was told", "were informed") has the one told as subject, no announcer.
A name in the evidence in another role only is unconfirmed when no one else is read as the
announcer there (the role may be worded in a way this module does not know); when the
evidence reads someone else as the announcer, the value is unsupported: the evidence states
another. A subject that is a pronoun ("he said") is no one else: it may be the value.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from summarizer.comparators import Supported
from ..acts.listed_agents import agent_after_apposition
from ..context import Context, Result, no_evidence, unconfirmed
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.mashed_names import name_clash
from ..people.names import find_named, split_people
from ..quotes.speakers import name_forms
from ..quotes.turn_announcers import turn_announces
from ..status.breach_records import records
from .announcer_bodies import paper_came_from, same_country
from .body_initials import initials_spans
from .group_nouns import group_nouns
from .relative_asides import aside_end, inside_aside
from .role_wordings import one_who_announced

ANNOUNCING = word_set(
    """announced announces announcing announce declared declares declare proclaimed
    proclaims said says say told tells reported reports report issued issues read reads
    confirmed confirms confirm stated states released releases published publishes unveiled
    unveils revealed reveals informed informs briefed briefs posted tweeted wrote writes
    broadcast relayed disclosed discloses"""
)
# Papers a body issues: "a statement from X", "Egypt's statement".
_PAPERS = word_set(
    """statement statements announcement announcements communique communiqué readout
    declaration release briefing bulletin notice report word words account version"""
)
# A source a report names: "Reuters reported, citing two senior diplomats".
_CITING = word_set("citing quoting cited quoted")
# How a source is counted or described before its noun: "two senior European diplomats".
_SOURCE_WORDS = word_set(
    """two three four several some both all senior unnamed anonymous western european
    regional local diplomatic security military government officials"""
)
# Words between a name and its verb that belong to the name: its office, titles, time words.
_OWN_WORDS = word_set(
    """the a an foreign ministry minister prime office spokesman spokeswoman spokesperson
    officials official government president presidency leader emir state news agency media
    television tv mission secretary department cabinet army military command council chief
    envoy general ambassador also formally officially jointly later earlier then late on
    monday tuesday wednesday thursday friday saturday sunday has have had and its their
    itself first separately publicly"""
)
_PASSIVE = word_set("was were is are been being be")
_PRONOUNS = word_set("he she they it we i who")
_AGENT_LINKS = word_set("by from")
_REACH = 7


def support_announcer(value: Any, rule: Supported, ctx: Context) -> Result:
    """Each person in the value announces in the evidence (see the module)."""
    del rule
    if not ctx.sentences:
        return no_evidence(ctx)
    for part in split_people(str(value)):
        clash = name_clash(part, ctx.article)
        if clash is not None:
            return clash
        spans = [
            (tokens, span)
            for tokens in ctx.sentence_tokens()
            for span in find_named(part, tokens, ctx.article.text)
        ] + [  # "..., the agency said" for the IAEA named before it (group_nouns)
            (ctx.article.sentence_tokens(index), span)
            for index in ctx.sentences
            for span in group_nouns(part, ctx.article, index)
            + initials_spans(part, ctx.article, index)  # "IOM said" (body_initials)
        ]
        if not spans and not _short_form_announces(part, ctx):
            if turn_announces(part, ctx) and not _other_named(ctx):  # X's answer turn
                continue
            return False, f"{part!r} is not named in its evidence"
        text = ctx.article.text
        if any(
            announces(tokens, first, last, text)
            or records(tokens, first, last, text)
            or agent_after_apposition(tokens, first, ANNOUNCING)  # listed_agents
            or paper_came_from(tokens, first)  # "the announcement came from" (announcer_bodies)
            for tokens, (first, last) in spans
        ):  # "monitors have documented 12 breaches": they report them (breach_records)
            continue
        if _short_form_announces(part, ctx):  # "Anwar Ibrahim", then "Anwar, who ..., announced"
            continue
        if same_country(part, ctx.sentence_tokens(), text, announces):
            continue  # "Egypt announced" for "the Egyptian foreign ministry" (announcer_bodies)
        other = _other_named(ctx)
        if not other and turn_announces(part, ctx):  # "Mao Ning: ... reached a truce."
            continue
        if other:
            return (
                False,
                f"its evidence says another announced it, {part!r} is there in another role",
            )
        return unconfirmed(f"{part!r} is in its evidence, but not as the one who announced it")
    return True, ""


def _other_named(ctx: Context) -> bool:
    """An evidence sentence reads a named announcer: an answer turn holding it ("Wang: We noted
    that the Thai foreign ministry announced ...") or a desk paragraph under the transcript
    ("The Thai army announced ...") relays another's announcement (fix23b)."""
    text = ctx.article.text
    return any(other_announcer(tokens, text) for tokens in ctx.sentence_tokens())


def _short_form_announces(part: str, ctx: Context) -> bool:
    """Whether a short form of the name the article allows (its first word for a name written
    family first, :func:`speakers.name_forms`) is the subject of a verb of announcing."""
    text = ctx.article.text
    for form in itertools.islice(name_forms(part, ctx.article), 1, None):
        for tokens in ctx.sentence_tokens():
            if any(announces(tokens, f, e, text) for f, e in find_named(form, tokens, text)):
                return True
    return False


def _comma(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A comma, colon or dash between ``tokens[index]`` and the next token."""
    if index + 1 >= len(tokens):
        return False
    gap = text[tokens[index].end : tokens[index + 1].start]
    return any(mark in gap for mark in ",:;\u2014\u2013")


def _verb_ahead(tokens: Sequence[Token], last: int, text: str) -> int | None:
    """The announcing verb the name at ``last`` is subject of, over its own words and one comma
    aside ("Egypt, in a statement, said")."""
    if inside_aside(tokens, last, text):
        return None  # "Qatar, which brokered the talks with Egypt, said": Qatar said
    index, seen, aside = last + 1, 0, False
    while index < len(tokens) and seen <= _REACH:
        token = tokens[index]
        if token.norm in ANNOUNCING:
            before = tokens[index - 1].norm
            if before in _PASSIVE:
                return None  # "Hamas was told": the one told
            return index
        if aside:
            if _comma(tokens, index, text):
                aside = False
            index, seen = index + 1, seen + 1
            continue
        if index - 1 >= 0 and _comma(tokens, index - 1, text) and index - 1 >= last:
            if token.norm in ANNOUNCING:
                return index
            if (
                token.norm in {"in", "on", "at", "who", "whom", "whose", "which"}
                or token.norm in _OWN_WORDS
            ):
                if token.norm in {"who", "whom", "whose", "which"}:
                    end = aside_end(tokens, index, text)  # "Anwar, who chairs X, announced"
                    if end is None:
                        return None  # an unclosed relative: no aside
                    index, aside = end, False
                    continue
                aside = not _comma(tokens, index, text)
                index, seen = index + 1, seen + 1
                continue
            if token.capitalised:  # an apposition: ", Mohammed Al Thani, told"
                aside = not _comma(tokens, index, text)
                index, seen = index + 1, seen + 1
                continue
            return None
        if token.norm in _OWN_WORDS or token.capitalised:
            index, seen = index + 1, seen + 1
            continue
        return None
    return None


def _verb_behind(tokens: Sequence[Token], first: int, text: str) -> int | None:
    """The announcing verb, paper or "according to" right before the name, with only its
    own words between: "said Qatar's prime minister", "a statement from Egypt"."""
    index, seen, crossed = first - 1, 0, False
    while index >= 0 and seen <= 6:
        token = tokens[index]
        if token.norm in _AGENT_LINKS:
            if index and (
                tokens[index - 1].norm in ANNOUNCING or tokens[index - 1].norm in _PAPERS
            ):
                return index - 1
            if (
                index > 1
                and tokens[index - 1].norm == "out"
                and tokens[index - 2].norm in ANNOUNCING
            ):
                return index - 2  # "read out by"
            return None
        if token.norm == "to" and index and tokens[index - 1].norm == "according":
            return index - 1
        if token.norm in _CITING:
            return index
        if token.norm in ANNOUNCING:
            opened = (
                index == 0 or _comma(tokens, index - 1, text) or _quote_before(tokens, index, text)
            )
            return index if opened else None  # "..., said X", not "Hamas told X"
        if _comma(tokens, index, text) and not (crossed := not crossed and first - index <= 3):
            return None  # one comma only: an apposition ("said the UN envoy, Ingrid Solberg")
        if token.norm in _OWN_WORDS or token.norm in _SOURCE_WORDS or token.capitalised:
            index, seen = index - 1, seen + 1
            continue
        return None
    return None


def _quote_before(tokens: Sequence[Token], index: int, text: str) -> bool:
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(mark in gap for mark in "\"\u201d'\u2019")


def _owns_paper(tokens: Sequence[Token], last: int) -> bool:
    """ "Egypt's statement", "the Kremlin's readout", over one adjective."""
    if not tokens[last].text.lower().endswith(SINGULAR_POSSESSIVES):
        return False
    ahead = [t.norm for t in tokens[last + 1 : last + 3]]
    return bool(ahead) and (ahead[0] in _PAPERS or (len(ahead) > 1 and ahead[1] in _PAPERS))


def announces(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first..last]`` is the one announcing in its sentence."""
    return (
        _verb_ahead(tokens, last, text) is not None
        or _verb_behind(tokens, first, text) is not None
        or _owns_paper(tokens, last)
        or one_who_announced(tokens, last)  # "was the one who announced" (role_wordings)
    )


def other_announcer(tokens: Sequence[Token], text: str) -> bool:
    """Whether the sentence reads a named announcer (not a pronoun) for any announcing verb:
    someone whose role the evidence states, so a value named elsewhere there is not it."""
    for index, token in enumerate(tokens):
        if not token.capitalised or token.norm in _PRONOUNS:
            continue
        if announces(tokens, index, index, text):
            return True
    return False


__all__ = ["ANNOUNCING", "announces", "other_announcer", "support_announcer"]
