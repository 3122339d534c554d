"""A measure's sponsors in wordings the actor cues do not list (check 39).

A sponsor is whoever the sentence makes the measure's author or mover:
- a list after the noun "authors" ("thanked the bill's lead authors, Senators A (D-Ore.) and
  B, and Representatives C and D"): every name of the list, up to a clause break;
- a subject list of an authoring verb the cues do not hold ("A and B reintroduced the bill",
  "Hale refiled it", "Ruiz drafted the measure");
- the agent of an authoring participle ("was written by Rep. X", "drafted by Sen. Y");
- a pronoun subject of an act verb ("On May 30 he announced that a tariff ..."): the named
  subject of the nearest earlier clause in the paragraph
  (:func:`summarizer.verification.quotes.speech_subjects.named_back`), never a person the page marks
  with the other gender.
Anything else stays with :mod:`summarizer.verification.acts.actors`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..acts.actors import voices_threat
from ..acts.measure_acts import author_of
from ..context import Context
from ..page.tokens import BE_FORMS, Token, word_set
from ..people.names import TITLES
from ..people.party_names import party_of
from ..quotes.speech_subjects import BETWEEN, named_back
from ..sentences.antecedents import PRONOUNS, named_before
from ..sentences.genders import gender_of
from ..sentences.subjects import gap
from .group_sponsors import group_acted
from .measure_orders import orders_measure
from .measure_verbs import measure_verb
from .role_subjects import passive_agent, titled_back

_AUTHOR_NOUNS = word_set("author authors coauthor coauthors")
_LISTING = word_set(
    """and senators senator sens sen representatives representative reps rep congressman
    congresswoman lawmakers members"""
)
_AUTHORING = word_set(
    """reintroduced reintroduces reintroduce refiled refiles resubmitted retabled drafted
    drafts authored penned crafted filed"""
)
_AGENT_VERBS = word_set(
    """written drafted authored penned crafted sponsored cosponsored introduced reintroduced
    proposed filed tabled"""
)
_ACT_VERBS = word_set(
    """announced announces unveiled unveils introduced introduces reintroduced proposed
    proposes imposed imposes ordered orders signed signs sponsored drafted filed threatened
    threatens declared decreed"""
)
_MEASURES = word_set(
    "bill bills measure act legislation amendment resolution proposal it version draft law"
)
_DETERMINERS = word_set("the a an its their his her this that same original own new revised")
_LINKING = BE_FORMS | word_set("originally first jointly largely")
_BREAKS = frozenset(";:")
_BREAKS_COMMA = frozenset(";:,")
# Words before a name that make it an object or a relative clause's subject, not the verb's.
_NOT_SUBJECT = word_set("by with of to for from that which who whom")
_REACH = 24


def authored(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the named person at ``tokens[first:last + 1]`` is the measure's author by
    :func:`author_of` or by one of this module's wordings."""
    return (
        author_of(tokens, last)
        or _listed_after(tokens, first, text)
        or _subject_of(tokens, first, last, text)
        or _agent(tokens, first, text)
        or measure_verb(tokens, first, last, text)  # "X said he would halve the duty"
    )


def _break(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A clause break (";" or ":") or a comma before ``tokens[index]``."""
    return bool(index and set(gap(text, tokens[index - 1], tokens[index])) & _BREAKS_COMMA)


def _listing(token: Token) -> bool:
    return token.capitalised or token.norm in _LISTING


def _listed_after(tokens: Sequence[Token], first: int, text: str) -> bool:
    """ "the bill's lead authors, Senators A and B, and Representatives C and D"."""
    for index in range(first - 1, max(first - _REACH, 0) - 1, -1):
        token = tokens[index]
        if _BREAKS & set(gap(text, token, tokens[index + 1])):
            return False
        if token.norm in _AUTHOR_NOUNS:
            return True
        if not _listing(token):
            return False
    return False


def _subject_of(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """ "A and B reintroduced the bill": the name in the subject list of an authoring verb;
    not an object ("Joined by Gov. X, Sen. Y filed") nor a relative clause's subject ("the
    report that X drafted")."""
    before = first - 1
    while before >= 0 and _listing(tokens[before]) and not _break(tokens, before + 1, text):
        before -= 1
    if before >= 0 and tokens[before].norm in _NOT_SUBJECT:
        return False
    for index in range(last + 1, min(last + _REACH, len(tokens))):
        token = tokens[index]
        if _break(tokens, index, text):
            return False
        if token.norm in _AUTHORING:  # its object the measure: not "penned an op-ed"
            rest = [t for t in tokens[index + 1 : index + 4] if t.norm not in _DETERMINERS]
            return bool(rest) and rest[0].norm in _MEASURES
        if not (_listing(token) or token.norm in BETWEEN):
            return False
    return False


def _agent(tokens: Sequence[Token], first: int, text: str) -> bool:
    """ "The bill was written by Rep. X": the agent of an authoring participle (titles
    between) whose subject is the measure."""
    index = first - 1
    while index >= 0 and tokens[index].norm in TITLES and not _break(tokens, index + 1, text):
        index -= 1
    if not (index >= 1 and tokens[index].norm == "by" and tokens[index - 1].norm in _AGENT_VERBS):
        return False
    written = index - 2  # what was written: the measure, not "an op-ed written by"
    while written >= 0 and tokens[written].norm in _LINKING:
        written -= 1
    if written < 0 or tokens[written].norm in _MEASURES:
        return written >= 0
    # "The act, which the Speaker put to a vote, was written by": an aside ends before it
    return "," in text[tokens[written].end : tokens[written + 1].start]


def acted_back(ctx: Context, part: str, threat: bool) -> bool:
    """A threat's voice (:func:`voices_threat`), one who orders the measure's imposition
    (:mod:`measure_orders`), one a group word stands for (:mod:`group_sponsors`), or a
    pronoun subject of an act verb in an evidence sentence whose antecedent is ``part``."""
    if threat and voices_threat(ctx.article, ctx.sentences, part):
        return True
    if orders_measure(ctx, part):  # "Biden is directing Tai to increase tariffs"
        return True
    if titled_back(ctx, part, _ACT_VERBS) or passive_agent(ctx, part, _ACT_VERBS):
        return True  # "the trade minister announced", "was introduced ... by Rep. X"
    if group_acted(ctx, part):
        return True  # "The pair unveiled it", "the tariffs he unveiled" (group_sponsors)
    parts = [part]
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for at, token in enumerate(tokens[:-1]):
            if token.norm not in PRONOUNS:
                continue
            verb = at + 1
            while verb < len(tokens) - 1 and tokens[verb].norm in BETWEEN:
                verb += 1
            if tokens[verb].norm not in _ACT_VERBS:
                continue
            if gender_of(ctx.article, parts) in (None, token.norm) and (
                named_back(ctx.article, index, parts)
                or (  # a country or body is no "he"/"she" (review rvT)
                    party_of(part) is None
                    and named_before(tokens, at, parts, token.norm, ctx.article.text)
                )
            ):
                return True
    return False
