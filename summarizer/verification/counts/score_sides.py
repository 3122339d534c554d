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
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set

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
        if token.text.endswith(SINGULAR_POSSESSIVES):
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
    person = _a_name(what)
    tallied = _candidate(tokens, mention) if person else frozenset()
    if tallied not in (_OWNED, frozenset()) and not tallied & named:
        return False  # "compared with 48,900 for Costa" is no count of votes for Silva
    if person and _rival(tokens, mention) & named:
        return False  # "Ms Lee won 62 votes to Mr Park's 38": 62 is not Park's
    if person and _against_rival(tokens, mention) and _before(tokens, mention, named):
        return True  # "Mr Odhiambo polled 6,402 votes against 5,977 for Ms Wanjiru"
    owner = _possessor(tokens, mention) if person else frozenset()
    if owner:  # "Berg's 204 to Holm's 171": 204 Berg's, 171 Holm's (review rvct33)
        return bool(owner & named)
    for pair in pairs():
        dashed = mention in pair and pair[0].last + 1 == pair[1].first
        high = _high(pair)  # the winner's number, whichever is written first (rvct33)
        winner = _winner(tokens, pair[0]) if dashed and person else frozenset()
        if winner:  # "Yilmaz beat Demir 58-41": 58 his, 41 the other's
            return (mention is high) == bool(winner & named)
        beaten = _beaten(tokens, pair[0]) if mention in pair and person else frozenset()
        if beaten & named:  # "Ishiba beat Noda in the runoff by 221 to 160": 160 Noda's
            return mention is not high
        gone = _gone_to(tokens, pair[0]) if mention in pair and person else frozenset()
        if gone:  # "The runoff went to Ishiba by 221 votes to 160": 221 his, 160 not
            return (mention is high) == bool(gone & named)
        loser, won = _lost(tokens, pair) if mention in pair and person else (frozenset(),) * 2
        if loser & named or won & named:  # "Holm lost to Berg, 171 votes to 204": 171 Holm's
            return (mention is high) == bool(won & named)
        if mention not in pair or dashed:
            continue  # a dashed score "118-96 for Duarte" is the winner's, not 96 for him
        own = _candidate(tokens, mention)
        if own:
            return bool(own & named)
        others = [_candidate(tokens, m) for m in pair if m is not mention]
        if any(other & named for other in others):
            return False
        winner = _winner(tokens, pair[0]) if _a_name(what) else frozenset()
        if winner:  # "Takaichi won it by 185 votes to 156": 185 hers, 156 the other's
            return (mention is high) == bool(winner & named)
    return None


def _high(pair: tuple[NumberMention, NumberMention]) -> NumberMention:
    """The winner's number of a two-way score between people: the larger, whichever is
    written first ("Holm lost to Berg, 171 votes to 204"; "Lund was defeated 160-221 by
    Aker"); the first on a tie. Only a word of who won or lost calls for it, and a contest
    between two people is won by the one with more votes."""
    return pair[1] if pair[1].value > pair[0].value else pair[0]


def _possessor(tokens: Sequence[Token], mention: NumberMention) -> frozenset[str]:
    """The name whose possessive stands right before the number ("to Holm's 171", "Berg's
    204 to ..."): the number is that person's tally; empty when there is none."""
    at = mention.first - 1
    if at < 0 or not tokens[at].capitalised or not tokens[at].text.endswith(SINGULAR_POSSESSIVES):
        return frozenset()
    return frozenset({tokens[at].norm}) - _NOT_NAMES - _TITLES


# Verbs whose subject lost the score after them ("Holm lost to Berg", "Ruiz trailed Ortega").
_LOSING = word_set("lost loses lose trailed trails trail")


def _lost(
    tokens: Sequence[Token], pair: tuple[NumberMention, NumberMention]
) -> tuple[frozenset[str], frozenset[str]]:
    """The loser and the winner a verb of losing names before the score ``pair``: its
    subject loses ("Holm lost to Berg", "Ruiz trailed Ortega", "Lund was defeated ... by
    Aker"), its object or the name after "by" wins; empty names for no such verb."""
    none: frozenset[str] = frozenset()
    for at in range(pair[0].first - 1, max(pair[0].first - _SCORE_REACH, 0) - 1, -1):
        if tokens[at].is_number:
            return none, none
        passive = at > 0 and tokens[at - 1].norm in _PASSIVE
        if tokens[at].norm in _LOSING or (passive and tokens[at].norm in _BEATEN):
            verb = at - 1 if passive else at
            run: list[str] = []
            for token in reversed(tokens[max(verb - 4, 0) : verb]):
                if not token.capitalised or token.is_number:
                    break
                run.append(token.norm)
            loser = frozenset(run) - _NOT_NAMES - _TITLES
            start = at + 1 + (at + 1 < len(tokens) and tokens[at + 1].norm in _LINKING)
            won = _run_after(tokens, start, pair[0].first)
            by = (
                pair[1].last
                + 1
                + (pair[1].last + 1 < len(tokens) and tokens[pair[1].last + 1].norm in _VOTE_NOUNS)
            )
            if passive and not won and by < len(tokens) and tokens[by].norm == "by":
                won = _run_after(tokens, by + 1, len(tokens))  # "defeated 160-221 by Aker"
            return loser, won
    return none, none


_BEATEN = word_set("beaten defeated edged outpolled trounced")
_LINKING = word_set("to by")


def _before(tokens: Sequence[Token], mention: NumberMention, named: frozenset[str]) -> bool:
    """Whether the sentence names the count's candidate before ``mention`` (its subject)."""
    return any(t.capitalised and t.norm in named for t in tokens[: mention.first])


def _rival(tokens: Sequence[Token], mention: NumberMention) -> frozenset[str]:
    """The name of "N votes to <Name>'s M" after ``mention`` ("62 votes to Mr Park's 38":
    mr, park), whose tally M is, not N; empty when there is none."""
    index = mention.last + 1
    index += index < len(tokens) and tokens[index].norm in _VOTE_NOUNS
    if index >= len(tokens) or tokens[index].norm != "to":
        return frozenset()
    names: list[str] = []
    for at in range(index + 1, min(index + 5, len(tokens) - 1)):
        if not tokens[at].capitalised or tokens[at].is_number:
            return frozenset()
        names.append(tokens[at].norm)
        if tokens[at].text.endswith(SINGULAR_POSSESSIVES):
            return frozenset(names) if tokens[at + 1].is_number else frozenset()
    return frozenset()


def own_candidate(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether the number is followed by "for" and a name the count's ``what`` is for
    ("against 11 for Koizumi" for votes for Koizumi): that candidate's tally, whatever side
    word ("against") stands before it."""
    named = _named(what) if what else frozenset()
    if named and _a_name(what) and _against_rival(tokens, mention):
        return True  # "polled 6,402 votes against 5,977 for Ms Wanjiru": 6,402 his own
    return (
        bool(named)
        and _candidate(tokens, mention) not in (_OWNED, frozenset())
        and bool(_candidate(tokens, mention) & named)
    )


def _against_rival(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether "against" after the number (and its vote noun) leads to another number with
    "for" and a name: two candidates' tallies set side by side, no vote against."""
    index = mention.last + 1
    index += index < len(tokens) and tokens[index].norm in _VOTE_NOUNS
    if index + 1 >= len(tokens) or tokens[index].norm != "against":
        return False
    rival = tokens[index + 1]
    if not rival.is_number:
        return False
    last = index + 1
    while last + 1 < len(tokens) and tokens[last + 1].is_number:
        last += 1
    return bool(_candidate(tokens, NumberMention(0.0, index + 1, last, frozenset(), "")))


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
        if tokens[at].norm in _WINNING and at + 1 < first.first and tokens[at + 1].norm == "by":
            after = [t for t in tokens[at + 2 : first.first] if t.capitalised]  # "was defeated
            names = {t.norm for t in after} - _NOT_NAMES  # by Ms Ivanova, 301 votes to 288"
            return frozenset(names) if tokens[at - 1].norm in _PASSIVE else frozenset()
        if tokens[at].norm in _WINNING:
            run: list[str] = []
            for token in reversed(tokens[max(at - 4, 0) : at]):
                if not token.capitalised or token.is_number:
                    break
                run.append(token.norm)
            return frozenset(run) if run and not set(run) & _NOT_NAMES else frozenset()
    return frozenset()


_WINNING = word_set("won beat beaten defeated edged led carried took")
# Verbs whose object is the loser of a score after them ("Ishiba beat Noda ... by 221 to 160").
_BEATING = word_set("beat beats defeated defeats edged edges led leads trounced outpolled")
_TITLES = word_set("mr mrs ms dr")
_SCORE_REACH = 10  # words before a score's first number its verb of winning may stand


def _beaten(tokens: Sequence[Token], first: NumberMention) -> frozenset[str]:
    """The name a verb of beating takes as its object before the score whose first number is
    ``first`` ("beat Yoshihiko Noda in the lower house runoff by 221 to 160", "she led Noda
    123 to 44"): the loser, whose tally is the score's second number (session 33); empty for
    none, a passive ("was defeated by") or no capitalised object."""
    for at in range(first.first - 1, max(first.first - _SCORE_REACH, 0) - 1, -1):
        if tokens[at].is_number:
            return frozenset()
        if tokens[at].norm in _BEATING and not (at and tokens[at - 1].norm in _PASSIVE):
            return _run_after(tokens, at + 1, first.first)
    return frozenset()


def _gone_to(tokens: Sequence[Token], first: NumberMention) -> frozenset[str]:
    """The name after "went to" a few words before a score ("the runoff went to Ishiba by 221
    votes to 160"): the winner, whose tally is the score's first number (session 33)."""
    for at in range(first.first - 1, max(first.first - _SCORE_REACH, 0), -1):
        if tokens[at].is_number:
            return frozenset()
        if tokens[at].norm == "to" and tokens[at - 1].norm in _GOING:
            return _run_after(tokens, at + 1, first.first)
    return frozenset()


_GOING = word_set("went goes go gone")


def _run_after(tokens: Sequence[Token], start: int, stop: int) -> frozenset[str]:
    """The capitalised run from ``start`` (before ``stop``; titles skipped): its words."""
    names: list[str] = []
    for token in tokens[start : min(start + 4, stop)]:
        if not token.capitalised or token.is_number:
            break
        if token.norm not in _TITLES:
            names.append(token.norm)
    return frozenset(names) - _NOT_NAMES


_PASSIVE = word_set("was were been is are")


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
