"""One who watches or follows a meeting from outside it is no party of it (session 24, false
accepts closed): "Zelensky followed the EU summit closely from Kyiv" kept Zelensky as a party
of the summit, since no other clause of the sentence tells the meeting
(:mod:`remote_parties` reads a watcher only beside a meeting clause).

The name is the subject of "followed", "watched", "monitored" or "tracked" (a few words of
its title or an adverb between: "Zelensky closely followed"), whose object, within four
words, is the meeting itself ("the summit", "the talks", "the negotiations", "the
meeting"): a watcher of it, not one at the table. "followed the summit (in Tianjin) with a
visit to Paris" (what came after: "with" or "by" within four words) and "followed a few
minutes later" (one arriving) are not read here, nor one who "then" or "later" meets in a
meeting of its own ("watched the Alaska summit from Kyiv, then flew to Washington to meet
Trump"); others meeting after "then" ("then Putin and Xi met the press") leave it a watcher.
The role is stated, so the refusal is unsupported."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_WATCHED = word_set(
    """followed follows following watched watches watching monitored monitors monitoring
    tracked"""
)
_BETWEEN = word_set("closely also had has have was were is keenly carefully anxiously")
_MEETINGS = word_set("summit summits talks negotiations meeting meetings session sessions")
_AFTER = word_set("with by up")
# "watched the Alaska summit from Kyiv, then flew to Washington to meet Trump": a later
# meeting of the watcher's own, of which it is a party
_THEN = word_set("then later afterwards afterward subsequently")
_MEETS = word_set("meet met meets meeting talks")
_NEW_SUBJECT = word_set("the they it its their both two")


def watches_meeting(tokens: Sequence[Token], last: int) -> bool:
    """Whether the name ending at ``tokens[last]`` only watches or follows the meeting (see
    the module)."""
    index = last + 1
    while index < len(tokens) and index <= last + 3 and tokens[index].norm in _BETWEEN:
        index += 1
    if index >= len(tokens) or tokens[index].norm not in _WATCHED:
        return False
    for at in range(index + 1, min(index + 5, len(tokens))):
        if tokens[at].norm in _MEETINGS:
            # "followed the summit in Tianjin with a visit to Beijing": what came next
            return all(t.norm not in _AFTER for t in tokens[at + 1 : at + 5]) and not (
                _meets_later(tokens, at + 1)
            )
    return False


def _meets_later(tokens: Sequence[Token], start: int) -> bool:
    """A later meeting of the watcher's own after the watched one ("then flew to Washington
    to meet Trump", "and later met Putin")."""
    for at in range(start, len(tokens)):
        if tokens[at].norm in _THEN:
            verb = tokens[at + 1] if at + 1 < len(tokens) else None
            if verb is None or verb.capitalised or verb.norm in _NEW_SUBJECT:
                return False  # "then Putin and Xi met the press": others' meeting
            return any(t.norm in _MEETS for t in tokens[at + 1 : at + 9])
    return False


__all__ = ["watches_meeting"]
