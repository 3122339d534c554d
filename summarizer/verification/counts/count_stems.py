"""The words a count's number is looked for beside, from what the count counts (moved from
:mod:`summarizer.verification.counts.number_rules`, which reads the number)."""

from __future__ import annotations

from summarizer.comparators import Supported
from ..figures.count_families import FAMILY_OF
from ..figures.count_synonyms import COUNT_SYNONYMS
from ..figures.count_words import count_unit
from ..page.tokens import tokenize, word_set
from .amounts import ANY_COUNT
from .count_shares import share_rule
from .vote_groups import groups_of


def count_rule(what: object, value: object) -> Supported | None:
    """The rule a count's number is read by: its cue stems (:func:`count_cues`) and, for a
    share ("turnout", "share of the vote", a value written "39.2 per cent"), its unit
    (:mod:`summarizer.verification.counts.count_shares`); None when it says not what it counts."""
    cues = count_cues(what) if isinstance(what, str) else ()
    return share_rule(str(what), value, cues) if cues else None


def count_cues(what: str) -> tuple[str, ...]:
    """Cue stems from what a count counts, in the article's words: "co-sponsors" gives
    "cosponsor", "people killed" gives "people" and "killed" (plural endings dropped, so
    "senator" finds "senators" and "senator's"; a hyphenated name is one word, as in the text)."""
    stems: list[str] = []
    unit = count_unit(what)
    for token in tokenize(what.replace("-", "")):
        word = token.norm
        if token.is_number or (len(word) < 3 and (word not in _SHORT_UNITS or word != unit)):
            continue  # "..., kg" names the count's unit: "a day" before it is its period; not
            # the "km" of "speed limit, km/h", which every speed in km/h holds (review rv42c)
        if word in _COUNT_FILLERS:
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"  # "casualties": "casualty", and "casualtie" below
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        stems.append(word)
        if word.endswith("ing") and len(word) >= 8:  # "abstaining" finds "45 abstained"
            # its past only, not the bare stem, which begins nouns of other things: "12
            # protests", "40 strikes", "70 return trips" (review rvE)
            stems.append(word[:-3] + ("d" if word[-4] == "e" else "ed"))
        if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
            stems.append(word[:-1] + "ie")  # "casualty" finds "casualties" too
    stems.extend(sorted(groups_of(what)))  # "Democratic votes" finds "all 50 Democrats"
    specific = [stem for stem in stems if stem not in _GENERIC]
    if specific:  # "people killed": "killed" (or "dead"), since "60 people injured" is people too;
        # "share backing the reform": backing, reform
        stems = specific
    for group in (*COUNT_SYNONYMS, _NEEDS, _RESCUES):
        if any(stem.startswith(group) for stem in stems):
            stems.extend(group)
    family = [word for stem in stems for word in FAMILY_OF.get(stem, ())]
    # not a member that is the count's own deed ("staff employed": no "employee", whose "some
    # 900 employees" the union represents; ec31)
    stems.extend(w for w in family if not any(s[:6] == w[:6] and s not in FAMILY_OF for s in stems))
    return (*dict.fromkeys(stems), *ANY_COUNT) if stems else ()


# A threshold's words: "seats needed for a majority" finds "the 76 it needs" (check 51).
_NEEDS = ("need", "requir")
# A rescue's phrasal verb: "a passing ship picked up all 22 people on board" are 22 rescued
# (session 42, fa42c; outside checks 56, 68, 92). Not "rescu": "40 rescuers" rescued none.
_RESCUES = ("rescued", "picked")
# The count's noun's family (figures.count_families): "population" finds "inhabitants" too.
# A share's own noun is generic too: "the opposition's share reached 59.11 per cent" is no
# "share backing the reform" (review rvD); "No share" keeps it, having no other word.
_GENERIC = word_set("people person persons individual share proportion fraction")
# Units of two letters a count names as its own ("bamboo fed a day, kg"; counts.amounts).
_SHORT_UNITS = word_set("kg km")
# Fillers, and a phrasal verb's particle ("banks cut off": "signed off" counts nothing).
_COUNT_FILLERS = word_set(
    "the and of to for in on at by with number total who that were was off out up down away"
)


__all__ = ["count_cues", "count_rule"]
