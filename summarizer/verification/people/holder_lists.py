"""The holder shapes of a list of names in a person's own sentence, for the confirm-only
mode's affiliation tie (:mod:`.holder_clauses`, session 51; :mod:`.holder_shapes` reads the
shapes of one name): a list whose holder is written once for all its names, at its end ("Mike
Lee of Utah and Rand Paul of Kentucky, both Republicans") or its start ("Just two
Republicans, Thomas Massie of Kentucky and Brian Fitzpatrick", "Democrats: Dick Durbin
(Illinois), Maggie Hassan", "Democrats Juan Hinojosa and Judith Zaffirini"), a name in
brackets after its body ("Osaka University (Sakaguchi)") and a party's letter after the name
("Sen. Mike Lee (R-Utah)"). Not read as a tie: a place's colon ("the East Room: Britain's Keir
Starmer, ..."; "TIANJIN: Prime Minister Narendra Modi"), a surname that looks plural
("Sanders"), a body after a place's preposition ("Coral Bio in San Diego (Lund)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .holder_shapes import clean_before, sound
from .holder_words import NOT_MEMBER, PAST, Hit, Value, gap, post_word, stem
from .names import LABELS_BEFORE

_LABELS = {"r": "republican", "d": "democrat", "i": "independent"}
_LABEL = re.compile(r"\s*\(\s*([RDI])\s*[-\u2013]\s*[A-Z]")


_LIST_HEADS = word_set("both all each two three four")


def shared_holder(
    text: str, tokens: Sequence[Token], first: int, last: int, hits: list[Hit]
) -> bool:
    """ "Mike Lee of Utah and Rand Paul of Kentucky, both Republicans": from the name on over
    a list of names (capitalised words, "of", "and", commas), then ", both/all" and the value
    within four words ("members of the" value)."""
    before = first - 1
    while before >= 0 and post_word(tokens[before]) and first - before < 4:
        before -= 1  # "Mike Lee of Utah and Sen. Rand Paul": the list's "and" before the title
    seen_and = before >= 0 and tokens[before].norm == "and"
    others = 0  # the names after the person's: "both" covers one more ("A, B and C, both")
    at = last
    while at + 1 < len(tokens) and at - last < 20:
        mark = gap(text, tokens, at).strip()
        following = tokens[at + 1]
        head = at + 2 if following.norm == "the" and at + 2 < len(tokens) else at + 1
        if mark == "," and tokens[head].norm in _LIST_HEADS:
            if tokens[head].norm == "both" and others > 1:
                return False  # "Ed Barr of the Greens and A and B, both Labour MPs"
            return seen_and and any(
                head < hit.first <= head + 4
                and all(
                    not tokens[k].capitalised
                    and tokens[k].norm not in NOT_MEMBER
                    and tokens[k].norm not in PAST
                    and gap(text, tokens, k).strip() == ""
                    for k in range(at + 1, hit.first)
                )
                and sound(text, tokens, hit)
                for hit in hits
            )
        if mark not in ("", ",", "."):
            return False
        if mark == "," or following.norm == "and":
            others += 1
        if following.norm == "and":
            seen_and = True
        elif not (following.capitalised or following.norm in ("of", "from")):
            return False
        at += 1
    return False


_QUANTITIES = word_set("two three four five six seven eight nine ten both several other fellow")
_VOTE_WORDS = word_set("voted vote votes no yes against for in favour favor opposed abstained")


def group_list(text: str, tokens: Sequence[Token], first: int, hits: list[Hit]) -> bool:
    """ "Just two Republicans, Thomas Massie of Kentucky and Brian Fitzpatrick", "Only two
    Republicans voted no: Kentucky's Thomas Massie and Ohio's Warren Davidson", "Democrats:
    Dick Durbin (Illinois), Maggie Hassan", "Democrats Juan Hinojosa and Judith Zaffirini": a
    list of names the person stands in, opened by the value (a colon after it, a comma after
    a number of them, or a plural right before the names)."""
    ends = {hit.last: hit for hit in hits}
    at = first - 1
    while at >= 0 and at not in ends and first - at < 24:
        mark = gap(text, tokens, at).replace("(", "").replace(")", "").strip()
        token = tokens[at]
        if mark not in ("", ",", ".", "-") or not (
            token.capitalised or token.norm in ("and", "of", "from")
        ):
            break
        at -= 1
    opener = gap(text, tokens, at).strip() if at >= 0 else ""
    votes = at
    while votes >= 0 and votes not in ends and tokens[votes].norm in _VOTE_WORDS and at - votes < 3:
        votes -= 1
    if opener == ":" and votes in ends:  # not "TIANJIN: Prime Minister Narendra Modi"
        return _people_word(tokens, ends[votes]) and sound(text, tokens, ends[votes])
    found = ends.get(at)
    if found is None or found.possessive or not clean_before(tokens, found):
        return False
    if opener and not sound(text, tokens, found):
        return False  # (a plural right before the names is followed by a capitalised one)
    if opener == ",":  # "Two other Republicans, New York's Andrew Garbarino"
        return found.first > 0 and tokens[found.first - 1].norm in _QUANTITIES
    plural = _label_word(tokens[found.last].norm) and not found.party
    return (  # "Democrats Juan Ortiz and Lena Park", not "Republicans Al Ross and Democrat X"
        opener == ""
        and plural
        and all(tokens[k].norm not in LABELS_BEFORE for k in range(at + 1, first))
    )


def _label_word(word: str) -> bool:
    """A party's label, one or many ("Democrats", "Independents"; not "Sanders")."""
    return word in LABELS_BEFORE or stem(word) in LABELS_BEFORE


def _people_word(tokens: Sequence[Token], hit: Hit) -> bool:
    """Whether the value names people a list can be of: a plural ("Democrats"), a party's
    label ("Independent"), or "members of the" value; not a place ("the East Room: Britain's
    Keir Starmer, ...") nor a headline's word ("Briefing: Ishiba")."""
    word = tokens[hit.last].norm
    if hit.bare_name:
        return False
    if _label_word(word) and not hit.party:
        return True
    before = [token.norm for token in tokens[max(0, hit.first - 3) : hit.first]]
    return "of" in before and any(word in ("members", "member") for word in before)


def bracketed(text: str, tokens: Sequence[Token], first: int, last: int, hits: list[Hit]) -> bool:
    """ "Osaka University (Sakaguchi)": the name in brackets right after the value."""
    if first < 1 or "(" not in gap(text, tokens, first - 1):
        return False
    if last + 1 < len(tokens) and ")" not in gap(text, tokens, last):
        return False
    return any(
        hit.last == first - 1 and not hit.possessive and plain_before(tokens, hit) for hit in hits
    )  # not "Sonoma Biotherapeutics in San Francisco (Ramsdell)" for San Francisco


def party_label(text: str, tokens: Sequence[Token], last: int, value: Value) -> bool:
    """ "Sen. Mike Lee (R-Utah)": a party's letter in brackets after the name."""
    match = _LABEL.match(text[tokens[last].end :])
    return match is not None and _LABELS[match.group(1).lower()] in value.words


def plain_before(tokens: Sequence[Token], hit: Hit) -> bool:
    """The value opens its phrase: not after a verb form or a preposition ("the coalition
    fighting Hamas, led by X" leads no Hamas)."""
    before = hit.first - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 0:
        return True
    word = tokens[before].norm
    return not (word.endswith(("ing", "ed")) or word in PREPOSITIONS)


PREPOSITIONS = word_set("against with on to for from of at in into by over about between")


__all__ = [
    "PREPOSITIONS",
    "bracketed",
    "group_list",
    "party_label",
    "plain_before",
    "shared_holder",
]
