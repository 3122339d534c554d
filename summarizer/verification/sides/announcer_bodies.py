"""A country and its own bodies announce as one (an outside check, session 20: check 44 read
"Egypt announced an open-ended ceasefire" as another announcer than the value "the Egyptian
foreign ministry", whose role there was "the announcement came from the Egyptian foreign
ministry").

- A government speaks through its ministries, its presidency, its spokespeople and its
  capital ("Egypt", "Cairo", "the Egyptian foreign ministry", "Egypt's presidency", "an
  Egyptian government spokesman"): when every announcer the evidence reads is the value's own
  country (the party table, :mod:`summarizer.text.countries`), no one else announced it
  (:func:`same_country`). Another country's body ("the Qatari foreign ministry said") is
  still another announcer.
- A paper that "came from" someone is theirs: "the announcement came from the Egyptian
  foreign ministry", "the statement, which came from Doha" (:func:`paper_came_from`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..page.tokens import Token, word_set
from ..people.party_names import named_at, party_of

Announces = Callable[[Sequence[Token], int, int, str], bool]

_PRONOUNS = word_set("he she they it we i who")
_CAME = word_set("came comes come coming")
_PAPERS = word_set(
    """statement announcement announcements communique communiqué readout declaration
    release briefing bulletin notice word news confirmation"""
)


def _party_over(tokens: Sequence[Token], index: int) -> str | None:
    """The table's party whose alias covers ``tokens[index]``, if any."""
    for start in range(max(index - 3, 0), index + 1):
        hit = named_at(tokens, start)
        if hit is not None and start + hit[2] > index:
            return hit[0]
    return None


def same_country(
    part: str, sentences: Iterable[Sequence[Token]], text: str, announces: Announces
) -> bool:
    """Whether every announcer the evidence reads is the value's own country or one of its
    bodies (see the module), and there is one."""
    key = party_of(part)
    if key is None:
        return False
    seen = False
    for tokens in sentences:
        for index, token in enumerate(tokens):
            if not token.capitalised or token.norm in _PRONOUNS:
                continue
            if not announces(tokens, index, index, text):
                continue
            if _party_over(tokens, index) != key:
                return False
            seen = True
    return seen


def paper_came_from(tokens: Sequence[Token], first: int) -> bool:
    """ "the announcement came from the Egyptian foreign ministry": the name after "came
    from" (over "the"), with a paper noun in the three words before "came"."""
    at = first - 1
    if at >= 0 and tokens[at].norm == "the":
        at -= 1
    if at < 1 or tokens[at].norm != "from" or tokens[at - 1].norm not in _CAME:
        return False
    before = tokens[max(at - 5, 0) : at - 1]
    return any(token.norm in _PAPERS for token in before)


__all__ = ["paper_came_from", "same_country"]
