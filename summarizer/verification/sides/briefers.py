"""One who tells reporters about a meeting, or owns the place it was held in, is no
participant by that (an outside check, session 16: "the foreign ministry spokesman told a
briefing that the leaders met" and "at a hotel owned by X" gave the briefer and the owner as
parties of the summit).

For a summit's party (:func:`summarizer.verification.sides.side_roles.other_role`, modes "summit"
and "proposal"), a name is refused where it stands

- as the subject of a verb of briefing: "told reporters / journalists / a briefing / a news
  conference", "briefed reporters", "hosted / held / gave / addressed a press conference",
  "said at a briefing" (its body words between: "The Finnish foreign ministry hosted a news
  briefing"), or after an opening "Briefing reporters," or "Speaking to journalists,";
  unless the sentence puts a speaker in the meeting too ("after meeting Modi", "he had met
  Witkoff", "who attended the talks", "after his talks with"): then the briefer may be one
  of the leaders and keeps the verdict it had;
- as the owner or keeper of the venue: "at a hotel owned by Aras Agalarov", "a villa
  belonging to the Saudi royal family", "a resort run by businessman Tom Barrack".

Spokespeople by title are refused already (:mod:`spokespeople`); each of these is a stated
role, so the refusal is unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES

_TELLING = word_set("told tells tell telling")
_BRIEFING = word_set("briefed briefs brief briefing")
_HOLDING = word_set("hosted hosts held holds gave gives addressed addresses chaired convened")
_SAYING = word_set("said says")
_AUDIENCES = word_set(
    """reporters journalists press media briefing briefings conference conferences
    correspondents newsmen"""
)
_EVENTS = word_set("briefing briefings conference conferences")
_OPENERS = word_set("briefing speaking talking addressing")
_BODY = word_set(
    """foreign ministry office spokesman spokeswoman spokesperson government officials
    official aide adviser advisor press secretary department"""
)
_PRONOUNS = word_set("he she they we i who")
_MEETING = word_set("met meeting attended joined sat took participated")
_AFTER = word_set("after before following during")
_OWN_TALKS = word_set("meeting talks his her their its")
_OWNED = word_set("owned run operated managed belonging leased")
_VENUES = word_set(
    """hotel hotels resort villa chateau estate palace club residence house mansion compound
    ranch lodge castle retreat complex base facility venue building hall centre center"""
)


def _verb(tokens: Sequence[Token], last: int) -> int | None:
    """The name's verb: right after it, over titles and its body words."""
    index = last + 1
    while index < len(tokens) and index <= last + 3 and tokens[index].norm in _BODY | TITLES:
        index += 1
    return index if index < len(tokens) else None


def _briefs(tokens: Sequence[Token], verb: int) -> bool:
    norm = tokens[verb].norm
    ahead = tokens[verb + 1 : verb + 5]
    if norm in _TELLING or norm in _BRIEFING:
        return any(t.norm in _AUDIENCES for t in ahead)
    if norm in _HOLDING:
        return any(t.norm in _EVENTS for t in ahead)
    if norm in _SAYING:
        return any(t.norm in _EVENTS for t in ahead) and ahead[0].norm in ("at", "during", "in")
    return False


def _opened_by_briefing(tokens: Sequence[Token], first: int, text: str) -> bool:
    """ "Briefing reporters afterwards, Jean-Pierre said": an opening participle of briefing,
    then the name after its comma."""
    if first < 2 or not clause_gap(tokens, first - 1, text):
        return False
    opener = next(
        (i for i in range(first) if tokens[i].norm in _OPENERS and tokens[i].capitalised), None
    )  # capitalised: it opens the sentence, after a dateline at most
    if opener is None:
        return False
    return tokens[opener].norm == "briefing" or any(
        t.norm in _AUDIENCES for t in tokens[opener + 1 : first]
    )


def _in_meeting_too(tokens: Sequence[Token]) -> bool:
    """A speaker of the sentence put in the meeting: "he had met", "who attended", "after
    meeting Modi", "after his talks with"."""
    for index, token in enumerate(tokens[:-1]):
        norm, following = token.norm, tokens[index + 1].norm
        if norm in _AFTER and following in _OWN_TALKS:
            return True
        if norm in _PRONOUNS and any(t.norm in _MEETING for t in tokens[index + 1 : index + 4]):
            return True
    return False


def briefs_only(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first..last]`` only tells reporters about the meeting
    (see the module)."""
    verb = _verb(tokens, last)
    briefs = verb is not None and _briefs(tokens, verb)
    if not briefs and not _opened_by_briefing(tokens, first, text):
        return False
    return not _in_meeting_too(tokens)


def owns_venue(tokens: Sequence[Token], first: int) -> bool:
    """ "at a hotel owned by Aras Agalarov", "a villa belonging to the Saudi royal family"."""
    before = first - 1
    while before >= 0 and first - before <= 3 and (
        tokens[before].norm == "the" or tokens[before].norm in TITLES
        or (not tokens[before].capitalised and tokens[before].norm in ("businessman", "tycoon"))
    ):  # fmt: skip
        before -= 1
    if before < 1 or tokens[before].norm not in ("by", "to"):
        return False
    if tokens[before - 1].norm not in _OWNED:
        return False
    return any(t.norm in _VENUES for t in tokens[max(before - 5, 0) : before - 1])


__all__ = ["briefs_only", "owns_venue"]
