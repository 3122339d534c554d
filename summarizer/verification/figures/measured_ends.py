"""An end of a change whose subject is a measure of the count's thing, not its number (review
rvcountclause38 of session 38's change ends): "The average price of a new car rose to 52,000"
gives no 52,000 new cars sold; "The carmaker raised its target for deliveries this year to
410,000" no 410,000 deliveries; "The forecast for arrivals at the airport rose to 9,400 a day"
no 9,400 arrivals. The older count rules read the count's word ("car", "deliveries") near the
number and took it; English gives the end to the phrase's head, the measure before "of" or
"for", for a count of
:func:`summarizer.verification.counts.number_rules.support_number`.

Read: the change's subject or moved object (:func:`.count_clauses.changed_phrase`) holds a
measure noun (a price, a cost, a target, a forecast, an average; not an estimate,
which of a count is the count: "raised its estimate of the dead to 64") right before "of"
or "for", and a word of the count after it, and the count does not name the measure itself
("forecast deliveries", "average price" keep the other rules' verdict). The refusal is
*unsupported*: the page gives the number to the measure.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .count_clauses import changed_phrase, same_noun
from .count_words import what_words
from .numbers import NumberMention

_MEASURES = word_set("price prices cost costs target targets forecast forecasts average")
_OF = word_set("of for")


def measured_end(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why the number is no count of ``what``: the end of a change of a measure of it (see
    the module); or ""."""
    words = what_words(what)
    phrase = changed_phrase(tokens, mention, text) if words else []
    for index, word in enumerate(phrase[:-2]):
        if word not in _MEASURES or phrase[index + 1] not in _OF:
            continue
        if any(same_noun(word, w) for w in words):
            return ""  # "average price" is the measure asked
        if any(same_noun(later, w) for later in phrase[index + 2 :] for w in words):
            return f"{mention.value:g} is the {word} of what {what!r} counts, no count"
    return ""


__all__ = ["measured_end"]
