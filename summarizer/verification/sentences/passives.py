"""The passive voice, read once for every reader that asks "is this verb passive" or "whom does
its "by" name" (session 41).

Three forms, each a function:

- :func:`passive_participle`: a subject's verb at ``at`` is a passive ("was fined", "has been
  sued", "got hit", "will be replaced"): an optional auxiliary of the perfect or a modal, a
  form of *be* or *get*, adverbs, then a participle. "is to cut" is no passive, nor "is
  cutting".
- :func:`be_before`: a form of *be* stands just before a participle already found ("was
  charged", "who was formally charged"), with only words a reader allows between.
- :func:`passive_after`: the passive verb a clause gives after a subject ending at ``last``
  ("Kenya's offer to mediate was turned down").
- :func:`agents_after`: the "by" that names the agent after a passive participle ("was fined
  by the regulator").

Each word list below is the one shared list; a reader that decides on a narrower or wider one
passes it by name and says why in its docstring (a wider list there would change a verdict the
sets hold). A participle is a word in -ed, -en or -wn or an irregular one in
:data:`PARTICIPLES`; a state in -ed ("was tired", "is based in") reads as a participle here:
the readers that must tell states apart ask for an agent as well.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..page.tokens import Token, word_set

# Not "am": "at 2:39 am, trapping 22 people" (check 94) reads the time as a passive.
BE = word_set("is are was were be been being")
GET = word_set("get gets got getting")
PERFECT = word_set("has have had")
MODALS = word_set("will would may might could must should")
ADVERBS = word_set("also now then still already just since later again first currently recently")
# Participles that end in neither -ed, -en nor -wn ("the bank was hit", "was put under review").
PARTICIPLES = word_set(
    """hit cut put set held paid sold told sued fined struck shut bought caught brought
    fought sought taught dealt felt kept left lost met read run sent spent won bound found
    ground hung laid led let made"""
)
ENDINGS = ("ed", "en", "wn")
# Words in -ed that after "be" tell a state, not a deed done to the subject ("was tired", "is
# based in London", "are concerned about"), unless "by" names a doer right after ("was
# opposed by").
STATES = word_set(
    """tired based located headquartered situated interested concerned pleased worried
    married supposed used aged convinced determined opposed involved divided committed
    dedicated delighted disappointed satisfied surprised"""
)


def participle(word: str, irregular: frozenset[str] = PARTICIPLES) -> bool:
    """Whether ``word`` (a norm) can be a past participle: "fined", "taken", "shown", "hit"."""
    return word.endswith(ENDINGS) or word in irregular


def passive_participle(
    tokens: Sequence[Token],
    at: int,
    *,
    be: frozenset[str] = BE | GET,
    perfect: frozenset[str] = PERFECT,
    adverbs: frozenset[str] = ADVERBS,
    irregular: frozenset[str] = PARTICIPLES,
    leading: bool = False,
    stacked: bool = False,
    states: frozenset[str] = STATES,
) -> int | None:
    """The index of the participle when the verb at ``at`` is a passive ("was fined", "has
    been sued", "got hit"), else None ("is to cut", "is cutting", "were up").

    ``leading`` lets adverbs stand before the auxiliary ("now has been"); ``stacked`` lets
    further forms of *be* follow the first ("will be being"), each mixed with adverbs;
    otherwise only adverbs stand between the form of *be* and the participle. A word of
    ``states`` with no "by" right after it is a state ("was tired", "is based in")."""
    index = at
    if leading:
        while index < len(tokens) and tokens[index].norm in adverbs:
            index += 1
    if index < len(tokens) and tokens[index].norm in perfect:
        index += 1
    if index >= len(tokens) or tokens[index].norm not in be:
        return None
    index += 1
    skipped = be | adverbs if stacked else adverbs
    while index < len(tokens) and tokens[index].norm in skipped:
        index += 1
    if index >= len(tokens) or not participle(tokens[index].norm, irregular):
        return None
    if tokens[index].norm in states and not _by_next(tokens, index):
        return None
    return index


def _by_next(tokens: Sequence[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].norm == "by"


def be_before(
    tokens: Sequence[Token],
    verb: int,
    *,
    be: frozenset[str] = BE,
    reach: int = 1,
    between: Callable[[str], bool] | None = None,
) -> bool:
    """Whether a form of ``be`` stands within ``reach`` words before the participle at
    ``verb``, each word between passing ``between`` (any word when None): "was branded"
    (reach 1), "who was formally charged"."""
    for at in range(verb - 1, max(verb - 1 - reach, -1), -1):
        norm = tokens[at].norm
        if norm in be:
            return True
        if between is not None and not between(norm):
            return False
    return False


def passive_after(
    tokens: Sequence[Token],
    last: int,
    *,
    reach: int,
    stops: frozenset[str],
    participles: frozenset[str],
    auxiliaries: frozenset[str] = BE | PERFECT,
) -> bool:
    """Whether the first auxiliary within ``reach`` words after ``last`` (before any word in
    ``stops``) has, after any further auxiliaries, a participle in ``participles``: the
    subject ending at ``last`` is acted on ("Kenya's offer to mediate was turned down")."""
    for index in range(last + 1, min(last + 1 + reach, len(tokens) - 1)):
        norm = tokens[index].norm
        if norm in stops:
            return False
        if norm in auxiliaries:
            following = index + 1
            while following < len(tokens) - 1 and tokens[following].norm in auxiliaries:
                following += 1
            return tokens[following].norm in participles
    return False


def agents_after(tokens: Sequence[Token], participle_at: int, reach: int = 1) -> Iterator[int]:
    """The index of each "by" within ``reach`` words after the participle at
    ``participle_at`` with a word after it: where the agent's name starts ("was fined £5m by
    the regulator", "was praised by Albanese")."""
    for by in range(participle_at + 1, min(participle_at + 1 + reach, len(tokens) - 1)):
        if tokens[by].norm == "by":
            yield by


__all__ = [
    "ADVERBS",
    "BE",
    "GET",
    "MODALS",
    "PARTICIPLES",
    "PERFECT",
    "STATES",
    "agents_after",
    "be_before",
    "participle",
    "passive_after",
    "passive_participle",
]
