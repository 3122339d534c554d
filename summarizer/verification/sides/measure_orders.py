"""The one who orders a measure, for a measure's ``sponsors`` (through
:func:`summarizer.verification.sides.author_wordings.acted_back`; an outside check, 40).

"Today, President Biden is directing U.S. Trade Representative Katherine Tai to increase
tariffs" makes Biden the one who imposes them: the schema's sponsor is who introduced,
announced or imposed the measure, and an executive measure is imposed by the one who orders
an officer to impose it. A fact-checker reads the subject of a verb of ordering ("directing",
"ordered", "instructed", "tasked") whose "to" is followed by a verb of imposing or raising
("to increase tariffs", "to impose duties", "to draw up sanctions") as its sponsor. The
officer told (Tai) is not refused by this: the sponsor rule reads Tai on its own.

The subject is the name right before the ordering verb, with adverbs ("instead") and an
auxiliary between: "is"/"was" only before an -ing form ("is directing"; "Aso was ordered by
the Diet" is the one ordered), "has"/"had" before a past form; "to" must come within
:data:`_REACH` tokens after it.
"""

from __future__ import annotations

from ..context import Context, fact_has
from ..page.tokens import word_set
from ..people.names import find_named

_ORDERING = word_set(
    """directing directed directs direct ordering ordered orders order instructing
    instructed instructs instruct tasking tasked tasks task"""
)
_IMPOSING = word_set(
    """increase raise impose levy introduce adopt extend expand announce apply draw prepare
    implement enact hike slap double triple"""
)
# Adverbs between the subject and its verb ("instead directed", "on Friday ordered").
_ADVERBS = word_set("also today formally instead then later already swiftly personally")
_PROGRESSIVE = word_set("is was are were")  # before an -ing form only ("is directing")
_PERFECT = word_set("has had have")  # "has instructed"; "was ordered" is the one ordered
_REACH = 12


def orders_measure(ctx: Context, part: str) -> bool:
    """Whether ``part`` is the subject of a verb of ordering a measure's imposition in an
    evidence sentence (see the module); only for a measure with sponsors."""
    if not fact_has(ctx.fact, "sponsors"):
        return False
    text = ctx.article.text
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        if not any(token.norm in _ORDERING for token in tokens):
            continue  # cheap: no verb of ordering
        for _first, last in find_named(part, tokens, text):
            verb = last + 1
            while verb < len(tokens) and tokens[verb].norm in _ADVERBS:
                verb += 1
            if verb < len(tokens) and tokens[verb].norm in _PERFECT | _PROGRESSIVE:
                helper = tokens[verb].norm
                verb += 1
                if verb >= len(tokens) or (helper in _PROGRESSIVE) != tokens[verb].norm.endswith(
                    "ing"
                ):
                    continue  # "was ordered by the Diet": the one ordered
            if verb >= len(tokens) or tokens[verb].norm not in _ORDERING:
                continue
            window = tokens[verb + 1 : verb + 1 + _REACH]
            for at, token in enumerate(window[:-1]):
                if token.norm == "to" and window[at + 1].norm in _IMPOSING:
                    return True
    return False
