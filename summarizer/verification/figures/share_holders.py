"""A share held by its clause's subject (session 36, numcue36): "Anglo's investors will own
about 62.4% of the group", "Roads and bridges get 40% of the money", "School staff made up
about 90 per cent of the march", "The region accounts for over 70% of global output".

English gives a share to its owner through the clause: the owner is the subject, a verb of
having or taking ("own", "hold", "get", "receive", "take", "account for", "make up",
"represent", "control", "capture", "win") joins it to the number, and the whole it is a share
of follows "of". The count rule's share reader (``counts.count_shares.linked_share``) took a
share's words only when they stood right before the number with a linking word between
("Turnout reached 44%", "the No side on 60 per cent"); a verb of having, an auxiliary ("will",
"has") or the rest of the subject's noun phrase ("School staff", "Anglo's investors") between
left a correct share unread.

Read: the word before the number (past hedges such as "about", "over", "just", "only") is a
verb of having, or "for"/"up" after "account"/"make"; before it at most two auxiliaries or
adverbs ("will", "would", "now", "still", "already", "together"); before them the subject's
words back to the clause's start (a mark, a clause word such as "and" after a comma, "while",
"which", or the sentence's start), at most six words ("Households over 65" among them). The share is
its subject's when one of the count's words is a subject word. Not read: a share after a verb
of change ("rose 5%": a change, its own readers), a share whose verb has another subject in a
relative clause ("the bloc, which Spain leads, holds 40%" gives 40% to the bloc, whose words
stand before the aside: the aside's words end the subject; session 41, gcn41a: an aside
closed right before the verb is passed over to the subject before it, "Investors in Halden Bank,
which Ola Strand's family controls, will get 15%", "Corvo's investors, rather than Brindle's,
will own 60%"), an elided verb ("and rail another
40%", "and Teck's about 37.6%": no verb, so nothing is read, and the other share of the same
sentence still refuses it where the count's words name the first).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from .numbers import NumberMention

_HAVING = word_set(
    """own owns owned owning hold holds held holding get gets got getting receive receives
    received receiving take takes took taking have has had having control controls controlled
    represent represents represented command commands commanded capture captures captured
    win wins won claim claims claimed keep keeps kept keeping retain retains retained retaining
    secure secures
    secured collect collects collected attract attracts attracted comprise comprises
    comprised constitute constitutes constituted"""
)
# Verbs whose particle comes right before the share ("accounts for", "made up", "took up").
_PHRASAL = {
    "for": word_set("account accounts accounted accounting"),
    "up": word_set("make makes made making take takes took taking"),
}
_ENDING = word_set("end ends ended ending")  # "end up with": a verb of having
_HEDGES = word_set(
    """about around roughly some nearly almost over more than just only under less fewer
    close to at least most an estimated approximately well below above"""
)
_AUXILIARIES = word_set(
    """will would could should may might shall can must now still already together jointly
    combined between them also alone currently collectively is are was were be been has have
    had do does did to"""
)
# Words that open a new clause inside the sentence: the subject starts after them.
_OPENERS = word_set(
    """and but while whereas although though which who that when where after before since
    as because if so"""
)
_SUBJECT_WORDS = 6
_CHANGED = word_set(
    """grow grows grew grown rise rises rose risen fall falls fell fallen climb climbs climbed
    jump jumped drop drops dropped increase increased decrease decreased slip slipped"""
)
_LEVELS = word_set("to at on")
_PRONOUNS = word_set("they it he she we you i this that these those both each all")


def held_share(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]) -> bool:
    """Whether the share at ``mention`` is held by a subject one of the count's words (their
    token indices ``cues``) stands in: "Anglo's investors will own about 62.4%" (see the
    module)."""
    subject = _holder(tokens, mention)
    if not subject or any(max(subject) < i < mention.first for i in cues):
        return False  # "Kestrel's workers, not its founders, will own 60%": the aside's
    if _named_head(tokens, subject, cues):
        return False  # "Vessel's Dutch partner Kaap keeping 45%": Kaap's (review rv43c)
    return any(i in cues for i in subject)  # founders hold none of it (review rv41c)


def _named_head(tokens: Sequence[Token], subject: Sequence[int], cues: Sequence[int]) -> bool:
    """Whether the subject's head (its last word) is a name none of the count's words holds,
    and the count's words stand in it only as a possessive before it ("Vessel's Dutch partner
    Kaap", "Brindle's chairman Tom Ault"): the share is the named head's, not the possessor's."""
    head = subject[0]  # the subject is read back from the verb: its first index is the head
    inside = [i for i in subject if i in cues]
    if head in cues or not tokens[head].capitalised or not inside:
        return False
    return all(tokens[i].text.lower().endswith(SINGULAR_POSSESSIVES) for i in inside)


def held_words(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]) -> list[str]:
    """The words that say whose share ``mention`` is, when a subject one of the count's words
    stands in holds it (:func:`held_share`): the subject's and the share's own whole after it
    up to a mark, a number or a clause word ("of the combined group"); else none. A count word
    said only elsewhere, in an aside set against the subject ("Kestrel's workers, not its
    founders, will own 60%") or another owner's later clause ("and its 900 staff 5%"), names
    no owner of it (review rv41c)."""
    if not held_share(tokens, mention, cues):
        return []
    subject = _holder(tokens, mention) or []
    whole = mention.last
    while whole + 1 < len(tokens) and not _mark_before(tokens, whole + 1):
        if tokens[whole + 1].norm in _OPENERS or tokens[whole + 1].is_number:
            break
        whole += 1
    return [tokens[i].norm for i in subject] + [
        t.norm for t in tokens[mention.last + 1 : whole + 1]
    ]


def other_owners(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]) -> bool:
    """Whether the share at ``mention`` is held by a subject none of the count's words stands
    in, while one of them names another owner after it in the sentence: "the fund would
    receive 12% of the profits, while the region keeps 88%", "Pensioners receive 31 per cent
    of the budget and students 9 per cent", "Corvo would control 45% of the group, leaving
    Brindle's investors with 55%" give no share to the region, the students, Brindle (go40a).
    A pronoun's subject ("They hold 40%") may be the owner, and is not read.

    Session 43 (gcn43a): an owner the count names in an aside set against the subject or
    apart from it ("The insurer, not the bank, will own 40%", "Halden, whose parent Corvo
    owns 70% of it, will hold 20%", "Minority holders, including the Brandt family, will own
    12%") holds none of the subject's share; and a subject that is a pronoun or lacks a name
    the count gives ("It will hold 51% ..., with Qatar Airways keeping 49%") is not the owner
    a later clause names by that name with a verb of having of its own."""
    subject = _holder(tokens, mention)
    if not subject:
        return False
    if _named_later(tokens, mention, subject, cues):
        return True
    if any(i in cues for i in subject):
        return False
    opener = max(subject) + 1  # the aside's first word, when one stands before the verb
    if tokens[opener].norm in _SET_APART and any(opener <= i < mention.first for i in cues):
        return True
    if any(tokens[i].norm in _PRONOUNS for i in subject):
        return False
    whole = mention.last  # "55.3 per cent of the vote on a turnout of": the whole, no owner
    while whole + 1 < len(tokens) and not _mark_before(tokens, whole + 1):
        if tokens[whole + 1].norm in _OPENERS or tokens[whole + 1].is_number:
            break  # "of the budget and students 9 per cent"
        whole += 1
    later = [i for i in range(whole + 1, len(tokens)) if tokens[i].is_number]
    return any(
        _owner_of(tokens, cue, n, cues)
        for cue in cues
        if cue > whole
        for n in later
        if cue < n <= cue + 6
    )


# Words that open an aside setting another party against or apart from a share's subject.
_SET_APART = word_set("not rather instead unlike whose including excluding except")


def _named_later(
    tokens: Sequence[Token], mention: NumberMention, subject: Sequence[int], cues: Sequence[int]
) -> bool:
    """Whether a later share of the sentence is held, by a verb of having, by a subject that
    holds a name of the count's (a capitalised word of it) the subject at ``mention`` lacks."""
    own = {tokens[i].norm for i in subject}
    for later in range(mention.last + 1, len(tokens)):
        if not tokens[later].is_number:
            continue
        names = [i for i in _holder_at(tokens, later) if tokens[i].capitalised]
        if all(i in cues for i in names) and any(tokens[i].norm not in own for i in names):
            return True  # "with Qatar Airways keeping 49%": none of its names the count lacks
    return False


def _owner_of(tokens: Sequence[Token], cue: int, share: int, cues: Sequence[int]) -> bool:
    """Whether the count's word at ``cue`` names the owner of the later number at ``share``:
    no verb of change sized by it between ("pensioner numbers will grow 4%" is a change, no
    share held; "slipped to 19%" is),
    and no name the count lacks in the owner's words ("the government of Alberta 40%" is
    Alberta's, not a count of the federal government's; review rv40c)."""
    between = tokens[cue:share]
    if any(t.norm in _CHANGED for t in between) and tokens[share - 1].norm not in _LEVELS:
        return False  # "slipped to 19%" is the level the owner holds
    return not any(t.capitalised and cue + i not in cues for i, t in enumerate(between))


def _holder(tokens: Sequence[Token], mention: NumberMention) -> list[int] | None:
    """The token indices of the subject holding the share at ``mention`` (see the module),
    or None when no verb of having gives it one."""
    return _holder_at(tokens, mention.first) or None


def _holder_at(tokens: Sequence[Token], first: int) -> list[int]:
    """:func:`_holder` for the number whose first token is at ``first``; empty for none."""
    at = first - 1
    while at >= 0 and tokens[at].norm in _HEDGES and not tokens[at].is_number:
        at -= 1
    if at < 1:
        return []
    particle = _PHRASAL.get(tokens[at].norm)
    ending = [t.norm for t in tokens[max(at - 2, 0) : at + 1]]
    if len(ending) == 3 and ending[0] in _ENDING and ending[1:] == ["up", "with"]:
        at -= 2  # "will end up with 58%"
    elif particle is not None and tokens[at - 1].norm in particle:
        at -= 1  # "accounts for", "made up"
    elif tokens[at].norm not in _HAVING:
        return []
    if _mark_before(tokens, at) or _mark_before(tokens, first):
        return []  # "..., held: 40%" is a label's line, not a clause
    verb = at
    at -= 1
    steps = 0
    while at >= 0 and tokens[at].norm in _AUXILIARIES and steps < 2:
        if _mark_before(tokens, at + 1):
            return []
        at -= 1
        steps += 1
    skipped = at > 0 and _mark_before(tokens, at + 1)  # "Investors in Halden Bank, which X
    at = _aside_start(tokens, at) - 1 if skipped else at  # controls, will get 15%": past it
    subject: list[int] = []
    while at >= 0 and len(subject) < _SUBJECT_WORDS:
        token = tokens[at]
        mark = _mark_before(tokens, at + 1) and (subject or not skipped)
        if mark or (token.is_number and tokens[at + 1].is_number):
            break  # a number may stand in the subject ("Households over 65 hold")
        if token.norm in _OPENERS and not _joins_subject(tokens, at, verb):
            break
        subject.append(at)
        at -= 1
    return subject


def _aside_start(tokens: Sequence[Token], last: int) -> int:
    """The first index of an aside set off by marks that ends at ``last`` (", who once held
    60%,", ", rather than Brindle's,"), or ``last + 1`` when no mark opens one within a few
    words: then no subject is read before it."""
    for index in range(last, max(last - _ASIDE_WORDS, 0), -1):
        if _mark_before(tokens, index):
            return index
    return last + 1


_ASIDE_WORDS = 10


def _mark_before(tokens: Sequence[Token], index: int) -> bool:
    """Whether a mark (a comma, a colon, a dash) stands between ``index`` and the word before
    it: tokens hold no marks, so a gap wider than a space is one."""
    return 0 < index < len(tokens) and tokens[index].start - tokens[index - 1].end > 1


def _joins_subject(tokens: Sequence[Token], at: int, verb: int) -> bool:
    """ "and" inside the subject ("Roads and bridges get 40%"): a plural verb after it and no
    mark before it; any other opener starts the clause."""
    if tokens[at].norm != "and" or _mark_before(tokens, at):
        return False
    return at > 0 and not tokens[at - 1].is_number and not tokens[verb].norm.endswith("s")


__all__ = ["held_share", "held_words", "other_owners"]
