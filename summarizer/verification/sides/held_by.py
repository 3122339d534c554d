"""Who holds people or ground, or hosts an occasion, named after "by" of a participle right
after its noun ("hostages held by Hamas", "a seminar hosted by the Ministry of Interior"): a
circumstance of an event, not who carried it out, for the ``actor`` kind
(:mod:`summarizer.verification.sides.event_actors`; checks 24 and 25, moved here in session 31
to give that module room).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

# Who holds people or ground, or hosts an occasion, named after "by" of a participle right
# after its noun ("hostages held by Hamas", "areas controlled by the rebels", "a seminar
# hosted by the Ministry of Interior"): a circumstance of the event, not who carried it out
# (checks 24 and 25). A meeting's host is not read here ("talks hosted by Kenya": it took
# part), nor a passive verb ("the hostages were held by Hamas").
_HOLDING = word_set(
    "held kept detained kidnapped abducted seized captured taken controlled occupied"
)
_HELD = word_set(
    """hostages hostage captives captive prisoners prisoner detainees detainee people civilians
    soldiers troops territory territories area areas town towns village villages city cities
    region regions land lands zone zones positions sailors crew crews seafarers fishermen
    journalists workers passengers children students"""
)
_HOSTING = word_set("hosted organised organized sponsored arranged run")
_OCCASIONS = word_set(
    """seminar seminars workshop workshops dinner dinners reception receptions ceremony
    ceremonies lunch luncheon banquet gala symposium exhibition breakfast party concert
    event events"""
)


def holder(tokens: Sequence[Token], by: int) -> bool:
    """The name after ``tokens[by]`` ("by") is who holds or hosts a noun right before the
    participle (see ``_HOLDING``): "hostages (still) held by Hamas", "a seminar hosted by X"."""
    if by < 2 or tokens[by].norm != "by":
        return False
    verb = by - 1
    noun = verb - 1
    if tokens[verb].norm in _HOSTING:
        return tokens[noun].norm in _OCCASIONS
    if tokens[verb].norm not in _HOLDING:
        return False
    if tokens[noun].norm == "still" and noun:
        noun -= 1  # "hostages still held by Hamas"
    return tokens[noun].norm in _HELD


__all__ = ["holder"]
