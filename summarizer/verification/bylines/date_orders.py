"""The order a page writes its dates in words, for its dotted dates (an outside check, 39: a
Turkish outlet's "05.03.2020" date line over a story that says "6 March" and "15 March").

A page that writes its dates day first ("6 March", "15th of March") writes its dotted dates day
first too, and one that writes them month first ("March 6", "Nov. 4") writes them month first: the
page's own convention decides a dotted date both of whose numbers are 12 or below
(:func:`summarizer.verification.bylines.dotted_dates.page_order`). A page with dates in words of
both orders, or none, has no convention, and such a dotted date stays unread (unconfirmed).
"""

from __future__ import annotations

import re

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june|jun|july|jul|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)", re.IGNORECASE)


def day_first_prose(text: str) -> bool | None:
    """True (False) when every date the page writes in words puts the day (the month) first;
    None when it writes none, or both orders."""
    day_first = _DAY_MONTH.search(text) is not None
    month_first = _MONTH_DAY.search(text) is not None
    if day_first == month_first:
        return None
    return day_first


__all__ = ["day_first_prose"]
