"""News wordings of a status that the phrase lists cannot hold (an outside check, session 16):
each is a short frame of a few words, read on a sentence's norms (a "," where punctuation
parts clauses) and added to the cues of its value (:func:`status_calls.extra_status_cues`),
so the cue rules still read it as asserted, a prospect or someone else's.

- A meeting broken off or cut short was held: "broke off their second summit", "cut short
  the talks", "cut their meeting short", "the summit broke up without a deal"; so was one
  where something was done: "their first summit in Singapore, where they signed a statement"
  (not "where they will sign", nor "where they hope to sign");
- a duty raised is imposed: "raised the extra duty on Chinese goods to 20 per cent", "hiked
  tariffs on steel", "doubled the levy" (the verb, then at most three words that qualify a
  duty noun: "raised concerns about the tariff", "raised the tariff issue" are not);
- an armed group bursting into a place or killing people is an attack: "fighters killed 300
  people when they burst into the town", "the killing of 26 people by gunmen", "militants
  opened fire" (not "burst into tears / flames", nor "floodwaters burst into the village").

:func:`raised_duty` also makes the one who raised a duty its measure's sponsor
(:func:`measure_acts.measure_cues`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import Token, word_set

Span = tuple[int, int]

_BREAKING = word_set("broke break breaks breaking")
_CUTTING = word_set("cut cuts cutting")
_MEETINGS = word_set("summit summits meeting meetings talks visit session encounter")
_OWNERS = word_set("the their its his her our a this that second first third latest")
_WHERE_WHO = word_set("they both leaders the two sides men women presidents ministers")
_DONE = word_set(
    """signed agreed issued adopted pledged shook unveiled announced sealed struck committed
    reached"""
)
_RAISING = word_set(
    """raised raises raising hiked hikes hiking increased increases increasing doubled
    doubles doubling tripled triples tripling"""
)
_DUTIES = word_set("duty duties tariff tariffs levy levies surcharge surcharges")
_QUALIFYING = word_set(
    """the a an its their his her this that these those extra additional new existing special
    punitive retaliatory import export steel aluminium aluminum car auto customs u.s. us eu"""
)
_NOT_DUTY = word_set(
    """issue issues question questions dispute row talks debate matter war threat threats fight
    concerns concern"""
)
_ARMED = word_set(
    """fighters gunmen gunman militants militant attackers attacker assailants assailant
    insurgents insurgent terrorists terrorist jihadists raiders bomber bombers commandos
    troops soldiers rebels"""
)
_NOT_STORMING = word_set("tears flames laughter song applause life view bloom fire out off")
_KILLING = word_set(
    """killed killing kill kills shot shooting massacred massacre slaughtered gunned opened
    stabbed"""
)


def _meeting_after(norms: Sequence[str], start: int) -> int | None:
    """The index after a meeting noun at ``start`` over one owner and two more words."""
    for index in range(start, min(start + 4, len(norms))):
        if norms[index] in _MEETINGS:
            return index + 1
        if norms[index] in (",", "of", "for", "on"):
            return None  # "broke off preparations for the summit": not the meeting
    return None


def _broken_off(norms: Sequence[str]) -> list[Span]:
    found: list[Span] = []
    for index, norm in enumerate(norms[:-1]):
        after = norms[index + 1]
        if (norm in _BREAKING and after == "off") or (norm in _CUTTING and after == "short"):
            if index + 2 < len(norms) and norms[index + 2] in _OWNERS:
                end = _meeting_after(norms, index + 2)
                if end is not None:
                    found.append((index, end))
        elif norm in _CUTTING and after in _OWNERS:
            end = _meeting_after(norms, index + 1) or 0
            ahead = norms[end : end + 6] if end else []
            if "short" in ahead and "," not in ahead[: ahead.index("short")]:
                found.append((index, end + ahead.index("short") + 1))  # "cut his visit ... short"
        elif norm in _MEETINGS and after == "broke" and norms[index + 2 : index + 3] == ["up"]:
            found.append((index, index + 3))
    return found


def _where_done(norms: Sequence[str]) -> list[Span]:
    """ "the summit in Singapore on June 12, where they signed": a meeting noun, then at most
    eight words later "where", its subject and a past verb of something done."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm != "where" or not any(n in _MEETINGS for n in norms[max(index - 9, 0) : index]):
            continue
        for ahead in range(index + 1, min(index + 4, len(norms))):
            if norms[ahead] in _DONE:
                found.append((index, ahead + 1))
                break
            if norms[ahead] not in _WHERE_WHO:
                break
    return found


def raised_duty(norms: Sequence[str]) -> list[Span]:
    """ "raised the extra duty", "hiked tariffs", "doubled its levy": see the module."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm not in _RAISING:
            continue
        for ahead in range(index + 1, min(index + 5, len(norms))):
            word = norms[ahead]
            if word in _DUTIES:
                if norms[ahead + 1 : ahead + 2] and norms[ahead + 1] in _NOT_DUTY:
                    break  # "raised the tariff issue"
                found.append((index, ahead + 1))
                break
            if word not in _QUALIFYING and not word[:1].isdigit():
                break
    return found


def raised_at(tokens: Sequence[Token]) -> set[int]:
    """Where a duty-raising verb of :func:`raised_duty` stands in a sentence's tokens (read
    only when one of its verbs is there)."""
    if not any(token.norm in _RAISING for token in tokens):
        return set()
    return {start for start, _ in raised_duty([token.norm for token in tokens])}


def _armed_acts(norms: Sequence[str]) -> list[Span]:
    found: list[Span] = []
    armed = [i for i, norm in enumerate(norms) if norm in _ARMED]
    if not armed:
        return found
    for index, norm in enumerate(norms[:-1]):
        after = norms[index + 1]
        if norm in ("burst", "bursting", "stormed", "storming") and armed[0] < index:
            if norm.startswith("burst") and after != "into":
                continue
            if norms[index + 2 : index + 3] and norms[index + 2] in _NOT_STORMING:
                continue  # "burst into tears"
            if after in _NOT_STORMING:
                continue  # "stormed out of the talks"
            found.append((index, index + 2))
        elif norm in _KILLING and any(
            abs(i - index) <= 6 or (index < i <= index + 14 and norms[i - 1] == "by") for i in armed
        ):  # "gunmen killed", "the killing of 26 people, most of them tourists, by gunmen"
            found.append((index, index + 1))
    return found


_CUES: dict[tuple[str, str], tuple[Callable[[Sequence[str]], list[Span]], ...]] = {
    ("SummitStatus", "held"): (_broken_off, _where_done),
    ("MeasureStatus", "imposed"): (raised_duty,),
    ("EventKind", "attack"): (_armed_acts,),
}


def news_cues(family: str, value: str, norms: Sequence[str]) -> list[Span]:
    """(start, end) spans of the module's wordings of the value in one sentence's norms."""
    readers = _CUES.get((family, value))
    if readers is None:
        return []
    return [span for read in readers for span in read(norms)]


__all__ = ["news_cues", "raised_at", "raised_duty"]
