"""A place the evidence names only as where people or effects went after an event, or as a
person's home (session 54).

Labellers quote the sentences after an accident as its evidence, and those sentences name
other places: where the injured were taken ("The injured were taken to a hospital in
Pittsburgh", "He was flown to hospital in Truro"), where travellers were sent on ("flights were
diverted to Liverpool", "Passengers were later taken by coach to Glasgow"), how far the event
was felt ("It was felt as far away as Rome"), and where a victim came from ("His family, from
Wakefield, paid tribute", "The rider, who grew up in Swansea"). A fact-checker reads each as
what it is: the goal of a later movement, the reach of an effect, a person's home; none is
where the event happened.

:func:`moved_role` reads the words right before the place; :mod:`.told_elsewhere` refuses the
place only when another part of the evidence tells the event and states its own place, and
never when the event itself is the movement ("patients evacuated to Leeds": its description
holds the verb).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import Token, word_set

# Verbs of carrying people or traffic somewhere: the place after their "to" is the goal.
_CARRIED = word_set(
    """taken flown airlifted rushed carried driven diverted evacuated moved transferred brought
    ferried bussed bused shipped towed relocated rerouted"""
)
_GOALS = word_set("to onto into")
# Places of care or shelter between the goal word and the town ("to hospital in Truro").
_CARE = word_set("hospital hospitals clinic clinics shelter shelters hotel hotels centre center")
# Verbs of an effect reaching somewhere: "felt as far away as Rome", "was felt in Rome".
_FELT = word_set("felt heard")
_REACH = word_set("in across throughout")
# Verbs of a person's home in a relative clause: "who grew up in", "who was born in" (not
# "babies were born in Japan", where the births are the event).
_HOMED = word_set("born raised lives lived grew resides resided")
_ARTICLES = word_set("the a an")
FELT = "where its effect was felt"
# Those sent to an event, not away from it: "Firefighters were rushed to Grenfell Tower after
# the fire broke out" places the fire (review rv54w).
_RESPONDERS = word_set(
    """firefighters firemen crews police officers troops soldiers rescuers paramedics
    ambulances medics reinforcements engineers"""
)
_BE = word_set("was were is are be been being got get gets")
_VERB_REACH = 5  # words between a carrying verb and its goal word ("taken by coach to")


def _before(tokens: Sequence[Token], at: int) -> int:
    """The index before ``at`` past articles ("to a hospital"), -1 at the start."""
    at -= 1
    while at >= 0 and tokens[at].norm in _ARTICLES:
        at -= 1
    return at


def _carried(tokens: Sequence[Token], goal: int, acts: Callable[[str], bool], text: str) -> bool:
    """A carrying verb stands a few words before the goal word at ``goal``, and it is not the
    event's own act."""
    for at in range(goal - 1, max(goal - 1 - _VERB_REACH, -1), -1):
        token = tokens[at]
        if token.norm in _CARRIED:
            return not acts(token.norm) and _passive(tokens, at, text)
        if token.norm in {",", "and", "after", "before", "when"}:
            return False
    return False


def _comma(tokens: Sequence[Token], at: int, text: str) -> bool:
    """A comma stands between the token before ``at`` and ``tokens[at]``."""
    return at >= 1 and "," in text[tokens[at - 1].end : tokens[at].start]


def _passive(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """The carrying verb at ``verb`` is a passive or a participle after a comma ("were later
    taken", ", flown to"): people carried. An active one ("Winds carried the wildfire into
    Paradise", "Hurricane Ida moved into Louisiana", "brought chaos to Khartoum") moves the
    event itself, and responders are carried to it (review rv54w)."""
    if any(t.norm in _RESPONDERS for t in tokens[max(verb - 4, 0) : verb]):
        return False
    if _comma(tokens, verb, text):
        return True
    return any(t.norm in _BE for t in tokens[max(verb - 3, 0) : verb])


def moved_role(
    tokens: Sequence[Token], start: int, end: int, text: str, acts: Callable[[str], bool]
) -> str | None:
    """What the place at ``tokens[start..end]`` is when it is a goal of a later movement, an
    effect's reach or a person's home (see the module), or None. ``acts`` says whether a word
    is one of the event's own act words."""
    prev = _before(tokens, start)
    if prev < 0:
        return None
    after = end + 1
    if after < len(tokens) and tokens[after].norm == "where" and _comma(tokens, after, text):
        return None  # "diverted to Shannon, where it made an emergency landing" (review rv54w)
    word = tokens[prev].norm
    if word in _GOALS and _carried(tokens, prev, acts, text):
        return "where people were taken after it"  # "diverted to Liverpool"
    if word == "in":
        care = _before(tokens, prev)
        if care >= 0 and tokens[care].norm in _CARE:
            goal = _before(tokens, care)
            if goal >= 0 and tokens[goal].norm in _GOALS and _carried(tokens, goal, acts, text):
                return "where people were taken after it"  # "flown to hospital in Truro"
    if word in _REACH and prev >= 1 and tokens[prev - 1].norm in _FELT:
        return None if acts(tokens[prev - 1].norm) else FELT
    if word == "as" and prev >= 3 and tokens[prev - 1].norm in {"away", "far"}:
        felt = [t for t in tokens[max(prev - 6, 0) : prev] if t.norm in _FELT]
        if felt and not acts(felt[-1].norm):
            return FELT  # "felt as far away as Rome"
    if word == "from" and prev >= 1 and "," in text[tokens[prev - 1].end : tokens[prev].start]:
        return "a person's home"  # "His family, from Wakefield, paid tribute"
    if word == "in" and prev >= 1:
        verb = prev - 2 if tokens[prev - 1].norm == "up" else prev - 1
        who = any(t.norm == "who" for t in tokens[max(verb - 2, 0) : max(verb, 0)])
        if verb >= 0 and tokens[verb].norm in _HOMED and who and not acts(tokens[verb].norm):
            return "a person's home"  # "who grew up in Swansea", "who was born in Yeovil"
    return None


__all__ = ["FELT", "moved_role"]
