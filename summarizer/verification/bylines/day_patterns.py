"""The ways a text states one given day in full ("June 2, 2024", "2 June 2024", "2024-06-02",
"6/2/2024"), as compiled patterns, read for the published date
(:func:`summarizer.verification.bylines.metadata.support_date`).

Kept apart and cached because they are built from the day: compiled anew on every call, the
four patterns cost more than the search they serve, and hundreds of such one-off patterns a
run pushed other rules' patterns out of ``re``'s own cache (512 entries), which then compiled
those again too (session 26, speed26: some 5% of grounding was ``re`` compiling).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from summarizer.text.vocabulary import MONTHS


@lru_cache(maxsize=256)
def day_patterns(day: dt.date) -> tuple[re.Pattern[str], ...]:
    """The day's patterns over folded (lower-case) text; each ends with the year."""
    month = MONTHS[day.month - 1]
    september = r"|sept\.?" if day.month == 9 else ""
    months = rf"(?:{month}|{month[:3]}\.?{september})"
    d, y = day.day, day.year
    return (  # a year may end glued to the next word ("2014The"): metadata's _states_date asks
        re.compile(rf"\b{months}\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}(?!\d)"),
        re.compile(rf"\b0?{d}(?:st|nd|rd|th)?\s+(?:of\s+)?{months},?\s+{y}(?!\d)"),
        re.compile(rf"\b{y}-{day.month:02d}-{d:02d}\b"),
        re.compile(rf"\b0?{day.month}/0?{d}/{y}\b"),
    )
