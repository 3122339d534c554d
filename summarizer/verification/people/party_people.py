"""A one-word value that names a party's people ("Democrats", "Tories"), which the party
table's labels read, not the own-body reading (session 60, fresh-miss writer af60).

``person_rules._elsewhere`` let every one-word value ending in "s" through as a party's
people, so a body of one word in "s" was never set against the person's own: "Shachi Kurl,
president of the Angus Reid Institute, ... she told Reuters" given "Reuters" (session 59's
note). :func:`party_people` keeps the exemption for the words of a party's members only:
the plural of a member's noun ("Democrats", "Republicans", "Socialists", "Liberals",
"Greens", "Sandinistas") and the few irregular ones ("Tories", "Whigs").
"""

from __future__ import annotations

import re

# The endings of a member's noun in the plural: "-ists", "-ans", "-ats", "-ives", "-als",
# "-ens", "-ites", "-istas", "-ents" (Independents), "-ies" (Tories)
_MEMBERS = re.compile(r"(?:ists|ans|ats|ives|als|ens|ites|istas|ents|ies|igs)", re.IGNORECASE)


def party_people(value: str) -> bool:
    """Whether a one-word value is the plural of a party member's noun."""
    word = value.strip()
    return " " not in word and re.search(rf"{_MEMBERS.pattern}$", word, re.IGNORECASE) is not None
