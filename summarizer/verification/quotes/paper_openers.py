"""A sentence opening with a paper as its subject and a verb that is no speech verb ("The
statement thanked Dr. Bello's team.", "The notice listed 40 firms."), read for
:mod:`summarizer.verification.quotes.speakers` when a later quote reads back to it.

The paper still speaks there: its issuer is whoever put it out (the body an earlier sentence
names: :func:`summarizer.verification.quotes.statements.by_paper`), never a person the sentence
names as its object, so the sentence gives the paper's verdict ("paper:statement") and not
the verdict of the names in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token
from ..sentences.subjects import PAPERS, paper_tag


def opening_paper(tokens: Sequence[Token]) -> str:
    """ "paper:<noun>" when ``tokens`` open with "the" (or "its") and a paper noun within
    three words, followed by a lower-case word (its verb); "" otherwise."""
    if len(tokens) < 3 or tokens[0].norm not in ("the", "its"):
        return ""
    for index in range(1, min(4, len(tokens) - 1)):
        if tokens[index].norm in PAPERS:
            if tokens[index + 1].capitalised or not tokens[index + 1].norm.isalpha():
                return ""
            head = [*tokens[: index + 1]] if tokens[0].norm == "the" else [*tokens[1 : index + 1]]
            return paper_tag(head) if tokens[0].norm == "the" else f"paper:{tokens[index].norm}"
    return ""


__all__ = ["opening_paper"]
