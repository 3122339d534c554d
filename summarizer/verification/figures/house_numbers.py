"""A page's house style for writing numbers, read once per page (session 38, checks 83-84:
"the order is made up of 130 787 Dreamliners and 30 777-9s" was read as 130,787 and 30,777;
"Passenger numbers grew 4% to 57.9m" on a page writing "€820m" and "€4.34bn" went unread).

An outlet writes its numbers one way throughout a page, and a careful reader settles the
ambiguous shapes from the page's other numbers and from what follows, never from one shape
alone:

- **a space between digit groups.** French, SI and some wire styles group thousands with a
  space ("1 200 homes", "a crowd of 45 000", :func:`spaced_thousands`); English groups them with
  a comma. A page that groups any number with a comma ("19,104 fans") does not also group with
  a space, so there "130 787" is two numbers. On any page, a group that is hyphen-joined to
  what follows ("777-9s", "737-800"), takes a plural "s" ("787s") or stands before a word in
  capitals ("737 MAX", "787 Dreamliners", "320 Neos"; not a round hundred, "2 400 Syrians",
  which is how thousands are counted and no model is named) is a designation: aircraft, engines,
  cars and rifles are named by three digits, and a name follows the count of things it names
  ("11 737 MAX 8s"). A group opening with a nought ("45 000", "3 050") is never a name nor a
  number of its own, so it joins even on a comma page; and a
  page that groups thousands with spaces before a lower-case word ("1 200 homes") keeps its
  spaced groups joined before a capitalised word as well ("2 400 Syrians"); only a hyphen,
  a glued "s" or a word in full capitals then marks a name. A designation so read is a name,
  not a quantity (like "F-16"): the count is the number before it, and where the count's
  own words name the model ("777-9s ordered") the name right after it is its noun
  (:func:`model_cues`), as "30 jets" would be.
- **a bare "m" after a number.** "m" glued to a number is a metre as often as a million
  ("the 400m final", "a 30m sea wall"), so alone it is read only after a currency sign
  (:mod:`.glued_scales`). A page whose money is written with glued magnitudes ("€820m",
  "$4.3bn", "£12m") writes its other millions the same way ("grew 4% to 57.9m", "traffic of
  206m"): there a bare "m" is a million, except where English makes it a length: hyphen-joined
  to what follows ("a 30m-long wall"), before a dimension word ("30m high", "40m deep", "20m
  away"), after "a"/"an" ("a 30m sea wall": no one writes "a thirty million wall"), or after a
  dimension noun and "of" ("a depth of 40m"), after a verb of measuring ("measured 18m from
  nose to tail"), before a comparative of size ("stands 9m taller than the mill"), before
  "down" that ends its clause ("found the trawler 60m down, two miles off"; not "60m down on
  last year") and before "from" and a determiner naming no earlier time ("launched 200m from
  the slipway"; not "5m from the year before"; review rv41c, rv42old).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from summarizer.text.countries import PARTIES
from ..page.tokens import CURRENCY_SIGNS, Token, tokenize, word_set
from .glued_scales import times
from .spoken_decimals import digits_pointed, said_price

# The spaces a number's groups of thousands may be written with: a plain, a no-break, a
# narrow no-break and a thin space, one of them alone (never a line break).
_GROUP_GAPS = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|,\d)")
# A spaced group before a lower-case word or a mark: the page groups thousands with spaces.
_SPACE_GROUPED = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"
    r"(?=[ \u00a0\u202f\u2009]?(?:[a-z%]|[.,;:)]|$))"
)
_SIGNED_MAGNITUDE = re.compile(
    "[" + CURRENCY_SIGNS + r"\u20b9\u20a9]\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|mn|tn|trn|m|b)\b"
    r"|\d(?:bn|mn|trn)\b",
    re.IGNORECASE,
)
# English's dimension words: after a length ("30m high") and before "of" ("a depth of 40m").
_DIMENSIONS = word_set("high tall long wide deep thick away above below apart square squared")
_DIMENSION_NOUNS = word_set(
    "height depth length width breadth distance altitude elevation radius diameter span drop"
    " rise fall thickness range wave waves swell swells surge tide tides"
)
_ARTICLES = word_set("a an")
# Before a length's singular noun: "the 100m final", "its 220m main span", "the 50m pool".
_DETERMINERS = word_set("the its their his her our this that each every whose")
# Where a length goes ("shot 40m into the air", "runs 450m out to sea", "spans 120m across").
_PLACES_TO = word_set("across into out underground underwater offshore inland overhead aloft")
_MEASURED = [["measured"], ["measures"], ["measuring"]]
_SIZE_COMPARATIVES = word_set("taller longer deeper wider shorter")
# After "from the": an earlier time, from which a change is told ("5m from the year before").
_TIMES_FROM = word_set("year previous last same prior quarter month week day start end")
# Verbs of change whose "from" brings in the earlier end, not a place (review rv43b: "the wage
# bill rose 5m from the level of last season" is money on a page of "£62m").
_CHANGED = word_set(
    "rose risen rise rises fell fallen fall falls grew grown grow grows dropped jumped slipped"
)
_PEOPLE_PLURALS = word_set("people children men women staff police cattle")
# People an employer's or a body's initials stand before ("NHS nurses", "BBC journalists"): a
# model's name ("737 MAX jets") heads machines, never people (session 44).
_STAFF = _PEOPLE_PLURALS | word_set("""nurses doctors workers employees staffers troops soldiers
    officers students teachers members volunteers journalists midwives paramedics firefighters
    engineers pilots drivers agents marines sailors guards patients pupils residents voters
    supporters fans""")
# A model's capital suffix ("737 MAX", "787 ER", "A320 NEO"): before a crew it still names the
# machine they fly or mend ("48 737 MAX pilots": review rv44b), never an employer.
_MODEL_MARKS = word_set("max neo er lr xlr xwb sp")
# A country's or a body's name or its people ("1 250 Britons", "2 150 US Marines", "UN"):
# a spaced group before one counts them and names no model (review rvnumread38).
_PARTY_WORDS = frozenset(
    alias.lower()
    for names, people, *_ in PARTIES.values()
    for alias in (*names, *people)
    if " " not in alias
)
_SAID = re.compile(r"\d (?:dollars|euros|francs|pesos|rupees|rand|yuan|pounds?) \d")


@lru_cache(maxsize=64)
def comma_grouped(text: str) -> bool:
    """Whether the page groups some number's thousands with a comma ("19,104"): its spaces
    then never group thousands."""
    return "," in text and _COMMA_GROUPED.search(text) is not None


@lru_cache(maxsize=64)
def space_grouped(text: str) -> bool:
    """Whether the page plainly groups thousands with a space ("1 200 homes", "45 000.")."""
    return _SPACE_GROUPED.search(text) is not None


@lru_cache(maxsize=64)
def magnitude_page(text: str) -> bool:
    """Whether the page writes money with a glued magnitude ("€820m", "$4.3bn", "2.1bn")."""
    return _SIGNED_MAGNITUDE.search(text) is not None


def _designation(tokens: Sequence[Token], group: int, text: str) -> bool:
    """Whether the three-digit group at ``tokens[group]`` names a model by what follows it:
    a hyphen-joined part ("777-9s"), a glued plural "s" ("787s") or, on a page that does not
    plainly group thousands with spaces, a capitalised word ("787 Dreamliners", "737 MAX");
    on such a page only a word in full capitals ("737 MAX") still marks a name."""
    token = tokens[group]
    if token.text.startswith("0") or group + 1 >= len(tokens):
        return False
    after = tokens[group + 1]
    if after.joined:  # "777-9s", "737-800", "767-300ER"; not "a 2 650-strong crowd"
        return after.text[:1].isdigit() or after.text[:1].isupper()
    if after.attached and after.norm == "s":
        return True
    if not after.capitalised or after.is_number or token.text.endswith("00"):
        return False
    if after.norm in _PARTY_WORDS:  # "1 250 Britons", "2 150 US Marines"
        return False
    following = tokens[group + 2] if group + 2 < len(tokens) else None
    if (
        not after.text.isupper()
        and following is not None
        and following.capitalised
        and text[after.end : following.start] == " "
    ):
        return False  # a body's name runs on: "2 450 Extinction Rebellion supporters"
    if (
        following is not None
        and following.norm in _STAFF
        and after.text.isupper()
        and after.norm not in _MODEL_MARKS
    ):
        return False  # an employer's initials before its people: "1 350 NHS nurses" (gcn44b)
    if space_grouped(text):
        return len(after.text) > 1 and after.text.isupper()
    return True


def names_model(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether the number at ``tokens[index]`` is a model's designation standing one space
    after a count ("130 787 Dreamliners": the 787), so no quantity of its own."""
    if not text or index == 0 or not tokens[index].text.isdigit() or len(tokens[index].text) != 3:
        return False
    count = tokens[index - 1]
    if not count.is_number or text[count.end : tokens[index].start] not in _GROUP_GAPS:
        return False
    return _designation(tokens, index, text)


def spaced_thousands(tokens: Sequence[Token], index: int, text: str) -> tuple[float, int]:
    """The value of a number whose thousands are set apart by a space ("380 000", "1 200",
    "2 400 000", the French and SI style) from ``tokens[index]`` on, and its last token.
    A group joins only with exactly three digits after one space, after a first group of one
    to three digits with no comma or point ("12 15", "12 1500" and "1,200 000" are two
    numbers), and not on a page that groups thousands with commas nor before a designation
    (see the module); a number after a month is a day ("July 14 000" is no 14,000: the caller
    has skipped it)."""
    first = tokens[index].text
    value, last = float(first.replace(",", "")), index
    if not (first.isdigit() and len(first) <= 3):
        return value, last
    while last + 1 < len(tokens):
        group = tokens[last + 1]
        gap = text[tokens[last].end : group.start]
        if gap not in _GROUP_GAPS or not (group.is_number and group.text.isdigit()):
            break
        if len(group.text) != 3:
            break
        if not group.text.startswith("0") and (
            comma_grouped(text) or _designation(tokens, last + 1, text)
        ):
            break
        value, last = value * 1000 + int(group.text), last + 1
    return value, last


def model_cues(
    tokens: Sequence[Token], mentions: Sequence[Any], text: str, what: str
) -> list[int]:  # fmt: skip
    """Where a designation the count's ``what`` names stands right after a count ("30 777-9s"
    for "777-9s ordered"): the name is the count's noun, as "30 jets" would be. Only the digits
    the ``what`` writes ("777"), so "130 787 Dreamliners" gives "777-9s ordered" no cue."""
    named = set(_THREE_DIGITS.findall(what))
    if not named:
        return []
    found = []
    for mention in mentions:
        at = mention.last + 1
        if at < len(tokens) and tokens[at].text in named and names_model(tokens, at, text):
            found.append(at)
    return found


_THREE_DIGITS = re.compile(r"(?<![\d.,])\d{3}(?![\d.,]\d|\d)")


def bare_million(tokens: Sequence[Token], index: int, text: str) -> float | None:
    """1e6 when the number at ``tokens[index]`` has a bare "m" glued on ("57.9m") on a page
    that writes its money with glued magnitudes and English does not make it a length there
    (see the module); else None."""
    if not text or index + 1 >= len(tokens):
        return None
    suffix = tokens[index + 1]
    if not suffix.attached or suffix.text not in ("m", "M") or not magnitude_page(text):
        return None
    start = tokens[index].start
    if start and text[start - 1] in CURRENCY_SIGNS:
        return None  # "£450m": the glued-scale reader's
    return None if metre_length(tokens, index, text) else 1e6


def metre_length(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether English makes the number at ``tokens[index]`` with a bare "m" glued on a length
    in metres (see the module): a dimension, a place or a joined word after it, "in <dimension>",
    an article, a determiner before a singular noun, "<dimension> of" before it. The number is
    then read, in metres, as "70mph" is in its unit (glued_units; review rvnumread38)."""
    suffix = tokens[index + 1] if index + 1 < len(tokens) else None
    if suffix is None or not suffix.attached or suffix.text not in ("m", "M"):
        return False
    start = tokens[index].start
    if start and text and text[start - 1] in CURRENCY_SIGNS:
        return False  # "the £230m": money, the glued-scale reader's
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    if after is not None and (after.joined or after.norm in _DIMENSIONS | _PLACES_TO):
        return True  # "a 30m-long wall", "30m high", "shot 40m into the air"
    dimension = tokens[index + 3].norm if index + 3 < len(tokens) else ""
    if after is not None and after.norm == "in" and dimension in _DIMENSION_NOUNS:
        return True  # "60m in length"
    before = [token.norm for token in tokens[max(index - 2, 0) : index]]
    measured = before[-1:] in _MEASURED and not _plural(after, text)  # not "measured 8m viewers"
    if (after is not None and after.norm in _SIZE_COMPARATIVES) or measured:
        return True  # "9m taller than the mill", "measured 18m from nose to tail"
    changed = bool(before[-1:]) and before[-1] in _CHANGED  # "rose 5m from the level of 2024"
    placed = after is not None and after.norm in {"down", "from"} and not changed
    if placed and _placed(tokens, index + 3, text):
        return True  # "60m down, two miles off", "200m from the slipway"
    if before[-1:] and before[-1] in _ARTICLES:
        return True  # "a 30m sea wall"
    if before[-1:] and before[-1] in _DETERMINERS and not _plural(after, text):
        return True  # "the 100m final", "its 220m main span"; not "the 57.9m passengers"
    return before[-1:] == ["of"] and before[0] in _DIMENSION_NOUNS  # "a depth of 40m"


def _placed(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the words from ``tokens[at]`` on, after a length's "down" or "from", name a
    place rather than a change's earlier end: the clause ends ("60m down, two miles off"), or a
    determiner stands before a word naming no time ("from the slipway")."""
    if at >= len(tokens) or any(
        mark in text[tokens[at - 1].end : tokens[at].start] for mark in ",;.:"
    ):
        return True
    word = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    return tokens[at].norm in _DETERMINERS and word.isalpha() and word not in _TIMES_FROM


def _plural(word: Token | None, text: str) -> bool:
    """Whether ``word`` is a plural noun a million may count ("passengers", "people")."""
    if word is None or word.is_number or not word.norm.isalpha():
        return False
    norm = word.norm
    return norm in _PEOPLE_PLURALS or (norm.endswith("s") and not norm.endswith("ss"))


def model_clash(tokens: Sequence[Token], last: int, what: str, text: str) -> str:
    """Why a count ending at ``tokens[last]`` is not the count ``what`` names: a model's
    designation stands right after it and ``what`` names another model by its digits ("20
    787-9s" for "777-9s ordered", "18 757-200s" for "767s to retire"); empty otherwise."""
    named = set(_THREE_DIGITS.findall(what))
    at = last + 1
    if not named or at >= len(tokens) or tokens[at].text in named:
        return ""
    if not names_model(tokens, at, text):
        return ""
    others = "/".join(sorted(named))
    return f"the count before {tokens[at].text} counts that model, not the {others}"


def money_sign(text: str) -> str:
    """The one currency sign a page of glued magnitudes writes its money with ("€820m",
    "€3.2bn"): a bare "m" million there is in it; "" when it writes none or several."""
    signs = {found[0] for found in _SIGNED_MAGNITUDE.findall(text) if found[0] in CURRENCY_SIGNS}
    return signs.pop() if len(signs) == 1 else ""


def house_values(text: str) -> set[float]:
    """The values the page states in its house style that a reader of digits alone misses, for
    the free-text check (a summary's "$407.6 million" is stated by "407 point six million
    dollars"): digits read out with "point", a price said in dollars and cents, and a bare
    "m" read as a million on a page of glued magnitudes (see the module)."""
    found: set[float] = set()
    lowered = text.lower()
    if " point " not in lowered and not _SAID.search(lowered) and not magnitude_page(text):
        return found  # most pages have none of the three: one look each
    tokens = tokenize(text)
    norms = [token.norm for token in tokens]
    for index, token in enumerate(tokens):
        if not token.is_number or not token.text.replace(".", "", 1).isdigit():
            continue
        value = float(token.text)
        said = digits_pointed(norms, index, value) or said_price(tokens, index, text)
        if said is not None:
            found.add(said[0])
        million = bare_million(tokens, index, text)
        if million is not None:
            found.add(times(value, million))
    return found


__all__ = [
    "bare_million",
    "comma_grouped",
    "house_values",
    "magnitude_page",
    "metre_length",
    "model_clash",
    "model_cues",
    "money_sign",
    "names_model",
    "space_grouped",
    "spaced_thousands",
]
