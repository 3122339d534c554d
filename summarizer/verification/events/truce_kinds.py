"""A truce's kind ``full`` against the kind its evidence names (an outside check, session 13:
a truce the page calls "a humanitarian truce" was taken for a full one), for
:func:`summarizer.verification.status.status_support.support_status`:

- a truce noun ("ceasefire", "truce", "pause", "halt", "armistice", "moratorium", "lull") is
  *qualified* by a narrower kind when a word of that kind's vocabulary
  (:data:`summarizer.verification.status.statuses.VOCABULARIES`) stands in the three words before
  it in its clause ("a humanitarian truce", "a partial ceasefire", "a 72-hour local
  truce", "an energy ceasefire"), or after it behind a preposition ("a pause for aid", "a
  truce at sea", "a halt to strikes on energy sites", "a ceasefire in the Black Sea")
  (:func:`qualified_kind`); "the truce let aid trucks in" qualifies nothing;
- a truce is *called full* when a word of completeness stands in the three words before a
  truce noun ("a full and comprehensive ceasefire", "a complete halt to the fighting",
  "a total cessation of hostilities") (:func:`called_full`);
- ``full`` is refused as unsupported when the evidence qualifies its truce by another kind
  in a main clause about the truce and calls it full nowhere: the page states another kind.
  A page that calls the truce humanitarian in one sentence and full in another keeps full;
  a bare "the ceasefire" in another sentence is the same truce said again, not a full one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import word_set

FULL_WORDS = word_set("full complete comprehensive total general entire whole all nationwide")
"""Words that call a truce full ("a complete ceasefire"), before its noun."""
TRUCE_NOUNS = ("ceasefire", "truce", "armistice", "pause", "halt", "moratorium", "lull")
"""Prefixes of the nouns a truce goes by, which a kind's word may qualify."""
# Nouns a word of completeness may qualify besides the truce nouns ("complete cessation of
# hostilities", "a total end to the fighting").
_FULL_NOUNS = (*TRUCE_NOUNS, "cessation", "hostilit", "fighting", "end")
_PREPOSITIONS = word_set("for to at on in of across along over around")
# Words that may stand between a truce noun's preposition and its kind's word: "a halt to
# strikes on energy sites", "a pause in fighting to allow aid".
_FILLERS = word_set(
    """the a an all any strikes attacks fighting hostilities shelling allow allowing let
    permit enable deliver delivering deliveries of for to on in at its their"""
)
_REACH = 3  # words before a truce noun that may call it full
# Who a humanitarian word may name as a speaker ("aid agencies"), and what they do of the
# truce when they only react to it or report it.
_AID_ACTORS = word_set(
    """agencies agency groups group workers worker officials official organisations
    organizations organisation organization charities charity chief chiefs bodies
    community sector leaders ngos donors coordinator staff"""
)
_AUX = word_set("have has had were are was is also")
_REACTIONS = word_set(
    """welcomed welcome welcomes welcoming hailed hail hails praised praise praises applauded
    greeted said say says warned warn warns urged urge urges called call calls cautioned
    criticised criticized complained noted reported report reports described stressed
    told appealed demanded pleaded questioned doubted cheered"""
)
# Words of a truce's length and linking words, between its kind's word and its noun.
_DURATIONS = word_set(
    """hour hours day days week weeks month months long and or three five seven ten two four
    six temporary brief short new"""
)


def qualified_kind(
    norms: Sequence[str], kinds: Sequence[str], cued: Callable[[str, Sequence[str]], bool]
) -> str | None:
    """The narrower kind (one of ``kinds``) a truce noun in the clause-marked ``norms`` is
    qualified by (see the module), or None; ``cued(kind, words)`` says whether ``words``
    hold a cue of that kind."""
    for index, norm in enumerate(norms):
        if not norm.startswith(TRUCE_NOUNS):
            continue
        before = _modifiers(norms, index, lambda word: any(cued(k, [word]) for k in kinds))
        after = _phrase_after(norms, index)[1:]  # not the preposition: "a truce around noon"
        for kind in kinds:
            if (before and cued(kind, before)) or (after and cued(kind, after)):
                return kind
    return None


def _modifiers(norms: Sequence[str], index: int, cue: Callable[[str], bool]) -> list[str]:
    """The words right before a truce noun that may qualify it: back over durations and
    conjunctions ("a 72-hour humanitarian", "a partial and local") and kind words, up to
    the first other word, which is kept ("civilians welcomed the truce": "the")."""
    words: list[str] = []
    for norm in reversed(norms[max(index - 6, 0) : index]):
        if norm == ",":
            break
        if norm.isdigit() or norm in _DURATIONS:
            continue
        words.append(norm)
        if not cue(norm):
            break
    return words


def aid_speaker(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether a humanitarian cue at ``norms[start:end]`` names who reacts to or reports on
    the truce ("aid agencies welcomed the truce", "relief groups said", "praised by aid
    workers", "according to humanitarian officials"), not what the truce is for: the
    truce is no humanitarian one by their word."""
    actor = end if end < len(norms) and norms[end] in _AID_ACTORS else end - 1
    if norms[actor] not in _AID_ACTORS:
        return False
    after = [n for n in norms[actor + 1 : actor + 4] if not n.endswith("ly")]
    if after[:1] and after[0] in _AUX:
        after = after[1:]  # "aid agencies have (cautiously) welcomed"
    if after[:1] and after[0] in _REACTIONS:
        return True
    before = [n for n in norms[max(start - 3, 0) : start] if n != "the"]
    if before[-2:] == ["according", "to"]:
        return True
    return len(before) >= 2 and before[-1] == "by" and before[-2] in _REACTIONS


def called_full(norms: Sequence[str]) -> bool:
    """Whether a word of completeness qualifies a truce noun ("a full and comprehensive
    ceasefire")."""
    if FULL_WORDS.isdisjoint(norms):
        return False  # no word of completeness at all
    return any(
        norm.startswith(_FULL_NOUNS) and any(w in FULL_WORDS for w in _clause_before(norms, i))
        for i, norm in enumerate(norms)
    )


def _clause_before(norms: Sequence[str], index: int) -> list[str]:
    words: list[str] = []
    for norm in reversed(norms[max(index - _REACH, 0) : index]):
        if norm == ",":
            break
        words.append(norm)
    return words[::-1]


def _phrase_after(norms: Sequence[str], index: int) -> list[str]:
    """The words after a truce noun up to and with the first word that is neither a
    preposition nor a filler, when a preposition opens them ("for aid", "at sea", "in the
    Black Sea": one free word may stand before the last); empty otherwise."""
    if index + 1 >= len(norms) or norms[index + 1] not in _PREPOSITIONS:
        return []
    words: list[str] = []
    free = 0
    for norm in norms[index + 1 : index + 7]:
        if norm == ",":
            break
        words.append(norm)
        if norm not in _PREPOSITIONS and norm not in _FILLERS:
            free += 1
            if free == 2:
                break
    return words


__all__ = ["FULL_WORDS", "TRUCE_NOUNS", "called_full", "qualified_kind"]
