"""An outlet the story cites is not its publisher (an outside check, session 22, check 46's
cause 8: on a short page, "The talks ended; Reuters reported a deal." stood in a paragraph near
the top and was short enough to be read as a masthead, so ``outlet = Reuters`` passed), for
:func:`summarizer.verification.bylines.metadata.support_outlet`.

A line that reads as a sentence (it ends with a full stop, "!", "?" or a closing quotation
mark) and gives the name as a source is a body mention, whatever its length:

- the name as the subject of a reporting verb, after an optional kind of outlet ("Reuters
  reported", "the Associated Press said", "Xinhua news agency reported", "Al Jazeera has
  learned", "the Daily Star first reported");
- the name after a phrase that cites a source: "according to", "citing", "cited by", "quoted
  by", "reported by", "a report by/in/from", "as reported in".

A credit line ("Compiled by the Desk, The Courier", "By Jane Doe, The Courier") ends with no
stop and cites nothing: it is read as before; "(Reuters)" in a dateline is read as before.
"""

from __future__ import annotations

import re

_KIND = (
    r"(?:news\s+agency|agency|news\s+service|newspaper|daily|weekly|paper|broadcaster|"
    r"television|tv|radio|channel|network|website|news\s+site|magazine|wire|outlet)"
)
_VERB = (
    r"(?:reported|reports|reporting|said|says|quoted|quotes|quoting|cited|cites|wrote|writes|"
    r"noted|notes|added|adds|learned|learnt|revealed|reveals|confirmed|confirms|broadcast|"
    r"broadcasts|aired|airs|published|publishes|claimed|claims|stated|states|tweeted|posted|"
    r"obtained|saw|carried|carries|announced|announces|described|describes|showed|shows|"
    r"disclosed|discloses|estimated|estimates|counted|tallied|calculated|found|finds)"
)
_AFTER = re.compile(
    rf"(?:'s|\u2019s)?\s*(?:,\s*)?(?:{_KIND}\s+)?(?:(?:has|had|have|also|first|later|earlier|"
    rf"previously|then|on\s+\w+)\s+)*{_VERB}\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"\b(?:according\s+to|citing|cited\s+by|quoted\s+by|reported\s+by|as\s+reported\s+(?:by|in)|"
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:report|reports|story|dispatch|article|tally|count|analysis|"
    r"survey|poll|investigation)\s+(?:by|in|from|on)|reports?\s+(?:by|in|from))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STOPS = (".", "!", "?", '"', "\u201d", "\u2019")


def cited_in_line(line: str, at: int, end: int) -> bool:
    """Whether the name at ``line[at:end]`` stands in a sentence as a source the story cites,
    not as the page's publisher."""
    if not line.rstrip().endswith(_STOPS):
        return False
    return bool(_AFTER.match(line, end)) or bool(_BEFORE.search(line[max(at - 50, 0) : at]))


__all__ = ["cited_in_line"]
