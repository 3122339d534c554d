"""Whether a bare "the prime minister" (or "the premier", "the chancellor") that the page
writes with no name stands for the speaker because the page makes the speaker the head of
government by owning it ("Donald Tusk's coalition won a vote of confidence", "Pedro
Sanchez's minority government"), read by
:func:`summarizer.verification.quotes.attribution.by_title`.

A news page about a parliamentary government often never writes "Prime Minister Tusk": it
names him as the owner of the coalition and later calls him "the prime minister". The title
found no holder and read back to the sentence before, whose subject was someone else
(outside check 66: "Nawrocki takes office ...", then "the prime minister told deputies").
The owners are read by :func:`summarizer.verification.quotes.page_offices.page_people` (the
same reading the office rules of :mod:`summarizer.verification.quotes.title_referents` use).
This only accepts: the one person the page gives such an office before the quote; two such
people accept neither, and a country owning one ("Poland's government") is no person.

:func:`held_apart` refuses: a bare title that found no holder is not a person the page gives
only other offices: a spokesman's ("Dan Ellis is the prime minister's official spokesman")
or the same with a rank that makes it another ("Scott Morrison was the prime minister when
...": a former one; "Kemi Badenoch's shadow cabinet": the shadow one), whom reading back to
the sentence before would otherwise take (review rvs30).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import tokenize
from ..people.names import is_proper, name_parts
from .page_offices import HEADS_OF_GOVERNMENT, STRICT_RANKS, office_in, page_people

# The bare title's words (lower case, as attribution.by_title splits them) -> its office.
_WORDS = (("prime", "minister"), ("premier",), ("chancellor",))
_TITLED = dict(zip(_WORDS, HEADS_OF_GOVERNMENT, strict=True))
# The office that speaks for another, never is it: "the prime minister's official spokesman"
# is not "the prime minister". Any other second office may be the same person's ("Japan's
# tariff envoy, Ryosei Akazawa," is also "the minister": outside check 58's probe q01).
_SPEAKING_FOR = "spokesman"


def heads_government(
    article: ArticleText, titles: Sequence[str], before: int, parts: Sequence[str]
) -> bool:
    """Whether the bare head-of-government title ``titles`` stands, before ``before``, for
    one person the page gives that office, and that person is ``parts``."""
    office = _TITLED.get(tuple(titles))
    if office is None or len(parts) != 1 or not is_proper(parts[0]):
        return False
    _, offices, names = page_people(article, article.sentence_at(max(before - 1, 0)))
    holders = [surname for surname, held in offices.items() if office in held]
    if len(holders) != 1:
        return False
    return set(name_parts(parts[0])) <= names.get(holders[0], {holders[0]})


def held_apart(
    article: ArticleText, titles: Sequence[str], before: int, parts: Sequence[str]
) -> bool:
    """Whether the page gives ``parts``, before ``before``, offices and none of them the bare
    title's: a spokesman's ("the prime minister's official spokesman" for "the prime
    minister"), or its noun with a rank that makes it another office ("former", "shadow")."""
    wanted = office_in(tokenize(" ".join(titles)))
    if not wanted or len(parts) != 1 or not is_proper(parts[0]):
        return False
    want = wanted[0]
    _, offices, names = page_people(article, article.sentence_at(max(before - 1, 0)))
    own = set(name_parts(parts[0]))
    held = [
        office
        for surname, given in offices.items()
        if own <= names.get(surname, {surname})
        for office in given
    ]
    if not held:
        return False
    return all(
        (o.head == want.head and (o.ranks ^ want.ranks) & STRICT_RANKS)
        or (o.head == _SPEAKING_FOR and want.head != _SPEAKING_FOR)
        for o in held
    )


__all__ = ["heads_government", "held_apart"]
