"""A sentence whose subject is an office after a fronted phrase with no comma ("On NHK on
Sunday night the prime minister conceded ...", "In Sydney a visibly emotional Prime
Minister vowed ..."), for :mod:`summarizer.verification.quotes.speakers`.

The clause reader takes everything before the verb as its subject when no comma sets the
fronted phrase off, so the capitalised word of the phrase ("NHK", "Sydney") stood for the
speaker: a later "he said" was read back to no one the page names, an "other" for the man
the office is (outside check 66: Ishiba's and Albanese's words, both flagged). The office
is the subject: it is read as "the prime minister said" is, by whom the page names with it.
Only a phrase that opens with a preposition, and only an office (a title word last, after
at most three words that describe its holder) right before a lower-case verb: a name as
the subject ("In Tokyo Ishiba conceded") is the clause reader's, and so is anything else.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES
from .office_words import RANKS

# Prepositions a scene-setting phrase opens with ("On NHK", "In Sydney", "At the rally").
_FRONTING = word_set("on in at from during after before outside inside amid with across")
_DETERMINERS = word_set("the a an")
# Words that carry a noun phrase on, never a verb after the office ("the prime minister of"),
# and words that open the next noun phrase: an office inside the fronted phrase ("After an
# hour with the president the prime minister told ...", "On behalf of the president the
# spokeswoman said") is the phrase's object, and the subject is the office after it.
_NOUN_GOES_ON = word_set(
    "of for and or to from with who whom whose which that s by as in at"
    " the a an his her their its our my this these those"
)
_MAX_OPENING = 12  # words the fronted phrase and the office may take before the verb
_MAX_DESCRIBING = 3  # "a visibly emotional", "the Japanese"


def fronted_title(tokens: Sequence[Token], text: str) -> str:
    """ "title:<office>" for a sentence that opens with a preposition's phrase and then an
    office as its subject, with no comma between ("On NHK the prime minister conceded"); ""
    otherwise. The office keeps its capitalised qualifiers ("the Japanese prime minister")
    and drops describing words ("a visibly emotional Prime Minister": "Prime Minister")."""
    if len(tokens) < 4 or tokens[0].norm not in _FRONTING:
        return ""
    for at in range(2, min(len(tokens) - 2, _MAX_OPENING)):
        if "," in text[tokens[at - 1].end : tokens[at].start]:
            return ""  # a comma sets the phrase off: the clause reader reads that one
        if tokens[at].norm not in _DETERMINERS or tokens[at].capitalised:
            continue
        office = _office(tokens, at + 1)
        if office:
            return "title:" + " ".join(t.text.replace(".", "") for t in office)
    return ""


def _office(tokens: Sequence[Token], start: int) -> list[Token]:
    """The office after a determiner at ``start``, when a lower-case verb follows its last
    title word: its title words and the capitalised words right before them."""
    end = start
    while end < len(tokens) and end - start <= _MAX_DESCRIBING and tokens[end].norm not in TITLES:
        end += 1
    if end >= len(tokens) or tokens[end].norm not in TITLES:
        return []
    first = end
    while end < len(tokens) and tokens[end].norm in TITLES:
        end += 1
    following = tokens[end] if end < len(tokens) else None
    if following is None or following.capitalised or following.norm in _NOUN_GOES_ON:
        return []  # "the prime minister of Japan", "the minister Ishiba": not a bare office
    if following.is_number or not following.text.isalpha():
        return []
    while first > start and (tokens[first - 1].capitalised or tokens[first - 1].norm in RANKS):
        first -= 1  # "the Japanese prime minister", "the finance minister"
    return list(tokens[first:end])


__all__ = ["fronted_title"]
