"""A count in a conjunct with no verb of its own shares the time of the clause it is joined
to (session 61, ct61: outside checks 79 and 87; correct counts refused as "N is the count at
another time than ...", each strong).

"At the end of September its books showed assets of $49.5 million and deposits of $42.7
million"; "On June 18 the bank had $63.8 million in assets and $53.8 million in deposits";
"had by Wednesday afternoon retrieved 166 people alive and 78 bodies". The second conjunct
("and deposits of $42.7 million") has no verb: it is a second object of the first clause's
verb, so that clause's time dates it too, though the first clause holds a count of its own
(its sibling, no rival occasion). :mod:`..counts.count_times` cuts a number's clause at "and"
and took the scene's time only from a clause with no count, so the date written once for the
pair dated neither and the count was refused for the time its own sentence gives it.

A conjunct is elided when it opens with "and" and holds, up to the next clause mark or cut,
no word of a verb: no word in "-ed" (but "-ed" adjectives before a noun stand, see below), no
auxiliary or subject pronoun, no irregular past of the verbs counts are told by. "and on
Tuesday nine more were found dead" has its own verb (and its own time); "and the Senate
passed it 60-40" its own verb, so its time is not taken from the clause before.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_VERBAL = word_set(
    """is are was were be been being has have had will would shall should can could may might
    must do does did which that who whom whose it they we he she there
    sold bought paid spent won lost took gave made got brought sought held left went came
    rose fell grew shrank sank hit cut put set kept saw drew ran stood fled"""
)
# "-ed" words that are no verb in a count's phrase.
_NOT_VERBS = word_set("red bed need needed hundred")


def elided_conjunct(tokens: Sequence[Token], span: range, text: str) -> bool:
    """Whether the clause ``span`` of ``tokens`` (cut before "and" and at clause marks, so
    opening with its "and") is a conjunct with no verb of its own (see the module)."""
    if not len(span) or tokens[span.start].norm != "and":  # the cut keeps its "and"
        return False
    for index in span[1:]:
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            break  # "and $53.8m in deposits, of which $2.8m went ...": the aside is no verb of it
        norm = tokens[index].norm
        if tokens[index].is_number:
            continue
        if norm in _VERBAL or (norm.endswith("ed") and norm not in _NOT_VERBS):
            return False
    return True


__all__ = ["elided_conjunct"]
