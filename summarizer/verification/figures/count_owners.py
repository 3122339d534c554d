"""A count's number against the same noun owned by another side in its sentence (outside check
46: "Azerbaijan releases 32 Armenian servicemen; Armenia releases two Azerbaijani servicemen"
let 32 pass as Azerbaijani servicemen released, and "up to 5,000 Taliban prisoners and up to
1,000 prisoners held by the Taliban" let 1,000 pass as Taliban prisoners), for
:func:`summarizer.verification.figures.count_wholes.other_group`:

- a side named before the noun: the number's own noun phrase puts a proper adjective or name
  before its noun ("32 Armenian servicemen", "400 Palestinian prisoners", "12 Thai
  nationals"); a count whose ``what`` puts another such name before the same noun
  ("Azerbaijani servicemen released", "Israeli hostages") counts the other side's. Names are
  one side when the parties' table gives them to one country ("Israel", "Israeli"; "US",
  "American"), and two when it gives them to two ("Austrian", "Australian"; "Nigerian",
  "Nigerien": a review of session 22); names it lacks are one side when they share their first
  four letters ("Azeri", "Azerbaijani"). Countries' words before two different nouns are read
  too: "two North Korean fishermen" is no count of "South Korean nationals released";
- a holder named after the noun: "prisoners held by the Taliban", "hostages in Hamas's
  custody", "soldiers captured by the rebels" are the holder's captives, not its own members:
  a count that names the holder before the noun ("Taliban prisoners") counts another group,
  and one that names a holder ("prisoners held by X") is not the number whose noun phrase
  names X before its noun ("5,000 Taliban prisoners").

A count whose ``what`` names no side, or a number whose noun phrase names none, keeps the
verdict of the other rules. Only the number's own noun phrase (up to six words) is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from ..page.tokens import Token, tokenize, word_set
from .numbers import NumberMention

# Words that end a noun phrase after a number (the holder clause is read past them).
_ENDS = word_set(
    """were was is are be been have has had who that which and or to in at for on by from with
    as but while whose will would are released freed"""
)
# Verbs and nouns that make the name after them the holder of the noun's people.
_HOLDING = word_set(
    """held detained kept captured seized abducted kidnapped taken jailed imprisoned
    custody hands"""
)
# Function words a name may stand among in a holder phrase ("held by the Taliban").
_LINKS = word_set("by in of the its their")
# Words of a ``what`` that are neither sides nor its noun.
_PLAIN = word_set(
    """the a an of to be by released freed held number total who were set people other more
    still newly"""
)
# One country's other names (first four letters are compared otherwise).
_ALIASES = (
    word_set("us u.s american americans america usa"),
    word_set("uk british britain britons"),
    word_set("dutch netherlands"),
)


# One-word names and people's words of the parties' table, each to its parties' keys.
_COUNTRY_OF: dict[str, set[str]] = {}
for _key, (_names, _people, *_rest) in PARTIES.items():
    for _form in (*_names, *_people):
        if " " not in _form:
            _COUNTRY_OF.setdefault(_form.lower(), set()).add(_key)


def country_word(norm: str) -> bool:
    """Whether a lowercased word is a one-word name of a country or of its people."""
    return norm in _COUNTRY_OF


def _same_side(one: str, other: str) -> bool:
    if one == other or any(one in group and other in group for group in _ALIASES):
        return True
    keys_one, keys_other = _COUNTRY_OF.get(one), _COUNTRY_OF.get(other)
    if keys_one and keys_other:
        return not keys_one.isdisjoint(keys_other)  # "Austrian" and "Australian": two
    return len(one) >= 4 and len(other) >= 4 and one[:4] == other[:4]


def _lead_sides(what: str) -> list[str]:
    """The words a ``what`` opens with before its first lower-case word, when one of them is a
    country's ("South Korean nationals released": south, korean); else none."""
    lead: list[str] = []
    for token in tokenize(what):
        if not token.capitalised:
            break
        lead.append(token.norm)
    return lead if any(word in _COUNTRY_OF for word in lead) else []


def _differ(names: list[str], wanted: list[str]) -> bool:
    """Whether each side names a word the other lacks ("North Korean" and "South Korean";
    not "Korean" and "South Korean", where one only says more)."""
    extra = [n for n in names if not any(_same_side(n, w) for w in wanted)]
    return bool(extra) and any(not any(_same_side(w, n) for n in names) for w in wanted)


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _number_phrase(
    tokens: Sequence[Token], mention: NumberMention
) -> tuple[list[str], str, int] | None:
    """The names before the number's noun, its noun, and the noun's index; None when its noun
    phrase has no lower-case noun within four words."""
    names: list[str] = []
    for index in range(mention.last + 1, min(mention.last + 5, len(tokens))):
        token = tokens[index]
        if not token.norm[:1].isalnum() or token.norm in _ENDS:
            return None
        if token.capitalised:
            names.append(token.norm)
            continue
        return names, token.norm, index
    return None


def _holder(tokens: Sequence[Token], start: int) -> str:
    """The name after a holding word right after ``start`` ("held by the Taliban", "in
    Hamas's custody" read at "custody"), or ""."""
    seen_holding = False
    for token in tokens[start : start + 6]:
        if token.norm in _HOLDING:
            seen_holding = True
        elif token.capitalised and token.norm not in _LINKS:
            return token.norm if seen_holding or _custody_after(tokens, token) else ""
        elif token.norm not in _LINKS:
            return ""
    return ""


def _custody_after(tokens: Sequence[Token], name: Token) -> bool:
    at = tokens.index(name)
    return any(t.norm in ("custody", "hands") for t in tokens[at + 1 : at + 3])


def _what_sides(what: str, noun: str) -> tuple[list[str], str] | None:
    """The names a ``what`` puts before ``noun`` and the holder it names after it; None when
    it does not name the noun."""
    words = [t for t in tokenize(what)]
    for index, token in enumerate(words):
        if _stem(token.norm) != _stem(noun):
            continue
        before = [w.norm for w in words[max(index - 3, 0) : index] if w.norm not in _PLAIN]
        # a side is a name the sentence writes with a capital (checked by the caller)
        return before, _holder(words, index + 1)
    return None


def owner_clash(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether the number counts another side's people than ``what`` (see the module)."""
    phrase = _number_phrase(tokens, mention)
    if phrase is None:
        return False
    names, noun, at = phrase
    holder = _holder(tokens, at + 1)
    if not names and not holder:
        return False
    sides = _what_sides(what, noun)
    if sides is None:
        lead = _lead_sides(what)  # another noun: only two countries' words clash
        return (
            bool(names and lead) and any(n in _COUNTRY_OF for n in names) and _differ(names, lead)
        )
    wanted, wanted_holder = sides
    capitals = [t.norm for t in tokens[1:] if t.capitalised]
    wanted = [w for w in wanted if any(_same_side(w, c) for c in capitals)]
    if names and wanted and _differ(names, wanted):
        return True
    if holder and wanted and not wanted_holder and any(_same_side(holder, w) for w in wanted):
        return True  # "prisoners held by the Taliban" for "Taliban prisoners"
    return bool(
        names and wanted_holder and not holder and any(_same_side(n, wanted_holder) for n in names)
    )  # "5,000 Taliban prisoners" for "prisoners held by the Taliban"


__all__ = ["country_word", "owner_clash"]
