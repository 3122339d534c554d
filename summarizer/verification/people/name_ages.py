"""An age written between a name and its apposition ("Dan Carey, 58, the chief operating
officer"), passed over by the readers of a person's own description (:mod:`.person_titles`,
:mod:`.role_descriptions`), session 54 (gr54).

Newswire gives a person's age as its own comma-set item right after the name. The description
readers opened an apposition only at the name's comma, so "Carey, 58, the chief operating
officer" gave Carey no post of his own, and a role the same sentence gives another person
("and Sue Kemp, the chief executive") was accepted for him. Only a bare number of one to three
digits set between two commas is an age here: "Carey, 58 years old, ..." and "Room 12, the
..." (no comma before the number) are left as they were.
"""

from __future__ import annotations

import re

_AGE = re.compile(r",\s?\d{1,3}(?=,\s)")


def past_age(text: str, end: int) -> int:
    """The offset after an age set between commas right at ``end`` (the end of a name), or
    ``end`` itself when none: ", 58, the chief" after "Carey" gives the offset of ", the"."""
    found = _AGE.match(text, end)
    return found.end() if found else end
