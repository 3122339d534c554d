"""Where a paper's issuer is named after words between the paper and "by" or "from", read
for :mod:`summarizer.verification.sentences.speech` (check 36): "A statement Tuesday by the Foreign
Ministry said", "A joint statement issued late on Sunday by Presidents X and Y said", "A
communique released after the talks by the AU Commission said", "A letter sent this week by
X to Y said". The paper speaks for the one named after "by"; who it was sent to, and whom it
is about, are read by the caller's cut ("to", "about") and never speak.

Two shapes, so that "by" is the paper's and not another noun's ("a statement on the attack
by the rebels" names the attackers, not the issuer):

- a verb of handing the paper over right after it ("issued", "released", "sent", "signed",
  "handed"): whatever follows up to "by", a few words of time, place or occasion;
- no such verb: only words of time between ("a statement Tuesday by", "a statement late on
  Thursday evening from").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import Token, word_set

_FROM_BY = word_set("by from")
# Verbs that hand a paper over ("a statement issued by"), and their "put out".
HANDING = word_set(
    """issued issues released releases gave gives delivered made posted published signed sent
    circulated distributed read handed put faxed emailed shared"""
)
# Words of time a paper's noun may stand before "by" with no verb between.
_TIME = (
    word_set(
        """on late early this last that overnight today yesterday tonight morning afternoon
        evening night midnight noon week weekend day dated"""
    )
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
)
# Words that end the paper's phrase before any "by": the paper's content, a relative clause,
# a speech verb of its own.
_STOPS = word_set("who which that said says saying told tells about on_behalf")
_MOST = 9  # words between the paper and "by"


def agent_at(chunk: Sequence[Token], paper: int) -> int | None:
    """The index of the "by" or "from" that names who issued the paper at ``chunk[paper]``,
    with the words between read as above; None when the paper has no issuer so named."""
    handed = paper + 1 < len(chunk) and chunk[paper + 1].norm in HANDING
    first = paper + 1 + handed
    if first < len(chunk) and chunk[first].norm in _FROM_BY:
        return first if first + 1 < len(chunk) else None
    for at in range(first, min(first + _MOST, len(chunk) - 1)):
        token = chunk[at]
        if token.norm in _FROM_BY:
            return at if at > first or handed else None
        if token.norm in _STOPS or (_participle(token) and token.norm not in _TIME):
            return None  # "issued after the meeting attended by X": the meeting's
        if not handed and not (token.norm in _TIME or token.is_number):
            return None  # "a statement on the attack by the rebels": the attack's
    return None


def _participle(token: Token) -> bool:
    """A lower-case word ending like a participle ("attended", "following"): the "by" after
    it is its own, not the paper's."""
    return not token.capitalised and token.norm.endswith(("ed", "ing")) and len(token.norm) > 4
