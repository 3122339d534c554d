"""Where a contrasted clause starts, read for :mod:`summarizer.verification.quotes.reported_quotes`.

"Secretary Dana Price called the talks productive, while Wang Lei, China's foreign minister,
said they were "candid"": the speech verb before the quote stands in a clause of its own
(after "while", "whereas", ", but" or ";"), with its own subject; the speech verb of the
clause before ("called") reports nothing of it, so the quote is not reported speech under
"called" and the inner reading must not count that verb as its reporter."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_CONTRAST = word_set("while whereas")


def clause_start(lead: Sequence[Token], verb: int, text: str) -> int:
    """The index of the first word of the clause ``lead[verb]`` stands in: after the last
    "while"/"whereas", ", but" or semicolon before it; 0 when none stands there."""
    for index in range(verb - 1, 0, -1):
        norm, before = lead[index].norm, text[lead[index - 1].end : lead[index].start]
        if norm in _CONTRAST or (norm == "but" and "," in before):
            return index + 1
        if ";" in before:
            return index
    return 0


__all__ = ["clause_start"]
