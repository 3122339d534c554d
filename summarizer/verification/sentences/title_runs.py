"""A long title run with an organisation's abbreviation in brackets before a name, read for
attribution (an outside check, 34): "Director General of the Border Security Directorate
(BSD) Brigadier Omar Saeed told reporters", "Chief Executive Officer, National Grid
Authority (NGA), Dr Helen Mwangi said", "Armed Forces of the Philippines (AFP) chief of staff
Gen. Romeo Brawner said".

Outlets in Pakistan, Nigeria, Kenya and the Philippines write a speaker's office in full
before the name, the body's name closed by its abbreviation in brackets. The rest of the
attribution read such a run as words ("Security Directorate", "Kenya Power" of "Kenya Power
and Lighting Company") or cut it short: after a quote the verb stood past the usual reach, a
subject was cut at twelve words or at a lower-case office ("delegation", "chief of staff"),
and commas inside the run read as an appositive's. So a "he said" after the sentence went to
someone named earlier, or to no one.

The run is read from where a subject may start: capitalised words, title and office words in
lower case ("chairperson", "(retd)"), joining words ("of", "the", "and", "to") and at least
one abbreviation in brackets (two capitals at least, or a word of six letters at most:
"(Nema)"); commas only up to the name's part (a comma after the name ends the run), a stop
only after a short capitalised word ("Dr.", "Brig."). Its speaker is the name the run ends
with, after the last bracket: the capitalised words there that are no title, rank, day or
body's word ("Brigadier Omar Saeed", "delegation Martin Ojul"), two at least or one after a
title ("(FBI) Director Wray"), followed by no other capitalised word; "(UN) Security
Council" and "(AFP) Western Command" name no one. A bracket after the name ("Omar Saeed
(BSD)") or a run with none is left to the other readings, as is a body that is the subject
itself ("The Border Security Directorate (BSD) said"): no name ends it.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..page.tokens import Token, word_set
from ..people.names import TITLES
from .appositive_subjects import appositive_name
from .subjects import INSTITUTIONS, OFFICES

# Words joining a run's parts: "Director General of the", "Power and Lighting Company".
_JOINS = word_set("of the for and on in to")
# Offices and ranks in lower case inside a run ("chief of staff", "managing director").
_LOWER = word_set(
    """staff delegation managing executive general operating commanding acting interim
    national regional state press public information affairs relations retd rtd retired
    chairperson chairwoman ceo coordinator registrar administrator superintendent"""
)
# Ranks and honorifics a name may follow; not part of the name, nor a body's word.
_RANKS = word_set(
    """brigadier brig major maj captain capt colonel col lieutenant lt commander cmdr general
    gen prof professor engr eng dr mr mrs ms hon alhaji chief sir dame justice barrister"""
)
_LONGEST = 26  # tokens: the longest office and name a run holds


def _bracketed(token: Token, text: str) -> bool:
    """An abbreviation in brackets: "(BSD)", "(MoI)" (two capitals at least), or one written
    as a word, as British outlets do ("(Nema)": six letters at most)."""
    return (
        text[token.start - 1 : token.start] == "("
        and text[token.end : token.end + 1] == ")"
        and token.text[:1].isupper()
        and (sum(char.isupper() for char in token.text) >= 2 or len(token.text) <= _WORDLIKE)
    )


_WORDLIKE = 6


def _fits(token: Token) -> bool:
    norm = token.norm
    return token.capitalised or any(norm in words for words in (TITLES, OFFICES, _JOINS, _LOWER))


def _gap_fits(text: str, left: Token, right: Token, commas: bool) -> bool:
    """Whether the characters between two words keep them in one run: spaces, the brackets of
    an abbreviation, a hyphen, a stop after a short word ("Dr.", "Brig."), and a comma where
    ``commas`` allows it."""
    gap = text[left.end : right.start]
    if "." in gap and not (len(left.text) <= 4 and left.capitalised):
        return False
    if "," in gap and not commas:
        return False
    return not gap.strip(" \t(),.-\u2013")


def bracketed_run(tokens: Sequence[Token], start: int, text: str) -> tuple[int, int] | None:
    """Where the name a bracketed title run opening at ``tokens[start]`` ends with starts and
    ends (indices of its first and last words), or None when no such run opens there."""
    index = start + 1 if start < len(tokens) and tokens[start].norm == "the" else start
    if index >= len(tokens) or not tokens[index].capitalised:
        return None
    bracket = -1  # the last abbreviation in brackets
    end = index
    while end + 1 < len(tokens) and end - start < _LONGEST:
        after_bracket = bracket >= 0 and end > bracket
        if not _fits(tokens[end + 1]):
            break
        if not _gap_fits(text, tokens[end], tokens[end + 1], not after_bracket or end == bracket):
            break
        end += 1
        if _bracketed(tokens[end], text):
            bracket = end
    while end > bracket and not _name_word(tokens[end]):
        end -= 1  # "Omar Saeed of the army": the name ends before "of"
    if bracket < 0 or end == bracket:
        return None
    first = end
    while first > bracket + 1 and _name_word(tokens[first - 1]):
        first -= 1
    while first < end and tokens[first].norm in _RANKS:
        first += 1  # "Brigadier Omar Saeed": the name is "Omar Saeed"
    before = tokens[first - 1].norm
    titled = any(before in words for words in (TITLES, OFFICES, _LOWER, _RANKS))
    if first == end and not titled:
        return None  # "(UN) Security Council": one word straight after the bracket is no name
    return first, end


def _name_word(token: Token) -> bool:
    norm = token.norm
    return (
        token.capitalised
        and norm not in TITLES
        and norm not in INSTITUTIONS
        and norm not in _JOINS
        and norm not in _DAYS
        and norm not in _BODIES
        and not token.text.isupper()
    )


# Days and months are no name: "The Border Directorate (BD) Tuesday said".
_DAYS = frozenset(MONTH_NUMBER) | frozenset(WEEKDAYS)
# Words of a body's name, never a person's: "(UN) Security Council", "(AFP) Western Command".
_BODIES = word_set(
    """province state states front movement party group brigade command corps division network
    organisation organization union league alliance coalition board bureau directorate
    university college institute centre center foundation association society trust fund
    programme program mission corporation limited ltd plc tribunal assembly senate house
    congress secretariat region district county city republic kingdom emirates nations
    regiment battalion unit team"""
)


def run_subject(tokens: Sequence[Token], start: int, text: str) -> list[Token]:
    """The subject a sentence opening with a bracketed title run names: the words after its
    last bracket, up to and with the name ("Brigadier Omar Saeed", "chief of staff Gen.
    Romeo Brawner"); empty when no such run opens at ``start``. The body's words before the
    bracket are no one ("Kenya Power" of "Kenya Power and Lighting Company (KPLC)")."""
    if named := appositive_name(tokens, start, text):
        return named  # "The group's chief economist, Lawrence Yun, said" (appositive_subjects)
    found = bracketed_run(tokens, start, text)
    if found is None:
        return []
    first, last = found
    bracket = max(i for i in range(start, first) if _bracketed(tokens[i], text))
    return list(tokens[bracket + 1 : last + 1])


def run_reach(tokens: Sequence[Token], start: int, text: str) -> int:
    """How many words from ``start`` a bracketed title run takes up to its name's end (0 when
    none opens there): a speech verb right after it stands within a quote's reach."""
    found = bracketed_run(tokens, start, text)
    return 0 if found is None else found[1] - start + 1


__all__ = ["bracketed_run", "run_reach", "run_subject"]
