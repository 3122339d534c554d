"""Where English ties a count's number to its noun away from it (session 35, outside checks
50-77: correct counts refused as "N is in its evidence, but not as this field's number", the
noun being there in a form the cue window does not follow), for
:func:`summarizer.verification.counts.number_rules.support_number`:

- a count noun set to a number: "put the number of jobs it will remove at between 4,000 and
  6,000", "estimated the toll of the dead at 40", "the number of applicants stood at 1,200",
  "raised the total of sanctioned firms to 140". The number after "at" or "to" (past hedges
  and a range's first end) is the count of what the subject's "of" phrase names, however far
  the verb stands, in one clause (no ";" between) and with no other count noun between;
- a share held by its clause's subject ("Brindle's 12 directors will own 5%") is the
  share of the count that subject's words name (:func:`set_count`);
- a number hyphen-joined to its noun ("a two-count indictment", "a 10-member panel",
  "a 12-nation bloc") counts that noun (:func:`compound_cue`);
- a list's noun carried to its later items (ellipsis): "nine counts of wounding, three of
  affray, 17 of assault" is 17 counts of assault; "1,200 nurses in Leeds, 800 in Hull" is 800
  nurses in Hull (:func:`carried_item`). The later item is "N of X" or "N in X" with no noun
  of its own, after a comma, "and" or ";", and the first item of the run is "M NOUN of/in ...".
  The item's own words are from the number to the next item; the head noun is the first
  item's. A count is the item's when its words are the head's or the item's, one at least
  the item's: "counts of wounding" is not 17 (the item says assault), and the head alone
  ("counts") names the whole list, not one item.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .count_bounds import bound_unsaid
from .count_words import count_unit, covers, what_words
from .let_go import let_go
from .measure_dimensions import DIMENSIONS
from .numbers import NumberMention
from .share_holders import held_words

# Nouns that stand for a count ("the number of jobs", "the toll of the dead").
_COUNT_NOUNS = word_set("number numbers toll count tally total figure estimate headcount")
# Verbs that set a count or report where it stands, before or after its noun.
_SETTING = word_set(
    """put puts putting set sets setting estimated estimates estimate estimating raised raises
    revised revises lowered lowers cut cuts pegged pegs placed places fixed fixes capped caps
    stood stands standing rose risen rises rising climbed climbs jumped jumps reached reaches
    increased increases grew grown fell fallen falls dropped drops brought brings bringing
    lifted lifts pushed pushes took takes"""
)
_HEDGES = word_set(
    """about around roughly nearly almost some over under more than less fewer least up as
    many much between just only approximately an estimated"""
)
_DETERMINERS = word_set("the its their his her our this that")
_CLAUSE_MARKS = (";", ":", "\u2014", "(", ")")
_REACH = 30  # tokens between a count noun and its number
# A share's own words, which a clause giving it by a verb of having need not say ("will own
# 5%" for "directors' stake, per cent").
_SHARE_WORDS = word_set("stake stakes share shares holding holdings per cent percent percentage")


def set_count(
    tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int], text: str, what: str
) -> bool:
    """Whether the number is what a count noun whose phrase holds a cue is set to ("put the
    number of jobs ... at 6,000", "the toll of the dead rose to 41"; see the module), and
    each word of the count is said in the sentence ("flights delayed" is not "the number of
    flights cancelled"). A share its clause's subject holds ties to the count's words in that
    subject however far they stand (:func:`.share_holders.held_share`: "Brindle's 12 directors
    will own 5%", "Delmont's founders, who once held 60%, now own 22%"; session 41, gcn41a),
    when that subject or the share's own whole says each of the count's words but its share's
    own ("stake"; :func:`.share_holders.held_words`, review rv41c: not "Kestrel's workers, not
    its founders, will own 60%" for the founders' stake)."""
    said = [t.norm for t in tokens]
    held = held_words(tokens, mention, cues) if mention.unit == "percent" else []
    if held and all(covers(held, w) for w in what_words(what) if w not in _SHARE_WORDS):
        return True
    at = _lead(tokens, mention.first)
    if at is None:
        return False
    index = _set_noun(tokens, at, text)
    if index is None:
        return False
    phrase = range(max(index - 2, 0), min(index + 5, at))  # "death toll", "number of jobs"
    if not any(cue in phrase and cue != index for cue in cues):
        return False
    return all(covers(said, w) or covers(said, _bare(w)) for w in what_words(what))


def set_elsewhere(
    tokens: Sequence[Token], mention: NumberMention, what: str, text: str
) -> bool:  # fmt: skip
    """Whether the number is set for a count noun whose phrase says none of the count's words
    while another count noun's phrase in the sentence says them all ("put the number of jobs
    lost at 6,000 and the number of firms affected at 140": 6,000 is no number of firms
    affected; review rvnc35)."""
    at = _lead(tokens, mention.first)
    index = None if at is None else _set_noun(tokens, at, text)
    words = what_words(what)
    if at is None or index is None or not words:
        return False
    own = [t.norm for t in tokens[index + 1 : at]]
    if any(covers(own, w) or covers(own, _bare(w)) for w in words):
        return False
    for other, token in enumerate(tokens[:-1]):
        if other == index or token.norm not in _COUNT_NOUNS or tokens[other + 1].norm != "of":
            continue
        phrase: list[str] = []
        for following in tokens[other + 2 : other + 8]:
            if following.is_number or following.norm in {"at", "to"}:
                break
            phrase.append(following.norm)
        if all(covers(phrase, w) or covers(phrase, _bare(w)) for w in words):
            return True
    return False


def _set_noun(tokens: Sequence[Token], at: int, text: str) -> int | None:
    """The index of the count noun the number after ``at`` ("at"/"to") is set for: back
    through its clause (no ";", no ", while ..." opening another subject's clause) to "the
    number (toll, ...)" with a setting verb after it or just before it; None when there is
    none."""
    verb_seen = False
    for index in range(at - 1, max(at - _REACH, 0) - 1, -1):
        gap = text[tokens[index].end : tokens[index + 1].start]
        if any(mark in gap for mark in _CLAUSE_MARKS):
            return None
        if "," in gap and tokens[index + 1].norm in _CLAUSE_OPENERS:
            return None  # "The number of visitors fell, while the staff stood at 240"
        word = tokens[index].norm
        if tokens[index].is_number and index and tokens[index - 1].norm in {"at", "to"}:
            return None  # "the number of dead at 40 and injured at 120": 120 is set apart
        verb_seen = verb_seen or word in _SETTING
        if word not in _COUNT_NOUNS or index == 0:
            continue
        if tokens[index - 1].norm not in _DETERMINERS and not tokens[index - 1].norm.endswith("s"):
            return None  # "a number of", "figures show": no count noun's own phrase
        if not (verb_seen or any(t.norm in _SETTING for t in tokens[max(index - 4, 0) : index])):
            return None
        return index
    return None


_CLAUSE_OPENERS = word_set("while whereas but although though and")


def _bare(word: str) -> str:
    """A verb's form without "-ing" or "-ed" ("removed": "remov"), for a count that says the
    sentence's verb in another form; other words as they are."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _lead(tokens: Sequence[Token], first: int) -> int | None:
    """The index of the "at" or "to" a number is set by, past hedges and a range's first end
    ("at between 4,000 and 6,000"); None when there is none."""
    at = first - 1
    while at >= 0 and (tokens[at].norm in _HEDGES or tokens[at].norm == "and"):
        if tokens[at].norm == "least" and at and tokens[at - 1].norm == "at":
            at -= 1  # "at least": its "at" is no lead
        elif tokens[at].norm == "and":
            if at == 0 or not tokens[at - 1].is_number:
                return None
            at -= 1  # the range's first end
        at -= 1
    if at < 0 or tokens[at].norm not in {"at", "to"}:
        return None
    return at


def compound_cue(mention: NumberMention, cues: Sequence[str]) -> bool:
    """Whether the number is hyphen-joined to a word of the count ("a two-count indictment"
    for counts, "a 10-member panel" for panel members): the compound counts its noun. The
    compound is the cue's own word, its plural at most: "a two-country tour" and "a
    three-county area" are no counts ("count" is a cue of every count; review rvnc35)."""
    word = mention.compound
    return len(word) > 2 and any(
        cue and word.startswith(cue) and word[len(cue) :] in {"", "s", "es"} for cue in cues
    )


def own_word(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    cues: Sequence[str], what: str,
) -> bool:  # fmt: skip
    """Whether a word of the number's own names the count: a compound of its noun ("a
    two-count indictment", :func:`compound_cue`) or the unit the count is given in, written
    beside it (:func:`field_unit`), or a dismissal's "let N people go" (:mod:`let_go`)."""
    return (
        compound_cue(mention, cues)
        or field_unit(tokens, mention, mentions, what)
        or let_go(tokens, mention, what)
    )


def field_unit(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], what: str
) -> bool:
    """Whether the number carries the unit of measure a count names after its comma ("pier
    length, metres" and "It runs 450m out to sea"; "top speed, km/h" and "can hit 320 km/h"),
    full or short: a length, a speed or a weight in that unit is the count's, whatever noun
    stands beside it, when it is the sentence's only number in that unit and no word after
    it gives it another dimension than the count's ("12m high" is no length; review rvnr38,
    rvr2cb). A unit of money is no measure here: its sum has rules of its own."""
    unit = count_unit(what)
    signs = next((forms for names, forms in _MEASURES if unit in names), None)
    if signs is None or _sign(tokens, mention) not in signs:
        return False
    if sum(_sign(tokens, other) in signs for other in mentions) != 1:
        return False
    if _other_antecedent(tokens, mention, what) or bound_unsaid(tokens, what):
        return False
    following = tokens[mention.last + 2].norm if mention.last + 2 < len(tokens) else ""
    following = following if _sign(tokens, mention) != "km/h" else ""
    dimension = DIMENSIONS.get(following)
    return dimension is None or any(word in what.lower() for word in dimension)


_RELATIVES = word_set("that which who")


def _other_antecedent(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether the measure stands in a relative clause opened right before its verb whose
    antecedent none of the count's words names: "The new pier replaces a Victorian one that
    ran 450m out to sea" measures the old pier, not the new one (review rv41c)."""
    for at in range(mention.first - 1, max(mention.first - 4, 0), -1):
        if tokens[at].norm in _RELATIVES:
            words = what_words(what.rpartition(",")[0])
            return not any(covers([tokens[at - 1].norm], w) for w in words)
    return False


def _sign(tokens: Sequence[Token], mention: NumberMention) -> str:
    """The unit written right after the number ("m", "metres", "km/h", "mph"), or ""."""
    at = mention.last + 1
    if at >= len(tokens) or tokens[at].is_number:
        return ""
    word = tokens[at].norm
    slash = at + 1 < len(tokens) and tokens[at + 1].norm == "h" and word in {"km", "m"}
    return f"{word}/h" if slash else word


_M = ("m", "metre", "metres", "meter", "meters")
_KM = ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
_KMH = ("km/h", "kmh", "kph")
# A count's unit after its comma, and the ways a page writes it beside a number.
_MEASURES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(names), frozenset(forms))
    for names, forms in (
        (_M, _M),
        (_KM, _KM),
        (("km/h", "kmh", "kph", "kilometres per hour", "kilometers per hour"), _KMH),
        (("mph", "miles per hour"), ("mph",)),
        (("miles", "mile"), ("miles", "mile", "mi")),
        (("feet", "foot", "ft"), ("feet", "foot", "ft")),
        (("kg", "kilograms", "kilogrammes", "kilos"), ("kg", "kgs", "kilograms", "kilos")),
        (("tonnes", "tons"), ("tonnes", "tons")),
    )
)


_PRONOUNS = word_set("them those whom which")
# Words that end a list item's stretch or open another item.
_ITEM_ENDS = word_set("plus and but while whereas")
_LINKS = word_set("of in")


def carried_item(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is a later item of a list whose noun it carries and whose words
    name the count (see the module)."""
    link = mention.last + 1
    if link + 1 >= len(tokens) or tokens[link].norm not in _LINKS:
        return False
    following = tokens[link + 1]
    partitive = following.norm in _DETERMINERS or following.norm in _PRONOUNS
    if partitive and tokens[link].norm == "of":
        return False  # a partitive ("of the 19", "of them"), read elsewhere; "in the cellar" not
    if following.is_number or mention.unit not in {tokens[link].norm, ""}:
        return False
    head = _head_of_run(tokens, mention, mentions, text)
    if head is None:
        return False
    item = _item_words(tokens, link + 1, text)
    words = what_words(what)
    if not words or not item:
        return False
    if not all(covers([head], w) or covers(item, w) for w in words):
        return False
    return any(covers(item, w) and not covers([head], w) for w in words)


def other_item(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number heads a list whose later item, not its own, says what the count
    counts ("14 breaches of fire rules, five of food hygiene rules": 14 is no count of
    breaches of food hygiene rules)."""
    link = mention.last + 2
    if link >= len(tokens) or tokens[link].norm not in _LINKS:
        return False
    own = _item_words(tokens, link + 1, text)
    words = what_words(what)
    for later in mentions:
        if later.first <= mention.last or not carried_item(tokens, later, mentions, what, text):
            continue
        if _head_of_run(tokens, later, mentions, text) == tokens[mention.last + 1].norm:
            return any(not covers(own, w) for w in words if w != tokens[mention.last + 1].norm)
    return False


def crossed_item(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> bool:  # fmt: skip
    """Whether the number is an item of a list whose neighbouring item, not its own, says a
    word of the count ("40 deaths in Kano, 12 injuries in Kaduna and nine in Zaria": nine is
    no count of deaths in Zaria, 12 none of deaths in Kaduna; "12 seats in the north, seven
    in the west": seven no count of seats in the north; review rvnc35). An item is "N NOUN
    of/in X" or a carried "N of/in X"; its words are its noun (the run's for a carried one)
    and its own up to the next item; the neighbours are the items joined to it by a comma,
    ";" or "and"."""
    own = _item(tokens, mention, mentions, text)
    if own is None:
        return False
    words = what_words(what)
    others: list[list[str]] = []
    at = mentions.index(mention) if mention in mentions else -1
    for step in (-1, 1):  # back through the items before, then on through those after
        index, joined = at, mention
        while 0 <= index + step < len(mentions):
            other = mentions[index + step]
            later = other if step == 1 else joined
            item = _item(tokens, other, mentions, text)
            if item is None or _item_start(tokens, later, text) is None:
                break
            others.append(item)
            index, joined = index + step, other
    return any(covers(item, w) and not covers(own, w) for item in others for w in words)


def _item(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> list[str] | None:
    """The words of a list item (its noun and its own words), None when the number opens no
    item ("N NOUN of/in X" or a carried "N of/in X")."""
    link = mention.last + 1
    if link + 1 >= len(tokens):
        return None
    if tokens[link].norm in _LINKS:  # a carried item: the run's noun
        following = tokens[link + 1]
        if following.is_number or following.norm in _PRONOUNS:
            return None
        head = _head_of_run(tokens, mention, mentions, text)
        return None if head is None else [head, *_item_words(tokens, link + 1, text)]
    noun = tokens[link]
    if link + 2 >= len(tokens) or not noun.text.isalpha() or tokens[link + 1].norm not in _LINKS:
        return None
    if tokens[link + 2].is_number or tokens[link + 2].norm in _PRONOUNS:
        return None
    return [noun.norm, *_item_words(tokens, link + 2, text)]


def _head_of_run(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> str | None:
    """The noun of the first item of the list the number's item continues: the items before
    it are "M X of/in ..." joined by commas, "and" or ";", the first "M NOUN of/in ..."."""
    start = _item_start(tokens, mention, text)
    if start is None:
        return None
    earlier = [m for m in mentions if m.last < start and m is not mention]
    for other in reversed(earlier):
        after = other.last + 1
        if after + 1 >= len(tokens):
            return None
        if tokens[after].norm in _LINKS:  # another carried item: keep going back
            if _item_start(tokens, other, text) is None:
                return None
            continue
        noun = tokens[after]
        if not noun.text.isalpha() or tokens[after + 1].norm not in _LINKS:
            return None
        return noun.norm
    return None


def _item_start(tokens: Sequence[Token], mention: NumberMention, text: str) -> int | None:
    """The index of the number's item opening: a comma, ";" or an "and" right before it."""
    before = mention.first - 1
    if before < 0:
        return None
    if tokens[before].norm in {"and", "or"}:
        return before
    gap = text[tokens[before].end : tokens[mention.first].start]
    return mention.first if ("," in gap or ";" in gap) else None


def _item_words(tokens: Sequence[Token], start: int, text: str) -> list[str]:
    """The words of an item from ``start`` to the next comma, ";" or a word opening another
    item."""
    words: list[str] = []
    for index in range(start, len(tokens)):
        if index > start:
            gap = text[tokens[index - 1].end : tokens[index].start]
            if any(mark in gap for mark in (",", ";", *_CLAUSE_MARKS)):
                break
        if tokens[index].norm in _ITEM_ENDS or tokens[index].is_number:
            break
        words.extend([tokens[index].norm, *tokens[index].norm.split("-")])
    return words


__all__ = [
    "carried_item",
    "compound_cue",
    "crossed_item",
    "field_unit",
    "other_item",
    "own_word",
    "set_count",
    "set_elsewhere",
]
