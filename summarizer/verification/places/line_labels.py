"""A place that labels its line, as an event's place (session 60, seen checks 50-100), for
:func:`replaced_places.place_reading`.

News copy puts where a story or an item happened at the head of its line, set off from what
it tells: a dateline ("PARIS, July 27 (Wire) - Pogacar was crowned on Sunday", "OSLO —
Last month's indictment ...", "HONG KONG - Christie's six sales raised ..."), a list item's
label before a colon ("- Germany: four palace complexes built for ...") or a heading alone
on its line ("ENGLAND" over the item it heads). The label must open the line: a place inside
a longer label ("Carney Hospital, Dorchester, Mass.: closed", "Cotality (Australia): ...")
is not read here. Such a label stands outside
every clause of the line: it is no clause's place, so the sentence's other clauses ("...
on Sunday, while Belgium's van Aert won the final stage") do not make it the place of
another occasion (:func:`occasions.occasion_places.other_occasion` reads clauses). The
event told on the line is read as happening there (:func:`line_label`) when the line names
no other place for it: no capitalised place after "in", "at", "near", "across", "into",
"off", "outside", "inside" or "to", nor as the object of a verb of attack, taking or going
("drones hit Osk's power station", "Protesters besieged Fez", "Storms battered Kumasi",
"troops entered Sallow", "will leave Omaha"; not any capitalised word after a lowercase
word, as the clause reading takes it: "crowned Tour de France champion", "a symphony by Ilse
Kober" name no place), nor after "from" ("sailings would resume from Rosslare"), nor after
"the (island / city / town ...) of"; nor (review rv60p) after "over", "through" and
their like, or "on" after a landing, unless it owns what follows and that is no ground
("ran aground on Skarra", "jets flew over Dalvik"; not "hangs over Norway's royal house",
"lobbyists on Capitol Hill"), after a side of it ("40 km south of Tessen", "on the
outskirts of Halloway"), or over a word of its part ("in northern Lorne", "in nearby
Tessen"); a verb of a blow takes "bombarded", "destroyed", "buried". With one
("WASHINGTON — Israel struck targets across Iran", "PARIS — ... after the stage in Nice"),
the label is where the story was filed and the older readings stand (:mod:`site_lines`).

A meeting's place is not read here (its dateline rules are :mod:`dateline_epithets` and
:func:`occasions.stated_venues.dateline_meeting`); nor a place inside the line's text.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set

_DASHES = ("-", "\u2013", "\u2014")
_FULL = frozenset(MONTHS) | frozenset(WEEKDAYS)
_CALENDAR = _FULL | {m[:3] for m in MONTHS}
# Words before another place the line gives its event ("struck targets across Iran").
_AT = word_set("in at near across into off outside to inside from via toward towards")
# Verbs whose object is where an attack, a taking or a going happened ("drones hit Osk's
# power station", "the last train will leave Omaha").
_STRUCK = word_set(
    """hit hits struck strike strikes shelled shell bombed bomb attacked attack pounded
    targeted seized captured stormed raided entered invaded visited visit visits leave leaves
    left leaving reach reached reaches depart departs departed quit fled evacuated toured
    besieged besiege besieges battered batter batters blocked block blocks lashed lash
    lashes swamped swamp flooded flood floods rocked rock rocks swept sweep sweeps blockaded
    occupied occupy surrounded encircled shook shakes ravaged pummelled pummeled blanketed
    blanket blankets engulfed engulf shrouded hammered smothered bombarded bombard destroyed
    buried crossed cross flattened levelled leveled wrecked overran overrun liberated retook
    recaptured"""
)
# Words of place that also take a time or a figure of speech ("on Sunday", "hangs over
# Norway's royal house"): a place after them counts unless it owns what follows ("jets flew
# over Dalvik", "ran aground on Skarra", "swept through Bramley"; review rv60p).
_ON = word_set("over through throughout along around within beyond aboard onto past")
# "On" takes a place of another clause's noun ("lobbyists on Capitol Hill", "stocks on Wall
# Street"): it counts after a landing only ("ran aground on Skarra", "came ashore on Orm").
_LANDED = word_set("aground ashore landed land lands landing stranded marooned")
# Words between a word of place and its place ("in northern Lorne", "in nearby Tessen").
_QUALIFIERS = word_set(
    """northern southern eastern western central northeastern northwestern southeastern
    southwestern north south east west upstate greater outer inner nearby neighbouring
    neighboring downtown rural coastal"""
)
# A side or a stretch of a place, before "of" ("40 km south of Tessen", "on the outskirts
# of Halloway", "the streets of Varno").
_SIDES = word_set(
    """north south east west northeast northwest southeast southwest outskirts edge centre
    center heart streets suburbs coast shore shores banks environs mouth"""
)
_PLACE_NOUNS = word_set(
    "island city town village settlement capital port region province state county district"
)
_NOT_PLACES = word_set("the a an")
# What a place's possessive owns that is still that place ("over Tessen's harbour").
_GROUND = (
    _PLACE_NOUNS
    | _SIDES
    | word_set(
        "harbour harbor airport airspace skies sky border waters coastline outskirts hills valley"
    )
)


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index - 1].end : tokens[index].start]


def _line_start(tokens: Sequence[Token], index: int, text: str) -> int:
    """The index of the first token of ``tokens[index]``'s line (a sentence may take in a
    headline or a heading before it)."""
    while index > 0 and "\n" not in _gap(tokens, index, text):
        index -= 1
    return index


def _label_end(tokens: Sequence[Token], after: int, text: str) -> int | None:
    """The index of the line's first word after the label that ends at ``tokens[after - 1]``
    (over a comma and a region, a date or an agency in brackets: capitalised words and
    numbers), or None when no label's mark (a spaced dash, a colon, the line's end) follows."""
    index = after
    for _ in range(8):
        if index >= len(tokens):
            return None
        gap = _gap(tokens, index, text)
        mark = gap.strip()
        if "\n" in gap:
            return index  # a heading alone on its line
        if mark.endswith(":") or (mark.endswith(_DASHES) and mark != gap):
            return index  # "PARIS -", "(Wire) -", "Germany:" ("Paris-based" has no space)
        if mark.endswith(_DASHES[1:]):
            return index
        if mark not in (",", ".", ".,", "(", ")", ""):
            return None
        if not (tokens[index].capitalised or tokens[index].is_number):
            return None  # "Paris, where ..."
        index += 1
    return None


def _dated(tokens: Sequence[Token], index: int) -> bool:
    """A day or a month, not a place that opens like one: a short month is a date only before
    a number ("on Sept. 30"; "in Mar del Plata", "at Jan Mayen" are places)."""
    norm = tokens[index].norm
    if norm not in _CALENDAR:
        return False
    if norm in _FULL:
        return True
    return index + 1 < len(tokens) and tokens[index + 1].is_number


def _owner(tokens: Sequence[Token], index: int, text: str) -> bool:
    """``tokens[index]`` owns what follows, and that is no stretch of ground ("over Norway's
    royal house"; not "over Tessen's harbour", "on Skarra's north coast")."""
    if not is_possessive(tokens[index], text):
        return False
    return not any(t.norm in _GROUND for t in tokens[index + 1 : index + 4])


def _elsewhere(tokens: Sequence[Token], begin: int, text: str) -> bool:
    """A capitalised place after a word of place (``_AT``, ``_ON``), the object of a verb of
    ``_STRUCK``, or after "the city of" or "south of", from ``tokens[begin]`` on."""
    for index in range(max(begin, 2), len(tokens)):
        token = tokens[index]
        if not token.capitalised or token.norm in _NOT_PLACES or _dated(tokens, index):
            continue
        at = index - 1  # over "the" and "northern": "at the Miraflores Palace", "in nearby X"
        while at > 1 and index - at < 3 and tokens[at].norm in _NOT_PLACES | _QUALIFIERS:
            at -= 1
        before = tokens[at].norm
        if (
            before in _AT
            or before in _STRUCK
            or (
                (before in _ON or (before == "on" and tokens[at - 1].norm in _LANDED))
                and not _owner(tokens, index, text)
            )
            or (before == "of" and tokens[at - 1].norm in _PLACE_NOUNS | _SIDES)
        ):
            return True
    return False


def line_label(tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """The place at ``tokens[start : start + size]`` opens its line as a label (a dateline,
    a list item's label, a heading; see the module) and the rest of the line names no other
    place after a word of place."""
    if _line_start(tokens, start, text) != start or start + size >= len(tokens):
        return False
    body = _label_end(tokens, start + size, text)
    if body is None:
        return False
    end = body
    while end < len(tokens) and (end == body or "\n" not in _gap(tokens, end, text)):
        end += 1
    return not _elsewhere(tokens[:end], body, text)


__all__ = ["line_label"]
