"""A page's headline line: a line that ends its own paragraph though it has no closing
punctuation (check 45).

A line without a sentence's closing mark usually goes on in the next line (a text broken by
hand). A headline does not: a line in title case ("Summit Called Off As Talks Stall") never
did, and (check 45) neither does the page's first line in sentence case ("Summit called off
as talks stall") when it is short, does not end on a word that needs what follows ("of",
"the", "and"), and the next line starts a sentence of its own: a sentence's opening word such
as "The", a quotation, a dateline in capitals or a byline ("sponsored by Rep. Brian" over
"Fitzpatrick of Pennsylvania" is a name broken by a wrap, and "took effect at dawn local
time" over "Sunday, the army said" a sentence; session 21 review). Read as one
paragraph, the headline's words ran on into the body's first sentence, and a status the
headline gives ("called off") was read as the body's, which says it "has not been cancelled".
"""

from __future__ import annotations

import re

from .tokens import word_set

# words a line broken by hand can end on, but a headline cannot: the rest follows
_OPEN_ENDS = word_set(
    """a an the of and or but to in on at for from by with between that which who whose as
    than into over after before under against about its their his her our this these those
    is are was were has have had will would be said says told mr mrs ms dr"""
)
# the words a body's sentence opens with after a headline (a quotation mark, a dateline in
# capitals and "By" a byline also open one); a name, a weekday or a month may be the wrapped
# rest of the line before ("took effect at dawn local time / Sunday, the army said")
_STARTS = word_set(
    """the a an in on at as after before by for from it its this these those their his her
    our we they he she"""
)
# people who open a body's sentence, after a headline ending on a lower-case word (after a
# capitalised one, "Vice / President Harris" is a name broken by a wrap)
_SUBJECTS = word_set(
    "officials leaders ministers president prime police troops lawmakers diplomats negotiators"
)
_QUOTES = "\"'\u201c\u2018"
_DATELINE = re.compile(r"[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*(?:,| [-\u2013\u2014])")
_MOST_WORDS = 14


def title_case(line: str) -> bool:
    """A headline or a navigation item: most of its words capitalised."""
    initials = [word[:1] for word in line.split() if word[:1].isalpha()]
    return len(initials) >= 3 and sum(map(str.isupper, initials)) >= 0.6 * len(initials)


def headline_line(line: str, index: int, following: str) -> bool:
    """Whether ``line`` (the page's line ``index``) is a headline that ends its paragraph,
    ``following`` being the next line (stripped at its start)."""
    if title_case(line):
        return True
    opened = following.lstrip(_QUOTES)
    if index != 0 or not opened[:1].isupper():
        return False
    words = line.split()
    if not 2 <= len(words) <= _MOST_WORDS:
        return False
    last = words[-1].strip("\"'\u201d\u2019,")
    first = opened.split()[0].strip(",").lower()
    opener = first in _STARTS or (first in _SUBJECTS and last.islower())
    if not opener and not _DATELINE.match(following) and opened == following:
        return False  # "... at dawn local time / Sunday, the army said": a wrapped sentence
    return last.isalpha() and last.lower() not in _OPEN_ENDS and line.rstrip()[-1:] not in ",;:-"
