"""Names in a meeting's sentence that are not the ones meeting, for
:mod:`summarizer.verification.sides.party_roles` (a summit's parties; checks 24 and 25):

- *What the meeting is about*: a name right after a verb of discussing ("a summit meant to
  urgently address Donald Trump's immigration policy", "met to discuss Somalia"): the subject,
  not a participant;
- *Who urges others to talk*: the subject of "urged / pressed / encouraged / asked / called on"
  others to resume talks, negotiate or meet ("The UN urged Armenia and Azerbaijan to resume
  talks"): not one of those meeting, unless the talks are with it ("urged Kyiv to meet him");
- *The mediator*: after "under the mediation / auspices of" or "mediated / facilitated by"
  ("Kenya and Uganda met in Nairobi under the mediation of Tanzania");
- *The dateline*: a capital opening the sentence before an agency in brackets or a dash
  ("DODOMA - Kenya and Uganda agreed a truce after talks"): where the story was filed;
- *The one shut out* (check 26): a name right after "exclude / bar / ban / expel / snub",
  "shut / left / kept / froze out", "did not / never invite", "without" or "in the absence
  of" (titles, determiners and a title's own words between: "decided to exclude junta chief
  Min Aung Hlaing"), before "out" of "left / kept / shut X out", or before "was / were (not)
  excluded / barred / invited / shut out", also in a relative clause ("Kagame, who was
  excluded from the summit,"): kept from the meeting, not one meeting. For an event's actor
  (:mod:`event_actors`) the relative clause is left out: "X, who was left out, rejected the
  plan" is X's act.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES

_DISCUSSING = word_set(
    """discuss discussed discusses discussing address addressed addresses addressing tackle
    tackled tackling debate debated debating review reviewed reviewing"""
)
_URGING = word_set(
    """urged urges urging pressed presses pressured encouraged encourages asked asks implored
    exhorted"""
)
_CALLED = word_set("called calls calling")
_BETWEEN = word_set("has have had also again on monday tuesday wednesday thursday friday")
_TALKING = word_set(
    """talks talk negotiate negotiations negotiating meet meeting dialogue summit sit
    resume"""
)
_SELF = word_set("him her them us it me")
_MEDIATION = word_set("mediation auspices facilitation")
_MEDIATED = word_set("mediated facilitated")
_SKIPPED = word_set("the a an")
# A state's formal name before its short one: "the mediation of the Republic of Angola".
_STATES = word_set("republic kingdom federation sultanate emirate state commonwealth")
_DASHES = ("-", "\u2013", "\u2014", "--")


def not_meeting(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name at ``tokens[first : last + 1]`` is the meeting's subject, an urger of others'
    talks, its mediator or the sentence's dateline (see the module)."""
    opens = first == 0 or "\n" in text[tokens[first - 1].end : tokens[first].start]
    if opens and last + 1 < len(tokens):  # a line's start: a caption line may run into it
        gap = text[tokens[last].end : tokens[last + 1].start].strip()
        if gap.startswith("(") or gap in _DASHES:
            return True  # "DODOMA - Kenya and Uganda agreed a truce after talks"
    before = first - 1
    while before >= 0 and (tokens[before].norm in _SKIPPED or tokens[before].norm in TITLES):
        before -= 1
    if before >= 2 and tokens[before].norm == "of" and tokens[before - 1].norm in _STATES:
        before -= 2  # "the mediation of the (United) Republic of Angola"
        while before >= 0 and (tokens[before].capitalised or tokens[before].norm in _SKIPPED):
            before -= 1
    if before >= 0 and tokens[before].norm in _DISCUSSING:
        return True  # "to urgently address Donald Trump's immigration policy"
    if before >= 1 and tokens[before].norm == "of" and tokens[before - 1].norm in _MEDIATION:
        return True  # "under the mediation of Tanzania"
    if before >= 1 and tokens[before].norm == "by" and tokens[before - 1].norm in _MEDIATED:
        return True  # "mediated by Qatar"
    return _urges_others(tokens, last) or shut_out(tokens, first, last, text)


# Nouns of what a host makes of a meeting ("made trade a theme of the gathering in
# Hangzhou", "the focus of the summit in Bali"): the host shapes it, the meeting is no
# other party's (for :func:`sites.about_parties`; check 26).
_FRAMING = word_set(
    """theme themes focus centre center centrepiece centerpiece highlight highlights sidelines
    margins host hosts"""
)
_EXCLUDING = word_set(
    """exclude excludes excluded excluding bar bars barred barring ban bans banned banning
    expel expels expelled expelling snub snubs snubbed disinvite disinvited disinvites
    uninvited shun shuns shunned ostracised ostracized"""
)
_OUT_VERBS = word_set(
    "shut shuts left leave leaves leaving kept keep keeps keeping froze freeze frozen locked"
)
_INVITING = word_set("invite invites invited inviting")
_NEGATIONS = word_set("not never without")
_OWNERS = word_set("the a an its their his her")
_RELATIVES = word_set("who which that")
_BEING = word_set("was were is are has have had been being be also not never")


def shut_out(
    tokens: Sequence[Token], first: int, last: int, text: str, relative: bool = True
) -> bool:
    """The name at ``tokens[first : last + 1]`` is the one a meeting shuts out (see the
    module); ``relative``: also in a "who was excluded" clause after it. Read back over
    plain spaces only ("Without Russia, Ukraine and Turkey met": Ukraine met)."""
    if _shut_example(tokens, first, text):
        return True  # "held without donor partners such as China, the US, and Taiwan"
    before = first - 1
    while (
        before >= 0
        and text[tokens[before].end : tokens[before + 1].start] == " "
        and (
            tokens[before].norm in _OWNERS
            or tokens[before].norm in TITLES
            or (tokens[before].capitalised and before != 0)
            or (before + 1 < first and tokens[before + 1].norm in TITLES)
        )
    ):
        before -= 1  # "exclude junta chief", "barred Myanmar's military leader"
    if before >= 0:
        word = tokens[before].norm
        if word in _EXCLUDING or word == "without":
            return True
        if word == "out" and before and tokens[before - 1].norm in _OUT_VERBS:
            return True  # "left out Nicolas Maduro"
        if word == "of" and before and tokens[before - 1].norm == "absence":
            return True
        if word in _INVITING and _NEGATIONS & {t.norm for t in tokens[max(before - 2, 0) : before]}:
            return True  # "did not invite", "without inviting"
    after = last + 1
    if after < len(tokens) and tokens[after].norm == "out" and before >= 0:
        return tokens[before].norm in _OUT_VERBS  # "left Nicolas Maduro out"
    if relative and after < len(tokens) and tokens[after].norm in _RELATIVES:
        after += 1
    start, negated = after, False
    while after < len(tokens) and tokens[after].norm in _BEING:
        negated = negated or tokens[after].norm in _NEGATIONS
        after += 1
    if after == start or after >= len(tokens):
        return False
    word = tokens[after].norm
    if word in _EXCLUDING or (word in _INVITING and negated):
        return True  # "was excluded", "was not invited"
    return word in _OUT_VERBS and after + 1 < len(tokens) and tokens[after + 1].norm == "out"


# Words that open examples of a group ("donor partners such as China", "outside powers
# including Russia", "observers like Taiwan").
_EXAMPLES = word_set("including like notably especially particularly")
_LISTING = word_set("and or")
# Most plain words between a shut-out word and its examples ("without donor partners such as").
_EXAMPLE_REACH = 5


def _shut_example(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The name at ``first`` is one of the examples ("such as", "including", "like"), or of
    their list ("such as China, the US, and Taiwan"), of a group a meeting shuts out: "held
    without donor partners such as China", "barred observers including Taiwan" (check 27)."""
    index = first - 1
    while index >= 0 and (
        tokens[index].capitalised or tokens[index].norm in _OWNERS or tokens[index].norm in _LISTING
    ):
        if not _LIST_GAP.issuperset(text[tokens[index].end : tokens[index + 1].start]):
            return False
        index -= 1
    if index < 1 or not _LIST_GAP.issuperset(text[tokens[index].end : tokens[index + 1].start]):
        return False
    if tokens[index].norm == "as" and tokens[index - 1].norm == "such":
        index -= 1
    elif tokens[index].norm not in _EXAMPLES:
        return False
    for back in range(index - 1, max(index - 1 - _EXAMPLE_REACH, -1), -1):
        gap = text[tokens[back].end : tokens[back + 1].start]
        if gap != " " and not (back == index - 1 and gap == ", "):
            return False  # "Without China, leaders such as Fiji's met": Fiji met
        word = tokens[back].norm
        if word in _EXCLUDING or word == "without":
            return True
        if word == "of" and back and tokens[back - 1].norm == "absence":
            return True
    return False


_LIST_GAP = frozenset(" ,")


def framed(tokens: Sequence[Token], talks: int) -> bool:
    """ "a theme of the gathering", "the focus of the summit": the meeting noun at ``talks``
    after "of the" and a noun of what a host makes of it (``_FRAMING``)."""
    return talks > 2 and tokens[talks - 2].norm == "of" and tokens[talks - 3].norm in _FRAMING


def person_before(tokens: Sequence[Token], index: int, talks: int) -> bool:
    """The capitalised word at ``index``, before the meeting noun at ``talks``, is a person's
    name: after another capitalised word ("Wang Yi") or before "and" and one ("Erdogan and
    Putin ended the talks in Sochi")."""
    if index and tokens[index - 1].capitalised:
        return True
    return index + 2 < talks and tokens[index + 1].norm == "and" and tokens[index + 2].capitalised


def _urges_others(tokens: Sequence[Token], last: int) -> bool:
    """The name is the subject of a verb of urging whose object is to talk, not with it."""
    index = last + 1
    while index < len(tokens) and tokens[index].norm in _BETWEEN:
        index += 1
    if index >= len(tokens):
        return False
    norm = tokens[index].norm
    called = norm in _CALLED and index + 1 < len(tokens) and tokens[index + 1].norm == "on"
    if not (norm in _URGING or called):
        return False
    rest = [t.norm for t in tokens[index + 1 : index + 14]]
    if not called and rest[:1] in (["by"], ["on"]):
        return False  # "Israel and Lebanon, urged on by Washington, held talks": urged
    return not _TALKING.isdisjoint(rest) and _SELF.isdisjoint(rest)


__all__ = ["framed", "not_meeting", "person_before", "shut_out"]
