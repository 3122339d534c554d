"""An attribution whose name and speech verb stand apart across an aside, read for
:mod:`summarizer.verification.quotes.speakers`:

- a long aside between commas after the quote (""...," X, a former general who served under
  President Y and now leads the delegation, told reporters"): the verb right after the
  aside's closing comma is the attribution's however far it stands, and its subject is the
  name before the aside, never a name inside it;
- an aside between dashes or brackets ("Chancellor X \u2014 fresh from a call with President Y
  \u2014 said:", "X (who had met Y before) said"), or a relative clause between commas with a
  speech verb of its own ("X, who said last week that Y had lied, told reporters:"): dropped
  from the words read, so the verb's subject is the name before it.

Only a name (a capitalised word) before the aside and a speech verb right after it make
one; the aside itself is never read for a speaker.
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from ..page.tokens import Token
from ..sentences.clauses import Verdict, lead_in
from ..sentences.speech import speaks

# Marks that open and close an aside other than commas: a dash with spaces, or brackets.
_DASHES = ("\u2014", "\u2013", " - ", "--")
_MOST = 45  # words an aside may run to
_RELATIVE = frozenset({"who", "whose", "which"})
# What an aside :func:`unaside` drops opens with, at least one of them in the words read.
_MARKS = re.compile("|".join(re.escape(mark) for mark in ("(", *_DASHES, ", who", ", which")))


def _opens(gap: str, following: Token | None = None) -> str | None:
    """The mark a gap between two words opens an aside with, if any (the gap holding nothing
    else: no quotation between); a comma too, before a relative word (``following``: "X, who
    said last week that Y ..., told")."""
    if len(gap.strip(" ,")) > 2:
        return None
    if following is not None and gap.strip() == "," and following.norm in _RELATIVE:
        return ","
    if "(" in gap:
        return ")"
    if any(dash in gap for dash in _DASHES) and not gap.strip().startswith(","):
        return "-"
    return None


def _closes(gap: str, mark: str) -> bool:
    """Whether a gap between two words closes an aside that ``mark`` opened."""
    if len(gap.strip(" ,")) > 2:
        return False
    if mark == ",":
        return gap.strip() == ","
    if mark == ")":
        return ")" in gap
    return any(dash in gap for dash in _DASHES)


def unaside(tokens: list[Token], text: str) -> list[Token]:
    """``tokens`` without an aside that stands between a name and a speech verb: between
    dashes or brackets ("Petra Vogt \u2014 fresh from a call with Emmanuel Roux \u2014 said"), or
    a relative clause between commas ("Karl Huber, who said that Eva Lang had lied, told");
    as given otherwise."""
    if len(tokens) < 4:
        return tokens
    if _MARKS.search(text, tokens[0].start, tokens[-1].end) is None:
        return tokens  # the common case: no mark to read
    for index in range(1, len(tokens) - 2):
        mark = _opens(text[tokens[index - 1].end : tokens[index].start], tokens[index])
        if mark is None or not tokens[index - 1].capitalised:
            continue
        for close in range(index + 1, min(index + _MOST, len(tokens))):
            if not _closes(text[tokens[close - 1].end : tokens[close].start], mark):
                continue
            if speaks(tokens, close) and not _alias(tokens[index:close], text):
                return tokens[:index] + tokens[close:]
            break
    return tokens


def _alias(words: list[Token], text: str) -> bool:
    """Words in brackets or dashes that are the name's other form ("(ISPR)", "(IRGC)", "—
    Hamas —"), no aside: all capitalised or numbers, so the name stays whole with them. A
    date ("(March 9)", a record's "(HL Deb, 4 May)") or words a comma parts is no other
    form: the aside goes, and the name before it is the speech verb's subject."""
    if any(word.norm in _DATED for word in words):
        return False
    if "," in text[words[0].start : words[-1].end]:
        return False
    return all(word.capitalised or word.is_number for word in words)


_DATED = frozenset((*MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS))


def aside_tail(tokens: list[Token], speaker: str, text: str) -> Verdict:
    """The verdict of the words after a quote when a name opens them and a long aside follows
    it ("X, a former general who ..., told reporters"): the speech verb right after the aside's
    close is read with its subject; "none" when the words are not so."""
    if len(tokens) < 4 or not tokens[0].capitalised:
        return "none"
    for index in range(1, min(len(tokens) - 1, 8)):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if "," in gap or _opens(gap):
            break
        if not (tokens[index].capitalised or tokens[index].norm in {"de", "al", "bin", "van"}):
            return "none"  # "X said ...": no name alone before an aside
    else:
        return "none"
    mark = "," if "," in gap else _opens(gap) or ","
    for close in range(index + 1, min(index + _MOST, len(tokens))):
        between = text[tokens[close - 1].end : tokens[close].start]
        if any(stop in between for stop in ".;:!?"):
            return "none"
        shut = "," in between if mark == "," else _closes(between, mark)
        if shut and speaks(tokens, close) and not _alias(tokens[index:close], text):
            return lead_in(unaside(tokens[: close + 1], text), speaker, text)
    return "none"
