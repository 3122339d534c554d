"""What a vote or talks are about, read at a place (moved out of
:mod:`summarizer.verification.places.sites` in review rvP, which had grown past the layout cap): a
place in what they are about is not where they were held, for
:func:`summarizer.verification.places.sites.support_site` and
:func:`summarizer.verification.rules.support_place`."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set

# Events that are about something: a vote on a resolution, talks on a truce. A place in what
# they are about is not where they were held ("passed a resolution calling for a cease-fire in
# Gaza" was not voted in Gaza).
ABOUT_KINDS = frozenset({"vote", "talks"})
_CONTENT_VERBS = word_set(
    """calling call calls urging urge urges demanding demand demands condemning condemn
    condemns seeking seek seeks denouncing recognizing recognising recognize recognise
    backing supporting opposing"""
)
_TOPIC_NOUNS = word_set(
    """ceasefire cease fire truce war conflict fighting aid sanctions violence occupation
    invasion attacks strikes offensive peace hostilities bombing siege genocide crisis
    situation hostages hostage withdrawal reconstruction"""
)
_TOPIC_PREPOSITIONS = word_set("in on against for to of over into from")
_ABOUT = word_set("on about over regarding concerning")
# What talks discuss (check 22's probe "met in Geneva to discuss the future of Cyprus").
_DISCUSS = word_set("discuss discussed discusses discussing address addressed addressing tackle")
_MATTERS = word_set("future status fate reunification partition sovereignty question situation")
_AFTER_PLACE = _TOPIC_NOUNS | word_set("question issue problem dispute")
_DIRECTIONS = word_set("northern southern eastern western central")
_SKIPPED = _DIRECTIONS | {"the"}


def subject_matter(tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """The place at ``tokens[start]`` is what a vote or talks are about: before a topic noun
    ("a Gaza truce"), right after "on", "about", "over" ("a resolution on Gaza"), after a
    topic noun and its preposition ("a cease-fire in Gaza", "the war in Ukraine"; not "a Gaza
    truce in Doha"), before a dispute noun ("the Cyprus problem"), right after a verb of
    discussing ("to discuss Syria") or "the future / status / fate of" ("the future of
    Cyprus": met elsewhere to discuss it), or after a verb of what a resolution says in
    the same clause ("calling for a cease-fire in Gaza", "condemning the strikes on Rafah")."""
    after = start + size
    if after < len(tokens) and tokens[after].norm in _AFTER_PLACE:
        return True  # "a Gaza truce", "the Ukraine war", "the Cyprus problem"
    before = start - 1
    while before >= 0 and tokens[before].norm in _SKIPPED:
        before -= 1
    if before >= 0 and tokens[before].norm in _DISCUSS:
        return True  # "to discuss Syria", "discussed eastern Congo"
    if before >= 1 and tokens[before].norm == "of" and tokens[before - 1].norm in _MATTERS:
        return True  # "to discuss the future of Cyprus", "the status of Kosovo"
    if before >= 0 and tokens[before].norm in _ABOUT:
        return True
    preposition = before >= 1 and tokens[before].norm in _TOPIC_PREPOSITIONS
    if preposition and tokens[before - 1].norm in _TOPIC_NOUNS:
        # "a Gaza truce in Doha": the truce has its place already; Doha is the talks'
        return not (before >= 2 and tokens[before - 2].capitalised and before - 2 > 0)
    for index in range(start - 1, max(start - 11, -1), -1):
        if clause_gap(tokens, index, text):
            return False
        if tokens[index].norm in _CONTENT_VERBS:
            return True
    return False


__all__ = ["ABOUT_KINDS", "subject_matter"]
