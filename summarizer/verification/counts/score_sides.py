"""Two readings of a vote's score that the side rules (:mod:`.score_outcomes`, :mod:`.vote_scores`)
left to the yes-first convention (check 55, session 26):

- a number of a score joined by "to" and followed by "for" and a name ("won by 125 votes to
  65 for Junya Ogawa"; not a dashed score, "ended 118-96 for Duarte" gives the score to
  Duarte) is that candidate's tally, not a
  yes or no side: a count of votes for that candidate is it, and a count of votes for another
  candidate is not, nor is the score's other number a count of that candidate's votes
  (:func:`score_owner`). An election between people has no "yes" side; "votes for Ogawa" only
  looks like one.
- a score fronted before its clause ("By 364 votes to 194, the National Assembly refused
  the government its confidence") takes its outcome from the main clause's verb after the
  comma, as a score after its verb does (:func:`fronted_outcome`): the winners come first, so
  under a verb of defeat the first number is the votes against.

Both read only the score's own sentence, by position: the candidate's name is the run of
capitalised words right after "for", the fronted score the one the sentence (or a clause after
a semicolon or a dash) opens with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from ..figures.numbers import NumberMention
from ..page.tokens import Token, tokenize, word_set

# Words between a score's number and its "for" ("65 votes for Ogawa", "65 ballots for").
_VOTE_NOUNS = word_set("votes vote ballots ballot")
# Words after "for" in a count's ``what`` that are no name ("votes for the motion").
_NOT_NAMES = word_set("the a an and of in to his her their its")
# Words that open a fronted score ("By 364 votes to 194, ...", "With 60 votes to 38, ...").
_OPENERS = word_set("by with on in at after")
_CLAUSE_OPENERS = ";:\u2014"
# A name that owns the one the tally is for ("for President Ruto's nominee"): someone else.
_OWNED = frozenset({"'s"})
_REACH = 12  # words after a fronted score's comma its main verb may stand


def _candidate(tokens: Sequence[Token], mention: NumberMention) -> frozenset[str]:
    """The name right after ``mention`` and "for" ("65 for Junya Ogawa", "65 votes for
    Ogawa"): its words, empty when none."""
    index = mention.last + 1
    if index < len(tokens) and tokens[index].norm in _VOTE_NOUNS:
        index += 1
    if index >= len(tokens) or tokens[index].norm != "for":
        return frozenset()
    names = []
    for token in tokens[index + 1 : index + 5]:
        if not token.capitalised or token.is_number:
            break
        if token.text.endswith(("'s", "\u2019s")):
            return _OWNED  # "65 for Ogawa's deputy": the deputy's tally (review rvT)
        names.append(token.norm)
    return frozenset(names)


@cache
def _named(what: str) -> frozenset[str]:
    """The name a count of votes is for ("votes for Junya Ogawa": junya, ogawa), empty when
    its ``what`` names none after "for"."""
    norms = [t.norm for t in tokenize(what)]
    if "for" not in norms:
        return frozenset()
    return frozenset(n for n in norms[norms.index("for") + 1 :] if n not in _NOT_NAMES)


def score_owner(
    tokens: Sequence[Token], mention: NumberMention,
    pairs: Callable[[], Sequence[tuple[NumberMention, NumberMention]]], what: str,
) -> bool | None:  # fmt: skip
    """True when ``mention`` is a score's number followed by "for" and the candidate the
    count's ``what`` names, False when its "for" names another candidate or the
    score's other number is that candidate's; None when no score of ``pairs()`` (called only
    for a count that names a candidate) holds it or no candidate is named."""
    named = _named(what) if what else frozenset()
    if not named:
        return None
    for pair in pairs():
        if mention not in pair or pair[0].last + 1 == pair[1].first:
            continue  # a dashed score "118-96 for Duarte" is the winner's, not 96 for him
        own = _candidate(tokens, mention)
        if own:
            return bool(own & named)
        others = [_candidate(tokens, m) for m in pair if m is not mention]
        if any(other & named for other in others):
            return False
        winner = _winner(tokens, pair[0]) if _a_name(what) else frozenset()
        if winner:  # "Takaichi won it by 185 votes to 156": 185 hers, 156 the other's
            return (mention is pair[0]) == bool(winner & named)
    return None


def own_candidate(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether the number is followed by "for" and a name the count's ``what`` is for
    ("against 11 for Koizumi" for votes for Koizumi): that candidate's tally, whatever side
    word ("against") stands before it."""
    named = _named(what) if what else frozenset()
    return (
        bool(named)
        and _candidate(tokens, mention) not in (_OWNED, frozenset())
        and bool(_candidate(tokens, mention) & named)
    )


def _a_name(what: str) -> bool:
    """Whether the count is for a person or party named with a capital ("votes for Koizumi"),
    not for a measure ("votes for the bill")."""
    words = what.split()
    lowered = [word.lower() for word in words]
    return (
        "for" in lowered
        and words[lowered.index("for") + 1 :][:1] != []
        and any(word[:1].isupper() for word in words[lowered.index("for") + 1 :])
    )


def _winner(tokens: Sequence[Token], first: NumberMention) -> frozenset[str]:
    """The name that won the score whose first number is ``first``: the capitalised run right
    before a verb of winning a few words back ("Takaichi won it by 185 votes to 156"); empty
    for a pronoun, a body ("The Senate") or no such verb."""
    for at in range(first.first - 1, max(first.first - 5, 0) - 1, -1):
        if tokens[at].norm in _WINNING:
            run: list[str] = []
            for token in reversed(tokens[max(at - 4, 0) : at]):
                if not token.capitalised or token.is_number:
                    break
                run.append(token.norm)
            return frozenset(run) if run and not set(run) & _NOT_NAMES else frozenset()
    return frozenset()


_WINNING = word_set("won beat defeated edged led carried took")


def fronted_outcome(
    tokens: Sequence[Token], first: NumberMention, second: NumberMention, text: str,
    outcome: Callable[[Sequence[Token], int], str | None],
) -> str | None:  # fmt: skip
    """The outcome ``outcome`` reads in the main clause after a score that opens its sentence
    or clause and is closed by a comma ("By 364 votes to 194, the Assembly refused ..."),
    the first word of outcome within :data:`_REACH` words; None for any other score."""
    start = first.first
    if start and tokens[start - 1].norm in _OPENERS:
        start -= 1
    if start and not any(
        mark in text[tokens[start - 1].end : tokens[start].start] for mark in _CLAUSE_OPENERS
    ):
        return None
    end = second.last + 1
    if end < len(tokens) and tokens[end].norm in _VOTE_NOUNS:
        end += 1
    if end >= len(tokens) or "," not in text[tokens[end - 1].end : tokens[end].start]:
        return None
    for index in range(end, min(end + _REACH, len(tokens))):
        if tokens[index].is_number or any(
            mark in text[tokens[index - 1].end : tokens[index].start] for mark in ";:"
        ):
            return None
        found = outcome(tokens, index)
        if found is not None:
            return found
    return None


__all__ = ["fronted_outcome", "own_candidate", "score_owner"]
