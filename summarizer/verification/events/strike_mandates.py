"""A strike told only as voted for or authorised ("members voted to authorise a strike",
"backed industrial action by 94%", "a strike ballot", "the strike authorization vote"): a
mandate for a strike, not a strike held, so no cue of the ``strike`` (or ``attack``) event
kind (session 31, eventactors31; the brief's "voted to authorise a strike is not a strike
held"). Read by :func:`summarizer.verification.status.status_forms.not_a_cue`.

A cue counts as a mandate only with a vote word before it in reach and a word of what the
vote was for between ("to", "for", "in favour of", "authorise"), or a vote's noun right after
it ("strike ballot", "strike mandate"). A strike named after the vote as its own clause
("voted to end their strike", "voted on Monday and walked off the job") keeps its cue: only
small words and the vote's score may stand between.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

_STRIKE_STEMS = ("strik", "walkout", "walk-out", "industrial", "stoppage")
_VOTES = word_set("vote voted votes voting ballot balloted backed endorsed approved")
_BACKING = word_set("backed endorsed approved")
_FOR = word_set(
    """to for favour favor authorise authorize authorised authorized authorising
    authorizing"""
)
_VOTE_NOUNS = word_set(
    "authorization authorisation ballot ballots mandate mandates vote votes notice"
)
_REACH = 7
# Words that may stand between the vote and the strike ("voted 94% in favour of a national
# strike", "voted to take industrial action": a verb of holding it); any other word (a verb:
# "voted to end their strike") ends the reading.
_FILLERS = word_set(
    """a an the in of on new fresh further another national nationwide rolling all out
    indefinite more percent per cent by margin strike take stage hold launch mount begin
    start"""
)


def mandate_only(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether the strike cue at ``start`` is only what a vote was for (see the module)."""
    if not norms[start].startswith(_STRIKE_STEMS):
        return False
    if end < len(norms) and norms[end] in _VOTE_NOUNS:
        return True  # "a strike ballot", "the strike authorization vote"
    seen_for = False
    for index in range(start - 1, max(start - _REACH, -1), -1):
        norm = norms[index]
        if norm in _FOR:
            seen_for = True
        elif norm in _VOTES:
            return seen_for or norm in _BACKING  # "backed an all-out strike"
        elif norm not in _FILLERS and norm.isalpha():
            return False  # "voted to end their strike": another verb's object, a strike held
    return False


__all__ = ["mandate_only"]
