"""A count of items at one rate, read against the rate its own clause names (check 38): in
"1,812 items will be subject to a 30 percent duty, ... and 2,207 items will face a rate of 10
percent", a count whose words name "at 10 percent" is 2,207, not 1,812. The count's clause
runs from the number to the next comma, semicolon or "and"; a clause naming other rates and
not the count's own is another tier's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token

_RATE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)")


def tier_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, what: str,
) -> str:  # fmt: skip
    """Why the count is another tier's ("2207 is the count at 10%"), or ""."""
    wanted = {float(found) for found in _RATE.findall(what)}
    if not wanted:
        return ""
    end = mention.last + 1
    while end < len(tokens) and tokens[end].norm != "and":
        gap = text[tokens[end - 1].end : tokens[end].start]
        if "," in gap or ";" in gap:
            break
        end += 1
    rates = [m.value for m in mentions if m.unit == "percent" and mention.last < m.first < end]
    if rates and not wanted & set(rates):
        return f"{mention.value:g} is the count at {rates[0]:g}%, another rate's"
    return ""
